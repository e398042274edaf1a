#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogJson.h"
#include "catalog/EntryKey.h"
#include "custom/CustomCatalog.h"
#include "custom/CustomEntryRepository.h"
#include "exporting/CatalogExport.h"
#include "quiz/CardGenerator.h"
#include "quiz/Deck.h"
#include "search/SearchQuery.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTest>

using namespace portolan;

// Custom entries and labels taking part in the catalog: rows of origin Custom, is:custom,
// tag:, quiz decks and registry conflicts.
class TestCustomCatalog : public QObject
{
    Q_OBJECT

    static Catalog sample()
    {
        Protocol https;
        https.key = QStringLiteral("https");
        https.abbreviation = QStringLiteral("HTTPS");
        https.name = QStringLiteral("HTTP over TLS");
        https.ports = {{443, 443, Transport::Tcp, {}, QStringLiteral("https"), {}}};
        https.security = Security::Secure;
        RegistryRecord alt;
        alt.service = QStringLiteral("pcsync-https");
        alt.first = alt.last = 8443;
        alt.transport = Transport::Tcp;
        RegistryRecord kafka;
        kafka.service = QStringLiteral("xmltec-xmlmail");
        kafka.first = kafka.last = 9092;
        kafka.transport = Transport::Tcp;
        RegistryRecord http;
        http.service = QStringLiteral("http");
        http.first = http.last = 80;
        http.transport = Transport::Tcp;
        Catalog c;
        c.setData({https}, {alt, kafka, http});
        return c;
    }

    static CustomEntry api()
    {
        CustomEntry e;
        e.key = QStringLiteral("custom-internal-api");
        e.name = QStringLiteral("Internal API");
        e.abbreviation = QStringLiteral("IAPI");
        e.ports = {{8443, 8443, Transport::Tcp}};
        e.security = Security::Secure;
        return e;
    }

    static QStringList keysMatching(const Catalog &c, const QString &search)
    {
        const SearchQuery q = SearchQuery::parse(search);
        QStringList out;
        for (int r = 0; r < c.rows().size(); ++r) {
            if (q.matches(c.rows().at(r)))
                out << entryKey(c, r);
        }
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void search_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("keys");
        const QString apiKey = QStringLiteral("custom-internal-api");
        QTest::newRow("is:custom") << "is:custom" << QStringList{apiKey};
        QTest::newRow("is:mine") << "is:mine" << QStringList{apiKey};
        QTest::newRow("-is:custom 8443")
            << "-is:custom 8443" << QStringList{"registry:pcsync-https/8443/tcp"};
        QTest::newRow("is:curated excludes custom") << "is:curated" << QStringList{"https"};
        QTest::newRow("port finds custom") << "8443 is:secure" << QStringList{apiKey};
        QTest::newRow("name word") << "internal" << QStringList{apiKey};
        QTest::newRow("tag on custom") << "tag:lab" << QStringList{apiKey};
        QTest::newRow("tag on registry") << "tag:edge" << QStringList{"registry:http/80/tcp"};
        QTest::newRow("tag prefix, accents")
            << QStringLiteral("tag:ÉD") << QStringList{"registry:http/80/tcp"};
        QTest::newRow("tag on curated") << "label:\"we block\"" << QStringList{"https"};
        QTest::newRow("negated tag") << "-tag:edge port:80" << QStringList{};
        QTest::newRow("unknown tag") << "tag:nothing" << QStringList{};
        QTest::newRow("tag word as text") << "edge" << QStringList{"registry:http/80/tcp"};
    }

