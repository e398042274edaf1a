// PortDensity: counts per port range and per pixel column, and its per-geometry cache.
#include "../support/TestMain.h"
#include "map/PortDensity.h"

#include <QTest>

using namespace portolan;

class TestPortDensity : public QObject
{
    Q_OBJECT

private:
    static QList<PortSpan> sample()
    {
        return {{22, 22, Transport::Tcp},
                {53, 53, Transport::Tcp},
                {53, 53, Transport::Udp},
                {6000, 6063, Transport::Tcp},
                {65535, 65535, Transport::Udp}};
    }

private slots:
    void counts_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("assignments");
        QTest::addColumn<int>("assignedPorts");
        QTest::newRow("one port, one record") << 22 << 22 << 1 << 1;
        QTest::newRow("tcp and udp on one port") << 53 << 53 << 2 << 1;
        QTest::newRow("empty port") << 23 << 23 << 0 << 0;
        QTest::newRow("system band") << 0 << 1023 << 3 << 2;
        QTest::newRow("a range counts every port") << 6000 << 6063 << 64 << 64;
        QTest::newRow("part of a range") << 6060 << 6100 << 4 << 4;
        QTest::newRow("last port") << 65535 << 65535 << 1 << 1;
        QTest::newRow("everything") << 0 << 65535 << 68 << 67;
        QTest::newRow("clamped") << -10 << 100000 << 68 << 67;
    }
    void counts()
    {
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, assignments);
        QFETCH(int, assignedPorts);
        PortDensity d;
        d.setSpans(sample());
        QCOMPARE(d.assignmentsIn(first, last), assignments);
        QCOMPARE(d.assignedPortsIn(first, last), assignedPorts);
        QCOMPARE(d.totalAssignments(), 68);
    }

    // One port per column: the columns add up to the total exactly.
    void oneColumnPerPort()
    {
        PortDensity d;
        d.setSpans(sample());
        RangeMapGeometry g;
        g.setScale(RangeMapGeometry::Scale::Linear);
        g.setPlot(0, 65536);
        const QList<PortDensity::Column> &cols = d.columns(g);
        QCOMPARE(cols.size(), 65536);
        int sum = 0;
        for (const PortDensity::Column &c : cols) {
            QCOMPARE(c.ports, 1);
            sum += c.assignments;
        }
        QCOMPARE(sum, 68);
        QCOMPARE(cols.at(53).assignments, 2);
        QCOMPARE(cols.at(53).occupancy(), 1.0);
        QCOMPARE(cols.at(54).occupancy(), 0.0);
    }

    void columnsFollowTheView()
    {
        PortDensity d;
        d.setSpans(sample());
        RangeMapGeometry g;
        g.setPlot(0, 1000);
        const QList<PortDensity::Column> *first = &d.columns(g);
        QCOMPARE(first->size(), 1000);
        QVERIFY(first->at(0).ports > 1);
        // Cached while nothing changes.
        QCOMPARE(&d.columns(g), first);
        // A new geometry is seen: the columns follow the plot's new width.
        const quint64 revision = g.revision();
        g.setPlot(0, 800);
        QVERIFY(g.revision() != revision);
        QCOMPARE(d.columns(g).size(), 800);
        g.setPlot(0, 1000);

        // Zoomed into 6000–6063: every column sits inside one assigned port.
        g.zoomToPorts(6000, 6063, 0);
        const QList<PortDensity::Column> &zoomed = d.columns(g);
        int assigned = 0;
        for (const PortDensity::Column &c : zoomed) {
            QVERIFY(c.ports <= 2);
            if (c.occupancy() == 1.0)
                ++assigned;
        }
        QVERIFY(assigned >= 990);

        // New data invalidates the cache even for the same view.
        d.setSpans({});
        for (const PortDensity::Column &c : d.columns(g))
            QCOMPARE(c.assignments, 0);
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestPortDensity)
#include "tst_portdensity.moc"
