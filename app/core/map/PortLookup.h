#pragma once

#include "domain/Security.h"
#include "domain/Transport.h"

#include <QList>
#include <QString>

namespace portolan {

class Catalog;

// Answers "which catalog rows live on these ports?" in O(log n + hits) for the range map's
// hover, click and markers. Built once from an immutable Catalog, which must outlive it.
class PortLookup
{
public:
    // One study-set protocol on one port or contiguous range (its transports merged).
    struct Marker
    {
        int first = 0;
        int last = 0;
        TransportMask transports = 0;
        int catalogRow = -1;
        Security security = Security::Unclassified;
        QString label;     // the protocol's abbreviation
        int examCount = 0; // exams that list it: the best-known one names a crowded spot
    };

    PortLookup() = default;
    explicit PortLookup(const Catalog &catalog);

    // Rows with a span touching [first, last], every row once: study-set rows that IANA
    // registers there, other study-set rows, then registry rows, each in catalog order.
    QList<int> rowsIn(int first, int last) const;
    // Ascending by first port, then catalog row.
    const QList<Marker> &markers() const { return m_markers; }
    // The distinct first ports of the markers, ascending (for RangeMapGeometry::nearestPort).
    const QList<int> &markerPorts() const { return m_markerPorts; }
    // Indices into markers() whose span contains the port.
    QList<int> markersAt(int port) const;
    // The marker of a catalog row on the given port, or the row's first marker; -1 if none.
    int markerOfRow(int catalogRow, int preferredPort = -1) const;

private:
    struct Entry
    {
        int port;
        int row;
    };

    const Catalog *m_catalog = nullptr;
    QList<Entry> m_single;      // one-port spans, ascending by port
    QList<Entry> m_rangeStarts; // multi-port spans by first port …
    QList<int> m_rangeEnds;     // … and their last ports, index for index
    QList<Marker> m_markers;
    QList<int> m_markerPorts;
};

} // namespace portolan
