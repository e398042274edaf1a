#include "importing/OpenFrequencies.h"

#include <algorithm>

namespace portolan {

OpenFrequencies::OpenFrequencies(const QList<PortFrequency> &entries)
{
    m_entries.reserve(entries.size());
    for (const PortFrequency &e : entries)
        m_entries.append({keyOf(e.port, e.transport), e.frequency});
    // Stable, then keep the last of equal keys: a later line of a file overrides an earlier one.
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.key < b.key; });
    QList<Entry> unique;
    unique.reserve(m_entries.size());
    for (const Entry &e : std::as_const(m_entries)) {
        if (!unique.isEmpty() && unique.last().key == e.key)
            unique.last() = e;
        else
            unique.append(e);
    }
    m_entries = std::move(unique);
}

double OpenFrequencies::at(int port, Transport transport) const
{
    return maxIn(port, port, transport);
}

double OpenFrequencies::maxIn(int first, int last, Transport transport) const
{
    const quint32 lo = keyOf(first, transport);
    const quint32 hi = keyOf(last, transport);
    auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), lo,
                               [](const Entry &e, quint32 k) { return e.key < k; });
    double best = -1;
    for (; it != m_entries.cend() && it->key <= hi; ++it)
        best = std::max(best, it->frequency);
    return best;
}

OpenFrequencies OpenFrequencies::overriddenBy(const OpenFrequencies &overrides) const
{
    if (overrides.isEmpty())
        return *this;
    if (isEmpty())
        return overrides;
    OpenFrequencies out;
    out.m_entries.reserve(m_entries.size() + overrides.m_entries.size());
    auto a = m_entries.cbegin();
    auto b = overrides.m_entries.cbegin();
    while (a != m_entries.cend() || b != overrides.m_entries.cend()) {
        if (b == overrides.m_entries.cend() || (a != m_entries.cend() && a->key < b->key)) {
            out.m_entries.append(*a++);
        } else {
            if (a != m_entries.cend() && a->key == b->key)
                ++a;
            out.m_entries.append(*b++);
        }
    }
    return out;
}

QList<PortFrequency> OpenFrequencies::entries() const
{
    QList<PortFrequency> out;
    out.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        out.append({int(e.key & 0xFFFF), Transport(e.key >> 16), e.frequency, {}});
    return out;
}

QString formatHowCommon(double frequency)
{
    if (frequency < 0)
        return {};
    const double percent = frequency * 100;
    if (percent == 0)
        return QStringLiteral("0%");
    if (percent >= 1)
        return QString::number(percent, 'f', 1) + QLatin1Char('%');
    if (percent >= 0.001)
        return QString::number(percent, 'g', 2) + QLatin1Char('%');
    return QStringLiteral("<0.001%");
}

} // namespace portolan
