#pragma once

#include "RangeMapMarkers.h"
#include "RangeMapScene.h"

#include <QBitArray>
#include <QFont>
#include <QImage>
#include <QList>
#include <QPalette>
#include <QPixmap>
#include <QRectF>

class QPainter;

namespace portolan {

class PortDensity;
class RangeMapGeometry;

// Paints the range map's lanes (bands, density, study-set markers and labels, OS overlays,
// axis) for the part of the widget that is exposed. Owns the caches that make a full
// repaint cheap: glyph pixmaps, the density image, and (through RangeMapMarkers) marker
// clusters and label placement, each keyed by the geometry's revision.
class RangeMapPainter
{
public:
    using Scene = RangeMapScene;
    using Layout = RangeMapLayout;
    using Cluster = RangeMapMarkers::Cluster;

    static constexpr int kSideMargin = 12;

    void setStyle(const QFont &font, const QPalette &palette, qreal devicePixelRatio);
    // Rows for at least overlayRows client port ranges (for all of them when the height allows);
    // a height above that enlarges the markers and the density strip.
    Layout layout(int overlayRows, int height = 0) const;
    // How many client port ranges can be drawn at once (every one but IANA's).
    static int overlayCapacity();
    // Lays the lanes out for this many overlays (paint() does it too) and returns the result.
    const Layout &updateLayout(int overlayRows, int height);

    void paint(QPainter &painter, const QRect &exposed, const QRect &bounds, const Scene &scene);

    // The marker clusters and labels as painted, for hit-testing.
    RangeMapMarkers &markers() { return m_markers; }

private:
    void paintBands(QPainter &p, const QRect &exposed, const QRect &bounds, const Scene &s);
    void paintDensity(QPainter &p, const QRect &exposed, const Scene &s);
    void paintMarkers(QPainter &p, const QRect &exposed, const Scene &s);
    void paintOverlays(QPainter &p, const QRect &exposed, const Scene &s);
    void paintAxis(QPainter &p, const QRect &exposed, const Scene &s);
    void paintSelection(QPainter &p, const QRect &exposed, const Scene &s);
    QColor overlayColor(int index) const;
    void makeGlyphs(int size);

    QFont m_font;
    QFont m_smallFont;
    QPalette m_palette;
    qreal m_dpr = 1;
    int m_fontHeight = 14;
    int m_smallHeight = 12;
    QPixmap m_glyphs[4]; // per Security value
    Layout m_layout;
    int m_layoutOverlays = -1;
    int m_layoutHeight = -1;
    int m_glyphPixels = 0;

    QImage m_densityImage;
    quint64 m_densityKey = 0;
    const PortDensity *m_densitySource = nullptr;
    const PortDensity *m_densityFiltered = nullptr;
    RangeMapMarkers m_markers;
};

} // namespace portolan
