#pragma once

#include "custom/CustomEntry.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace portolan {

// The user's own entries (custom_entry, custom_entry_port) and the labels on any entry
// (entry_label). Prepared statements only; add, edit and delete each run in one transaction (a
// savepoint inside the caller's, when there is one), so an entry is never half written. Does not
// validate: callers run CustomEntryValidator first (the schema's CHECKs are the last line).
class CustomEntryRepository
{
public:
    explicit CustomEntryRepository(QSqlDatabase db);

    // All entries ordered by key, with their ports and tags.
    QList<CustomEntry> entries() const;
    // False also when the table cannot be read (errorText() then says why).
    bool contains(const QString &key) const;

    // False when the key is taken (add) or unknown (edit, remove); errorText() says why. nowMs
    // is stored as the entry's updated_at (a merged entry keeps the time it was written).
    // add() keeps labels already on the key and adds the entry's tags to them.
    bool add(const CustomEntry &entry, qint64 nowMs);
    bool edit(const CustomEntry &entry, qint64 nowMs);
    bool remove(const QString &key);

    // Labels on any entry key (registry, curated or custom), sorted.
    QStringList labels(const QString &entryKey) const;
    // entry key -> its labels, for building the catalog.
    QHash<QString, QStringList> allLabels() const;
    bool addLabel(const QString &entryKey, const QString &label);
    bool removeLabel(const QString &entryKey, const QString &label);

    QString errorText() const { return m_error; }

private:
    bool write(const CustomEntry &entry, qint64 nowMs, bool replace);
    bool fail(const QString &message);

    QSqlDatabase m_db;
    mutable QString m_error; // also set by the const readers
};

} // namespace portolan