    void search()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, keys);
        Catalog c = sample();
        CustomEntry e = api();
        c.setUserData({protocolFromCustomEntry(e)},
                      {{QStringLiteral("registry:http/80/tcp"), {QStringLiteral("edge")}},
                       {QStringLiteral("https"), {QStringLiteral("we block this")}},
                       {e.key, {QStringLiteral("lab")}}});
        QCOMPARE(keysMatching(c, search), keys);
    }

    void rowsAndReload()
    {
        Catalog c = sample();
        c.setUserData({protocolFromCustomEntry(api())}, {});
        QCOMPARE(c.protocols().size(), 2);
        const int i = c.protocolIndex(QStringLiteral("custom-internal-api"));
        QVERIFY(c.isCustomProtocol(i));
        QVERIFY(c.rows().at(c.rowOfProtocol(i)).isCustom());
        QVERIFY(!c.rows().at(c.rowOfProtocol(0)).isCustom());
        // Setting again replaces, never duplicates; a custom key equal to a curated one is ignored.
        Protocol clash = protocolFromCustomEntry(api());
        clash.key = QStringLiteral("https");
        c.setUserData({protocolFromCustomEntry(api()), clash}, {});
        QCOMPARE(c.protocols().size(), 2);
        c.setUserData({}, {});
        QCOMPARE(c.protocols().size(), 1);
        QCOMPARE(c.rows().size(), 4);
    }

    void quizDecks()
    {
        Catalog c = sample();
        c.setUserData({protocolFromCustomEntry(api())}, {});
        const int i = c.protocolIndex(QStringLiteral("custom-internal-api"));
        QVERIFY(Deck::fromSearch(QStringLiteral("is:custom")).protocols(c).contains(i));
        QVERIFY(Deck::fromSearch(QString()).protocols(c).contains(i));
        const CardGenerator gen(c);
        const QList<Card> cards = gen.cardsFor(i);
        QVERIFY(!cards.isEmpty());
        for (const Card &card : cards)
            QVERIFY(gen.exists(card));
    }

    void conflicts()
    {
        Catalog c = sample();
        CustomEntry kafka;
        kafka.key = QStringLiteral("custom-lab-kafka");
        kafka.name = QStringLiteral("Kafka");
        kafka.ports = {{9000, 9100, Transport::Tcp}, {8443, 8443, Transport::Udp}};
        c.setUserData({protocolFromCustomEntry(api()), protocolFromCustomEntry(kafka)}, {});
        const auto onApi = registryConflicts(c, *c.protocol(QStringLiteral("custom-internal-api")));
        QCOMPARE(onApi.size(), 1);
        QCOMPARE(onApi.first()->service, QStringLiteral("pcsync-https"));
        const auto onKafka = registryConflicts(c, *c.protocol(QStringLiteral("custom-lab-kafka")));
        QCOMPARE(onKafka.size(), 1); // 8443/udp is not the tcp record
        QCOMPARE(onKafka.first()->service, QStringLiteral("xmltec-xmlmail"));
    }

    void exports()
    {
        Catalog c = sample();
        c.setUserData({protocolFromCustomEntry(api())}, {});
        const int row = c.rowOfProtocol(c.protocolIndex(QStringLiteral("custom-internal-api")));
        const QJsonObject o = catalogRowToJson(c, row);
        QCOMPARE(o.value(QStringLiteral("origin")).toString(), QStringLiteral("custom"));
        QCOMPARE(o.value(QStringLiteral("key")).toString(), QStringLiteral("custom-internal-api"));
        const QByteArray csv = CatalogExport::toCsv(c, {row});
        QVERIFY2(csv.contains("custom,custom-internal-api"), csv.constData());
    }

    // Through the database: what the workspace does at start.
    void loadFromDatabase()
    {
        Database db;
        QVERIFY(db.openInMemory());
        CustomEntryRepository repo(db.connection());
        CustomEntry e = api();
        e.tags = {QStringLiteral("lab")};
        QVERIFY2(repo.add(e, 1), qPrintable(repo.errorText()));
        QVERIFY(repo.addLabel(QStringLiteral("registry:http/80/tcp"), QStringLiteral("edge")));
        Catalog c = sample();
        loadUserData(db, &c);
        QCOMPARE(keysMatching(c, QStringLiteral("is:custom tag:lab")), QStringList{e.key});
        QCOMPARE(keysMatching(c, QStringLiteral("tag:edge")),
                 QStringList{QStringLiteral("registry:http/80/tcp")});
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCustomCatalog)
#include "tst_customcatalog.moc"
