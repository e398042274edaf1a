#pragma once

#include "catalog/Catalog.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"

#include <QString>
#include <memory>

namespace portolan {

// What both front ends start from: the user's database opened and migrated, and the catalog
// loaded from it. Owns both; not copyable.
class Workspace
{
public:
    // The per-user database file in AppDataLocation.
    static QString defaultDatabasePath();

    // False with errorMessage() when the database is refused or the catalog cannot be read.
    // Takes the database's write lock; when another Portolan holds it, opens read-only.
    // nowMs names the backup taken before a schema update.
    bool open(const QString &databasePath, qint64 nowMs = 0);
    // A daily backup when one is due (at most one a day, pruned to 7 daily + 4 weekly).
    bool backupIfDue(qint64 nowMs, QString *error = nullptr);
    // Releases the database and its lock (before a restore replaces the file).
    void close();

    // Reads the catalog again after the reference tables changed (an import); views over it
    // must be reset. False with errorMessage() when it cannot be read.
    bool reloadCatalog();

    Database &database() { return m_database; }
    const Database &database() const { return m_database; }
    const Catalog &catalog() const { return m_catalog; }
    QString errorMessage() const { return m_error; }
    // Non-fatal notes for the user (read-only database, stale reference cache).
    QString warning() const;

private:
    std::unique_ptr<DatabaseLock> m_lock;
    Database m_database;
    Catalog m_catalog;
    QString m_error;
    QString m_loadWarning;
};

} // namespace portolan
