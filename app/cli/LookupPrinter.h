#pragma once

#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace portolan {

class Catalog;

// Prints lookup results for a terminal: an aligned table, then the study notes of the curated
// entries when there are only a few, so `portolan lookup 587` teaches as well as lists.
class LookupPrinter
{
public:
    LookupPrinter(const Catalog &catalog, QTextStream &out);

    void printTable(const QList<int> &rows, int limit, int width);
    void printDetails(int row, int width);
    // portCards: the port cards of a port search (PortCard::toJson), printed as "portCards".
    void printJson(const QString &query, const QList<int> &rows, const QJsonArray &portCards = {},
                   const QStringList &suggestions = {});

private:
    const Catalog &m_catalog;
    QTextStream &m_out;
};

} // namespace portolan
