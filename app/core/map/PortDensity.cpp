#include "map/PortDensity.h"

#include <algorithm>
#include <cmath>

namespace portolan {

PortDensity::PortDensity()
{
    setSpans({});
}

void PortDensity::setSpans(const QList<PortSpan> &spans)
{
    // Per-port counts by a difference array, then prefix sums: O(spans + ports).
    QList<int> delta(RangeMapGeometry::kPortCount + 1, 0);
    for (const PortSpan &s : spans) {
        const int first = std::clamp(s.first, 0, kLastPort);
        const int last = std::clamp(s.last, first, kLastPort);
        ++delta[first];
        --delta[last + 1];
    }
    m_assignments.fill(0, RangeMapGeometry::kPortCount + 1);
    m_assigned.fill(0, RangeMapGeometry::kPortCount + 1);
    int running = 0;
    for (int p = 0; p < RangeMapGeometry::kPortCount; ++p) {
        running += delta.at(p);
        m_assignments[p + 1] = m_assignments.at(p) + running;
        m_assigned[p + 1] = m_assigned.at(p) + (running > 0 ? 1 : 0);
    }
    m_cacheValid = false;
}

int PortDensity::assignmentsIn(int first, int last) const
{
    first = std::clamp(first, 0, kLastPort);
    last = std::clamp(last, first, kLastPort);
    return m_assignments.at(last + 1) - m_assignments.at(first);
}

int PortDensity::assignedPortsIn(int first, int last) const
{
    first = std::clamp(first, 0, kLastPort);
    last = std::clamp(last, first, kLastPort);
    return m_assigned.at(last + 1) - m_assigned.at(first);
}

const QList<PortDensity::Column> &PortDensity::columns(const RangeMapGeometry &geometry) const
{
    if (m_cacheValid && m_cachedRevision == geometry.revision())
        return m_columns;
    const int left = int(std::floor(geometry.plotLeft()));
    const int count = std::max(0, int(std::ceil(geometry.plotRight())) - left);
    m_columns.resize(count);
    for (int c = 0; c < count; ++c) {
        const RangeMapGeometry::PortRange r = geometry.portsInColumn(left + c);
        Column &col = m_columns[c];
        col.ports = r.count();
        col.assignedPorts = assignedPortsIn(r.first, r.last);
        col.assignments = assignmentsIn(r.first, r.last);
    }
    m_cachedRevision = geometry.revision();
    m_cacheValid = true;
    return m_columns;
}

} // namespace portolan
