#pragma once

#include <QString>

namespace portolan {

class Catalog;
class SearchQuery;

// The part of the catalog that one lookup can show, read without loading the whole registry:
// every protocol (curated and the user's own), and of the registry only the records that can
// match the query or that share a port with a protocol that matches it (the "IANA assigns"
// lines). Searching and printing over it gives what the whole catalog gives; it exists because
// `portolan lookup` as a whole process has a 20 ms budget and building 12,000 registry rows
// takes longer than that.
//
// It only reads. A database that needs opening properly (missing, to migrate, to check, not
// writable, a reference to refresh), or a query it cannot narrow (one that registry rows can
// match with no port and no word, such as "-http"), gives NeedsFullLoad, and the caller opens the
// Workspace as usual, which also reports any problem with the file.
class LookupLoader
{
public:
    enum class Outcome
    {
        Loaded,
        NeedsFullLoad
    };

    Outcome load(const QString &databasePath, const SearchQuery &query, Catalog *catalog);

    // As CatalogLoader's: a note for the user (nmap's file unreadable), never fatal.
    QString warning() const { return m_warning; }
    // Why the last load() gave NeedsFullLoad (for tests and the benchmark; not translated).
    QString fallbackReason() const { return m_reason; }
    // Registry records the last load() kept, out of all of them.
    qsizetype registryRecordsKept() const { return m_kept; }
    qsizetype registryRecordsTotal() const { return m_total; }

private:
    Outcome fallBack(const char *reason);

    QString m_warning;
    QString m_reason;
    qsizetype m_kept = 0;
    qsizetype m_total = 0;
};

} // namespace portolan
