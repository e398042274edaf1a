#include "map/PortLookup.h"

#include "catalog/Catalog.h"

#include <algorithm>

namespace portolan {

PortLookup::PortLookup(const Catalog &catalog) : m_catalog(&catalog)
{
    const QList<CatalogRow> &rows = catalog.rows();
    for (int r = 0; r < rows.size(); ++r) {
        const CatalogRow &row = rows.at(r);
        for (const PortSpan &s : row.spans) {
            if (s.first == s.last) {
                m_single.append({s.first, r});
            } else {
                m_rangeStarts.append({s.first, r});
                m_rangeEnds.append(s.last);
            }
        }
        if (!row.isCurated())
            continue;
        const Protocol &p = catalog.protocols().at(row.index);
        for (const PortSpan &s : row.spans) {
            // One marker per protocol and port: HTTPS on 443/tcp and 443/udp is one marker.
            auto same = std::find_if(m_markers.begin(), m_markers.end(), [&](const Marker &m) {
                return m.catalogRow == r && m.first == s.first && m.last == s.last;
            });
            if (same != m_markers.end()) {
                same->transports |= maskOf(s.transport);
                continue;
            }
            m_markers.append({s.first, s.last, maskOf(s.transport), r, row.security,
                              p.abbreviation.isEmpty() ? p.key : p.abbreviation,
                              int(std::count_if(p.exams.cbegin(), p.exams.cend(),
                                                [](const ExamTag &t) { return !t.beyond; }))});
        }
    }
    // Rows are already in port order, but a row's later spans (FTP's 20 after 21) are not.
    std::stable_sort(m_single.begin(), m_single.end(),
                     [](const Entry &a, const Entry &b) { return a.port < b.port; });
    std::stable_sort(m_markers.begin(), m_markers.end(), [](const Marker &a, const Marker &b) {
        return a.first != b.first ? a.first < b.first : a.catalogRow < b.catalogRow;
    });
    for (const Marker &m : m_markers) {
        if (m_markerPorts.isEmpty() || m_markerPorts.last() != m.first)
            m_markerPorts.append(m.first);
    }
}

QList<int> PortLookup::rowsIn(int first, int last) const
{
    QList<int> out;
    if (!m_catalog || last < first)
        return out;
    auto it = std::lower_bound(m_single.cbegin(), m_single.cend(), first,
                               [](const Entry &e, int port) { return e.port < port; });
    for (; it != m_single.cend() && it->port <= last; ++it)
        out.append(it->row);
    // Multi-port spans are a handful (X11's 6000–6063 and the like): a scan is cheapest.
    for (int i = 0; i < m_rangeStarts.size(); ++i) {
        if (m_rangeStarts.at(i).port <= last && m_rangeEnds.at(i) >= first)
            out.append(m_rangeStarts.at(i).row);
    }
    const QList<CatalogRow> &rows = m_catalog->rows();
    // Study-set rows first, and among them the one IANA registers there (HTTPS before DoH).
    const auto rank = [&](int r) {
        const CatalogRow &row = rows.at(r);
        if (!row.isCurated())
            return 2;
        const bool owner =
            std::any_of(row.spans.cbegin(), row.spans.cend(), [&](const PortSpan &s) {
                return s.ianaOwner && s.first <= last && s.last >= first;
            });
        return owner ? 0 : 1;
    };
    std::sort(out.begin(), out.end(), [&](int a, int b) {
        const int ra = rank(a);
        const int rb = rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QList<int> PortLookup::markersAt(int port) const
{
    QList<int> out;
    for (int i = 0; i < m_markers.size() && m_markers.at(i).first <= port; ++i) {
        if (m_markers.at(i).last >= port)
            out.append(i);
    }
    return out;
}

int PortLookup::markerOfRow(int catalogRow, int preferredPort) const
{
    int found = -1;
    for (int i = 0; i < m_markers.size(); ++i) {
        const Marker &m = m_markers.at(i);
        if (m.catalogRow != catalogRow)
            continue;
        if (preferredPort >= m.first && preferredPort <= m.last)
            return i;
        if (found < 0)
            found = i;
    }
    return found;
}

} // namespace portolan
