// The in-memory catalog: row order, links between curated entries and registry rows.
#include "catalog/Catalog.h"

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
                   record("x11", 6000, 6063, Transport::Tcp), record("www", 80, 80, Transport::Tcp)});
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
        QCOMPARE(c.registry().at(c.rows().at(linked.first()).index).service, QStringLiteral("http"));
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
        c.setData({}, {record("x11", 6000, 6063, Transport::Tcp), record("a", 6001, 6001, Transport::Udp)});
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
};

QTEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
