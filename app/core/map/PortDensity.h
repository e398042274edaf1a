#pragma once

#include "catalog/CatalogRow.h"
#include "map/RangeMapGeometry.h"

#include <QList>

namespace portolan {

// How crowded the port space is: registry assignments counted per port once, then summed per
// pixel column of a RangeMapGeometry through prefix sums, so a column costs O(1) whatever the
// zoom. The columns are cached until the geometry's revision or the data change.
class PortDensity
{
public:
    struct Column
    {
        int ports = 0;         // ports in the column
        int assignedPorts = 0; // ports with at least one assignment (any transport)
        int assignments = 0;   // port/transport/service assignments

        // Share of the column's ports that are assigned, 0–1.
        double occupancy() const { return ports > 0 ? double(assignedPorts) / ports : 0.0; }
    };

    PortDensity();

    // Counts every port of every span (a 6000–6063 range counts 64 times).
    void setSpans(const QList<PortSpan> &spans);
    int assignmentsIn(int first, int last) const;
    int assignedPortsIn(int first, int last) const;
    int totalAssignments() const { return m_assignments.last(); }

    // One entry per whole pixel column of the plot, left to right.
    const QList<Column> &columns(const RangeMapGeometry &geometry) const;

private:
    // Prefix sums over ports: entry p counts ports 0 … p−1, so [a, b] is sum[b+1] − sum[a].
    QList<int> m_assignments;
    QList<int> m_assigned;

    mutable QList<Column> m_columns;
    mutable quint64 m_cachedRevision = 0;
    mutable bool m_cacheValid = false;
};

} // namespace portolan
