#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace portolan {

// Keeps verified copies of a user database in a "backups" folder beside it: at most one a day
// (kept: the newest of each of the last 7 days that have one, and of each of the last 4 weeks),
// plus one before every schema migration. A copy is written with VACUUM INTO to a temporary
// name, checked (integrity, Portolan's application id) and only then given its final name, so
// a listed backup is always a good one. Restoring moves the current file aside, never deletes.
//
// Several databases may share one folder (and so one backups folder): a backup is named after
// its database file ("NAME.daily-STAMP.sqlite") and carries the database's id (see
// Database::databaseId()). Only backups whose id is this database's are listed, counted and
// restored; when the database cannot be read (damaged), those named after it. Backups of
// older versions ("daily-STAMP.sqlite", shared by every database of the folder) are offered
// only when their id proves they are this database's.
class BackupManager
{
public:
    struct Backup
    {
        QString path;
        QDateTime time; // UTC, from the file name
        QString kind;   // "daily", "pre-migration" or "manual"
    };

    // Reads the database's id from the file at databasePath (empty when it cannot).
    explicit BackupManager(const QString &databasePath);
    QString databaseId() const { return m_databaseId; }

    QString folder() const { return m_folder; }
    // Newest first.
    QList<Backup> backups() const;

    // Writes a backup of the open database db. nowMs names it; no wall clock is read here.
    bool createBackup(QSqlDatabase db, const QString &kind, qint64 nowMs, QString *path = nullptr);
    // A daily backup when the newest one is a day old or there is none; then prunes.
    bool backupIfDue(QSqlDatabase db, qint64 nowMs);
    // The same through a read-only connection of its own, so that it can run on another
    // thread while the window keeps its connection (a large database takes seconds to copy).
    bool backupFileIfDue(qint64 nowMs);
    // A backup asked for by the user (`portolan backup`), through a connection of its own: a
    // consistent copy even while a window writes the database. Never pruned.
    bool backupFileNow(qint64 nowMs, QString *path);
    // Deletes daily backups beyond the 7 daily + 4 weekly kept, and all but the 3 newest
    // pre-migration backups.
    void prune(qint64 nowMs);

    // Replaces the (closed) database file with a verified copy of backupPath, in one rename:
    // at every instant the database's path holds the old file or the restored one. The old
    // file and its WAL are kept as FILE.replaced-<time> (the newest kKeptAside of them).
    // False with errorText(), the database as it was.
    bool restore(const QString &backupPath, qint64 nowMs);
    // Renames the (closed) database file and its WAL to FILE.<reason>-<time>, keeping every byte;
    // the next open starts fresh. False with errorText() when it cannot be moved.
    bool moveAside(const QString &reason, qint64 nowMs);
    QString movedAsidePath() const { return m_movedAside; }

    // Opens path read-only and checks it is an intact Portolan database.
    static bool verify(const QString &path, QString *error);
    // The id stored in the database file at path; empty when it has none or cannot be read.
    static QString readDatabaseId(const QString &path);
    QString errorText() const { return m_error; }

    static constexpr int kKeptAside = 3;

private:
    // Gives the current file (and copies of its side files) a second name FILE.reason-time.
    bool keepAside(const QString &reason, qint64 nowMs);
    // Deletes all but the `keep` newest FILE.reason-* files.
    void pruneAside(const QString &reason, int keep);
    // Whether the file at path is a backup of this database (by id; by name when the
    // database's id is unknown).
    bool isOwnBackup(const QString &path, bool namedAfterDatabase) const;

    QString m_databasePath;
    QString m_databaseId;
    QString m_folder;
    QString m_error;
    QString m_movedAside;
};

} // namespace portolan
