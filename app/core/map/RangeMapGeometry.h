#pragma once

#include "domain/RangeClass.h"

#include <QList>
#include <QString>

namespace portolan {

// Maps ports to horizontal pixel positions and back for the range map's current scale, zoom
// and pan, lays out the IANA bands and axis ticks, and hit-tests; it paints nothing.
//
// Port p owns the half-open interval [p, p + 1) of "port space" u ∈ [0, 65536]. The scale
// maps u monotonically onto s ∈ [0, 1]; the view shows s ∈ [viewStart, viewStart + 1/zoom]
// across the plot's width. Every setter clamps, so the view always lies inside 0–65535.
class RangeMapGeometry
{
public:
    enum class Scale
    {
        Linear,    // honest proportions: 0–1023 gets 1.6 % of the width
        Piecewise, // each IANA class gets a fixed share (System 30 %, User 50 %, Dynamic 20 %)
        Log,       // logarithmic, offset so that port 0 still has a width
    };

    struct PortRange
    {
        int first = 0;
        int last = -1;

        bool isEmpty() const { return last < first; }
        int count() const { return isEmpty() ? 0 : last - first + 1; }
        bool contains(int port) const { return port >= first && port <= last; }
        friend bool operator==(const PortRange &, const PortRange &) = default;
    };

    struct Band
    {
        RangeClass rangeClass = RangeClass::System;
        int first = 0;
        int last = 0;
        double x0 = 0;     // left edge of the first port, unclipped
        double x1 = 0;     // right edge of the last port, unclipped
        QString name;      // "System"
        QString olderName; // "well-known"
    };

    struct Tick
    {
        int port = 0;
        double x = 0;      // left edge of the port, where its number starts
        bool edge = false; // a band edge (0, 1024, 49152) or the last port
    };

    static constexpr int kPortCount = kLastPort + 1;
    // Deepest zoom: the narrowest port of the scale is this many pixels wide.
    static constexpr double kMaxPixelsPerPort = 64.0;

    RangeMapGeometry();

    void setPlot(double left, double width);
    double plotLeft() const { return m_left; }
    double plotWidth() const { return m_width; }
    double plotRight() const { return m_left + m_width; }

    // Keeps the port at the centre of the view where it is.
    void setScale(Scale scale);
    Scale scale() const { return m_scale; }

    double zoom() const { return m_zoom; }
    double maxZoom() const;
    double viewStart() const { return m_viewStart; }
    // Zooms by factor (> 1 in, < 1 out) keeping the port under x fixed.
    void zoomAt(double x, double factor);
    // Shows first–last with a margin on either side, as far as the zoom limits allow.
    void zoomToPorts(int first, int last, double marginFraction = 0.15);
    void panByPixels(double dx);
    // Pans (zoom unchanged) so that the port is at least marginPx inside the plot.
    void ensureVisible(int port, double marginPx);
    void centerOn(int port);
    void reset();

    // Left edge, centre and width in pixels of a port (unclipped: may lie off the plot).
    double xOfPortStart(int port) const;
    double xOfPort(int port) const;
    double portWidth(int port) const;
    // The port under x, clamped to 0–65535.
    int portAt(double x) const;
    // The ports that share the pixel column [column, column + 1).
    PortRange portsInColumn(int column) const;
    // The ports that touch [x0, x1).
    PortRange portsBetween(double x0, double x1) const;
    // The ports within radiusPx of x: the port under the pointer and its neighbours.
    PortRange portsNear(double x, double radiusPx) const;
    PortRange visiblePorts() const;
    // Of the given ascending ports, the one whose centre is closest to x within tolerancePx
    // (or whose span contains x); -1 when none is.
    int nearestPort(double x, const QList<int> &sortedPorts, double tolerancePx) const;

    QList<Band> bands() const;
    // Axis ticks no closer than minSpacingPx: band edges first, then round numbers from
    // coarse to fine wherever the scale leaves room (so a log view gets 1, 2, 5… at the low
    // end and 10000s at the top).
    QList<Tick> ticks(double minSpacingPx) const;

    // Changes whenever any mapping input changes and is unique across instances, so caches
    // can use it as their key.
    quint64 revision() const { return m_revision; }

private:
    double scaleOf(double u) const;   // port space → [0, 1]
    double unscaleOf(double s) const; // [0, 1] → port space
    double xOfScaled(double s) const;
    double scaledAtX(double x) const;
    void setView(double zoom, double viewStart);
    void touch();

    double m_left = 0;
    double m_width = 1;
    Scale m_scale = Scale::Piecewise;
    double m_zoom = 1;
    double m_viewStart = 0;
    quint64 m_revision = 0;
};

} // namespace portolan
