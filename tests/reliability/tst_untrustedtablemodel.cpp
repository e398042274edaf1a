// Untrusted text in the browser's table (models/PortTableModel): the cells hold the data as it
// is, and the tooltips, which Qt renders as rich text, are escaped so that no markup in a
// registry description or a note ever becomes an element.

#include "../support/TestMain.h"
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
    QFETCH(QString, shown);
    const Catalog catalog = hostileCatalog(text);
    PortTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(&catalog);
    // The catalog keeps the text as it came; the cells show it with its controls visible.
    QCOMPARE(catalog.registry().at(catalog.rows().at(registryRow(catalog)).index).description,
             text);
    for (int row : {curatedRow(catalog), registryRow(catalog)}) {
        QCOMPARE(model.index(row, PortTableModel::Name).data().toString(), shown);
        QCOMPARE(model.index(row, PortTableModel::Description).data().toString(), shown);
    }
}

void TestUntrustedTableModel::tooltipsAreEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    const Catalog catalog = hostileCatalog(text);
    PortTableModel model;
    model.setCatalog(&catalog);
    for (int row : {curatedRow(catalog), registryRow(catalog)}) {
        for (int column : {int(PortTableModel::Name), int(PortTableModel::Description)}) {
            const QString tip = model.index(row, column).data(Qt::ToolTipRole).toString();
            QVERIFY(Qt::mightBeRichText(tip)); // so QToolTip renders it as the HTML it is
            QTextDocument doc;
            doc.setHtml(tip);
            // The data as shown (controls visible), as one paragraph of text: no element.
            QCOMPARE(doc.toRawText(), shown);
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
    // Control characters and bidirectional overrides are shown as escapes, in the cell as in
    // its tooltip: nothing hides text or shows it reordered.
    QCOMPARE(doc.toRawText(), shown);
    QCOMPARE(model.index(registryRow(catalog), PortTableModel::Description).data().toString(),
             shown);
}

PORTOLAN_TEST_MAIN(TestUntrustedTableModel)
#include "tst_untrustedtablemodel.moc"
