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
class BackupManager
{
public:
    struct Backup
    {
        QString path;
        QDateTime time; // UTC, from the file name
        QString kind;   // "daily" or "pre-migration"
    };

    explicit BackupManager(const QString &databasePath);

    QString folder() const { return m_folder; }
    // Newest first.
    QList<Backup> backups() const;

    // Writes a backup of the open database db. nowMs names it; no wall clock is read here.
    bool createBackup(QSqlDatabase db, const QString &kind, qint64 nowMs, QString *path = nullptr);
    // A daily backup when the newest one is a day old or there is none; then prunes.
    bool backupIfDue(QSqlDatabase db, qint64 nowMs);
    // Deletes daily backups beyond the 7 daily + 4 weekly kept, and all but the 3 newest
    // pre-migration backups.
    void prune(qint64 nowMs);

    // Replaces the (closed) database file with a verified copy of backupPath. The current
    // file and its WAL are renamed to FILE.replaced-<time> first. False with errorText().
    bool restore(const QString &backupPath, qint64 nowMs);
    // Renames the (closed) database file and its WAL to FILE.<reason>-<time>, keeping every byte;
    // the next open starts fresh. False with errorText() when it cannot be moved.
    bool moveAside(const QString &reason, qint64 nowMs);
    QString movedAsidePath() const { return m_movedAside; }

    // Opens path read-only and checks it is an intact Portolan database.
    static bool verify(const QString &path, QString *error);
    QString errorText() const { return m_error; }

private:
    QString m_databasePath;
    QString m_folder;
    QString m_error;
    QString m_movedAside;
};

} // namespace portolan
