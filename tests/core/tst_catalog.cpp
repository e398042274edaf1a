// The in-memory catalog: row order, links between curated entries and registry rows.
#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "catalog/EntryKey.h"

#include <QTest>

using namespace portolan;

namespace {

Protocol protocol(const QString &key, int port, Transport t, const QString &iana)
{
    Protocol p;
    p.key = key;
    p.abbreviation = key.toUpper();
    p.name = key;
    p.security = Security::Insecure;
    p.ports.append({port, port, t, QStringLiteral("server"), iana, {}});
    return p;
}

RegistryRecord record(const QString &service, int first, int last, Transport t)
{
    RegistryRecord r;
    r.service = service;
    r.first = first;
    r.last = last;
    r.transport = t;
    return r;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void rowsAreOrderedByPortCuratedFirst()
    {
        Catalog c;
        Protocol gre;
        gre.key = QStringLiteral("gre");
        gre.kind = Protocol::Kind::IpProtocol;
        gre.ipProtocol = 47;
        c.setData({protocol("http", 80, Transport::Tcp, "http"), gre,
                   protocol("dns", 53, Transport::Udp, "domain")},
                  {record("http", 80, 80, Transport::Tcp), record("domain", 53, 53, Transport::Udp),
                   record("x11", 6000, 6063, Transport::Tcp),
                   record("www", 80, 80, Transport::Tcp)});
        QCOMPARE(c.rows().size(), 7);
        QStringList order;
        for (const CatalogRow &r : c.rows())
            order << (r.isCurated() ? c.protocols().at(r.index).key
                                    : QStringLiteral("reg:") + c.registry().at(r.index).service);
        QCOMPARE(order, (QStringList{"dns", "reg:domain", "http", "reg:http", "reg:www", "reg:x11",
                                     "gre"}));
        QCOMPARE(c.rows().at(5).spans.first().last, 6063);
        QCOMPARE(c.rows().at(6).firstPort, -1);
    }

    void registryRowsLinkToTheCuratedEntryThatClaimsThem()
    {
        Catalog c;
        c.setData({protocol("http", 80, Transport::Tcp, "http")},
                  {record("http", 80, 80, Transport::Tcp), record("www", 80, 80, Transport::Tcp),
                   record("http", 80, 80, Transport::Udp)});
        const int http = c.protocolIndex(QStringLiteral("http"));
        QCOMPARE(http, 0);
        const QList<int> linked = c.registryRowsOf(http);
        QCOMPARE(linked.size(), 1);
        QCOMPARE(c.registry().at(c.rows().at(linked.first()).index).service,
                 QStringLiteral("http"));
        QCOMPARE(c.rows().at(linked.first()).explainedBy, http);
        // Another service on the same port, or the same name on another transport, is not it.
        for (const CatalogRow &r : c.rows()) {
            if (!r.isCurated() && r.index != c.rows().at(linked.first()).index)
                QCOMPARE(r.explainedBy, -1);
        }
        QCOMPARE(c.rowOfProtocol(http), 0);
        QCOMPARE(c.protocolIndex(QStringLiteral("nope")), -1);
        QVERIFY(!c.protocol(QStringLiteral("nope")));
    }

    void registryAtFindsRanges()
    {
        Catalog c;
        c.setData({}, {record("x11", 6000, 6063, Transport::Tcp),
                       record("a", 6001, 6001, Transport::Udp)});
        QCOMPARE(c.registryAt(6063, Transport::Tcp).size(), 1);
        QCOMPARE(c.registryAt(6064, Transport::Tcp).size(), 0);
        QCOMPARE(c.registryAt(6001, Transport::Udp).first()->service, QStringLiteral("a"));
    }

    void foldedTextIsPreparedOnce()
    {
        Catalog c;
        Protocol p = protocol("cafe", 1, Transport::Tcp, "x");
        p.notes = QString::fromUtf8("Le Café Résumé");
        c.setData({p}, {});
        QVERIFY(c.rows().first().folded.contains(QStringLiteral("cafe resume")));
        QVERIFY(c.rows().first().exactNames.contains(QStringLiteral("cafe")));
    }

    // The TCP and UDP rows of a service are folded once; a label on one stays on that one.
    void twinRowsShareTextButNotLabels()
    {
        RegistryRecord tcp = record("Domain", 53, 53, Transport::Tcp);
        tcp.description = QStringLiteral("Domain Name Server");
        RegistryRecord udp = tcp;
        udp.transport = Transport::Udp;
        RegistryRecord other = udp;
        other.service = QStringLiteral("other");
        Catalog c;
        c.setData({}, {tcp, udp, other});
        QCOMPARE(c.rows().at(0).folded, QStringLiteral("domain domain name server "));
        QCOMPARE(c.rows().at(1).folded, c.rows().at(0).folded);
        QCOMPARE(c.rows().at(1).exactNames, QStringList{QStringLiteral("domain")});
        QCOMPARE(c.rows().at(2).exactNames, QStringList{QStringLiteral("other")});

        // With the study set in front: every registry row still has its own text.
        Catalog withProtocols;
        withProtocols.setData({protocol("mail", 25, Transport::Tcp, "x")}, {tcp, udp, other});
        for (const CatalogRow &row : withProtocols.rows()) {
            if (row.origin == CatalogRow::Origin::Registry)
                QVERIFY2(
                    row.folded.startsWith(withProtocols.registry().at(row.index).service.toLower()),
                    qPrintable(row.folded));
        }

        c.setUserData({}, {{registryEntryKey(udp), {QStringLiteral("Resolver")}}});
        const CatalogRow &tcpRow = c.rows().at(0);
        const CatalogRow &udpRow = c.rows().at(1);
        QCOMPARE(udpRow.transports, maskOf(Transport::Udp));
        QVERIFY(udpRow.folded.contains(QStringLiteral("resolver")));
        QVERIFY(!tcpRow.folded.contains(QStringLiteral("resolver")));
        QVERIFY(!c.rows().at(2).folded.contains(QStringLiteral("resolver")));
    }

    // A registry as large as IANA's is built on two threads: every row whole, in port order,
    // each pointing at its own record.
    void largeRegistryRowsAreWhole()
    {
        QList<RegistryRecord> registry;
        for (int port = 1; port <= 4500; ++port) {
            for (Transport t : {Transport::Tcp, Transport::Udp}) {
                RegistryRecord r = record(QStringLiteral("svc%1").arg(port), port, port, t);
                r.description = QStringLiteral("Service %1").arg(port);
                registry << r;
            }
        }
        Catalog c;
        c.setData({protocol("mail", 25, Transport::Tcp, "svc25")}, registry);
        QCOMPARE(c.rows().size(), registry.size() + 1);
        int lastPort = -1;
        for (const CatalogRow &row : c.rows()) {
            QVERIFY(row.firstPort >= lastPort);
            lastPort = row.firstPort;
            if (row.origin != CatalogRow::Origin::Registry)
                continue;
            const RegistryRecord &r = c.registry().at(row.index);
            QCOMPARE(row.firstPort, r.first);
            QCOMPARE(row.folded, QStringLiteral("svc%1 service %1 ").arg(r.first));
            QCOMPARE(row.exactNames, QStringList{QStringLiteral("svc%1").arg(r.first)});
        }
        QCOMPARE(c.registryRowsOf(0).size(), 1); // the study set's claim on svc25/tcp
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
