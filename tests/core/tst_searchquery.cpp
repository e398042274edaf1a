// The search language: what a user types becomes a predicate; nothing typed is ever an error.
#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "search/CatalogSearch.h"
#include "search/SearchQuery.h"

#include <QTest>

using namespace portolan;

namespace {

Protocol makeProtocol(const QString &key, const QString &abbr, const QString &name,
                      QList<PortAssignment> ports, Security security, QStringList exams = {})
{
    Protocol p;
    p.key = key;
    p.abbreviation = abbr;
    p.name = name;
    p.summary = name;
    p.notes = QStringLiteral("Notes about ") + name;
    p.ports = std::move(ports);
    p.security = security;
    // "sy0-701+" marks the entry useful beyond the exam's objectives.
    for (const QString &e : exams) {
        const bool beyond = e.endsWith(QLatin1Char('+'));
        p.exams.append(
            {beyond ? e.chopped(1) : e, {}, beyond ? QString() : QStringLiteral("1.4"), beyond});
    }
    return p;
}

PortAssignment port(int first, Transport t, const QString &iana, int last = -1)
{
    return {first, last < 0 ? first : last, t, QStringLiteral("server"), iana, {}};
}

RegistryRecord record(const QString &service, int port, Transport t, const QString &description)
{
    RegistryRecord r;
    r.service = service;
    r.first = r.last = port;
    r.transport = t;
    r.description = description;
    return r;
}

Protocol inCategory(Protocol p, const char *category)
{
    p.category = QString::fromLatin1(category);
    return p;
}

// A small catalog whose answers are known by hand.
Catalog sampleCatalog()
{
    Catalog c;
    QList<Protocol> protocols{
        makeProtocol("https", "HTTPS", "HTTP Secure", {port(443, Transport::Tcp, "https")},
                     Security::Secure, {"n10-009", "220-1101", "sy0-701"}),
        makeProtocol("http", "HTTP", "Hypertext Transfer Protocol",
                     {port(80, Transport::Tcp, "http")}, Security::Insecure,
                     {"n10-009", "sy0-701+"}),
        makeProtocol("dns", "DNS", "Domain Name System",
                     {port(53, Transport::Udp, "domain"), port(53, Transport::Tcp, "domain")},
                     Security::Insecure, {"n10-009", "ccna-200-301"}),
        makeProtocol("snmp", "SNMP", "Simple Network Management Protocol",
                     {port(161, Transport::Udp, "snmp"), port(162, Transport::Udp, "snmptrap")},
                     Security::Depends, {"n10-009"}),
        makeProtocol("x11", "X11", "X Window System", {port(6000, Transport::Tcp, "x11", 6063)},
                     Security::Insecure),
        makeProtocol("resume", QString::fromUtf8("Résumé"), QString::fromUtf8("Café protocol"),
                     {port(50000, Transport::Udp, "cafe")}, Security::Insecure)};
    const char *categories[] = {"web",           "web",  "name-services", "network-management",
                                "remote-access", "games"};
    for (qsizetype i = 0; i < protocols.size(); ++i)
        protocols[i] = inCategory(protocols.at(i), categories[i]);
    c.setData(protocols, {record("https", 443, Transport::Tcp, "http protocol over TLS/SSL"),
                          record("https", 443, Transport::Udp, "HTTP/3"),
                          record("http", 80, Transport::Tcp, "World Wide Web HTTP"),
                          record("domain", 53, Transport::Udp, "Domain Name Server"),
                          record("smtp", 25, Transport::Tcp, "Simple Mail Transfer"),
                          record("submission", 587, Transport::Tcp, "Message Submission"),
                          record("ftp", 21, Transport::Tcp, "File Transfer Protocol [Control]")});
    return c;
}

QStringList keysOf(const Catalog &c, const QString &text)
{
    QStringList out;
    for (int row : searchCatalog(c, SearchQuery::parse(text))) {
        const CatalogRow &r = c.rows().at(row);
        out << (r.isCurated()
                    ? c.protocols().at(r.index).key
                    : QStringLiteral("reg:") + c.registry().at(r.index).service + QLatin1Char('/') +
                          transportName(c.registry().at(r.index).transport));
    }
    return out;
}

} // namespace

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void results_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        // Order matters: exact curated hits first, then curated, registry exact, the rest.
        QTest::newRow("port") << "443" << QStringList{"https", "reg:https/tcp", "reg:https/udp"};
        QTest::newRow("range") << "20-25" << QStringList{"reg:ftp/tcp", "reg:smtp/tcp"};
        QTest::newRow("list") << "22,80,587"
                              << QStringList{"http", "reg:http/tcp", "reg:submission/tcp"};
        QTest::newRow("spaced ports are OR-ed")
            << "80 587" << QStringList{"http", "reg:http/tcp", "reg:submission/tcp"};
        QTest::newRow("inside a range") << "6010" << QStringList{"x11"};
        QTest::newRow("exact abbreviation first")
            << "http"
            << QStringList{"http", "https", "reg:http/tcp", "reg:https/tcp", "reg:https/udp"};
        QTest::newRow("transport qualifier") << "53 transport:tcp" << QStringList{"dns"};
        QTest::newRow("t: short form") << "t:udp is:insecure" << QStringList{"dns", "resume"};
        QTest::newRow("is:secure") << "is:secure" << QStringList{"https"};
        QTest::newRow("is:depends") << "is:depends" << QStringList{"snmp"};
        QTest::newRow("is:curated and range")
            << "is:curated range:dynamic" << QStringList{"resume"};
        QTest::newRow("older range name")
            << "is:curated range:well-known" << QStringList{"dns", "http", "snmp", "https"};
        QTest::newRow("exam") << "exam:ccna-200-301" << QStringList{"dns"};
        QTest::newRow("exam prefix") << "exam:n10 is:secure" << QStringList{"https"};
        QTest::newRow("exam alias") << "exam:network+ is:depends" << QStringList{"snmp"};
        QTest::newRow("unknown exam matches nothing") << "exam:ccie" << QStringList{};
        QTest::newRow("exam leaves beyond marks out") << "exam:sy0-701" << QStringList{"https"};
        QTest::newRow("alias plus is not beyond") << "exam:sec+" << QStringList{"https"};
        QTest::newRow("exam+ takes beyond marks")
            << "exam:sy0-701+" << QStringList{"http", "https"};
        QTest::newRow("alias then beyond") << "exam:security++" << QStringList{"http", "https"};
        QTest::newRow("prefix then beyond") << "exam:sy0+ is:insecure" << QStringList{"http"};
        QTest::newRow("excluded with beyond") << "-exam:sy0-701+ is:insecure 80" << QStringList{};
        QTest::newRow("excluded without beyond")
            << "-exam:sy0-701 is:insecure 80" << QStringList{"http"};
        QTest::newRow("words are AND-ed") << "domain name system" << QStringList{"dns"};
        QTest::newRow("phrase") << "\"mail transfer\"" << QStringList{"reg:smtp/tcp"};
        QTest::newRow("exclusion") << "http -secure -tls -web -http/3" << QStringList{"http"};
        QTest::newRow("excluded port")
            << "is:insecure -53 -6000-6063 -50000" << QStringList{"http"};
        QTest::newRow("accents folded") << "resume cafe" << QStringList{"resume"};
        QTest::newRow("accents in query") << QString::fromUtf8("RÉSUMÉ") << QStringList{"resume"};
        QTest::newRow("case") << "hTtPs" << QStringList{"https", "reg:https/tcp", "reg:https/udp"};
        // The notation every list prints (before: nothing found).
        QTest::newRow("port/transport") << "443/udp" << QStringList{"reg:https/udp"};
        QTest::newRow("transport/port") << "udp/443" << QStringList{"reg:https/udp"};
        QTest::newRow("port/both transports")
            << "53/tcp,udp" << QStringList{"dns", "reg:domain/udp"};
        QTest::newRow("transport word beside a port") << "udp 443" << QStringList{"reg:https/udp"};
        QTest::newRow("transport word beside a range")
            << "tcp 20-25" << QStringList{"reg:ftp/tcp", "reg:smtp/tcp"};
        QTest::newRow("transport word alone is a word") << "udp" << QStringList{};
        QTest::newRow("excluded port on one transport")
            << "443 -443/udp" << QStringList{"https", "reg:https/tcp"};
        QTest::newRow("not a transport: text") << "http/3" << QStringList{"reg:https/udp"};
        QTest::newRow("key: exactly these entries") << "key:dns,snmp" << QStringList{"dns", "snmp"};
        QTest::newRow("key: never a registry row") << "key:http" << QStringList{"http"};
        // A registry row takes the category of the entry that claims it under its own name (the
        // sample's HTTPS claims only 443/tcp, so 443/udp has none).
        QTest::newRow("category") << "category:web"
                                  << QStringList{"http", "reg:http/tcp", "https", "reg:https/tcp"};
        QTest::newRow("category prefix") << "cat:remote" << QStringList{"x11"};
        QTest::newRow("category title")
            << "category:\"Name services\"" << QStringList{"dns", "reg:domain/udp"};
        QTest::newRow("category and port")
            << "category:web 80" << QStringList{"http", "reg:http/tcp"};
        QTest::newRow("excluded category")
            << "is:curated -category:web -category:games" << QStringList{"dns", "snmp", "x11"};
        QTest::newRow("unknown category matches nothing") << "category:plumbing" << QStringList{};
        QTest::newRow("empty matches all rows") << "" << QStringList{};
    }

    void results()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const Catalog c = sampleCatalog();
        if (query.isEmpty()) {
            QCOMPARE(searchCatalog(c, SearchQuery::parse(query)).size(), c.rows().size());
            return;
        }
        QCOMPARE(keysOf(c, query), expected);
    }

    void hostileInputIsAcceptedAndSearchedAsText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("10000 characters") << QString(10000, QLatin1Char('a'));
        QTest::newRow("lone quote") << "\"";
        QTest::newRow("unbalanced quote") << "\"secure shell";
        QTest::newRow("percent and underscore") << "%_%";
        QTest::newRow("sql fragment") << "'; DROP TABLE registry; --";
        QTest::newRow("fts syntax") << "NEAR(a b) * : ^";
        QTest::newRow("regex characters") << ".*[(\\";
        QTest::newRow("NUL") << QString(QStringLiteral("ht") + QChar(0) + QStringLiteral("tp"));
        QTest::newRow("right-to-left override") << QString::fromUtf8("\u202Ehttps");
        QTest::newRow("arabic") << QString::fromUtf8("بروتوكول");
        QTest::newRow("emoji") << QString::fromUtf8("🔒 secure");
        QTest::newRow("only dashes") << "- -- ---";
        QTest::newRow("huge number") << "99999999999999999999999";
        QTest::newRow("negative") << "-1";
        QTest::newRow("colon only") << ":";
        QTest::newRow("empty qualifier") << "is:";
    }

    void hostileInputIsAcceptedAndSearchedAsText()
    {
        QFETCH(QString, query);
        const Catalog c = sampleCatalog();
        const SearchQuery q = SearchQuery::parse(query);
        // Must not crash or hang, and finds nothing that the text does not contain.
        const QList<int> rows = searchCatalog(c, q);
        QVERIFY(!(rows.size() == c.rows().size() && !q.isEmpty() && !q.words().isEmpty()));
        // Every row found holds every word that is not excluded.
        for (int row : rows) {
            for (const auto &w : q.words()) {
                if (!w.negated)
                    QVERIFY2(
                        c.rows().at(row).folded.contains(w.folded),
                        qPrintable(c.rows().at(row).folded + QStringLiteral(" lacks ") + w.folded));
            }
        }
    }

    // A pasted page of text or thousands of exclusions is cut with a warning instead of taking
    // seconds per keystroke.
    void hugeQueriesAreCutWithAWarning()
    {
        QString many;
        for (int i = 0; i < 2000; ++i)
            many += QStringLiteral("-w%1 ").arg(i);
        const SearchQuery q = SearchQuery::parse(many);
        QCOMPARE(q.words().size(), qsizetype(SearchQuery::kMaxTerms));
        QVERIFY2(q.warnings().join(u' ').contains(QStringLiteral("first 32 terms")),
                 qPrintable(q.warnings().join(u' ')));
        const SearchQuery longText = SearchQuery::parse(QString(60000, QLatin1Char('x')));
        QCOMPARE(longText.words().size(), 1);
        QCOMPARE(longText.words().first().folded.size(), SearchQuery::kMaxLength);
        QVERIFY(longText.warnings().join(u' ').contains(QStringLiteral("1000 characters")));
        // Within the limits nothing is said.
        QVERIFY(SearchQuery::parse(QStringLiteral("ssh -telnet tcp")).warnings().isEmpty());
    }

    void unknownQualifierIsTextWithAWarning()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("color:blue"));
        QCOMPARE(q.words().size(), 1);
        QCOMPARE(q.words().first().folded, QStringLiteral("color:blue"));
        QCOMPARE(q.warnings().size(), 1);
        QVERIFY(q.warnings().first().contains(QStringLiteral("color:")));
    }

    void badQualifierValueWarns()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("transport:ipx"));
        QCOMPARE(q.transports(), TransportMask(0));
        QCOMPARE(q.words().size(), 1);
        QVERIFY(q.warnings().first().contains(QStringLiteral("tcp, udp")));
    }

    // A wrong category says so, names the near one and lists them all; it is not searched as
    // text (which would find entries that merely mention the word).
    void badCategoryValueWarns_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("mustSay");
        QTest::newRow("misspelt") << "category:remote-acess"
                                  << "No category is called \"remote-acess\"; did you mean "
                                     "\"remote-access\"?";
        QTest::newRow("near miss") << "cat:databse"
                                   << "did you mean \"databases\"?";
        QTest::newRow("far off") << "category:plumbing"
                                 << "No category is called \"plumbing\"; categories: web, mail,";
        QTest::newRow("ambiguous prefix") << "category:m"
                                          << "categories: web, mail,";
    }

    void badCategoryValueWarns()
    {
        QFETCH(QString, query);
        QFETCH(QString, mustSay);
        const SearchQuery q = SearchQuery::parse(query);
        QVERIFY(q.categories().isEmpty());
        QVERIFY(q.words().isEmpty());
        QVERIFY(!q.isEmpty());
        QCOMPARE(q.warnings().size(), 1);
        QVERIFY2(q.warnings().first().contains(mustSay), qPrintable(q.warnings().first()));
        QVERIFY(q.warnings().first().contains(QStringLiteral("industrial-iot")));
        QVERIFY(keysOf(sampleCatalog(), query).isEmpty());
    }

    void categoryParsesToItsId()
    {
        QCOMPARE(SearchQuery::parse(u"category:web").categories(), QStringList{"web"});
        QCOMPARE(SearchQuery::parse(u"CAT:Remote").categories(), QStringList{"remote-access"});
        QCOMPARE(SearchQuery::parse(u"category:\"network management\"").categories(),
                 QStringList{"network-management"});
        QVERIFY(SearchQuery::parse(u"category:web").warnings().isEmpty());
    }

    void outOfRangePortWarns()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("70000"));
        QVERIFY(q.ports().isEmpty());
        QCOMPARE(q.warnings().size(), 1);
        QVERIFY(q.warnings().first().contains(QStringLiteral("0–65535")));
    }

    void parsedParts()
    {
        const SearchQuery q = SearchQuery::parse(
            QStringLiteral("  25-20 , -\"name system\" exam:\"n10-009\" range:ephemeral "));
        QCOMPARE(q.ports().size(), 1);
        QCOMPARE(q.ports().first().first, 20); // a reversed range is read in order
        QCOMPARE(q.ports().first().last, 25);
        QCOMPARE(q.words().size(), 1);
        QVERIFY(q.words().first().negated);
        QCOMPARE(q.words().first().folded, QStringLiteral("name system"));
        QCOMPARE(q.exams(), QStringList{QStringLiteral("n10-009")});
        QCOMPARE(q.rangeClasses(), QList<RangeClass>{RangeClass::Dynamic});
        QVERIFY(q.warnings().isEmpty());
    }

    // Whether a query can match registry rows at all (a lookup then skips reading them): it
    // must agree with matches() on a registry row.
    void excludesRegistryRows_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("excludes");
        QTest::newRow("port") << "443" << false;
        QTest::newRow("word") << "http" << false;
        QTest::newRow("secure") << "is:secure" << true;
        QTest::newRow("not insecure") << "-is:insecure" << false;
        QTest::newRow("exam") << "exam:n10 443" << true;
        QTest::newRow("curated") << "is:curated" << true;
        QTest::newRow("custom") << "is:custom" << true;
        QTest::newRow("registry") << "is:registry" << false;
        QTest::newRow("not registry") << "-is:registry" << true;
        QTest::newRow("not curated") << "-is:curated" << false;
        QTest::newRow("range") << "range:dynamic" << false;
    }

    void excludesRegistryRows()
    {
        QFETCH(QString, query);
        QFETCH(bool, excludes);
        const SearchQuery q = SearchQuery::parse(query);
        QCOMPARE(q.excludesRegistryRows(), excludes);
        if (excludes) {
            // A registry row that has every port and word asked for still does not match.
            CatalogRow row;
            row.origin = CatalogRow::Origin::Registry;
            row.firstPort = 443;
            row.spans = {{443, 443, Transport::Tcp}, {49152, 65535, Transport::Tcp}};
            row.transports = maskOf(Transport::Tcp);
            row.folded = QStringLiteral("http https");
            QVERIFY(!q.matches(row));
        }
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
