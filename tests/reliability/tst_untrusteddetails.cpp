// Untrusted text in the details pane (ui/DetailsHtml): every value from the data shows as text
// (markup escaped, control characters and bidirectional overrides as visible escapes) and
// never becomes an element; a 10,000-character line wraps instead of widening the pane.

#include "../support/TestMain.h"
#include "DetailsHtml.h"
#include "UntrustedText.h"
#include "domain/SafeText.h"

#include <QApplication>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>

using namespace portolan;
using namespace portolan::testing;

class TestUntrustedDetails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shownAsText_data();
    void shownAsText();
    void noElementsFromData_data();
    void noElementsFromData();
    void longLinesWrap_data();
    void longLinesWrap();
};

void TestUntrustedDetails::shownAsText_data()
{
    addHostileRows();
}

void TestUntrustedDetails::shownAsText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const Catalog catalog = hostileCatalog(text);
    for (int row : {curatedRow(catalog), registryRow(catalog)}) {
        QTextDocument doc;
        doc.setHtml(detailsHtml(catalog, row, QPalette()));
        const QString plain = doc.toPlainText();
        // Every field carries the text: the heading, the paragraphs and table cells.
        QVERIFY2(plain.count(shown) >= (row == curatedRow(catalog) ? 6 : 8),
                 qPrintable(plain.left(400)));
        // Nothing invisible or reordering is left anywhere in the pane.
        for (const QString &line : plain.split(QLatin1Char('\n')))
            QVERIFY2(visibleText(line) == line, qPrintable(line.left(80)));
    }
}

void TestUntrustedDetails::noElementsFromData_data()
{
    addHostileRows();
}

void TestUntrustedDetails::noElementsFromData()
{
    QFETCH(QString, text);
    const Catalog catalog = hostileCatalog(text);
    for (int row : {curatedRow(catalog), registryRow(catalog)}) {
        QTextDocument doc;
        doc.setHtml(detailsHtml(catalog, row, QPalette()));
        // No image or other object (an <img> would leave U+FFFC in the text)...
        QVERIFY(!doc.toRawText().contains(QChar::ObjectReplacementCharacter));
        // ...no horizontal rule, and no link but the pane's own: the registry record links to
        // the study-set entry that explains it, by its validated key...
        for (QTextBlock b = doc.begin(); b != doc.end(); b = b.next()) {
            QVERIFY(!b.blockFormat().hasProperty(QTextFormat::BlockTrailingHorizontalRulerWidth));
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (f.isAnchor())
                    QCOMPARE(f.anchorHref(), QStringLiteral("portolan:protocol/evil"));
                QVERIFY(!f.isImageFormat());
            }
        }
        // ...and no table but the registry record's own field table.
        QCOMPARE(doc.rootFrame()->childFrames().size(), row == curatedRow(catalog) ? 0 : 1);
    }
}

void TestUntrustedDetails::longLinesWrap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("curated");
    const QString word(10000, QLatin1Char('W'));
    const QString line = QStringLiteral("word ").repeated(2000);
    QTest::newRow("long word, study set") << word << true;
    QTest::newRow("long word, registry") << word << false;
    QTest::newRow("long line, study set") << line << true;
    QTest::newRow("long line, registry") << line << false;
}

void TestUntrustedDetails::longLinesWrap()
{
    QFETCH(QString, text);
    QFETCH(bool, curated);
    const Catalog catalog = hostileCatalog(text);
    // The pane as the browser page sets it up.
    QTextBrowser pane;
    pane.setOpenLinks(false);
    pane.resize(400, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setHtml(
        detailsHtml(catalog, curated ? curatedRow(catalog) : registryRow(catalog), pane.palette()));
    QTRY_VERIFY(pane.verticalScrollBar()->maximum() > 0); // laid out: far taller than the pane
    QCOMPARE(pane.horizontalScrollBar()->maximum(), 0);
}

PORTOLAN_TEST_MAIN(TestUntrustedDetails)
#include "tst_untrusteddetails.moc"
