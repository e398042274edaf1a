#pragma once

#include "domain/Security.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace portolan {

class Catalog;

// The rows of a view laid out for printing or pasting: grouped by range class (system, user,
// dynamic, then entries without a port), each with its ports, transport, name, a description
// and a security mark that is a symbol and a word, never colour alone. Text is plain: callers
// escape it for their format.
struct CheatSheetEntry
{
    QString ports;
    QString transports;
    QString name;
    QString description;
    Security security = Security::Unclassified;
    QString exams;
};

struct CheatSheetGroup
{
    QString title;
    QList<CheatSheetEntry> entries;
};

class CheatSheet
{
public:
    // rows are catalog row numbers in view order; order is kept inside each group.
    static QList<CheatSheetGroup> build(const Catalog &catalog, const QList<int> &rows);
    // "✔ secure", "✖ insecure", "◐ depends", or empty.
    static QString securityMark(Security s);
    // A Markdown document: a heading per group and a table, every cell escaped.
    static QByteArray toMarkdown(const Catalog &catalog, const QList<int> &rows,
                                 const QString &query);
};

} // namespace portolan
