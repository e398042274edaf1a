#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace portolan {

// A search with a name: built in ("Network+ N10-009", "Insecure protocols") or the learner's
// own. Any of them opens in the browser and can be a quiz deck.
struct SavedSearch
{
    QString name;
    QString query;
    bool builtIn = false;

    friend bool operator==(const SavedSearch &, const SavedSearch &) = default;
};

// The built-in searches, then the learner's (saved_search table), by name.
class SavedSearches
{
public:
    static constexpr int kMaxNameLength = 80;
    static constexpr int kMaxQueryLength = 1000;

    explicit SavedSearches(QSqlDatabase db);

    static QList<SavedSearch> builtIn();
    // The learner's own, sorted by name; empty with errorText() on a read error.
    QList<SavedSearch> own() const;
    QList<SavedSearch> all() const { return builtIn() + own(); }
    // Why a name or query cannot be saved, for the user; empty when it can.
    static QString problemWith(const QString &name, const QString &query);
    // Saves or replaces; false with errorText() (also for a name a built-in search uses).
    bool save(const QString &name, const QString &query, qint64 nowMs);
    bool remove(const QString &name);
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace portolan
