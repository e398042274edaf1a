#pragma once

#include "catalog/Catalog.h"
#include "storage/Database.h"

#include <QString>

namespace portolan {

// What both front ends start from: the user's database opened and migrated, and the catalog
// loaded from it. Owns both; not copyable.
class Workspace
{
public:
    // The per-user database file in AppDataLocation.
    static QString defaultDatabasePath();

    // False with errorMessage() when the database is refused or the catalog cannot be read.
    bool open(const QString &databasePath);

    Database &database() { return m_database; }
    const Catalog &catalog() const { return m_catalog; }
    QString errorMessage() const { return m_error; }
    // Non-fatal notes for the user (read-only database, stale reference cache).
    QString warning() const;

private:
    Database m_database;
    Catalog m_catalog;
    QString m_error;
    QString m_loadWarning;
};

} // namespace portolan
