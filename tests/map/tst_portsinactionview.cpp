// PortsInActionView offscreen: re-roll, OS choice, scenarios, fixed-port protocols.
#include "../support/TestMain.h"
#include "MapTestData.h"
#include "PortsInActionDiagram.h"
#include "PortsInActionView.h"

#include <QComboBox>
#include <QImage>
#include <QPushButton>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace portolan;
using maptest::referenceCatalog;
using maptest::rowOf;

namespace {

int firstClientPort(const PortsInActionView &view)
{
    const ExchangeScenario &s = view.diagram()->scenario();
    return s.columns.isEmpty() ? -1 : s.columns.first().steps.first().clientPort;
}

} // namespace

class TestPortsInActionView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rerollDrawsAnotherPortFromTheOsRange()
    {
        const Catalog &c = referenceCatalog();
        QRandomGenerator generator(2024); // seeded: the same draws on every run
        GeneratorRandomSource random(&generator);
        PortsInActionView view(c);
        view.setRandomSource(&random);
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setCatalogRow(rowOf(c, QStringLiteral("https")));
        QCOMPARE(view.osId(), QStringLiteral("linux"));
        const int before = firstClientPort(view);
        QVERIFY(before >= 32768 && before <= 60999);
        QVERIFY(view.rerollButton()->isEnabled());
        QTest::mouseClick(view.rerollButton(), Qt::LeftButton);
        const int after = firstClientPort(view);
        QVERIFY(after != before);
        QVERIFY(after >= 32768 && after <= 60999);
        QVERIFY(view.diagram()->textAlternative().contains(QStringLiteral("port 443")));
        QVERIFY(view.diagram()->accessibleDescription().contains(QString::number(after)));

        view.setOs(QStringLiteral("windows-xp"));
        const int xp = firstClientPort(view);
        QVERIFY2(xp >= 1025 && xp <= 5000, qPrintable(QString::number(xp)));
    }

    void fixedPortsCannotBeRerolled()
    {
        const Catalog &c = referenceCatalog();
        PortsInActionView view(c);
        view.setCatalogRow(rowOf(c, QStringLiteral("dhcp")));
        QVERIFY(!view.rerollButton()->isEnabled());
        const QString text = view.diagram()->textAlternative();
        QVERIFY(text.contains(QStringLiteral("port 68 → DHCP server port 67")));
        QVERIFY(text.contains(QStringLiteral("DHCPDISCOVER")));
    }

    void scenarioChoiceSurvivesRerollButNotANewRow()
    {
        const Catalog &c = referenceCatalog();
        PortsInActionView view(c);
        view.setCatalogRow(rowOf(c, QStringLiteral("ftp")));
        QVERIFY(view.scenarioBox()->count() >= 3);
        QVERIFY(view.scenarioBox()->itemText(0).contains(QStringLiteral("passive")));
        view.setScenarioIndex(1);
        QVERIFY(view.diagram()->scenario().title.contains(QStringLiteral("active")));
        view.reroll();
        QCOMPARE(view.scenarioIndex(), 1);
        view.setOs(QStringLiteral("freebsd"));
        QCOMPARE(view.scenarioIndex(), 1);
        view.setCatalogRow(rowOf(c, QStringLiteral("dns")));
        QCOMPARE(view.scenarioIndex(), 0);
        QVERIFY(view.diagram()->scenario().title.contains(QStringLiteral("UDP")));
    }

    void secureCounterpartSideBySide()
    {
        const Catalog &c = referenceCatalog();
        PortsInActionView view(c);
        view.setCatalogRow(rowOf(c, QStringLiteral("telnet")));
        const int pair = view.scenarioBox()->findText(QStringLiteral("Side by side with SSH"));
        QVERIFY(pair >= 0);
        view.setScenarioIndex(pair);
        QCOMPARE(view.diagram()->scenario().columns.size(), 2);
        // Both widths render: explanations beside the arrows, or under them when narrow.
        for (int width : {1400, 520}) {
            view.resize(width, 600);
            QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
            view.render(&image);
            QVERIFY(view.diagram()->minimumHeight() > 200);
        }
    }

    void nothingSelected()
    {
        PortsInActionView view(referenceCatalog());
        QVERIFY(view.scenarios().isEmpty());
        QVERIFY(!view.rerollButton()->isEnabled());
        QVERIFY(view.diagram()->textAlternative().isEmpty());
    }
};

PORTOLAN_TEST_MAIN(TestPortsInActionView)
#include "tst_portsinactionview.moc"
