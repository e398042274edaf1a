#include "search/SavedSearches.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
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

QList<SavedSearch> SavedSearches::builtIn()
{
    const auto t = [](const char *text) {
        return QCoreApplication::translate("SavedSearches", text);
    };
    return {
        {t("Network+ N10-009"), QStringLiteral("exam:n10-009"), true},
        {t("Security+ SY0-701"), QStringLiteral("exam:sy0-701"), true},
        {t("A+ 220-1101"), QStringLiteral("exam:220-1101"), true},
        {t("CCNA 200-301"), QStringLiteral("exam:ccna-200-301"), true},
        {t("Insecure protocols"), QStringLiteral("is:curated is:insecure"), true},
        {t("Secure protocols"), QStringLiteral("is:curated is:secure"), true},
        {t("Mail"), QStringLiteral("is:curated mail"), true},
        {t("Well-known ports in the study set"), QStringLiteral("is:curated range:system"), true},
        {t("UDP services"), QStringLiteral("is:curated transport:udp"), true},
        {t("Your own entries"), QStringLiteral("is:custom"), true},
    };
}

QList<SavedSearch> SavedSearches::own() const
{
    m_error.clear();
    QList<SavedSearch> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, query FROM saved_search ORDER BY name"));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), false});
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
    for (const SavedSearch &b : builtIn())
        if (b.name.compare(n, Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("SavedSearches",
                                               "Name: \"%1\" is a built-in search.")
                .arg(b.name);
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
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO saved_search (name, query, created_at) VALUES (?, ?, ?) "
                             "ON CONFLICT (name) DO UPDATE SET query = excluded.query"));
    q.addBindValue(name.trimmed());
    q.addBindValue(query.trimmed());
    q.addBindValue(nowMs);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool SavedSearches::remove(const QString &name)
{
    m_error.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM saved_search WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace portolan
