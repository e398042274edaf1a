#pragma once

#include <QByteArray>
#include <QList>
#include <QPageSize>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;

namespace portolan {

class Catalog;
struct CheatSheetGroup;

// The cheat sheet (CheatSheet) painted to PDF: a title, then per range class a table of port,
// transport, name, a security mark in symbol and word, description and exams. Fits A4 and
// Letter portrait. Rows are placed by PageFlow, so that a row is never split across a page
// break; a table that continues on the next page repeats its header there. Needs a
// QGuiApplication (fonts); the command line starts one on the offscreen platform.
class CheatSheetPdf
{
public:
    struct Block
    {
        enum class Kind
        {
            Title,
            Note,
            Heading,
            Header,
            Row
        };
        Kind kind = Kind::Row;
        int page = 0;
        QRectF rect; // in the device's units, relative to the page's printable area
        int group = -1;
        int entry = -1; // a Row's index in its group
    };

    // Letter where the locale measures in US units, A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize();

    // Where every block goes on the device's pages.
    static QList<Block> layOut(const QList<CheatSheetGroup> &groups, const QString &query,
                               QPagedPaintDevice *device);
    // The PDF file's bytes, for SafeFileWriter to write.
    static QByteArray render(const Catalog &catalog, const QList<int> &rows, const QString &query,
                             QPageSize::PageSizeId pageSize);
};

} // namespace portolan
