#include "map/RangeMapGeometry.h"

#include <QCoreApplication>
#include <algorithm>
#include <atomic>
#include <cmath>

namespace portolan {

namespace {

constexpr double kPortSpace = RangeMapGeometry::kPortCount; // u runs over [0, 65536]

// Piecewise scale: where each IANA class starts in port space and in scaled space. System
// gets 30 % so that its 1,024 ports are as readable as the busiest part of User.
constexpr double kEdgeU[] = {0, kLastSystemPort + 1, kLastUserPort + 1, kPortSpace};
constexpr double kEdgeS[] = {0, 0.30, 0.80, 1.0};

// Log scale: s = ln(1 + u/k) / ln(1 + 65536/k). The offset k keeps port 0 visible and
// gives 0–1023 about half the width instead of almost all of it.
constexpr double kLogOffset = 16.0;
const double kLogTotal = std::log1p(kPortSpace / kLogOffset);

// Ports are integers and u stays below 2^17, so a tolerance far below one port absorbs the
// rounding of scale → unscale without ever moving a real boundary.
constexpr double kEpsilon = 1e-9;

int clampPort(double p)
{
    return int(std::clamp(p, 0.0, double(kLastPort)));
}

} // namespace

RangeMapGeometry::RangeMapGeometry()
{
    touch();
}

void RangeMapGeometry::touch()
{
    static std::atomic<quint64> counter{0};
    m_revision = ++counter;
}

void RangeMapGeometry::setPlot(double left, double width)
{
    width = std::max(width, 1.0);
    if (left == m_left && width == m_width)
        return;
    m_left = left;
    m_width = width;
    touch();
    setView(m_zoom, m_viewStart); // the zoom limit depends on the width
}

void RangeMapGeometry::setScale(Scale scale)
{
    if (scale == m_scale)
        return;
    const double span = 1.0 / m_zoom;
    const double centre = unscaleOf(m_viewStart + span / 2);
    m_scale = scale;
    touch();
    setView(m_zoom, scaleOf(centre) - span / 2);
}

double RangeMapGeometry::maxZoom() const
{
    // The narrowest port decides: it must reach kMaxPixelsPerPort at the deepest zoom.
    double minSlope = 1.0 / kPortSpace;
    switch (m_scale) {
    case Scale::Linear:
        break;
    case Scale::Piecewise:
        minSlope = 1.0;
        for (int i = 0; i < 3; ++i)
            minSlope =
                std::min(minSlope, (kEdgeS[i + 1] - kEdgeS[i]) / (kEdgeU[i + 1] - kEdgeU[i]));
        break;
    case Scale::Log:
        minSlope = 1.0 / ((kLogOffset + kPortSpace) * kLogTotal);
        break;
    }
    return std::max(1.0, kMaxPixelsPerPort / (m_width * minSlope));
}

void RangeMapGeometry::setView(double zoom, double viewStart)
{
    zoom = std::clamp(zoom, 1.0, maxZoom());
    viewStart = std::clamp(viewStart, 0.0, 1.0 - 1.0 / zoom);
    if (zoom == m_zoom && viewStart == m_viewStart)
        return;
    m_zoom = zoom;
    m_viewStart = viewStart;
    touch();
}

void RangeMapGeometry::zoomAt(double x, double factor)
{
    if (!(factor > 0))
        return;
    const double anchor = scaledAtX(x);
    const double zoom = std::clamp(m_zoom * factor, 1.0, maxZoom());
    setView(zoom, anchor - (x - m_left) / m_width / zoom);
}

void RangeMapGeometry::zoomToPorts(int first, int last, double marginFraction)
{
    first = clampPort(first);
    last = std::clamp(last, first, kLastPort);
    marginFraction = std::clamp(marginFraction, 0.0, 0.45);
    const double s0 = scaleOf(first);
    const double s1 = scaleOf(last + 1.0);
    const double zoom = std::clamp((1 - 2 * marginFraction) / (s1 - s0), 1.0, maxZoom());
    // Centred, so that a range narrower than the deepest zoom still lands in the middle.
    setView(zoom, (s0 + s1) / 2 - 0.5 / zoom);
}

void RangeMapGeometry::panByPixels(double dx)
{
    setView(m_zoom, m_viewStart + dx / m_width / m_zoom);
}

void RangeMapGeometry::ensureVisible(int port, double marginPx)
{
    marginPx = std::clamp(marginPx, 0.0, m_width / 2);
    const double x = xOfPort(port);
    if (x < m_left + marginPx)
        panByPixels(x - (m_left + marginPx));
    else if (x > plotRight() - marginPx)
        panByPixels(x - (plotRight() - marginPx));
}

void RangeMapGeometry::centerOn(int port)
{
    panByPixels(xOfPort(port) - (m_left + m_width / 2));
}

void RangeMapGeometry::reset()
{
    setView(1, 0);
}

double RangeMapGeometry::scaleOf(double u) const
{
    u = std::clamp(u, 0.0, kPortSpace);
    switch (m_scale) {
    case Scale::Linear:
        return u / kPortSpace;
    case Scale::Piecewise:
        for (int i = 0; i < 3; ++i) {
            if (u <= kEdgeU[i + 1]) {
                const double t = (u - kEdgeU[i]) / (kEdgeU[i + 1] - kEdgeU[i]);
                return kEdgeS[i] + t * (kEdgeS[i + 1] - kEdgeS[i]);
            }
        }
        return 1.0;
    case Scale::Log:
        return std::log1p(u / kLogOffset) / kLogTotal;
    }
    return 0;
}

double RangeMapGeometry::unscaleOf(double s) const
{
    s = std::clamp(s, 0.0, 1.0);
    switch (m_scale) {
    case Scale::Linear:
        return s * kPortSpace;
    case Scale::Piecewise:
        for (int i = 0; i < 3; ++i) {
            if (s <= kEdgeS[i + 1]) {
                const double t = (s - kEdgeS[i]) / (kEdgeS[i + 1] - kEdgeS[i]);
                return kEdgeU[i] + t * (kEdgeU[i + 1] - kEdgeU[i]);
            }
        }
        return kPortSpace;
    case Scale::Log:
        return kLogOffset * std::expm1(s * kLogTotal);
    }
    return 0;
}

double RangeMapGeometry::xOfScaled(double s) const
{
    return m_left + (s - m_viewStart) * m_zoom * m_width;
}

double RangeMapGeometry::scaledAtX(double x) const
{
    return m_viewStart + (x - m_left) / m_width / m_zoom;
}

double RangeMapGeometry::xOfPortStart(int port) const
{
    return xOfScaled(scaleOf(std::clamp(port, 0, kPortCount)));
}

double RangeMapGeometry::xOfPort(int port) const
{
    return xOfScaled(scaleOf(std::clamp(port, 0, kLastPort) + 0.5));
}

double RangeMapGeometry::portWidth(int port) const
{
    return xOfPortStart(port + 1) - xOfPortStart(port);
}

int RangeMapGeometry::portAt(double x) const
{
    return clampPort(std::floor(unscaleOf(scaledAtX(x)) + kEpsilon));
}

RangeMapGeometry::PortRange RangeMapGeometry::portsBetween(double x0, double x1) const
{
    const int first = portAt(x0);
    if (x1 <= x0)
        return {first, first};
    // Port p touches [x0, x1) when it starts before x1: p < u(x1).
    const double u1 = unscaleOf(scaledAtX(x1));
    const int last = clampPort(std::ceil(u1 - kEpsilon) - 1);
    return {first, std::max(first, last)};
}

RangeMapGeometry::PortRange RangeMapGeometry::portsInColumn(int column) const
{
    return portsBetween(column, column + 1.0);
}

RangeMapGeometry::PortRange RangeMapGeometry::portsNear(double x, double radiusPx) const
{
    return portsBetween(x - radiusPx, x + std::max(radiusPx, kEpsilon));
}

RangeMapGeometry::PortRange RangeMapGeometry::visiblePorts() const
{
    return portsBetween(m_left, plotRight());
}

int RangeMapGeometry::nearestPort(double x, const QList<int> &sortedPorts, double tolerancePx) const
{
    const PortRange near = portsNear(x, tolerancePx);
    auto it = std::lower_bound(sortedPorts.cbegin(), sortedPorts.cend(), near.first);
    int best = -1;
    double bestGap = tolerancePx + 1;
    double bestCentre = 0;
    for (; it != sortedPorts.cend() && *it <= near.last; ++it) {
        const double x0 = xOfPortStart(*it);
        const double x1 = xOfPortStart(*it + 1);
        const double gap = std::max({0.0, x0 - x, x - x1});
        const double centre = std::abs((x0 + x1) / 2 - x);
        if (gap > tolerancePx)
            continue;
        // Several ports can cover one pixel when zoomed out: the closest centre wins.
        if (gap < bestGap || (gap == bestGap && centre < bestCentre)) {
            best = *it;
            bestGap = gap;
            bestCentre = centre;
        }
    }
    return best;
}

QList<RangeMapGeometry::Band> RangeMapGeometry::bands() const
{
    QList<Band> out;
    for (RangeClass c : {RangeClass::System, RangeClass::User, RangeClass::Dynamic}) {
        Band b;
        b.rangeClass = c;
        b.first = rangeClassFirstPort(c);
        b.last = rangeClassLastPort(c);
        b.x0 = xOfPortStart(b.first);
        b.x1 = xOfPortStart(b.last + 1);
        switch (c) {
        case RangeClass::System:
            b.name = QCoreApplication::translate("RangeMapGeometry", "System");
            b.olderName = QCoreApplication::translate("RangeMapGeometry", "well-known");
            break;
        case RangeClass::User:
            b.name = QCoreApplication::translate("RangeMapGeometry", "User");
            b.olderName = QCoreApplication::translate("RangeMapGeometry", "registered");
            break;
        case RangeClass::Dynamic:
            b.name = QCoreApplication::translate("RangeMapGeometry", "Dynamic");
            b.olderName = QCoreApplication::translate("RangeMapGeometry", "private / ephemeral");
            break;
        }
        out.append(b);
    }
    return out;
}

QList<RangeMapGeometry::Tick> RangeMapGeometry::ticks(double minSpacingPx) const
{
    minSpacingPx = std::max(minSpacingPx, 1.0);
    const PortRange view = visiblePorts();
    QList<Tick> chosen; // kept sorted by x
    // The chosen tick closest to x that is nearer than minSpacingPx, or nullptr.
    const auto blocker = [&](double x) -> const Tick * {
        auto it = std::lower_bound(chosen.cbegin(), chosen.cend(), x,
                                   [](const Tick &t, double v) { return t.x < v; });
        const Tick *best = nullptr;
        if (it != chosen.cend() && it->x - x < minSpacingPx)
            best = &*it;
        if (it != chosen.cbegin() && x - std::prev(it)->x < minSpacingPx &&
            (!best || x - std::prev(it)->x < best->x - x))
            best = &*std::prev(it);
        return best;
    };
    const auto tryAdd = [&](int port, bool edge) -> const Tick * {
        const double x = xOfPortStart(port);
        if (const Tick *b = blocker(x))
            return b;
        auto it = std::lower_bound(chosen.begin(), chosen.end(), x,
                                   [](const Tick &t, double v) { return t.x < v; });
        chosen.insert(it, Tick{port, x, edge});
        return nullptr;
    };

    // Band edges matter most (they are what the exams ask), then the ends of the axis.
    for (int port : {kLastSystemPort + 1, kLastUserPort + 1, 0, kLastPort}) {
        if (view.contains(port))
            tryAdd(port, true);
    }
    if (m_scale != Scale::Log) {
        // Linear within each band: one round step per band keeps the numbers evenly spaced.
        for (const Band &b : bands()) {
            const int first = std::max(view.first, b.first);
            const int last = std::min(view.last, b.last);
            if (first > last)
                continue;
            const double perPort = (b.x1 - b.x0) / (b.last - b.first + 1);
            int step = 50000;
            for (int s : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000}) {
                if (s * perPort >= minSpacingPx) {
                    step = s;
                    break;
                }
            }
            for (int port = (first + step - 1) / step * step; port <= last; port += step)
                tryAdd(port, false);
        }
        return chosen;
    }
    for (int step : {10000, 5000, 1000, 500, 100, 50, 10, 5, 1}) {
        int port = (view.first + step - 1) / step * step;
        int guard = 0;
        while (port <= view.last && ++guard < 4096) {
            const Tick *b = tryAdd(port, false);
            // Skip straight to the first multiple that could clear the nearest tick.
            const double target = (b ? b->x : xOfPortStart(port)) + minSpacingPx;
            const int jump = (portAt(target) + step - 1) / step * step;
            port = std::max(port + step, jump);
        }
    }
    return chosen;
}

} // namespace portolan
