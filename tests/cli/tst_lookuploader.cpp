// LookupLoader: a lookup over the narrowed catalog prints exactly what it prints over the whole
// catalog, reads only a few registry rows doing it, and steps aside (NeedsFullLoad) whenever it
// cannot be sure, without touching the file.
#include "../support/TestMain.h"
#include "LookupPrinter.h"
#include "catalog/Catalog.h"
#include "catalog/EntryKey.h"
#include "custom/CustomEntryRepository.h"
#include "importing/NmapServicesParser.h"
#include "map/PortCard.h"
#include "search/CatalogSearch.h"
#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "workspace/LookupLoader.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

namespace {

// Everything `portolan lookup` prints for the rows: the port cards of the ports asked, the
// table, every row's details and JSON.
QString printed(const Catalog &catalog, const QString &text)
{
    const SearchQuery query = SearchQuery::parse(text);
    const QList<int> rows = searchCatalog(catalog, query);
    QString out;
    QTextStream stream(&out);
    for (const SearchQuery::PortRange &r : query.ports())
        stream << PortCard::make(catalog, r.first, r.last).lines(catalog).join(u'\n') << '\n';
    LookupPrinter printer(catalog, stream);
    printer.printTable(rows, 0, 100);
    for (int r : rows)
        printer.printDetails(r, 100);
    printer.printJson(text, rows);
    stream.flush();
    return out;
}

// Runs SQL on a file through a plain connection, as another program (or a damaged disk) would.
bool execOn(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        other.setDatabaseName(path);
        ok = other.open() && QSqlQuery(other).exec(sql);
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestLookupLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;

    QString db() const { return m_dir.filePath(QStringLiteral("lookup.sqlite")); }

    // A copy of the prepared database, for tests that change it.
    QString copyOfDb(const QString &name)
    {
        // The file alone, without its -wal, must hold everything.
        QSqlQuery(m_workspace.database().connection())
            .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(db(), path))
            return {};
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // "How common" comes from nmap's table, which a lookup reads only for the ports it can
        // show: the machine's (scripts/setup-deps.sh installs nmap), else a sample, so that the
        // narrowed table is always compared with the whole one.
        const QString nmap = NmapServicesParser::systemFilePath();
        if (nmap.isEmpty() || !QFile::exists(nmap))
            qputenv("PORTOLAN_NMAP_SERVICES",
                    PORTOLAN_SOURCE_DIR "/tests/importing/data/nmap-services-sample");
        QVERIFY2(m_workspace.open(db()), qPrintable(m_workspace.errorMessage()));
        QVERIFY(!m_workspace.catalog().frequencies().isEmpty());
        // The user's own entry on a port IANA gives to someone else, and labels on curated rows.
        CustomEntry api;
        api.key = QStringLiteral("custom-internal-api");
        api.name = QStringLiteral("Internal API");
        api.abbreviation = QStringLiteral("IAPI");
        api.ports = {{8443, 8443, Transport::Tcp}, {9000, 9010, Transport::Udp}};
        api.security = Security::Secure;
        api.notes = QStringLiteral("Quarterly reports go through the gateway.");
        CustomEntryRepository user(m_workspace.database().connection());
        QVERIFY2(user.add(api, 1'700'000'000'000), qPrintable(user.errorText()));
        QVERIFY(user.addLabel(QStringLiteral("ssh"), QStringLiteral("edge router")));
        QVERIFY(user.addLabel(QStringLiteral("custom-internal-api"), QStringLiteral("work")));
        QVERIFY(m_workspace.reloadCatalog());
    }

