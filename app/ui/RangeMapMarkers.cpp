#include "RangeMapMarkers.h"

#include "map/PortLookup.h"
#include "map/RangeMapGeometry.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace portolan {

void RangeMapMarkers::setStyle(const QFont &labelFont, const RangeMapLayout &layout)
{
    m_labelFont = labelFont;
    m_layout = layout;
    m_clusterKey = 0;
    m_labelKey = 0;
}

bool RangeMapMarkers::isAccepted(const RangeMapScene &scene, int catalogRow)
{
    return !scene.accepted || scene.accepted->isEmpty() ||
           (catalogRow >= 0 && catalogRow < scene.accepted->size() &&
            scene.accepted->testBit(catalogRow));
}

const QList<RangeMapMarkers::Cluster> &RangeMapMarkers::clusters(const RangeMapScene &s)
{
    if (m_clusterKey == s.geometry->revision())
        return m_clusters;
    m_clusters.clear();
    const RangeMapGeometry &g = *s.geometry;
    const QList<PortLookup::Marker> &markers = s.lookup->markers();
    double anchor = 0;
    for (int i = 0; i < markers.size(); ++i) {
        const PortLookup::Marker &m = markers.at(i);
        const double x = (g.xOfPortStart(m.first) + g.xOfPortStart(m.last + 1)) / 2;
        if (x < g.plotLeft() || x > g.plotRight())
            continue;
        // Measured from the cluster's first glyph, so a dense run cannot drift into a chain.
        if (!m_clusters.isEmpty() && x - anchor < m_layout.glyphSize + 2) {
            Cluster &c = m_clusters.last();
            c.markers.append(i);
            c.lastPort = std::max(c.lastPort, m.last);
            continue;
        }
        anchor = x;
        m_clusters.append(Cluster{x, {i}, m.first, m.last});
    }
    m_clusterKey = s.geometry->revision();
    m_labelKey = 0;
    return m_clusters;
}

QStringList RangeMapMarkers::clusterNames(const Cluster &c, const RangeMapScene &s) const
{
    // The best-known protocol first (most exams), then port order.
    const QList<PortLookup::Marker> &markers = s.lookup->markers();
    QList<int> order;
    for (int i : c.markers) {
        if (isAccepted(s, markers.at(i).catalogRow))
            order << i;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return markers.at(a).examCount > markers.at(b).examCount;
    });
    QStringList names;
    for (int i : order) {
        if (!names.contains(markers.at(i).label))
            names << markers.at(i).label;
    }
    return names;
}

const QList<RangeMapMarkers::Label> &RangeMapMarkers::labels(const RangeMapScene &s)
{
    const QList<Cluster> &cs = clusters(s);
    if (m_labelKey == m_clusterKey && m_labelSelected == s.selectedRow &&
        m_labelAccepted == s.acceptedVersion)
        return m_labels;
    m_labels.clear();
    const QFontMetricsF fm(m_labelFont);
    const RangeMapLayout &l = m_layout;
    const RangeMapGeometry &g = *s.geometry;
    QList<QList<QRectF>> rows(l.labelRows);

    const auto place = [&](int cluster, double cx, const QStringList &candidates, bool selected) {
        for (const QString &text : candidates) {
            const double w = fm.horizontalAdvance(text) + 8;
            const double left = std::clamp(cx - w / 2, g.plotLeft(), g.plotRight() - w);
            for (int r = 0; r < l.labelRows; ++r) {
                const QRectF rect(left, l.labelTop + r * l.labelHeight, w, l.labelHeight);
                const QRectF padded = rect.adjusted(-3, 0, 3, 0);
                const bool free =
                    std::none_of(rows[r].cbegin(), rows[r].cend(),
                                 [&](const QRectF &o) { return o.intersects(padded); });
                if (free) {
                    rows[r].append(rect);
                    m_labels.append({cluster, rect, text, selected});
                    return;
                }
            }
        }
    };

    // The selection is labelled first so that it always shows; then left to right.
    int selectedCluster = -1;
    for (int c = 0; c < cs.size() && s.selectedRow >= 0; ++c) {
        for (int i : cs.at(c).markers) {
            if (s.lookup->markers().at(i).catalogRow == s.selectedRow)
                selectedCluster = c;
        }
    }
    if (selectedCluster >= 0) {
        // One callout, even when the row has several ports in the cluster (DHCP's 67, 68).
        for (int i : cs.at(selectedCluster).markers) {
            const PortLookup::Marker &m = s.lookup->markers().at(i);
            if (m.catalogRow == s.selectedRow) {
                place(selectedCluster, cs.at(selectedCluster).x, {m.label}, true);
                break;
            }
        }
    } else if (!s.selectedLabel.isEmpty() && !s.selectedSpans.isEmpty()) {
        const PortSpan &span = s.selectedSpans.first();
        const double cx = (g.xOfPortStart(span.first) + g.xOfPortStart(span.last + 1)) / 2;
        if (cx >= g.plotLeft() && cx <= g.plotRight())
            place(-1, cx, {s.selectedLabel}, true);
    }
    QSet<QString> used;
    for (int c = 0; c < cs.size(); ++c) {
        if (c == selectedCluster)
            continue;
        QStringList names = clusterNames(cs.at(c), s);
        if (names.isEmpty())
            continue; // everything here is hidden by the search
        // A protocol split over two clusters (FTP's 20 and 21) names only the first one.
        for (int k = 0; k < names.size() && used.contains(names.first()); ++k)
            names.move(0, names.size() - 1);
        used.insert(names.first());
        QStringList candidates;
        if (names.size() <= 3)
            candidates << names.join(QLatin1Char('/'));
        if (names.size() > 1)
            candidates << QCoreApplication::translate("RangeMapPainter", "%1 +%2")
                              .arg(names.first())
                              .arg(names.size() - 1);
        place(c, cs.at(c).x, candidates, false);
    }
    m_labelKey = m_clusterKey;
    m_labelSelected = s.selectedRow;
    m_labelAccepted = s.acceptedVersion;
    return m_labels;
}

