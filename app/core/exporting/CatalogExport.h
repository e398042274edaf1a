#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QAbstractItemModel;

namespace portolan {

class Catalog;

// Exports catalog rows, in the order given (the browser's view, or a lookup's results), as
// RFC 4180 CSV with a header (curated and registry columns side by side) or as JSON in the
// shape of `portolan lookup --json` (CatalogJson). SafeFileWriter writes them.
class CatalogExport
{
public:
    enum class Format
    {
        Csv,
        Json,
        Markdown, // the cheat sheet as Markdown tables (CheatSheet)
        Anki,     // cards as Anki's tab-separated text import
        Pdf       // the cheat sheet printed; written by CheatSheetPdf, not encode()
    };

    static std::optional<Format> formatFromId(QStringView id); // "csv", "json", "md", "anki", "pdf"
    static std::optional<Format> formatFromFileName(const QString &path);

    static const QStringList &csvColumns();
    static QByteArray toCsv(const Catalog &catalog, const QList<int> &rows);
    static QByteArray toJson(const Catalog &catalog, const QList<int> &rows, const QString &query);
    // Two notes per study-set entry with ports (port → protocol, protocol → port), tagged with
    // its exams; registry rows have no cards and are left out.
    static QByteArray toAnki(const Catalog &catalog, const QList<int> &rows);
    static QByteArray encode(Format format, const Catalog &catalog, const QList<int> &rows,
                             const QString &query);

    // The catalog row numbers behind a view over PortTableModel (CatalogRowRole), in view order.
    static QList<int> rowsInView(const QAbstractItemModel &view);
};

} // namespace portolan
