#include "importing/EffectiveRegistry.h"

#include <QHash>
#include <algorithm>

namespace portolan {

namespace {

QString serviceKey(const RegistryRecord &r)
{
    return transportName(r.transport) + QLatin1Char('/') + r.service.toLower();
}

} // namespace

EffectiveRegistry::EffectiveRegistry(QList<RegistryRecord> base) : m_records(std::move(base))
{
    sort(&m_records);
}

QString EffectiveRegistry::identity(const RegistryRecord &r)
{
    return r.portText() + QLatin1Char('/') + serviceKey(r);
}

void EffectiveRegistry::sort(QList<RegistryRecord> *records)
{
    const auto before = [](const RegistryRecord &a, const RegistryRecord &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.transport < b.transport;
    };
    // The embedded registry and stored imports are already in order: checking is cheaper than
    // moving 12,000 records through a merge sort at every refresh.
    if (!std::is_sorted(records->cbegin(), records->cend(), before))
        std::stable_sort(records->begin(), records->end(), before);
}

QList<RegistryRecord> EffectiveRegistry::addServices(const QList<RegistryRecord> &services)
{
    QList<RegistryRecord> applied;
    if (services.isEmpty())
        return applied;
    // transport/service → records with that name, to find the one whose ports hold the entry's
    // (x11 6000/tcp in /etc/services is the registry's x11 6000-6063/tcp).
    QMultiHash<QString, qsizetype> byName;
    for (qsizetype i = 0; i < m_records.size(); ++i)
        byName.insert(serviceKey(m_records.at(i)), i);
    for (const RegistryRecord &s : services) {
        qsizetype match = -1;
        const QString key = serviceKey(s);
        for (auto it = byName.constFind(key); it != byName.cend() && it.key() == key; ++it) {
            const RegistryRecord &r = m_records.at(*it);
            if (r.first <= s.first && s.last <= r.last && (match < 0 || *it < match))
                match = *it;
        }
        if (match >= 0) {
            RegistryRecord &r = m_records[match];
            if (r.description.isEmpty() && !s.description.isEmpty()) {
                r.description = s.description;
                applied.append(s);
            }
            continue;
        }
        byName.insert(key, m_records.size());
        m_records.append(s);
        applied.append(s);
    }
    sort(&m_records);
    return applied;
}

} // namespace portolan