int RangeMapMarkers::clusterAt(const QPointF &pos, const RangeMapScene &s, int *stackIndex)
{
    if (stackIndex)
        *stackIndex = 0;
    const RangeMapLayout &l = m_layout;
    if (pos.y() < l.densityTop || pos.y() > l.labelTop + l.labelRows * l.labelHeight)
        return -1;
    for (const Label &label : labels(s)) {
        if (label.cluster >= 0 && label.rect.contains(pos))
            return label.cluster;
    }
    const QList<Cluster> &cs = clusters(s);
    auto it = std::lower_bound(cs.cbegin(), cs.cend(), pos.x() - l.glyphSize,
                               [](const Cluster &c, double x) { return c.x < x; });
    int best = -1;
    double bestGap = l.glyphSize / 2.0 + 3;
    for (; it != cs.cend() && it->x <= pos.x() + l.glyphSize; ++it) {
        const double gap = std::abs(it->x - pos.x());
        if (gap <= bestGap) {
            best = int(it - cs.cbegin());
            bestGap = gap;
        }
    }
    if (best >= 0 && stackIndex) {
        const int row = int((pos.y() - l.glyphTop) / l.glyphSize);
        *stackIndex = std::clamp(row, 0, int(cs.at(best).markers.size()) - 1);
    }
    return best;
}

QPointF RangeMapMarkers::glyphCentre(int cluster, int stackIndex, const RangeMapScene &s)
{
    const QList<Cluster> &cs = clusters(s);
    if (cluster < 0 || cluster >= cs.size())
        return {};
    const int row = std::clamp(stackIndex, 0, m_layout.glyphRows - 1);
    return {cs.at(cluster).x, m_layout.glyphTop + (row + 0.5) * m_layout.glyphSize};
}

int RangeMapMarkers::rowAt(const QPointF &pos, const RangeMapScene &s,
                           RangeMapGeometry::PortRange *ports)
{
    const RangeMapGeometry &g = *s.geometry;
    const PortLookup &lookup = *s.lookup;
    int stack = 0;
    const int cluster = clusterAt(pos, s, &stack);
    if (cluster >= 0) {
        const Cluster &c = m_clusters.at(cluster);
        if (ports)
            *ports = {c.firstPort, c.lastPort};
        return lookup.markers().at(c.markers.at(stack)).catalogRow;
    }
    if (pos.x() < g.plotLeft() || pos.x() > g.plotRight())
        return -1;
    const RangeMapGeometry::PortRange near = g.portsNear(pos.x(), 1);
    if (ports)
        *ports = near;
    // The port under the pointer first, then the pixel's other ports; search hits first.
    const int exact = g.portAt(pos.x());
    for (const QList<int> &rows :
         {lookup.rowsIn(exact, exact), lookup.rowsIn(near.first, near.last)}) {
        for (int r : rows) {
            if (isAccepted(s, r))
                return r;
        }
        if (!rows.isEmpty())
            return rows.first();
    }
    return -1;
}

QPointF RangeMapMarkers::markerCentre(int marker, const RangeMapScene &s)
{
    const QList<Cluster> &cs = clusters(s);
    for (int c = 0; c < cs.size(); ++c) {
        const int stack = int(cs.at(c).markers.indexOf(marker));
        if (stack >= 0)
            return glyphCentre(c, stack, s);
    }
    return {};
}

int RangeMapMarkers::nextMarker(int from, int step, const RangeMapScene &s) const
{
    const QList<PortLookup::Marker> &markers = s.lookup->markers();
    const RangeMapGeometry &g = *s.geometry;
    int i = from;
    if (i < 0) {
        // Nothing focused yet: start from the middle of the view.
        const int centre = g.portAt(g.plotLeft() + g.plotWidth() / 2);
        i = int(std::lower_bound(markers.cbegin(), markers.cend(), centre,
                                 [](const PortLookup::Marker &m, int p) { return m.first < p; }) -
                markers.cbegin());
        i = step > 0 ? i - 1 : i;
    }
    // Skip what the search hides, so that Ctrl+arrows walk the search hits.
    for (i += step; i >= 0 && i < markers.size(); i += step) {
        if (isAccepted(s, markers.at(i).catalogRow))
            return i;
    }
    return -1;
}

} // namespace portolan
