#pragma once

#include <QString>

namespace portolan {

class Catalog;
class Database;

// Start-up path of the reference: refreshes the reference tables from the embedded data when
// its version changed (user tables untouched), then reads them into a Catalog. The registry it
// writes is the effective one: the embedded registry with the user's imports laid over it, so
// imports survive a new program version. A read-only database with stale reference tables is
// bypassed: the embedded data (with the imports) is used directly. "How common" comes from the
// installed nmap-services, with imported frequencies over it.
class CatalogLoader
{
public:
    // True when the catalog holds data; refreshed() tells whether the tables were rewritten.
    bool load(Database &db, Catalog *catalog);

    bool refreshed() const { return m_refreshed; }
    QString errorText() const { return m_error; }

private:
    bool m_refreshed = false;
    QString m_error;
};

} // namespace portolan
