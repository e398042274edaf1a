// The PDF cheat sheet: no table row is split across a page break, a table that continues on
// the next page repeats its header there, every entry is printed once and in order, and the
// file has as many pages as the layout.
#include "../support/TestMain.h"
#include "CheatSheetPdf.h"
#include "catalog/Catalog.h"
#include "exporting/CheatSheet.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTest>

using namespace portolan;

namespace {

// 300 entries, some with descriptions long enough to wrap over several lines.
Catalog longCatalog()
{
    QList<Protocol> protocols;
    for (int i = 0; i < 300; ++i) {
        Protocol p;
        p.key = QStringLiteral("p%1").arg(i);
        p.abbreviation = QStringLiteral("P%1").arg(i);
        p.name = QStringLiteral("Protocol number %1 ").arg(i) +
                 QStringLiteral("with a long name ").repeated(i % 7 == 0 ? 12 : 1);
        p.summary = p.name;
        p.ports = {{100 + i, 100 + i, Transport::Tcp, QString(), QString(), {}}};
        p.security = i % 2 ? Security::Secure : Security::Insecure;
        protocols << p;
    }
    Catalog c;
    c.setData(protocols, {});
    return c;
}

} // namespace

class TestCheatSheetPdf : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreNeverSplitAndHeadersRepeat_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
    }

    void rowsAreNeverSplitAndHeadersRepeat()
    {
        QFETCH(int, pageSize);
        const Catalog catalog = longCatalog();
        QList<int> rows;
        for (int r = 0; r < catalog.rows().size(); ++r)
            rows << r;
        const QList<CheatSheetGroup> groups = CheatSheet::build(catalog, rows);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter writer(&sink);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::PageSizeId(pageSize)));
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        const qreal pageHeight = writer.pageLayout().paintRectPixels(300).height();

        const QList<CheatSheetPdf::Block> blocks = CheatSheetPdf::layOut(groups, {}, &writer);
        QVERIFY(!blocks.isEmpty());
        QVERIFY2(blocks.constLast().page >= 3, "300 rows fill several pages");
        int expectedEntry = 0;
        int lastPage = -1;
        bool headerOnPage = false;
        for (const CheatSheetPdf::Block &b : blocks) {
            QVERIFY2(b.rect.top() >= 0 && b.rect.bottom() <= pageHeight,
                     qPrintable(QStringLiteral("block on page %1 from %2 to %3 of %4")
                                    .arg(b.page)
                                    .arg(b.rect.top())
                                    .arg(b.rect.bottom())
                                    .arg(pageHeight)));
            if (b.page != lastPage) {
                lastPage = b.page;
                headerOnPage = false;
            }
            if (b.kind == CheatSheetPdf::Block::Kind::Header)
                headerOnPage = true;
            if (b.kind == CheatSheetPdf::Block::Kind::Row) {
                QVERIFY2(headerOnPage, qPrintable(QStringLiteral("page %1 has rows without a "
                                                                 "header")
                                                      .arg(b.page)));
                QCOMPARE(b.entry, expectedEntry++);
            }
        }
        QCOMPARE(expectedEntry, 300);
    }

    void theFileHasTheLayoutsPages()
    {
        const Catalog catalog = longCatalog();
        QList<int> rows;
        for (int r = 0; r < catalog.rows().size(); ++r)
            rows << r;
        const QByteArray pdf =
            CheatSheetPdf::render(catalog, rows, QStringLiteral("is:insecure"), QPageSize::A4);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/MediaBox [0 0 595.000000 842.000000]"));
        const int pages = int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") +
                              pdf.count("/Type /Page "));
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter writer(&sink);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        const QList<CheatSheetPdf::Block> blocks = CheatSheetPdf::layOut(
            CheatSheet::build(catalog, rows), QStringLiteral("is:insecure"), &writer);
        QCOMPARE(pages, blocks.constLast().page + 1);
    }
};

PORTOLAN_TEST_MAIN(TestCheatSheetPdf)
#include "tst_cheatsheetpdf.moc"
