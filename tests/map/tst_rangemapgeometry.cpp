// RangeMapGeometry: port ↔ pixel at every scale and zoom, band edges, hit-testing, clamping.
#include "../support/TestMain.h"
#include "map/RangeMapGeometry.h"

#include <QTest>
#include <cmath>

using namespace portolan;
using Scale = RangeMapGeometry::Scale;

Q_DECLARE_METATYPE(RangeMapGeometry::Scale)

namespace {

RangeMapGeometry make(Scale scale, double width, double zoom, int centre)
{
    RangeMapGeometry g;
    g.setPlot(8, width);
    g.setScale(scale);
    g.zoomAt(8 + width / 2, zoom);
    g.centerOn(centre);
    return g;
}

const char *scaleName(Scale s)
{
    return s == Scale::Linear ? "linear" : s == Scale::Piecewise ? "piecewise" : "log";
}

} // namespace

class TestRangeMapGeometry : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Scale>("scale");
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<int>("centre");
        for (Scale s : {Scale::Linear, Scale::Piecewise, Scale::Log}) {
            for (double width : {1600.0, 333.0}) {
                for (double zoom : {1.0, 3.0, 40.0, 900.0, 1e9}) {
                    for (int centre : {0, 443, 1023, 1024, 32768, 49151, 49152, 65535}) {
                        QTest::addRow("%s w%g z%g @%d", scaleName(s), width, zoom, centre)
                            << s << width << zoom << centre;
                    }
                }
            }
        }
    }

    // Every visible port's centre lands in a pixel whose ports include it; where a port is a
    // pixel wide or more, the pixel gives exactly that port back.
    void roundTrip()
    {
        QFETCH(Scale, scale);
        QFETCH(double, width);
        QFETCH(double, zoom);
        QFETCH(int, centre);
        const RangeMapGeometry g = make(scale, width, zoom, centre);
        const RangeMapGeometry::PortRange view = g.visiblePorts();
        QVERIFY(view.contains(centre) || zoom == 1.0);
        for (int p = view.first; p <= view.last; ++p) {
            const double x = g.xOfPort(p);
            if (x < g.plotLeft() || x >= g.plotRight())
                continue;
            const RangeMapGeometry::PortRange column = g.portsInColumn(int(std::floor(x)));
            if (!column.contains(p))
                QFAIL(qPrintable(QStringLiteral("port %1 at x %2 not in column %3–%4")
                                     .arg(p)
                                     .arg(x)
                                     .arg(column.first)
                                     .arg(column.last)));
            if (g.portWidth(p) >= 1.0) {
                QCOMPARE(g.portAt(x), p);
                QCOMPARE(g.portAt(g.xOfPortStart(p) + 0.01), p);
                QCOMPARE(g.portAt(g.xOfPortStart(p + 1) - 0.01), p);
            }
        }
    }

    // The columns of the plot cover 0–65535 in order, without gaps.
    void columnsPartitionThePorts_data()
    {
        QTest::addColumn<Scale>("scale");
        for (Scale s : {Scale::Linear, Scale::Piecewise, Scale::Log})
            QTest::newRow(scaleName(s)) << s;
    }
    void columnsPartitionThePorts()
    {
        QFETCH(Scale, scale);
        const RangeMapGeometry g = make(scale, 1600, 1, 0);
        int expected = 0;
        for (int c = 8; c < 8 + 1600; ++c) {
            const RangeMapGeometry::PortRange r = g.portsInColumn(c);
            QVERIFY(r.first <= expected);
            QVERIFY(r.last >= r.first);
            expected = std::max(expected, r.last + 1);
        }
        QCOMPARE(expected, 65536);
    }

    void bandEdges_data()
    {
        QTest::addColumn<Scale>("scale");
        QTest::addColumn<int>("lastOfLower");
        for (Scale s : {Scale::Linear, Scale::Piecewise, Scale::Log}) {
            QTest::addRow("%s 1023|1024", scaleName(s)) << s << 1023;
            QTest::addRow("%s 49151|49152", scaleName(s)) << s << 49151;
        }
    }
    void bandEdges()
    {
        QFETCH(Scale, scale);
        QFETCH(int, lastOfLower);
        RangeMapGeometry g;
        g.setPlot(0, 1200);
        g.setScale(scale);
        g.zoomToPorts(lastOfLower - 3, lastOfLower + 4);
        const QList<RangeMapGeometry::Band> bands = g.bands();
        QCOMPARE(bands.size(), 3);
        const int lower = lastOfLower == kLastSystemPort ? 0 : 1;
        QCOMPARE(bands.at(lower).last, lastOfLower);
        QCOMPARE(bands.at(lower + 1).first, lastOfLower + 1);
        QCOMPARE(bands.at(lower).x1, bands.at(lower + 1).x0);
        const double edge = bands.at(lower).x1;
        QVERIFY(g.portWidth(lastOfLower) > 20);
        QCOMPARE(g.portAt(edge - 0.5), lastOfLower);
        QCOMPARE(g.portAt(edge + 0.5), lastOfLower + 1);
        QCOMPARE(rangeClassOf(g.portAt(edge - 0.5)), bands.at(lower).rangeClass);
        QCOMPARE(rangeClassOf(g.portAt(edge + 0.5)), bands.at(lower + 1).rangeClass);
        QVERIFY(!bands.at(lower).name.isEmpty());
        QVERIFY(!bands.at(lower).olderName.isEmpty());
    }

    void bandNamesCurrentAndOlder()
    {
        const QList<RangeMapGeometry::Band> b = RangeMapGeometry().bands();
        QCOMPARE(b.at(0).name, QStringLiteral("System"));
        QCOMPARE(b.at(0).olderName, QStringLiteral("well-known"));
        QCOMPARE(b.at(1).name, QStringLiteral("User"));
        QCOMPARE(b.at(1).olderName, QStringLiteral("registered"));
        QCOMPARE(b.at(2).name, QStringLiteral("Dynamic"));
        QVERIFY(b.at(2).olderName.contains(QStringLiteral("private")));
    }

    // A linear view gives 0–1023 1.6 % of the width; the other scales make it usable.
    void systemBandShare_data()
    {
        QTest::addColumn<Scale>("scale");
        QTest::addColumn<double>("minShare");
        QTest::addColumn<double>("maxShare");
        QTest::newRow("linear") << Scale::Linear << 0.015 << 0.016;
        QTest::newRow("piecewise") << Scale::Piecewise << 0.29 << 0.31;
        QTest::newRow("log") << Scale::Log << 0.4 << 0.6;
    }
    void systemBandShare()
    {
        QFETCH(Scale, scale);
        QFETCH(double, minShare);
        QFETCH(double, maxShare);
        const RangeMapGeometry g = make(scale, 1600, 1, 0);
        const RangeMapGeometry::Band system = g.bands().first();
        const double share = (system.x1 - system.x0) / 1600;
        QVERIFY2(share >= minShare && share <= maxShare, qPrintable(QString::number(share)));
    }

    void hitTestingNeighbours_data()
    {
        QTest::addColumn<Scale>("scale");
        for (Scale s : {Scale::Linear, Scale::Piecewise, Scale::Log})
            QTest::newRow(scaleName(s)) << s;
    }
    void hitTestingNeighbours()
    {
        QFETCH(Scale, scale);
        const QList<int> markers = {20, 21, 22, 23, 25, 53, 80};
        RangeMapGeometry g;
        g.setPlot(0, 1000);
        g.setScale(scale);
        g.zoomToPorts(18, 27, 0);
        QVERIFY(g.portWidth(21) > 50);
        // Each neighbour is found under its own centre, and near its edges.
        for (int p : {20, 21, 22, 23, 25}) {
            QCOMPARE(g.nearestPort(g.xOfPort(p), markers, 4), p);
            QCOMPARE(g.nearestPort(g.xOfPortStart(p) + 1, markers, 4), p);
            QCOMPARE(g.nearestPort(g.xOfPortStart(p + 1) - 1, markers, 4), p);
            QCOMPARE(g.portAt(g.xOfPort(p)), p);
        }
        // 24 is empty: nothing within a small tolerance, the closer neighbour within a large.
        QCOMPARE(g.nearestPort(g.xOfPort(24), markers, 4), -1);
        QCOMPARE(g.nearestPort(g.xOfPortStart(25) - 5, markers, 10), 25);
        QCOMPARE(g.nearestPort(g.xOfPortStart(24) + 5, markers, 10), 23);
        const RangeMapGeometry::PortRange near = g.portsNear(g.xOfPortStart(22), 2);
        QCOMPARE(near.first, 21);
        QCOMPARE(near.last, 22);

        // Zoomed out, 20–25 share a pixel or two: the port under the pointer is one of them,
        // and the neighbourhood lists them all.
        // (The log scale keeps them apart even then.)
        g.reset();
        const double x = g.xOfPort(21);
        if (g.portWidth(21) >= 3) {
            QCOMPARE(g.nearestPort(x, markers, 3), 21);
            return;
        }
        QVERIFY(g.nearestPort(x, markers, 3) >= 20);
        QVERIFY(g.nearestPort(x, markers, 3) <= 25);
        const RangeMapGeometry::PortRange around = g.portsNear(x, 3);
        QVERIFY(around.first <= 20);
        QVERIFY(around.last >= 25);
    }

    void clamping()
    {
        RangeMapGeometry g;
        g.setPlot(10, 800);
        QCOMPARE(g.portAt(-1000), 0);
        QCOMPARE(g.portAt(1e9), 65535);
        QCOMPARE(g.visiblePorts(), (RangeMapGeometry::PortRange{0, 65535}));
        g.panByPixels(-1e9);
        QCOMPARE(g.viewStart(), 0.0);
        g.zoomAt(400, 1e12);
        QCOMPARE(g.zoom(), g.maxZoom());
        QVERIFY(g.visiblePorts().count() >= 1);
        QVERIFY(g.portWidth(g.visiblePorts().first) <= RangeMapGeometry::kMaxPixelsPerPort + 1);
        g.panByPixels(1e12);
        QCOMPARE(g.visiblePorts().last, 65535);
        QCOMPARE(g.portAt(g.plotRight() - 0.01), 65535);
        g.zoomAt(400, 1e-12);
        QCOMPARE(g.zoom(), 1.0);
        QCOMPARE(g.viewStart(), 0.0);
        g.zoomToPorts(-50, 1'000'000);
        QCOMPARE(g.visiblePorts(), (RangeMapGeometry::PortRange{0, 65535}));
        g.setPlot(0, 0); // a collapsed widget must not divide by zero
        QVERIFY(g.plotWidth() >= 1);
        QVERIFY(std::isfinite(g.xOfPort(443)));
    }

    void zoomKeepsThePortUnderThePointer_data()
    {
        QTest::addColumn<Scale>("scale");
        QTest::addColumn<double>("x");
        for (Scale s : {Scale::Linear, Scale::Piecewise, Scale::Log}) {
            for (double x : {20.0, 400.0, 790.0})
                QTest::addRow("%s x%g", scaleName(s), x) << s << x;
        }
    }
    void zoomKeepsThePortUnderThePointer()
    {
        QFETCH(Scale, scale);
        QFETCH(double, x);
        RangeMapGeometry g;
        g.setPlot(10, 800);
        g.setScale(scale);
        for (int i = 0; i < 14; ++i) {
            const int before = g.portAt(x);
            g.zoomAt(x, 2.0);
            QVERIFY2(g.portsNear(x, 1).contains(before),
                     qPrintable(QStringLiteral("step %1: %2 moved").arg(i).arg(before)));
        }
    }

    void scaleChangeKeepsTheCentre()
    {
        RangeMapGeometry g;
        g.setPlot(0, 1000);
        g.zoomToPorts(5000, 5100);
        const int centre = g.portAt(500);
        g.setScale(Scale::Log);
        QVERIFY(std::abs(g.portAt(500) - centre) <= 1);
        g.setScale(Scale::Linear);
        QVERIFY(std::abs(g.portAt(500) - centre) <= 1);
    }

    void zoomToPortsShowsTheRange_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("system") << 0 << 1023;
        QTest::newRow("one port") << 443 << 443;
        QTest::newRow("linux ephemeral") << 32768 << 60999;
        QTest::newRow("top") << 65535 << 65535;
    }
    void zoomToPortsShowsTheRange()
    {
        QFETCH(int, first);
        QFETCH(int, last);
        for (Scale s : {Scale::Linear, Scale::Piecewise, Scale::Log}) {
            RangeMapGeometry g;
            g.setPlot(0, 1600);
            g.setScale(s);
            g.zoomToPorts(first, last);
            QVERIFY(g.visiblePorts().contains(first));
            QVERIFY(g.visiblePorts().contains(last));
        }
    }

    void ensureVisibleScrolls()
    {
        RangeMapGeometry g;
        g.setPlot(0, 1000);
        g.zoomToPorts(100, 200);
        QVERIFY(!g.visiblePorts().contains(5060));
        g.ensureVisible(5060, 40);
        QVERIFY(g.xOfPort(5060) >= 40 - 0.5);
        QVERIFY(g.xOfPort(5060) <= 960 + 0.5);
        const double zoom = g.zoom();
        QCOMPARE(g.zoom(), zoom);
    }

    void ticksAreSpacedAndIncludeBandEdges_data()
    {
        QTest::addColumn<Scale>("scale");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        for (Scale s : {Scale::Linear, Scale::Piecewise, Scale::Log}) {
            QTest::addRow("%s whole", scaleName(s)) << s << 0 << 65535;
            QTest::addRow("%s system", scaleName(s)) << s << 0 << 1023;
            QTest::addRow("%s around 443", scaleName(s)) << s << 430 << 460;
            QTest::addRow("%s edge 49152", scaleName(s)) << s << 49100 << 49200;
        }
    }
    void ticksAreSpacedAndIncludeBandEdges()
    {
        QFETCH(Scale, scale);
        QFETCH(int, first);
        QFETCH(int, last);
        RangeMapGeometry g;
        g.setPlot(8, 1600);
        g.setScale(scale);
        g.zoomToPorts(first, last, 0.02);
        const QList<RangeMapGeometry::Tick> ticks = g.ticks(70);
        QVERIFY(ticks.size() >= 3);
        for (int i = 1; i < ticks.size(); ++i) {
            QVERIFY(ticks.at(i).x - ticks.at(i - 1).x >= 70 - 1e-9);
            QVERIFY(ticks.at(i).port > ticks.at(i - 1).port);
        }
        const RangeMapGeometry::PortRange view = g.visiblePorts();
        for (const RangeMapGeometry::Tick &t : ticks)
            QVERIFY(view.contains(t.port));
        for (int edge : {1024, 49152}) {
            if (view.first + 5 < edge && view.last > edge + 5) {
                const bool found = std::any_of(ticks.cbegin(), ticks.cend(),
                                               [&](const auto &t) { return t.port == edge; });
                QVERIFY2(found, qPrintable(QString::number(edge)));
            }
        }
    }

    void revisionChangesAndIsUnique()
    {
        RangeMapGeometry a;
        RangeMapGeometry b;
        QVERIFY(a.revision() != b.revision());
        const quint64 r = a.revision();
        a.setPlot(0, 500);
        QVERIFY(a.revision() != r);
        const quint64 r2 = a.revision();
        a.setPlot(0, 500); // no change, no new revision
        QCOMPARE(a.revision(), r2);
        a.zoomAt(100, 2);
        QVERIFY(a.revision() != r2);
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestRangeMapGeometry)
#include "tst_rangemapgeometry.moc"
