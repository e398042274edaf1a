// RangeMapWidget offscreen: keyboard, clicks on neighbouring markers, selection from
// outside, dimming, escaped tooltips, accessibility announcements, partial repaints.
#include "../support/TestMain.h"
#include "MapTestData.h"
#include "RangeMapWidget.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace portolan;
using maptest::referenceCatalog;
using maptest::rowOf;

class TestRangeMapWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void keyboardZoomsPansAndAnnounces()
    {
        RangeMapWidget map(referenceCatalog());
        map.resize(1000, map.sizeHint().height());
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        map.setFocus();
        QTRY_VERIFY(map.hasFocus());
        QCOMPARE(map.focusPolicy(), Qt::StrongFocus);

        // Each change is announced (offscreen has no accessibility bridge, so the signal
        // that accompanies the QAccessibleValueChangeEvent is what can be observed here).
        QSignalSpy announced(&map, &RangeMapWidget::announced);
        QTest::keyClick(&map, Qt::Key_Plus);
        QVERIFY(map.geometry().zoom() > 1.0);
        QCOMPARE(announced.size(), 1);
        const RangeMapGeometry::PortRange view = map.geometry().visiblePorts();
        QVERIFY(announced.last().first().toString().contains(
            QStringLiteral("Ports %1 to %2 shown").arg(view.first).arg(view.last)));
        QTest::keyClick(&map, Qt::Key_Right);
        QVERIFY(map.geometry().viewStart() > 0);
        QTest::keyClick(&map, Qt::Key_Home);
        QCOMPARE(map.geometry().viewStart(), 0.0);
        QTest::keyClick(&map, Qt::Key_Minus);
        QCOMPARE(map.geometry().zoom(), 1.0);

        // Ctrl+Right walks the study-set ports; the accessible value says where we are.
        QTest::keyClick(&map, Qt::Key_Right, Qt::ControlModifier);
        const int port = map.focusedPort();
        QVERIFY(port >= 0);
        QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(&map);
        QVERIFY(a11y);
        QCOMPARE(a11y->role(), QAccessible::Slider);
        QCOMPARE(a11y->text(QAccessible::Name), QStringLiteral("Port range map"));
        QVERIFY(a11y->text(QAccessible::Description).contains(QStringLiteral("Arrow keys")));
        const QString value = a11y->text(QAccessible::Value);
        QVERIFY2(value.contains(QStringLiteral("Focused: port %1").arg(port)), qPrintable(value));
        QVERIFY(value.contains(QStringLiteral("Ports 0 to 65535 shown")));
        QAccessibleValueInterface *v = a11y->valueInterface();
        QVERIFY(v);
        QCOMPARE(v->currentValue().toInt(), port);
        QCOMPARE(v->maximumValue().toInt(), 65535);
        QTest::keyClick(&map, Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(map.focusedPort() >= port);
        QVERIFY(announced.last().first().toString().contains(
            QStringLiteral("Focused: port %1").arg(map.focusedPort())));

        // Enter selects the focused port for the table.
        QSignalSpy activated(&map, &RangeMapWidget::catalogRowActivated);
        QTest::keyClick(&map, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(map.selectedCatalogRow(), activated.first().first().toInt());
    }

    // Zoomed in, 20, 21, 22 and 23 are separate targets.
    void clickHitsNeighbouringMarkers_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("20 ftp data") << 20 << QStringList{"ftp"};
        QTest::newRow("21 ftp control") << 21 << QStringList{"ftp", "ftps"};
        QTest::newRow("22 ssh") << 22 << QStringList{"ssh", "sftp"};
        QTest::newRow("23 telnet") << 23 << QStringList{"telnet"};
        QTest::newRow("443 https") << 443 << QStringList{"https", "doh"};
    }
    void clickHitsNeighbouringMarkers()
    {
        QFETCH(int, port);
        QFETCH(QStringList, keys);
        const Catalog &c = referenceCatalog();
        RangeMapWidget map(c);
        map.resize(1000, map.sizeHint().height());
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        map.zoomToPorts(port - 3, port + 3);
        QSignalSpy activated(&map, &RangeMapWidget::catalogRowActivated);
        const QPointF at = map.markerPosition(rowOf(c, keys.first()), port);
        QVERIFY(!at.isNull());
        QTest::mouseClick(&map, Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(activated.size(), 1);
        const CatalogRow &row = c.rows().at(activated.first().first().toInt());
        QVERIFY(row.isCurated());
        QVERIFY2(keys.contains(c.protocols().at(row.index).key),
                 qPrintable(c.protocols().at(row.index).key));
        const bool onPort = std::any_of(row.spans.cbegin(), row.spans.cend(),
                                        [&](const PortSpan &s) { return s.first == port; });
        QVERIFY(onPort);
    }

    void selectionFromOutsideScrollsWithoutEmitting()
    {
        const Catalog &c = referenceCatalog();
        RangeMapWidget map(c);
        map.resize(800, map.sizeHint().height());
        map.zoomToPorts(0, 100);
        QSignalSpy activated(&map, &RangeMapWidget::catalogRowActivated);
        QVERIFY(!map.geometry().visiblePorts().contains(5060));
        const double zoom = map.geometry().zoom();
        map.setSelectedCatalogRow(rowOf(c, QStringLiteral("sip")));
        QVERIFY(map.geometry().visiblePorts().contains(5060));
        QCOMPARE(map.geometry().zoom(), zoom);
        QCOMPARE(activated.size(), 0);
        map.zoomToSelection();
        QVERIFY(map.geometry().visiblePorts().count() < 40);
        QVERIFY(map.geometry().visiblePorts().contains(5060));
    }

    void searchFilterDims()
    {
        const Catalog &c = referenceCatalog();
        RangeMapWidget map(c);
        const int https = rowOf(c, QStringLiteral("https"));
        const int http = rowOf(c, QStringLiteral("http"));
        QVERIFY(!map.isRowDimmed(http));
        QBitArray accepted(int(c.rows().size()));
        accepted.setBit(https);
        map.setAcceptedRows(accepted);
        QVERIFY(map.isRowDimmed(http));
        QVERIFY(!map.isRowDimmed(https));
        map.setAcceptedRows({});
        QVERIFY(!map.isRowDimmed(http));
    }

    void tooltipEscapesRegistryText()
    {
        RegistryRecord evil;
        evil.service = QStringLiteral("<b>evil</b>");
        evil.first = evil.last = 40000;
        evil.transport = Transport::Tcp;
        evil.description = QStringLiteral("<img src=x onerror=alert(1)> \x1b[31m red");
        Catalog catalog;
        catalog.setData({}, {evil});
        RangeMapWidget map(catalog);
        map.resize(800, map.sizeHint().height());
        map.zoomToPorts(39998, 40002);
        const QString html = map.tooltipHtmlAt(QPointF(map.geometry().xOfPort(40000), 40));
        QVERIFY2(html.contains(QStringLiteral("&lt;b&gt;evil&lt;/b&gt;")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QChar(0x1b)));
        QVERIFY(html.contains(QStringLiteral("Port 40000")));
    }

    void overlaysAreSwitchable()
    {
        RangeMapWidget map(referenceCatalog());
        // The preferred height keeps a row for every client port range: ticking one in a
        // window of that height draws it in place; only a window at its smallest grows.
        const int preferred = map.sizeHint().height();
        const int base = map.minimumSizeHint().height();
        QVERIFY(preferred > base);
        map.setOverlayVisible(QStringLiteral("linux"), true);
        map.setOverlayVisible(QStringLiteral("windows-xp"), true);
        map.setOverlayVisible(QStringLiteral("no-such-os"), true);
        QVERIFY(map.isOverlayVisible(QStringLiteral("linux")));
        QVERIFY(!map.isOverlayVisible(QStringLiteral("no-such-os")));
        QVERIFY(map.minimumSizeHint().height() > base);
        QCOMPARE(map.sizeHint().height(), preferred);
        QVERIFY(map.accessibleSummary().contains(QStringLiteral("Linux 32768\u201360999")));
        map.setOverlayVisible(QStringLiteral("linux"), false);
        map.setOverlayVisible(QStringLiteral("windows-xp"), false);
        QCOMPARE(map.minimumSizeHint().height(), base);
    }

    // What paintEvent draws for a small exposed rect equals that part of a full repaint.
    void partialRepaintMatchesFullRepaint_data()
    {
        QTest::addColumn<QRect>("part");
        QTest::newRow("hover column") << QRect(403, 0, 5, 200);
        QTest::newRow("band edge") << QRect(300, 20, 90, 60);
        QTest::newRow("axis end") << QRect(880, 100, 120, 100);
    }
    void partialRepaintMatchesFullRepaint()
    {
        QFETCH(QRect, part);
        RangeMapWidget map(referenceCatalog());
        map.setOverlayVisible(QStringLiteral("linux"), true);
        map.resize(1000, map.sizeHint().height());
        map.setSelectedCatalogRow(rowOf(referenceCatalog(), QStringLiteral("https")));
        QImage full(map.size(), QImage::Format_ARGB32_Premultiplied);
        map.render(&full);
        QImage partial(map.size(), QImage::Format_ARGB32_Premultiplied);
        partial.fill(Qt::magenta);
        map.render(&partial, part.topLeft(), QRegion(part));
        const QRect inside = part.intersected(map.rect());
        int differing = 0;
        for (int y = inside.top(); y <= inside.bottom(); ++y) {
            for (int x = inside.left(); x <= inside.right(); ++x)
                differing += full.pixel(x, y) != partial.pixel(x, y);
        }
        // Anti-aliased text may differ in a handful of edge pixels, never in shapes.
        QVERIFY2(differing <= inside.width() * inside.height() / 100,
                 qPrintable(QString::number(differing)));
    }
};

PORTOLAN_TEST_MAIN(TestRangeMapWidget)
#include "tst_rangemapwidget.moc"
