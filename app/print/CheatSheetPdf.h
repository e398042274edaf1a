#pragma once

#include <QByteArray>
#include <QList>
#include <QPageSize>
#include <QString>

namespace portolan {

class Catalog;

// The cheat sheet (CheatSheet) printed to PDF: a title, then per range class a table of port,
// transport, name, a security mark in symbol and word, description and exams. Fits A4 and
// Letter portrait; long tables continue on the next page with their header repeated. Needs a
// QGuiApplication (fonts); the command line starts one on the offscreen platform.
class CheatSheetPdf
{
public:
    // Letter where the locale measures in US units, A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize();

    static QString html(const Catalog &catalog, const QList<int> &rows, const QString &query);
    // The PDF file's bytes, for SafeFileWriter to write.
    static QByteArray render(const Catalog &catalog, const QList<int> &rows, const QString &query,
                             QPageSize::PageSizeId pageSize);
};

} // namespace portolan