    void printsWhatTheWholeCatalogPrints_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("narrows");
        const auto row = [](const char *name, const char *query, bool narrows) {
            QTest::newRow(name) << QString::fromUtf8(query) << narrows;
        };
        row("one port", "587", true);
        row("ssh's port", "22", true);
        row("a port IANA and the study set share", "443", true);
        row("the user's port", "8443", true);
        row("inside the user's range", "9005", true);
        row("a range", "20-25", true);
        row("a list", "22,80,443", true);
        row("a wide range", "1-1023", true);
        row("the dynamic range", "49152-65535", true);
        row("a name", "ssh", true);
        row("upper case", "SSH", true);
        row("two words", "secure shell", true);
        row("a phrase across fields", "\"ssh the secure\"", true);
        row("a phrase", "\"secure shell\"", true);
        row("a description word", "kerberos", true);
        row("word and port", "dns 53", true);
        row("transport and port", "t:udp 53", true);
        row("a label", "tag:edge ssh", true);
        row("a label word", "edge", true);
        row("the user's name", "Internal API", true);
        row("the user's notes", "quarterly", true);
        row("the user's abbreviation", "iapi", true);
        row("exam and word", "exam:n10 ssh", true);
        row("excluded port", "-23 telnet", true);
        row("a backslash escape in the row", "whois++", true);
        row("an asterisk", "sql*net", true);
        row("an accent", "caf\u00e9", true);
        // IANA spells it "FORT\u00c9 Vision Monitoring": folding makes it "forte".
        row("an accent in the registry, typed plain", "forte vision", true);
        row("an accent in the registry, typed with it", "FORT\u00c9", true);
        row("a sharp s", "stra\u00dfe", true);
        row("an ignored word", "zzzz-nothing-like-this", true);
        // IANA's notes on ssh end "p=<password>": the word ends the snapshot's line.
        row("a word that ends a line", "password>", true);
        row("a port with no service", "1023", true);
        // Registry rows are unclassified, in no exam and (here) unlabelled: only the records
        // beside the protocols that match are read.
        row("only a class", "is:secure", true);
        row("only an exam", "exam:n10", true);
        row("only a label", "tag:edge", true);
        row("only the user's", "is:custom", true);
        row("only the study set", "is:curated", true);
        row("an unknown class, which matches nothing", "is:sometimes", true);
        row("an excluded class", "-is:insecure", false);
        row("only the registry", "is:registry", false);
        row("only an exclusion", "-http", false);
    }

    void printsWhatTheWholeCatalogPrints()
    {
        QFETCH(QString, query);
        QFETCH(bool, narrows);
        Catalog narrowed;
        LookupLoader loader;
        const auto outcome = loader.load(db(), SearchQuery::parse(query), &narrowed);
        if (!narrows) {
            QCOMPARE(outcome, LookupLoader::Outcome::NeedsFullLoad);
            return;
        }
        QVERIFY2(outcome == LookupLoader::Outcome::Loaded, qPrintable(loader.fallbackReason()));
        QCOMPARE(loader.registryRecordsTotal(), m_workspace.catalog().registry().size());
        QCOMPARE(printed(narrowed, query), printed(m_workspace.catalog(), query));
    }

    void readsOnlyTheRowsItNeeds()
    {
        Catalog narrowed;
        LookupLoader loader;
        QCOMPARE(loader.load(db(), SearchQuery::parse(QStringLiteral("587")), &narrowed),
                 LookupLoader::Outcome::Loaded);
        // submission/tcp and submission/udp (nothing else is on 587), and the nearest record
        // below and above for the port card, which then says what the whole catalog says.
        QCOMPARE(loader.registryRecordsKept(), 4);
        const PortCard narrow = PortCard::make(narrowed, 587, 587);
        const PortCard whole = PortCard::make(m_workspace.catalog(), 587, 587);
        QCOMPARE(narrow.assignedBelow, whole.assignedBelow);
        QCOMPARE(narrow.assignedAbove, whole.assignedAbove);
        QCOMPARE(narrow.lines(narrowed), whole.lines(m_workspace.catalog()));
        // nmap's table only for the ports shown, with the same figures for them.
        QVERIFY(narrowed.frequencies().size() < m_workspace.catalog().frequencies().size());
        QVERIFY(narrowed.frequencies().at(587, Transport::Tcp) ==
                m_workspace.catalog().frequencies().at(587, Transport::Tcp));
        QVERIFY(narrowed.frequencies().at(22, Transport::Tcp) > 0);
        QVERIFY(loader.load(db(), SearchQuery::parse(QStringLiteral("kerberos")), &narrowed) ==
                LookupLoader::Outcome::Loaded);
        QVERIFY2(loader.registryRecordsKept() < loader.registryRecordsTotal() / 20,
                 qPrintable(QString::number(loader.registryRecordsKept())));
        QVERIFY(loader.load(db(), SearchQuery::parse(QStringLiteral("exam:n10-009")), &narrowed) ==
                LookupLoader::Outcome::Loaded);
        QVERIFY2(loader.registryRecordsKept() < loader.registryRecordsTotal() / 20,
                 qPrintable(QString::number(loader.registryRecordsKept())));
        // The user's own entry sees IANA's assignment on its port (printed as "IANA assigns").
        QVERIFY(loader.load(db(), SearchQuery::parse(QStringLiteral("iapi")), &narrowed) ==
                LookupLoader::Outcome::Loaded);
        bool on8443 = false;
        for (const RegistryRecord &r : narrowed.registry())
            on8443 = on8443 || r.contains(8443);
        QVERIFY(on8443);
    }

    void stepsAsideForAFileItShouldNotRead()
    {
        const SearchQuery query = SearchQuery::parse(QStringLiteral("22"));
        LookupLoader loader;
        Catalog c;

        const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
        QCOMPARE(loader.load(missing, query, &c), LookupLoader::Outcome::NeedsFullLoad);
        QVERIFY2(!QFile::exists(missing), "a lookup's shortcut must never create the database");

        const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        QVERIFY(execOn(foreign, QStringLiteral("CREATE TABLE t (x)")));
        const QByteArray before = digest(foreign);
        QCOMPARE(loader.load(foreign, query, &c), LookupLoader::Outcome::NeedsFullLoad);
        QCOMPARE(digest(foreign), before);

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database at all\n");
        }
        QCOMPARE(loader.load(garbage, query, &c), LookupLoader::Outcome::NeedsFullLoad);

        const QString older = copyOfDb(QStringLiteral("older.sqlite"));
        QVERIFY(!older.isEmpty());
        const auto setVersion = [&](int v) {
            return execOn(older, QStringLiteral("PRAGMA user_version = %1").arg(v));
        };
        QVERIFY(setVersion(Database::latestSchemaVersion() - 1));
        QCOMPARE(loader.load(older, query, &c), LookupLoader::Outcome::NeedsFullLoad);
        QVERIFY(setVersion(Database::latestSchemaVersion() + 1));
        QCOMPARE(loader.load(older, query, &c), LookupLoader::Outcome::NeedsFullLoad);
        // The same copy at the current schema is read: the refusals above were the schema's.
        QVERIFY(setVersion(Database::latestSchemaVersion()));
        QCOMPARE(loader.load(older, query, &c), LookupLoader::Outcome::Loaded);

        const QString readOnly = copyOfDb(QStringLiteral("readonly.sqlite"));
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup));
        // open() says how such a file is browsed; root can write it anyway, and then it may be
        // read.
        if (!QFileInfo(readOnly).isWritable())
            QCOMPARE(loader.load(readOnly, query, &c), LookupLoader::Outcome::NeedsFullLoad);
    }

    void stepsAsideWhenTheSnapshotCannotAnswer()
    {
        const SearchQuery query = SearchQuery::parse(QStringLiteral("http"));
        LookupLoader loader;
        Catalog c;

        // A label on a registry row is text the snapshot does not hold.
        const QString labelled = copyOfDb(QStringLiteral("labelled.sqlite"));
        {
            Database d;
            QVERIFY(d.open(labelled));
            RegistryRecord http;
            http.service = QStringLiteral("http");
            http.first = http.last = 80;
            QVERIFY(CustomEntryRepository(d.connection())
                        .addLabel(registryEntryKey(http), QStringLiteral("web")));
        }
        QCOMPARE(loader.load(labelled, query, &c), LookupLoader::Outcome::NeedsFullLoad);
        QVERIFY2(loader.fallbackReason().contains(QStringLiteral("labels")),
                 qPrintable(loader.fallbackReason()));

        // The rows are the truth: a snapshot that disagrees with them is not used.
        const QString disagreeing = copyOfDb(QStringLiteral("disagreeing.sqlite"));
        QVERIFY(execOn(disagreeing, QStringLiteral("DELETE FROM registry WHERE id = "
                                                   "(SELECT max(id) FROM registry)")));
        // A line the full load could not read (a field too many) far from what is looked up:
        // the full load would ignore the whole snapshot, so the lookup goes there too.
        const QString broken = copyOfDb(QStringLiteral("broken-line.sqlite"));
        QVERIFY(execOn(broken, QStringLiteral("UPDATE registry_snapshot SET tsv = replace(tsv, "
                                              "'Remote Job Entry', 'Remote' || char(9) || "
                                              "'Job Entry')")));
        QCOMPARE(loader.load(broken, query, &c), LookupLoader::Outcome::NeedsFullLoad);
        QVERIFY2(loader.fallbackReason().contains(QStringLiteral("cannot read")),
                 qPrintable(loader.fallbackReason()));

        QCOMPARE(loader.load(disagreeing, query, &c), LookupLoader::Outcome::NeedsFullLoad);
        QVERIFY2(loader.fallbackReason().contains(QStringLiteral("disagrees")),
                 qPrintable(loader.fallbackReason()));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestLookupLoader)
#include "tst_lookuploader.moc"
