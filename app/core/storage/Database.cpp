#include "storage/Database.h"

#include "storage/BackupManager.h"
#include "storage/RegularFile.h"
#include "storage/SchemaMigrations.h"
#include "storage/ScopedTransaction.h"
#include "storage/Statement.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <algorithm>

namespace portolan {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("portolan-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool looksLikeSqlite(const QString &path, bool *empty)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    *empty = head.isEmpty();
    return head == QByteArray("SQLite format 3\0", 16);
}

// The integer the statement returns (a pragma or a count), or 0 when it returns none.
int firstInt(const QSqlDatabase &db, const QString &sql)
{
    Statement q(db);
    return q.run(sql) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    close();
}

bool Database::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorMessage = message;
    // Only closed here: the failing statement is usually still alive in the caller's scope, and
    // removing its connection now would make Qt warn "still in use" before the real message.
    // The connection's name is released by the next open or the destructor.
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::database(m_connectionName, false).close();
    return false;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::latestSchemaVersion()
{
    const auto &list = schemaMigrations();
    return list.isEmpty() ? 0 : list.last().version;
}

int Database::schemaVersion() const
{
    Statement q(connection());
    if (q.run(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::openConnection(const QString &name, bool readOnly, bool immutable)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return fail(Error::DriverMissing,
                    QCoreApplication::translate("Database", "Qt's SQLite driver is not installed "
                                                            "(Debian package libqt6sql6-sqlite)."));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (immutable) {
        // A WAL database in a folder we cannot write cannot even be read normally (SQLite
        // wants to create its -shm file); immutable=1 reads it without any side file.
        db.setDatabaseName(QUrl::fromLocalFile(name).toString(QUrl::FullyEncoded) +
                           QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(name);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        return fail(Error::CannotOpen, QCoreApplication::translate("Database", "Cannot open %1: %2")
                                           .arg(QDir::toNativeSeparators(name), reason));
    }
    if (readOnly) {
        // Reading through a memory map halves the whole-file check at start-up and the
        // snapshot read of a lookup. Only on read-only connections: they are short-lived or
        // browse a file nothing here writes, and SQLite itself keeps the map coherent with
        // another process writing through WAL.
        Statement(db).run(QStringLiteral("PRAGMA mmap_size = 268435456"));
    }
    return true;
}

// Looks at an existing file through a read-only connection and decides whether it may be
// used. Nothing is written here, whatever the file holds.
bool Database::inspect(const QString &path, bool folderWritable, bool *fresh, int *version)
{
    const Statement::InspectionScope inspection;
    const QString shown = QDir::toNativeSeparators(path);
    bool empty = false;
    if (!looksLikeSqlite(path, &empty)) {
        if (empty) {
            *fresh = true;
            *version = 0;
            return true;
        }
        QFileInfo info(path);
        if (!info.isReadable())
            return fail(Error::CannotOpen,
                        QCoreApplication::translate("Database", "Cannot read %1.").arg(shown));
        return fail(Error::NotADatabase,
                    QCoreApplication::translate("Database",
                                                "%1 is not a Portolan database (it is not an "
                                                "SQLite file). It was left untouched.")
                        .arg(shown));
    }
    if (!openConnection(path, true, !folderWritable))
        return false;
    QString problem;
    bool unreadable = false;
    int appId = 0;
    int objects = 0;
    {
        // The whole file is read only when there is a reason to doubt it: a write-ahead log
        // left behind (a crash, or another Portolan has it open) or damage SQLite reported
        // since the last check (the marker Statement leaves). Otherwise the header, the schema
        // and the first page of every table are read: start-up does not grow with the file.
        const bool whole = QFileInfo(path + QStringLiteral("-wal")).size() > 0 ||
                           QFileInfo::exists(checkMarkerPath(path));
        QSqlQuery q(connection());
        if (whole && !q.exec(QStringLiteral("PRAGMA quick_check"))) {
            problem = q.lastError().databaseText();
            unreadable = q.lastError().nativeErrorCode() == QLatin1String("8"); // SQLITE_READONLY
        } else if (whole && (!q.next() || q.value(0).toString() != QLatin1String("ok"))) {
            problem = q.value(0).toString();
        }
        q.finish();
        if (problem.isEmpty()) {
            Statement s(connection());
            const auto readInt = [&](const QString &sql, int *out) {
                if (s.run(sql) && s.next()) {
                    *out = s.value(0).toInt();
                    return true;
                }
                problem = s.error();
                return false;
            };
            if (readInt(QStringLiteral("PRAGMA application_id"), &appId) &&
                readInt(QStringLiteral("PRAGMA user_version"), version) &&
                readInt(QStringLiteral("SELECT count(*) FROM sqlite_master"), &objects) && !whole &&
                appId == kApplicationId)
                problem = firstPagesProblem();
            unreadable = s.resultCode() == QLatin1String("8"); // SQLITE_READONLY
        }
        if (whole && problem.isEmpty() && folderWritable)
            QFile::remove(checkMarkerPath(path));
    }
    close();
    if (unreadable)
        return fail(
            Error::CannotOpen,
            QCoreApplication::translate("Database", "Cannot read %1: %2").arg(shown, problem));
    if (!problem.isEmpty()) {
        return fail(Error::Corrupt, QCoreApplication::translate(
                                        "Database", "%1 is damaged (%2). It was left untouched.")
                                        .arg(shown, problem));
    }

    if (appId != kApplicationId && (appId != 0 || objects > 0 || *version != 0)) {
        return fail(Error::ForeignDatabase,
                    QCoreApplication::translate("Database",
                                                "%1 is an SQLite database of another program, "
                                                "not Portolan's. It was left untouched.")
                        .arg(shown));
    }
    if (*version > latestSchemaVersion()) {
        return fail(Error::NewerSchema,
                    QCoreApplication::translate("Database",
                                                "%1 was written by a newer Portolan (schema %2; "
                                                "this version knows up to %3). Update Portolan "
                                                "to open it. It was left untouched.")
                        .arg(shown)
                        .arg(*version)
                        .arg(latestSchemaVersion()));
    }
    *fresh = objects == 0;
    return true;
}

QString Database::canonicalPath(const QString &path)
{
    // One file, one name: a symlink and its target (or a/../b) take the same lock and the
    // same side files, instead of two locks on one database.
    const QFileInfo info(path);
    const QString real = info.canonicalFilePath();
    if (!real.isEmpty())
        return real;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

QString Database::checkMarkerPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".check");
}

QString Database::firstPagesProblem()
{
    QStringList tables;
    Statement list(connection(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                "'table' AND name NOT LIKE 'sqlite_%'"));
    if (!list.exec() ||
        !list.forEachRow([&](const Statement &row) { tables << row.value(0).toString(); }))
        return list.error();
    for (const QString &table : std::as_const(tables)) {
        // A name read from the file is quoted, never trusted as SQL.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        Statement first(connection(), QStringLiteral("SELECT * FROM \"%1\" LIMIT 1").arg(quoted));
        if (!first.exec() || (!first.next() && first.hasError()))
            return first.error();
    }
    return {};
}

void Database::startOpening(const QString &path)
{
    close();
    m_error = Error::None;
    m_errorMessage.clear();
    m_readOnlyReason.clear();
    m_path = path;
}

bool Database::open(const QString &path, const QString &forcedReadOnlyReason)
{
    startOpening(path);

    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isDir())
        return fail(
            Error::CannotOpen,
            QCoreApplication::translate("Database", "%1 is a folder, not a file.").arg(shown));
    // A named pipe would block the first read for ever, a device would be read as a database.
    if (const QString refusal = RegularFile::refusal(path); !refusal.isEmpty())
        return fail(Error::CannotOpen, refusal);

    // WAL needs the folder writable too (for the -wal and -shm files).
    const QFileInfo dirInfo(info.absolutePath());
    const QString folder = QDir::toNativeSeparators(dirInfo.absoluteFilePath());
    bool folderWritable = true;
    QString readOnlyReason;
    if (!dirInfo.exists() && !QDir().mkpath(dirInfo.absoluteFilePath())) {
        folderWritable = false;
        readOnlyReason =
            QCoreApplication::translate("Database", "The folder %1 cannot be created.").arg(folder);
    } else if (!QFileInfo(dirInfo.absoluteFilePath()).isWritable()) {
        folderWritable = false;
        readOnlyReason =
            QCoreApplication::translate("Database", "The folder %1 is read-only.").arg(folder);
    } else if (!forcedReadOnlyReason.isEmpty()) {
        readOnlyReason = forcedReadOnlyReason;
    } else if (info.exists() && !info.isWritable()) {
        readOnlyReason = QCoreApplication::translate("Database", "%1 is read-only.").arg(shown);
    }

    bool fresh = true;
    int version = 0;
    if (info.exists() && !inspect(path, folderWritable && info.isWritable(), &fresh, &version))
        return false;

    if (!readOnlyReason.isEmpty()) {
        // A usable file is browsed as it is; otherwise the reference lives in memory only.
        if (info.exists() && !fresh && version == latestSchemaVersion()) {
            // A file nobody may write is read as immutable too: a normal read-only connection
            // would leave a -shm with the file's read-only mode, which breaks every write once
            // the file is writable again.
            const bool immutable = !folderWritable || !info.isWritable();
            if (!openConnection(path, true, immutable) || !failOnAlteredSchema(true))
                return false;
        } else if (!openInMemory()) {
            return false;
        }
        m_path = path;
        m_readOnlyReason = readOnlyReason + QLatin1Char(' ') +
                           QCoreApplication::translate("Database", "Changes will not be saved.");
        return true;
    }

    if (!openConnection(path, false) || !configure())
        return false;
    // A file at the current schema is checked before anything is written to it; an older one
    // after its update (the update itself fails on most alterations).
    const bool current = schemaVersion() == latestSchemaVersion();
    if (current && !failOnAlteredSchema(true))
        return false;
    if (!migrate() || (!current && !failOnAlteredSchema(false)))
        return false;
    return ensureDatabaseId();
}

namespace {

// Every schema object but SQLite's own, as "type name" and, for tables and views, their columns
// with types: what the program relies on, not how the CREATE statement was spelt.
QStringList schemaObjects(const QSqlDatabase &db, QString *error)
{
    QStringList out;
    Statement q(
        db,
        QStringLiteral(
            "SELECT m.type, m.name, (SELECT group_concat(p.name || ' ' || p.type || ' ' || "
            "p.\"notnull\" || ' ' || p.pk, ', ') FROM pragma_table_info(m.name) AS p) "
            "FROM sqlite_master AS m WHERE m.name NOT LIKE 'sqlite_%' ORDER BY m.type, m.name"));
    if (!q.exec() || !q.forEachRow([&](const Statement &row) {
            out << row.value(0).toString() + u' ' + row.value(1).toString() + u'\n' +
                       row.value(2).toString();
        }))
        *error = q.error();
    return out;
}

} // namespace

QString Database::schemaProblem()
{
    // What the migrations make, made once per process in a private database in memory.
    static const QStringList expected = [] {
        Database fresh;
        QString ignored;
        return fresh.openInMemory() ? schemaObjects(fresh.connection(), &ignored) : QStringList();
    }();
    QString error;
    const QStringList actual = schemaObjects(connection(), &error);
    if (!error.isEmpty())
        return error;
    if (expected.isEmpty())
        return {}; // nothing to compare with: the migrations themselves failed to run
    const auto what = [](const QString &object) { return object.section(u'\n', 0, 0); };
    for (const QString &object : expected) {
        if (actual.contains(object))
            continue;
        const QString name = what(object);
        const bool present = std::any_of(actual.cbegin(), actual.cend(),
                                         [&](const QString &a) { return what(a) == name; });
        return present ? QCoreApplication::translate("Database", "%1 was changed").arg(name)
                       : QCoreApplication::translate("Database", "%1 is missing").arg(name);
    }
    for (const QString &object : actual) {
        if (!expected.contains(object))
            return QCoreApplication::translate("Database", "%1 is not Portolan's")
                .arg(what(object));
    }
    return {};
}

bool Database::failOnAlteredSchema(bool untouched)
{
    const QString problem = schemaProblem();
    if (problem.isEmpty())
        return true;
    const QString shown = QDir::toNativeSeparators(m_path);
    close();
    return fail(
        Error::AlteredSchema,
        untouched
            ? QCoreApplication::translate("Database", "%1 was changed outside Portolan (%2): "
                                                      "Portolan does not write to it. It was "
                                                      "left untouched; restore a backup.")
                  .arg(shown, problem)
            : QCoreApplication::translate("Database", "%1 was changed outside Portolan (%2): "
                                                      "Portolan does not write to it; restore "
                                                      "a backup.")
                  .arg(shown, problem));
}

bool Database::ensureDatabaseId()
{
    // Random, made by SQLite once; a copy of the file (a backup) carries it along.
    Statement q(
        connection(),
        QStringLiteral(
            "INSERT INTO meta (key, value) VALUES ('database_id', lower(hex(randomblob(16)))) "
            "ON CONFLICT (key) DO NOTHING"));
    if (q.exec())
        return true;
    // The file is writable (open() checked), so a refusal here is most often a side file that
    // another user's Portolan (or a copy) left read-only for this one: name it.
    for (const QString &suffix : {QStringLiteral("-shm"), QStringLiteral("-wal")}) {
        const QFileInfo side(m_path + suffix);
        if (side.exists() && !side.isWritable())
            return fail(Error::CannotOpen,
                        QCoreApplication::translate(
                            "Database",
                            "Cannot write to %1: its side file %2 is read-only for you (it "
                            "belongs to %3). Remove %2 while no Portolan uses the database, or "
                            "make it writable.")
                            .arg(QDir::toNativeSeparators(m_path),
                                 QDir::toNativeSeparators(side.filePath()), side.owner()));
    }
    return fail(Error::CannotOpen, QCoreApplication::translate("Database", "Cannot write to %1: %2")
                                       .arg(QDir::toNativeSeparators(m_path), q.error()));
}

QString Database::databaseId() const
{
    return readDatabaseId(connection());
}

QString Database::readDatabaseId(const QSqlDatabase &db)
{
    Statement q(db, QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool Database::openForReading(const QString &path)
{
    const Statement::InspectionScope inspection; // a damaged file is the full open's to judge
    startOpening(path);
    const QFileInfo info(path);
    bool empty = false;
    // Not writable: open() decides how to browse it (and says so), not this shortcut.
    if (!info.isFile() || !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable() ||
        !looksLikeSqlite(path, &empty))
        return false;
    if (!openConnection(path, true))
        return false;
    if (firstInt(connection(), QStringLiteral("PRAGMA application_id")) != kApplicationId ||
        firstInt(connection(), QStringLiteral("PRAGMA user_version")) != latestSchemaVersion()) {
        close();
        return false;
    }
    m_readOnlyReason = QStringLiteral("opened for reading");
    return true;
}

bool Database::openInMemory()
{
    close();
    m_path = QStringLiteral(":memory:");
    if (!openConnection(m_path, false))
        return false;
    Statement q(connection());
    if (!q.run(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(Error::CannotOpen, q.error());
    return migrate();
}

bool Database::configure()
{
    // foreign_keys is ignored inside a transaction, so it is set before any.
    const char *pragmas[] = {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                             "PRAGMA synchronous = FULL", "PRAGMA busy_timeout = 5000"};
    for (const char *p : pragmas) {
        Statement q(connection());
        if (!q.run(QLatin1String(p)))
            return fail(Error::CannotOpen,
                        QCoreApplication::translate("Database", "Cannot set up %1: %2")
                            .arg(QDir::toNativeSeparators(m_path), q.error()));
    }
    return true;
}

bool Database::migrate()
{
    const int current = schemaVersion();
    if (current > 0 && current < latestSchemaVersion() && m_path != QLatin1String(":memory:")) {
        // The user's months of reviews go through a schema change only with a copy beside them,
        // a copy that names the database it belongs to.
        if (!ensureDatabaseId())
            return false;
        BackupManager backups(m_path);
        if (!backups.createBackup(connection(), QStringLiteral("pre-migration"), m_nowMs))
            return fail(Error::MigrationFailed,
                        QCoreApplication::translate("Database",
                                                    "Not updating %1: the backup before the update "
                                                    "failed (%2). It was left untouched.")
                            .arg(QDir::toNativeSeparators(m_path), backups.errorText()));
    }
    for (const SchemaMigration &m : schemaMigrations()) {
        if (m.version <= current)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Error::MigrationFailed,
                        QStringLiteral("Missing migration %1").arg(m.resource));
        const QString sql = QString::fromUtf8(file.readAll());

        ScopedTransaction tx(connection());
        if (!tx.isActive())
            return fail(Error::MigrationFailed,
                        QCoreApplication::translate("Database", "Cannot write to %1: %2")
                            .arg(QDir::toNativeSeparators(m_path), tx.errorText()));
        QStringList statements = migrationStatements(sql);
        // PRAGMAs take no bound values; both numbers are ours, never user text. A file whose
        // version cannot be stamped would be migrated again next time: that fails too.
        statements << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)
                   << QStringLiteral("PRAGMA user_version = %1").arg(m.version);
        for (const QString &statement : std::as_const(statements)) {
            Statement q(connection());
            if (!q.run(statement))
                return fail(
                    Error::MigrationFailed,
                    QCoreApplication::translate("Database", "Updating %1 to schema %2 failed: %3")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(m.version)
                        .arg(q.error()));
        }
        if (!tx.commit())
            return fail(Error::MigrationFailed,
                        QCoreApplication::translate("Database", "Cannot write to %1: %2")
                            .arg(QDir::toNativeSeparators(m_path), tx.errorText()));
    }
    return true;
}

} // namespace portolan
