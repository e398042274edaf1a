#pragma once

#include "map/PortLookup.h"
#include "map/RangeMapGeometry.h"

#include <QCoreApplication>
#include <QStringList>

namespace portolan {

class Catalog;
class PortDensity;

// The range map in words: the tooltip and readout for a range of ports (every registry
// string escaped for rich text and stripped of control characters), and the summary and
// help that assistive technology reads. All three referenced objects must outlive it.
class RangeMapText
{
    Q_DECLARE_TR_FUNCTIONS(RangeMapWidget)

public:
    RangeMapText(const Catalog &catalog, const PortLookup &lookup, const PortDensity &density);

    // Head line (ports, IANA class, OS ranges), then study-set entries, then registry entries.
    QString describePorts(const RangeMapGeometry::PortRange &ports, bool html) const;
    // "Ports 0 to 1023 shown: System (well-known). … Focused: port 443, HTTPS, TCP/UDP …"
    QString summary(const RangeMapGeometry &geometry, const QStringList &overlayIds,
                    const PortLookup::Marker *focused) const;
    static QString help();
    // The IANA classes the range touches, by their current and older names.
    static QString bandNames(const RangeMapGeometry::PortRange &r);

private:
    const Catalog &m_catalog;
    const PortLookup &m_lookup;
    const PortDensity &m_density;
};

} // namespace portolan
