#pragma once

#include "RangeMapScene.h"
#include "map/RangeMapGeometry.h"

#include <QFont>
#include <QPointF>
#include <QRectF>

namespace portolan {

// Groups the study-set markers that would overlap at the current zoom into clusters, places
// their labels in rows without overlap (the selection first), and hit-tests both with the
// positions the painter uses. Cached by geometry revision, selection and filter version.
class RangeMapMarkers
{
public:
    struct Cluster
    {
        double x = 0;
        QList<int> markers; // indices into PortLookup::markers(), ascending by port
        int firstPort = 0;
        int lastPort = 0;
    };

    struct Label
    {
        int cluster = -1; // -1: the callout of a selected row without a marker
        QRectF rect;
        QString text;
        bool selected = false;
    };

    void setStyle(const QFont &labelFont, const RangeMapLayout &layout);

    const QList<Cluster> &clusters(const RangeMapScene &s);
    const QList<Label> &labels(const RangeMapScene &s);
    // The cluster whose glyphs or label are under the point; -1 when none is within a few
    // pixels. stackIndex receives which of its stacked glyphs was hit (0 when unsure).
    int clusterAt(const QPointF &pos, const RangeMapScene &s, int *stackIndex = nullptr);
    QPointF glyphCentre(int cluster, int stackIndex, const RangeMapScene &s);
    // The centre of a marker's glyph (PortLookup::markers() index); null when not in view.
    QPointF markerCentre(int marker, const RangeMapScene &s);
    // The catalog row under a point: a marker's, else the first row on the ports under the
    // pointer (search hits first); ports receives the ports considered. -1 for none.
    int rowAt(const QPointF &pos, const RangeMapScene &s, RangeMapGeometry::PortRange *ports);
    // The marker after (step 1) or before (-1) `from` that the search keeps; from -1 starts
    // at the middle of the view. -1 at either end.
    int nextMarker(int from, int step, const RangeMapScene &s) const;
    static bool isAccepted(const RangeMapScene &scene, int catalogRow);

private:
    // The names to label a cluster with, the best-known first; hidden rows left out.
    QStringList clusterNames(const Cluster &c, const RangeMapScene &s) const;

    QFont m_labelFont;
    RangeMapLayout m_layout;
    QList<Cluster> m_clusters;
    quint64 m_clusterKey = 0;
    QList<Label> m_labels;
    quint64 m_labelKey = 0;
    quint64 m_labelAccepted = 0;
    int m_labelSelected = -2;
};

} // namespace portolan
