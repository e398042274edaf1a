#pragma once

#include <QSqlDatabase>
#include <QString>

namespace portolan {

// Owns the connection to one user's SQLite file: validates it before touching it, sets the
// pragmas, and brings the schema up to date with the ordered migrations embedded from db/.
//
// Contract: a file that is not a database, is corrupt, belongs to another program or comes from
// a newer Portolan is refused and never modified (it is inspected through a read-only
// connection first). A file or folder that cannot be written is opened read-only so browsing
// still works; readOnlyReason() says why. Not thread-safe: one Database per thread.
class Database
{
public:
    enum class Error
    {
        None,
        DriverMissing,
        NotADatabase,
        ForeignDatabase,
        Corrupt,
        NewerSchema,
        CannotOpen,
        MigrationFailed,
        AlteredSchema,
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating when missing) the file at path. On false, error() and errorMessage()
    // say why and the file is as it was. A non-empty readOnlyReason opens it read-only for
    // that reason (another Portolan holds the write lock).
    bool open(const QString &path, const QString &readOnlyReason = {});
    // The time used to name the backup taken before a migration (no clock is read here).
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; }
    // A read-only look at an existing file that is already Portolan's and at the current schema,
    // without the whole-file check or any migration: for commands that only read (a lookup).
    // False when the file needs open() instead (missing, another program's, an older or newer
    // schema, a folder that cannot be written): open() then says what is wrong. Damage found while
    // reading surfaces as a failed query.
    bool openForReading(const QString &path);
    // A private database in memory: for tests, and as the fallback when no file can be kept.
    bool openInMemory();
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    Error error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    int schemaVersion() const;
    // This database's own random id (meta 'database_id'), made at the first writable open and
    // copied into every backup, so a backup is known to belong to it. Empty when none.
    QString databaseId() const;
    static QString readDatabaseId(const QSqlDatabase &db);
    // The file whose presence makes the next open check the whole database: left when SQLite
    // reported damage (see Statement), removed by a check that passes.
    static QString checkMarkerPath(const QString &databasePath);
    // The path with symlinks and relative parts resolved (the file need not exist yet): one
    // file, one name, so a symlink and its target take the same lock and side files.
    static QString canonicalPath(const QString &path);
    static int latestSchemaVersion();
    // 'PORT': marks a file as Portolan's so that another program's SQLite file is never
    // mistaken for an empty one and migrated.
    static constexpr int kApplicationId = 0x504F5254;

private:
    bool fail(Error error, const QString &message);
    // Closes any connection and forgets the last error, reason and path.
    void startOpening(const QString &path);
    bool inspect(const QString &path, bool folderWritable, bool *fresh, int *version);
    bool openConnection(const QString &name, bool readOnly, bool immutable = false);
    bool configure();
    bool migrate();
    // SQLite's message when the first page of some table cannot be read; empty when all can.
    QString firstPagesProblem();
    // What differs between this file's tables, indexes and triggers and those the migrations
    // create ("table review_log is missing"); empty when they are the same.
    QString schemaProblem();
    bool failOnAlteredSchema(bool untouched);
    bool ensureDatabaseId();

    QString m_connectionName;
    QString m_path;
    QString m_readOnlyReason;
    QString m_errorMessage;
    Error m_error = Error::None;
    qint64 m_nowMs = 0;
};

} // namespace portolan
