// Untrusted text in the browser's table (models/PortTableModel): the cells hold the data as it
// is, and the tooltips, which Qt renders as rich text, are escaped so that no markup in a
// registry description or a note ever becomes an element.

#include "UntrustedText.h"
#include "models/PortTableModel.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

using namespace portolan;
using namespace portolan::testing;

class TestUntrustedTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cellsHoldTheData_data() { addHostileRows(); }
    void cellsHoldTheData();
    void tooltipsAreEscaped_data() { addHostileRows(); }
    void tooltipsAreEscaped();
    void tooltipsShowControlsVisibly_data() { addHostileRows(); }
    void tooltipsShowControlsVisibly();
};

void TestUntrustedTableModel::cellsHoldTheData()
{
    QFETCH(QString, text);
    const Catalog catalog = hostileCatalog(text);
    PortTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(&catalog);
    for (int row : {curatedRow(catalog), registryRow(catalog)}) {
        QCOMPARE(model.index(row, PortTableModel::Name).data().toString(), text);
        QCOMPARE(model.index(row, PortTableModel::Description).data().toString(), text);
    }
}

void TestUntrustedTableModel::tooltipsAreEscaped()
{
    QFETCH(QString, text);
    const Catalog catalog = hostileCatalog(text);
    PortTableModel model;
    model.setCatalog(&catalog);
    for (int row : {curatedRow(catalog), registryRow(catalog)}) {
        for (int column : {int(PortTableModel::Name), int(PortTableModel::Description)}) {
            const QString tip = model.index(row, column).data(Qt::ToolTipRole).toString();
            QVERIFY(Qt::mightBeRichText(tip)); // so QToolTip renders it as the HTML it is
            QTextDocument doc;
            doc.setHtml(tip);
            // The data, character for character, as one paragraph of text: no element.
            QCOMPARE(doc.toRawText(), text);
            QCOMPARE(doc.blockCount(), 1);
            QVERIFY(doc.rootFrame()->childFrames().isEmpty());
            for (auto it = doc.begin().begin(); !it.atEnd(); ++it) {
                QVERIFY(!it.fragment().charFormat().isAnchor());
                QVERIFY(!it.fragment().charFormat().isImageFormat());
            }
        }
    }
}

void TestUntrustedTableModel::tooltipsShowControlsVisibly()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const Catalog catalog = hostileCatalog(text);
    PortTableModel model;
    model.setCatalog(&catalog);
    const QString tip = model.index(registryRow(catalog), PortTableModel::Description)
                            .data(Qt::ToolTipRole)
                            .toString();
    QTextDocument doc;
    doc.setHtml(tip);
    // Known gap (reported): the model escapes markup but passes control characters and
    // bidirectional overrides through, so a tooltip can hide text or show it reordered.
    // visibleText() in PortTableModel's tooltip (and in CatalogItemDelegate for the cells)
    // closes it; then these expectations pass and QEXPECT_FAIL must go.
    if (shown != text)
        QEXPECT_FAIL("", "PortTableModel tooltips keep control characters raw", Continue);
    QCOMPARE(doc.toRawText(), shown);
}

QTEST_MAIN(TestUntrustedTableModel)
#include "tst_untrustedtablemodel.moc"
