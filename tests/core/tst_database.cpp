// Storage: migrations, refusals that leave files untouched, read-only browsing, and reference
// refreshes that never touch user tables. (A read-only folder is tested through the command line
// in tst_cli, which can drop root privileges.)
#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "storage/Database.h"
#include "storage/NoteRepository.h"
#include "storage/ReferenceRepository.h"
#include "workspace/CatalogLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Writes an SQLite file with raw SQL through a separate connection, as another program would.
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A study-set entry with every text field filled with `text`, as the schema requires.
Protocol plainProtocol(const QString &key, const QString &text, Security security)
{
    Protocol p;
    p.key = key;
    p.abbreviation = p.name = p.summary = p.notes = p.securityReason = text;
    p.security = security;
    return p;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void migrationsNumberOneSchemaVersionEach()
    {
        // Two branches that each add "the next" migration must not both ship the same number:
        // one of them would never run on a database already at that version.
        const QStringList names =
            QDir(QStringLiteral(":/db/migrations")).entryList(QDir::Files, QDir::Name);
        QVERIFY(!names.isEmpty());
        for (int i = 0; i < names.size(); ++i)
            QVERIFY2(
                names.at(i).startsWith(QStringLiteral("%1_").arg(i + 1, 4, 10, QLatin1Char('0'))),
                qPrintable(names.at(i)));
        QCOMPARE(Database::latestSchemaVersion(), int(names.size()));
    }

    void freshFileIsCreatedAndMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/user.sqlite"));
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
        QVERIFY(QFile::exists(path));
        QVERIFY(!db.isReadOnly());
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kApplicationId);
    }

    void reopeningKeepsTheSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            NoteRepository notes(db.connection());
            QVERIFY(notes.setNote(QStringLiteral("ssh"), QStringLiteral("port 22"), 1000));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(NoteRepository(db.connection()).note(QStringLiteral("ssh")),
                 QStringLiteral("port 22"));
    }

    void refusesANewerSchemaAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        const int newer = Database::latestSchemaVersion() + 5;
        makeSqliteFile(path,
                       {QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId),
                        QStringLiteral("CREATE TABLE future (x)"),
                        QStringLiteral("PRAGMA user_version = %1").arg(newer)});
        const QByteArray before = fileBytes(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::NewerSchema);
        QVERIFY(db.errorMessage().contains(QStringLiteral("newer Portolan")));
        QVERIFY(db.errorMessage().contains(QString::number(newer)));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        const QByteArray text = "These are my study notes.\nPort 22 is SSH.\n";
        writeFile(path, text);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::NotADatabase);
        QVERIFY(db.errorMessage().contains(QStringLiteral("notes.txt")));
        QVERIFY(db.errorMessage().contains(QStringLiteral("not an SQLite file")));
        QCOMPARE(fileBytes(path), text);
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("places.sqlite"));
        makeSqliteFile(path, {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)"),
                              QStringLiteral("INSERT INTO moz_places VALUES (1)")});
        const QByteArray before = fileBytes(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::ForeignDatabase);
        QVERIFY(db.errorMessage().contains(QStringLiteral("another program")));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesACorruptDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            NoteRepository notes(db.connection());
            for (int i = 0; i < 300; ++i)
                QVERIFY(notes.setNote(QStringLiteral("key%1").arg(i),
                                      QString(200, QLatin1Char('x')), i));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFile(path + QStringLiteral("-wal")).size() == 0);
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 8192);
        // Scribble over the second page onwards, keeping the header: a damaged disk.
        for (qsizetype i = 4096; i < bytes.size(); i += 7)
            bytes[i] = char(0xA5);
        writeFile(path, bytes);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::Corrupt);
        QVERIFY(db.errorMessage().contains(QStringLiteral("damaged")));
        QCOMPARE(fileBytes(path), bytes);
    }

    // A file whose tables were changed by another program (or a hand-made SQL session) is not
    // written to: review_log dropped, a column renamed, a reference table dropped.
    void alteredSchemaIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("review_log dropped")
            << "DROP VIEW review_effective; DROP TABLE review_undo; DROP TABLE review_log"
            << "review_log";
        QTest::newRow("user_note column renamed")
            << "ALTER TABLE user_note RENAME COLUMN body TO text"
            << "user_note";
        QTest::newRow("ref_port dropped") << "DROP TABLE ref_port"
                                          << "ref_port";
        QTest::newRow("a table of another program") << "CREATE TABLE extra (x)"
                                                    << "extra";
    }

    void alteredSchemaIsRefusedUntouched()
    {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &statement : sql.split(QStringLiteral("; ")))
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("alter"));
        const QByteArray before = fileBytes(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.error(), Database::Error::AlteredSchema);
        QVERIFY2(db.errorMessage().contains(named), qPrintable(db.errorMessage()));
        QVERIFY2(db.errorMessage().contains(QStringLiteral("changed outside Portolan")),
                 qPrintable(db.errorMessage()));
        QCOMPARE(fileBytes(path), before);
    }

    void emptyFileIsAFreshDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        writeFile(path, {});
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    }

    void aFolderIsRefused()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(!db.open(dir.path()));
        QCOMPARE(db.error(), Database::Error::CannotOpen);
    }

    void unwritableLocationFallsBackToMemory()
    {
        // /proc cannot hold files for anyone, root included.
        Database db;
        QVERIFY2(db.open(QStringLiteral("/proc/portolan-test/user.sqlite")),
                 qPrintable(db.errorMessage()));
        QVERIFY(db.isReadOnly());
        QVERIFY(db.readOnlyReason().contains(QStringLiteral("/proc/portolan-test")));
        QVERIFY(db.readOnlyReason().contains(QStringLiteral("not be saved")));
        Catalog catalog;
        CatalogLoader loader;
        QVERIFY(loader.load(db, &catalog));
        QVERIFY(catalog.protocol(QStringLiteral("https")));
    }

    // Before: a first start on a disk too small for the reference said only SQLite's "database
    // or disk is full, in: INSERT INTO registry ..." (or nothing, with empty tables).
    void fullDiskAtFirstStartStillAnswersAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(NoteRepository(db.connection())
                    .setNote(QStringLiteral("ssh"), QStringLiteral("mine"), 5));
        // The file may not grow past its current pages: what a full disk does to SQLite.
        QSqlQuery pages(db.connection());
        QVERIFY(pages.exec(QStringLiteral("PRAGMA page_count")) && pages.next());
        const int current = pages.value(0).toInt();
        pages.finish();
        QSqlQuery limit(db.connection());
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(current + 2)));
        limit.finish();
        Catalog catalog;
        CatalogLoader loader;
        QVERIFY(loader.load(db, &catalog));
        QVERIFY(!loader.refreshed());
        QVERIFY(catalog.protocol(QStringLiteral("https"))); // answered from the program's copy
        QVERIFY2(loader.errorText().contains(QStringLiteral("is full")) &&
                     loader.errorText().contains(path) &&
                     loader.errorText().contains(QStringLiteral("nothing of yours was changed")),
                 qPrintable(loader.errorText()));
        QVERIFY(!loader.errorText().contains(QStringLiteral("INSERT")));
        QCOMPARE(NoteRepository(db.connection()).note(QStringLiteral("ssh")),
                 QStringLiteral("mine"));
    }

    void referenceRefreshKeepsUserRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        Database db;
        QVERIFY(db.open(path));
        Catalog catalog;
        CatalogLoader loader;
        QVERIFY(loader.load(db, &catalog));
        QVERIFY(loader.refreshed());
        QVERIFY(NoteRepository(db.connection())
                    .setNote(QStringLiteral("telnet"), QStringLiteral("never on exam day"), 5));

        // An older program left a different reference behind: the next load rewrites it.
        ReferenceRepository repo(db.connection());
        const Protocol stale =
            plainProtocol(QStringLiteral("stale"), QStringLiteral("old"), Security::Insecure);
        QVERIFY(repo.replaceAll({stale}, {}, QStringLiteral("old-version")));
        QCOMPARE(repo.loadProtocols().size(), 1);

        Catalog again;
        QVERIFY(loader.load(db, &again));
        QVERIFY(loader.refreshed());
        QCOMPARE(repo.storedVersion(), EmbeddedReference::version());
        QVERIFY(!again.protocol(QStringLiteral("stale")));
        QVERIFY(again.protocol(QStringLiteral("telnet")));
        QCOMPARE(NoteRepository(db.connection()).note(QStringLiteral("telnet")),
                 QStringLiteral("never on exam day"));

        // Same version: nothing is rewritten.
        Catalog third;
        QVERIFY(loader.load(db, &third));
        QVERIFY(!loader.refreshed());
        QCOMPARE(third.rows().size(), again.rows().size());
    }

    // The reference is written many rows to a statement; a row SQLite refuses is still named by
    // its protocol, and the reference before the attempt is still there, whole.
    void aRefusedReferenceRowIsNamedAndNothingIsReplaced_data()
    {
        QTest::addColumn<int>("brokenPort");
        QTest::addColumn<bool>("duplicateKey");
        QTest::addColumn<QString>("named");
        QTest::newRow("port above 65535") << 70000 << false << QStringLiteral("p-0099");
        QTest::newRow("same key twice") << 22 << true << QStringLiteral("p-0150");
    }

    void aRefusedReferenceRowIsNamedAndNothingIsReplaced()
    {
        QFETCH(int, brokenPort);
        QFETCH(bool, duplicateKey);
        QFETCH(QString, named);
        Database db;
        QVERIFY(db.openInMemory());
        ReferenceRepository repo(db.connection());
        Protocol kept =
            plainProtocol(QStringLiteral("kept"), QStringLiteral("kept"), Security::Secure);
        kept.ports = {{22, 22, Transport::Tcp, {}, {}, {}}};
        QVERIFY2(repo.replaceAll({kept}, {}, QStringLiteral("v1")), qPrintable(repo.errorText()));

        // More protocols and ports than one statement takes, so the bad row is in a later one.
        QList<Protocol> next;
        for (int i = 0; i < 200; ++i) {
            Protocol p = kept;
            p.key = QStringLiteral("p-%1").arg(i, 4, 10, QLatin1Char('0'));
            p.ports = {{i, i, Transport::Tcp, {}, {}, {}}, {i, i, Transport::Udp, {}, {}, {}}};
            next.append(p);
        }
        if (duplicateKey)
            next[150].key = next[149].key = named;
        else
            next[99].ports[1].last = brokenPort;

        QVERIFY(!repo.replaceAll(next, {}, QStringLiteral("v2")));
        QVERIFY2(repo.errorText().startsWith(named + QLatin1String(": ")),
                 qPrintable(repo.errorText()));
        QVERIFY(!repo.diskFull());
        QCOMPARE(repo.storedVersion(), QStringLiteral("v1"));
        const QList<Protocol> after = repo.loadProtocols();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first(), kept);
    }

    void loadedCatalogEqualsEmbeddedData()
    {
        Database db;
        QVERIFY(db.openInMemory());
        Catalog catalog;
        CatalogLoader loader;
        QVERIFY(loader.load(db, &catalog));
        EmbeddedReference embedded;
        QVERIFY(embedded.load());
        QCOMPARE(catalog.protocols().size(), embedded.protocols().size());
        QCOMPARE(catalog.registry().size(), embedded.registry().size());
        // Round trip through SQLite is lossless.
        for (const Protocol &p : embedded.protocols()) {
            const Protocol *loaded = catalog.protocol(p.key);
            QVERIFY2(loaded, qPrintable(p.key));
            QVERIFY2(*loaded == p, qPrintable(p.key));
        }
        QCOMPARE(catalog.registry(), embedded.registry());
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
