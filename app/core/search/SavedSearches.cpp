#include "search/SavedSearches.h"

#include "storage/Statement.h"

#include <QCoreApplication>
#include <QVariant>

namespace portolan {

namespace {

bool hasControl(const QString &text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}

} // namespace

SavedSearches::SavedSearches(QSqlDatabase db) : m_db(std::move(db)) {}

namespace {

// The built-in searches: names marked for lupdate here, translated when listed.
struct BuiltIn
{
    const char *name;
    const char *query;
};
constexpr BuiltIn kBuiltIn[] = {
    {QT_TRANSLATE_NOOP("SavedSearches", "Network+ N10-009"), "exam:n10-009"},
    {QT_TRANSLATE_NOOP("SavedSearches", "Security+ SY0-701"), "exam:sy0-701"},
    {QT_TRANSLATE_NOOP("SavedSearches", "A+ 220-1101"), "exam:220-1101"},
    {QT_TRANSLATE_NOOP("SavedSearches", "CCNA 200-301"), "exam:ccna-200-301"},
    {QT_TRANSLATE_NOOP("SavedSearches", "Insecure protocols"), "is:curated is:insecure"},
    {QT_TRANSLATE_NOOP("SavedSearches", "Secure protocols"), "is:curated is:secure"},
    {QT_TRANSLATE_NOOP("SavedSearches", "Mail"), "is:curated mail"},
    {QT_TRANSLATE_NOOP("SavedSearches", "Well-known ports in the study set"),
     "is:curated range:system"},
    {QT_TRANSLATE_NOOP("SavedSearches", "UDP services"), "is:curated transport:udp"},
    {QT_TRANSLATE_NOOP("SavedSearches", "Your own entries"), "is:custom"},
};

} // namespace

QList<SavedSearch> SavedSearches::builtIn()
{
    QList<SavedSearch> out;
    for (const BuiltIn &b : kBuiltIn)
        out.append({QCoreApplication::translate("SavedSearches", b.name),
                    QString::fromLatin1(b.query), true});
    return out;
}

QList<SavedSearch> SavedSearches::own() const
{
    m_error.clear();
    QList<SavedSearch> out;
    Statement q(m_db, QStringLiteral("SELECT name, query FROM saved_search ORDER BY name"));
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), false});
    }
    m_error = q.error();
    return out;
}

QString SavedSearches::problemWith(const QString &name, const QString &query)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return QCoreApplication::translate("SavedSearches", "Name: must not be empty.");
    if (n.size() > kMaxNameLength)
        return QCoreApplication::translate("SavedSearches",
                                           "Name: at most %1 characters (this one has %2).")
            .arg(kMaxNameLength)
            .arg(n.size());
    if (hasControl(n))
        return QCoreApplication::translate("SavedSearches",
                                           "Name: contains a control or text-direction character.");
    // Both the English and the shown name are taken: a study package made in one language
    // must be valid in any other.
    for (const BuiltIn &b : kBuiltIn) {
        const QString shown = QCoreApplication::translate("SavedSearches", b.name);
        if (shown.compare(n, Qt::CaseInsensitive) == 0 ||
            QString::fromLatin1(b.name).compare(n, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("SavedSearches",
                                               "Name: \"%1\" is a built-in search.")
                .arg(shown);
    }
    if (query.trimmed().isEmpty())
        return QCoreApplication::translate("SavedSearches",
                                           "The search is empty: type one in the browser first.");
    if (query.size() > kMaxQueryLength)
        return QCoreApplication::translate("SavedSearches",
                                           "The search is longer than %1 characters.")
            .arg(kMaxQueryLength);
    return {};
}

bool SavedSearches::save(const QString &name, const QString &query, qint64 nowMs)
{
    m_error = problemWith(name, query);
    if (!m_error.isEmpty())
        return false;
    Statement q(m_db, QStringLiteral("INSERT INTO saved_search (name, query, created_at) "
                                     "VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                                     "query = excluded.query"));
    if (!q.exec({name.trimmed(), query.trimmed(), nowMs})) {
        m_error = q.error();
        return false;
    }
    return true;
}

bool SavedSearches::remove(const QString &name)
{
    m_error.clear();
    Statement q(m_db, QStringLiteral("DELETE FROM saved_search WHERE name = ?"));
    if (!q.exec({name})) {
        m_error = q.error();
        return false;
    }
    return true;
}

} // namespace portolan
