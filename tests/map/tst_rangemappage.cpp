// RangeMapPage offscreen: the controls drive the map, and the text alternative (legend and
// the table of ranges) says what the map draws.
#include "../support/TestMain.h"
#include "MapTestData.h"
#include "RangeMapPage.h"
#include "RangeMapWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace portolan;
using maptest::referenceCatalog;

class TestRangeMapPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tableOfRangesIsTheTextAlternative_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ports");
        QTest::addColumn<QString>("size");
        QTest::newRow("system") << "System (well-known)"
                                << "0–1023"
                                << "1,024";
        QTest::newRow("user") << "User (registered)"
                              << "1024–49151"
                              << "48,128";
        QTest::newRow("dynamic") << "Dynamic (private)"
                                 << "49152–65535"
                                 << "16,384";
        QTest::newRow("linux") << "Linux ephemeral ports"
                               << "32768–60999"
                               << "28,232";
        QTest::newRow("windows xp") << "Windows XP / Server 2003 and earlier ephemeral ports"
                                    << "1025–5000"
                                    << "3,976";
    }
    void tableOfRangesIsTheTextAlternative()
    {
        QFETCH(QString, name);
        QFETCH(QString, ports);
        QFETCH(QString, size);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        RangeMapPage page(referenceCatalog());
        QTableWidget *table = page.rangesTable();
        QVERIFY(!table->accessibleName().isEmpty());
        const QList<QTableWidgetItem *> hits = table->findItems(name, Qt::MatchExactly);
        QCOMPARE(hits.size(), 1);
        const int row = hits.first()->row();
        QCOMPARE(table->item(row, 1)->text(), ports);
        QCOMPARE(table->item(row, 2)->text(), size);
        QVERIFY(!table->item(row, 5)->text().isEmpty());
        auto *legend = page.findChild<QLabel *>(QStringLiteral("mapLegend"));
        QVERIFY(legend);
        for (const char *word : {"Secure", "Insecure", "Depends", "\u2714", "\u2716", "\u25D0"})
            QVERIFY(legend->text().contains(QString::fromUtf8(word)));
    }

    void controlsDriveTheMap()
    {
        RangeMapPage page(referenceCatalog());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        RangeMapWidget *map = page.map();

        auto *linuxBox = page.findChild<QCheckBox *>(QStringLiteral("overlay-linux"));
        QVERIFY(linuxBox);
        linuxBox->click();
        QVERIFY(map->isOverlayVisible(QStringLiteral("linux")));

        auto *scale = page.findChild<QComboBox *>(QStringLiteral("scaleBox"));
        scale->setCurrentIndex(scale->findData(int(RangeMapGeometry::Scale::Log)));
        QCOMPARE(map->scale(), RangeMapGeometry::Scale::Log);

        page.findChild<QToolButton *>(QStringLiteral("zoomSystem"))->click();
        QCOMPARE(map->geometry().visiblePorts().first, 0);
        QVERIFY(map->geometry().visiblePorts().last < 1200); // 1 % margin, on a log scale
        page.findChild<QToolButton *>(QStringLiteral("wholeRange"))->click();
        QCOMPARE(map->geometry().visiblePorts().last, 65535);
        page.findChild<QToolButton *>(QStringLiteral("zoomIn"))->click();
        QVERIFY(map->geometry().zoom() > 1);
    }

    // Ticking client port ranges draws them in rows kept for them: the boxes under the map stay
    // where the mouse is, so the next click does not land on the map.
    void tickingARangeMovesNothing()
    {
        RangeMapPage page(referenceCatalog());
        page.resize(1024, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *linuxBox = page.findChild<QCheckBox *>(QStringLiteral("overlay-linux"));
        auto *macBox = page.findChild<QCheckBox *>(QStringLiteral("overlay-macos"));
        QVERIFY(linuxBox && macBox);
        const QPoint before = linuxBox->mapTo(&page, QPoint());
        const int mapHeight = page.map()->height();
        linuxBox->click();
        macBox->click();
        QCoreApplication::processEvents();
        QCOMPARE(linuxBox->mapTo(&page, QPoint()), before);
        QCOMPARE(page.map()->height(), mapHeight);
    }

    // A tall window gives its extra height to the map first (larger markers), up to a limit.
    void tallWindowEnlargesTheMap()
    {
        RangeMapPage page(referenceCatalog());
        page.resize(1024, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const int small = page.map()->height();
        page.resize(1024, 1000);
        QCoreApplication::processEvents();
        QVERIFY2(page.map()->height() > small,
                 qPrintable(QStringLiteral("%1 -> %2").arg(small).arg(page.map()->height())));
        QVERIFY(page.map()->height() <= page.map()->maximumHeight());
    }
};

PORTOLAN_TEST_MAIN(TestRangeMapPage)
#include "tst_rangemappage.moc"
