// PortLookup: which catalog rows and study-set markers live on a port or range.
#include "../support/TestMain.h"
#include "MapTestData.h"
#include "map/PortLookup.h"

#include <QTest>

using namespace portolan;
using maptest::referenceCatalog;
using maptest::rowOf;

class TestPortLookup : public QObject
{
    Q_OBJECT

private slots:
    void rowsOnAPort()
    {
        const Catalog &c = referenceCatalog();
        const PortLookup lookup(c);
        const QList<int> rows = lookup.rowsIn(443, 443);
        QVERIFY(rows.size() >= 3);
        QVERIFY(rows.contains(rowOf(c, QStringLiteral("https"))));
        QVERIFY(rows.contains(rowOf(c, QStringLiteral("doh"))));
        // The entry IANA registers on 443 comes before the one that merely uses it.
        QCOMPARE(rows.first(), rowOf(c, QStringLiteral("https")));
        // Study-set rows first, then the registry; each row once.
        bool seenRegistry = false;
        for (int r : rows) {
            if (!c.rows().at(r).isCurated())
                seenRegistry = true;
            else
                QVERIFY(!seenRegistry);
            QCOMPARE(rows.count(r), 1);
        }
        QVERIFY(seenRegistry);
    }

    void rangesAreFoundInside()
    {
        const Catalog &c = referenceCatalog();
        const PortLookup lookup(c);
        const QList<int> rows = lookup.rowsIn(6010, 6010);
        const bool x11 = std::any_of(rows.cbegin(), rows.cend(), [&](int r) {
            const CatalogRow &row = c.rows().at(r);
            return !row.isCurated() && c.registry().at(row.index).service == QLatin1String("x11");
        });
        QVERIFY(x11);
        QVERIFY(lookup.rowsIn(10, 5).isEmpty());
    }

    void markers()
    {
        const Catalog &c = referenceCatalog();
        const PortLookup lookup(c);
        const QList<PortLookup::Marker> &m = lookup.markers();
        QVERIFY(m.size() > 50);
        for (int i = 1; i < m.size(); ++i)
            QVERIFY(m.at(i - 1).first <= m.at(i).first);
        const QList<int> &ports = lookup.markerPorts();
        QVERIFY(std::is_sorted(ports.cbegin(), ports.cend()));
        QVERIFY(std::adjacent_find(ports.cbegin(), ports.cend()) == ports.cend());

        // SSH and SFTP share 22; HTTPS's TCP and UDP claims make one marker.
        QList<QString> on22;
        for (int i : lookup.markersAt(22))
            on22 << m.at(i).label;
        QVERIFY(on22.contains(QStringLiteral("SSH")));
        QVERIFY(on22.contains(QStringLiteral("SFTP")));
        const int https = lookup.markerOfRow(rowOf(c, QStringLiteral("https")));
        QVERIFY(https >= 0);
        QCOMPARE(m.at(https).first, 443);
        QCOMPARE(m.at(https).transports,
                 TransportMask(maskOf(Transport::Tcp) | maskOf(Transport::Udp)));
        QCOMPARE(m.at(https).security, Security::Secure);

        // FTP is on 20 and 21: the preferred port picks the marker.
        const int ftpRow = rowOf(c, QStringLiteral("ftp"));
        QCOMPARE(m.at(lookup.markerOfRow(ftpRow, 21)).first, 21);
        QCOMPARE(m.at(lookup.markerOfRow(ftpRow, 20)).first, 20);
        QCOMPARE(lookup.markerOfRow(-5), -1);
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestPortLookup)
#include "tst_portlookup.moc"
