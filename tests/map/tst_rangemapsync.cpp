// The main window: clicking the map selects in the table and the details pane, selecting in
// the table highlights the map and fills "ports in action", and the search dims the map.
#include "../support/TestMain.h"
#include "BrowserPage.h"
#include "MainWindow.h"
#include "PortsInActionView.h"
#include "RangeMapPage.h"
#include "RangeMapWidget.h"
#include "models/Roles.h"
#include "workspace/Workspace.h"

#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace portolan;

class TestRangeMapSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Workspace m_workspace;

    int rowOf(const QString &key) const
    {
        const Catalog &c = m_workspace.catalog();
        return c.rowOfProtocol(c.protocolIndex(key));
    }

    static void showMap(MainWindow &window)
    {
        window.showPage(MainWindow::Page::RangeMap);
        QVERIFY(window.rangeMap());
        QTRY_VERIFY(window.rangeMap()->map()->isVisible());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("map.sqlite"))));
    }

    void clickOnTheMapSelectsInTheTable()
    {
        MainWindow window(m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        showMap(window);
        RangeMapWidget *map = window.rangeMap()->map();
        map->zoomToPorts(440, 446);
        const QPointF at = map->markerPosition(rowOf(QStringLiteral("https")), 443);
        QVERIFY(!at.isNull());
        QTest::mouseClick(map, Qt::LeftButton, {}, at.toPoint());

        BrowserPage *browser = window.browser();
        QTRY_COMPARE(browser->currentCatalogRow(), rowOf(QStringLiteral("https")));
        const QModelIndex current = browser->table()->currentIndex();
        QCOMPARE(current.data(KeyRole).toString(), QStringLiteral("https"));
        QVERIFY(browser->table()->selectionModel()->isRowSelected(current.row(), {}));
        QTRY_VERIFY(browser->details()->toPlainText().contains(QStringLiteral("HTTPS")));
        QCOMPARE(window.rangeMap()->portsInAction()->catalogRow(), rowOf(QStringLiteral("https")));

        // A neighbouring port is a different target: 445 is SMB, not HTTPS.
        const QPointF smb = map->markerPosition(rowOf(QStringLiteral("smb")), 445);
        QVERIFY(!smb.isNull());
        QTest::mouseClick(map, Qt::LeftButton, {}, smb.toPoint());
        QTRY_COMPARE(browser->currentCatalogRow(), rowOf(QStringLiteral("smb")));
    }

    void selectingInTheTableHighlightsTheMap()
    {
        MainWindow window(m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A selection made before the map was first shown (it is built then) is on it.
        QVERIFY(window.browser()->selectProtocol(QStringLiteral("https")));
        showMap(window);
        RangeMapWidget *map = window.rangeMap()->map();
        QCOMPARE(map->selectedCatalogRow(), rowOf(QStringLiteral("https")));
        map->zoomToPorts(0, 100);
        QVERIFY(window.browser()->selectProtocol(QStringLiteral("sip")));
        QTRY_COMPARE(map->selectedCatalogRow(), rowOf(QStringLiteral("sip")));
        QVERIFY(map->geometry().visiblePorts().contains(5060));
        QCOMPARE(window.rangeMap()->portsInAction()->catalogRow(), rowOf(QStringLiteral("sip")));
    }

    void theSearchDimsTheMap()
    {
        MainWindow window(m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A search typed before the map was first shown dims it when it is.
        window.browser()->setSearchText(QStringLiteral("ssh"));
        showMap(window);
        RangeMapWidget *map = window.rangeMap()->map();
        QTRY_VERIFY(map->isRowDimmed(rowOf(QStringLiteral("http"))));
        QVERIFY(!map->isRowDimmed(rowOf(QStringLiteral("ssh"))));
        window.browser()->setSearchText(QString());
        QTRY_VERIFY(!map->isRowDimmed(rowOf(QStringLiteral("http"))));
    }
};

PORTOLAN_TEST_MAIN(TestRangeMapSync)
#include "tst_rangemapsync.moc"
