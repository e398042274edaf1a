// Applying imports to a real database: all or nothing (made to fail midway on purpose), stale
// previews refused, imports surviving the reference refresh of a new program version, and the
// study set and user tables never touched.
#include "../support/FirstStartDatabase.h"
#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "importfixtures.h"
#include "storage/Database.h"
#include "storage/ImportRepository.h"
#include "storage/NoteRepository.h"
#include "storage/ReferenceRepository.h"
#include "workspace/CatalogLoader.h"
#include "workspace/Importer.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

namespace {

// A services file of n services the registry does not know: big enough to need new pages.
QByteArray manyServices(int n)
{
    QByteArray out = "# generated\n";
    for (int i = 0; i < n; ++i)
        out += "bulk-service-" + QByteArray::number(i) + " " + QByteArray::number(49152 + i) +
               "/tcp # A long description so that every row takes room in the database pages\n";
    return out;
}

} // namespace

class TestImportRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_embeddedRegistry = 0;
    int m_n = 0;

    // A fresh database with the reference loaded, as the program leaves it at start.
    QString freshDatabase(Database &db)
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n));
        return portolan::testing::copyFirstStartDatabase(path) && db.open(path) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PORTOLAN_NMAP_SERVICES", ""); // the machine's nmap must not change the counts
        QVERIFY(m_dir.isValid());
        EmbeddedReference embedded;
        QVERIFY(embedded.load());
        m_embeddedRegistry = int(embedded.registry().size());
    }

    void applyWritesLayersAndRegistry()
    {
        Database db;
        QVERIFY(!freshDatabase(db).isEmpty());
        Importer importer(db);
        QVERIFY2(importer.preview(fixtures::path("iana-sample.csv")),
                 qPrintable(importer.errorText()));
        QCOMPARE(importer.plan().removed(), m_embeddedRegistry - 283);
        QVERIFY(importer.apply(1000));
        const QSqlDatabase c = db.connection();
        QCOMPARE(fixtures::count(c, QStringLiteral("import_registry")), 287);
        QCOMPARE(fixtures::count(c, QStringLiteral("registry")), 287);
        QCOMPARE(fixtures::count(c, QStringLiteral("import_history")), 1);
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT format, applied_at, added, changed, removed FROM "
                                      "import_history")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("iana-csv"));
        QCOMPARE(q.value(1).toLongLong(), 1000);
        QCOMPARE(q.value(2).toInt(), 4);
        QCOMPARE(q.value(3).toInt(), 12);
        QCOMPARE(q.value(4).toInt(), m_embeddedRegistry - 283);
        QCOMPARE(ImportRepository(c).generation(), 1);
    }

    void allOrNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("fileBytes");
        QTest::addColumn<QString>("sabotage");
        QTest::addColumn<QString>("reason");
        const QString iana = fixtures::path("iana-sample.csv");
        const QString nmap = fixtures::path("nmap-services-sample");
        // Triggers fail one statement in the middle of the import, after others succeeded.
        QTest::newRow("iana: registry row midway")
            << iana << QByteArray()
            << "CREATE TRIGGER sabotage BEFORE INSERT ON registry WHEN NEW.port_first > 5000 "
               "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
            << "disk on fire";
        QTest::newRow("iana: imported registry row midway")
            << iana << QByteArray()
            << "CREATE TRIGGER sabotage BEFORE INSERT ON import_registry WHEN NEW.seq = 200 "
               "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
            << "disk on fire";
        QTest::newRow("iana: the history row at the very end")
            << iana << QByteArray()
            << "CREATE TRIGGER sabotage BEFORE INSERT ON import_history "
               "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
            << "disk on fire";
        QTest::newRow("services: registry rewrite")
            << QString() << manyServices(50)
            << "CREATE TRIGGER sabotage BEFORE INSERT ON registry WHEN NEW.service = "
               "'bulk-service-30' "
               "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
            << "disk on fire";
        QTest::newRow("services: database full")
            << QString() << manyServices(3000) << "PRAGMA max_page_count = %PAGES%"
            << "full";
        QTest::newRow("nmap: frequency midway")
            << nmap << QByteArray()
            << "CREATE TRIGGER sabotage BEFORE INSERT ON import_frequency WHEN NEW.port = 443 "
               "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"
            << "disk on fire";
    }

    void allOrNothing()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, fileBytes);
        QFETCH(QString, sabotage);
        QFETCH(QString, reason);
        Database db;
        QVERIFY(!freshDatabase(db).isEmpty());
        QVERIFY(NoteRepository(db.connection())
                    .setNote(QStringLiteral("ssh"), QStringLiteral("mine"), 1));
        if (file.isEmpty()) {
            file = m_dir.filePath(QStringLiteral("services-%1").arg(m_n));
            QVERIFY(fixtures::writeFile(file, fileBytes));
        }
        Importer importer(db);
        QVERIFY2(importer.preview(file), qPrintable(importer.errorText()));
        QVERIFY(importer.plan().hasChanges());

        QSqlQuery q(db.connection());
        if (sabotage.contains(QLatin1String("%PAGES%"))) {
            QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
            sabotage.replace(QLatin1String("%PAGES%"), q.value(0).toString());
        }
        QVERIFY2(q.exec(sabotage), qPrintable(sabotage));
        const QStringList before = fixtures::databaseDigest(db.connection());

        QVERIFY(!importer.apply(2000));
        QVERIFY2(importer.errorText().contains(reason), qPrintable(importer.errorText()));
        QVERIFY(importer.errorText().contains(QStringLiteral("unchanged")));
        QCOMPARE(fixtures::databaseDigest(db.connection()), before);
        QCOMPARE(ImportRepository(db.connection()).generation(), 0);

        // Without the sabotage the same plan applies whole.
        q.exec(QStringLiteral("DROP TRIGGER IF EXISTS sabotage"));
        q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
        QVERIFY2(importer.apply(3000), qPrintable(importer.errorText()));
        QCOMPARE(ImportRepository(db.connection()).generation(), 1);
        QCOMPARE(NoteRepository(db.connection()).note(QStringLiteral("ssh")),
                 QStringLiteral("mine"));
    }

    void aStalePreviewIsRefused()
    {
        Database db;
        QVERIFY(!freshDatabase(db).isEmpty());
        Importer first(db);
        Importer second(db);
        QVERIFY(first.preview(fixtures::path("services-sample")));
        QVERIFY(second.preview(fixtures::path("iana-sample.csv")));
        QVERIFY(first.apply(1));
        const QStringList before = fixtures::databaseDigest(db.connection());
        // Applying the IANA plan now would silently drop what the services import added.
        QVERIFY(!second.apply(2));
        QVERIFY(second.errorText().contains(QStringLiteral("Preview the file again")));
        QCOMPARE(fixtures::databaseDigest(db.connection()), before);
        QVERIFY(second.preview(fixtures::path("iana-sample.csv")));
        QVERIFY(second.apply(3));
    }

    void importsSurviveAReferenceRefresh_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("services over the embedded registry")
            << QStringList{"services-sample"}
            << QStringList{"portolan-svc", "portolan-rng", "mongodb"} << QStringList{};
        QTest::newRow("iana csv replaces the embedded registry")
            << QStringList{"iana-sample.csv"} << QStringList{"portolan-a", "http-test"}
            << QStringList{"rje", "tcpmux"};
        QTest::newRow("services over an imported iana csv")
            << QStringList{"iana-sample.csv", "services-sample"}
            << QStringList{"portolan-a", "portolan-svc"} << QStringList{"rje"};
        QTest::newRow("a later iana csv drops earlier services")
            << QStringList{"services-sample", "iana-sample.csv"} << QStringList{"portolan-a"}
            << QStringList{"portolan-svc", "portolan-rng"};
    }

    void importsSurviveAReferenceRefresh()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        Database db;
        QVERIFY(!freshDatabase(db).isEmpty());
        for (const QString &f : files) {
            Importer importer(db);
            QVERIFY2(importer.preview(fixtures::path(qPrintable(f))),
                     qPrintable(importer.errorText()));
            QVERIFY(importer.apply(1));
        }
        Importer nmap(db);
        QVERIFY(nmap.preview(fixtures::path("nmap-services-sample")));
        QVERIFY(nmap.apply(2));
        const QList<RegistryRecord> imported = ReferenceRepository(db.connection()).loadRegistry();

        // A new program version: the stored reference is older than the embedded one, so the
        // reference tables are rebuilt from the embedded data and the import layers.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE meta SET value = 'older' WHERE key = 'reference_version'")));
        QVERIFY(
            q.exec(QStringLiteral("DELETE FROM registry"))); // nothing may come from the old table
        Catalog catalog;
        CatalogLoader loader;
        QVERIFY(loader.load(db, &catalog));
        QVERIFY(loader.refreshed());
        QCOMPARE(catalog.registry(), imported);
        QStringList services;
        for (const RegistryRecord &r : catalog.registry())
            services << r.service;
        for (const QString &s : present)
            QVERIFY2(services.contains(s), qPrintable(s));
        for (const QString &s : absent)
            QVERIFY2(!services.contains(s), qPrintable(s));
        QCOMPARE(catalog.frequencies().at(80, Transport::Tcp), 0.484143);

        // Nothing to do when the last files come again after the refresh. (An earlier one may
        // well have work: an IANA CSV again would remove the services imported after it.)
        for (const QString &f : {files.last(), QStringLiteral("nmap-services-sample")}) {
            Importer again(db);
            QVERIFY(again.preview(fixtures::path(qPrintable(f))));
            QVERIFY2(!again.plan().hasChanges(), qPrintable(f + again.plan().summary()));
        }
    }

    void studySetAndUserTablesAreUntouched()
    {
        Database db;
        QVERIFY(!freshDatabase(db).isEmpty());
        QVERIFY(NoteRepository(db.connection())
                    .setNote(QStringLiteral("telnet"), QStringLiteral("never"), 5));
        QStringList guarded;
        for (const QString &t : fixtures::tables(db.connection())) {
            // registry_snapshot is the registry's own copy of its rows: it changes with them.
            if (!t.startsWith(QLatin1String("registry")) && !t.startsWith(QLatin1String("import_")))
                guarded << t + QLatin1Char('=') +
                               QString::fromLatin1(fixtures::tableDigest(db.connection(), t));
        }
        QVERIFY(guarded.size() >= 4); // meta, ref_protocol, ref_port, user_note at least
        for (const char *f : {"iana-sample.csv", "services-sample", "nmap-services-sample"}) {
            Importer importer(db);
            QVERIFY(importer.preview(fixtures::path(f)));
            QVERIFY(importer.apply(9));
        }
        QStringList after;
        for (const QString &t : fixtures::tables(db.connection())) {
            if (!t.startsWith(QLatin1String("registry")) && !t.startsWith(QLatin1String("import_")))
                after << t + QLatin1Char('=') +
                             QString::fromLatin1(fixtures::tableDigest(db.connection(), t));
        }
        QCOMPARE(after, guarded);
        Catalog catalog;
        CatalogLoader loader;
        QVERIFY(loader.load(db, &catalog));
        EmbeddedReference embedded;
        QVERIFY(embedded.load());
        QCOMPARE(catalog.protocols(), ReferenceRepository(db.connection()).loadProtocols());
        QCOMPARE(catalog.protocols().size(), embedded.protocols().size());
        QCOMPARE(NoteRepository(db.connection()).note(QStringLiteral("telnet")),
                 QStringLiteral("never"));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestImportRepository)
#include "tst_importrepository.moc"
