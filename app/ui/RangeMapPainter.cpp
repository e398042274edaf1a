#include "RangeMapPainter.h"

#include "Theme.h"
#include "map/PortDensity.h"
#include "map/PortLookup.h"
#include "map/RangeMapGeometry.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace portolan {

namespace {

QColor blend(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Hues for the three bands (blue, green, orange), mixed into the base colour so that they
// stay quiet in light and dark palettes alike.
QColor bandHue(RangeClass c)
{
    switch (c) {
    case RangeClass::System:
        return QColor(0x3a, 0x7b, 0xd5);
    case RangeClass::User:
        return QColor(0x3a, 0xa8, 0x6b);
    case RangeClass::Dynamic:
        return QColor(0xd5, 0x8a, 0x3a);
    }
    return Qt::gray;
}

constexpr double kDimOpacity = 0.28;

} // namespace

void RangeMapPainter::setStyle(const QFont &font, const QPalette &palette, qreal dpr)
{
    m_font = font;
    m_smallFont = font;
    m_smallFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.88 : 8);
    m_palette = palette;
    m_dpr = dpr;
    m_fontHeight = int(std::ceil(QFontMetricsF(m_font).height()));
    m_smallHeight = int(std::ceil(QFontMetricsF(m_smallFont).height()));
    m_layoutOverlays = -1;
    m_layoutHeight = -1;
    m_densityKey = 0;

    makeGlyphs(m_fontHeight);
}

void RangeMapPainter::makeGlyphs(int size)
{
    m_glyphPixels = size;
    const qreal dpr = m_dpr;
    const QPalette &palette = m_palette;
    // The same symbols as the table (✔ ✖ ◐) on a base-coloured disc, so that colour is
    // never the only signal and the glyph stays readable over the density strip.
    for (Security s :
         {Security::Unclassified, Security::Secure, Security::Insecure, Security::Depends}) {
        QPixmap pm(QSize(size, size) * dpr);
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor ink = theme::securityColor(s, palette);
        p.setPen(QPen(ink, 1.2));
        p.setBrush(palette.color(QPalette::Base));
        p.drawEllipse(QRectF(0.6, 0.6, size - 1.2, size - 1.2));
        const QString symbol = theme::securitySymbol(s);
        if (symbol.isEmpty()) {
            p.setBrush(ink);
            p.drawEllipse(QRectF(size * 0.35, size * 0.35, size * 0.3, size * 0.3));
        } else {
            QFont f = m_font;
            f.setPixelSize(std::max(6, int(size * 0.62)));
            p.setFont(f);
            p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, symbol);
        }
        m_glyphs[int(s)] = pm;
    }
}

RangeMapPainter::Layout RangeMapPainter::layout(int overlayRows, int height) const
{
    const auto build = [&](int glyph, int density, int rows) {
        Layout l;
        int y = 4;
        l.bandTop = y;
        l.bandHeight = m_fontHeight + 8;
        y += l.bandHeight;
        l.densityTop = y;
        l.densityHeight = density;
        y += l.densityHeight + 6;
        l.glyphTop = y;
        l.glyphSize = glyph;
        l.glyphRows = 3;
        y += l.glyphRows * l.glyphSize + 3;
        l.labelTop = y;
        l.labelHeight = m_smallHeight + 2;
        l.labelRows = 2;
        y += l.labelRows * l.labelHeight + 6;
        l.overlayTop = y;
        l.overlayHeight = m_fontHeight + 4;
        l.overlayRows = rows;
        y += rows * (l.overlayHeight + 3);
        l.axisTop = y;
        l.axisHeight = 6 + m_smallHeight;
        y += l.axisHeight + 4;
        l.total = y;
        return l;
    };
    const int density = std::max(14, m_fontHeight);
    // Rows for every client port range are kept when the height allows, whether or not they
    // are shown, so that ticking one draws it in place instead of pushing the legend below the
    // map down under the mouse; only a window at its smallest grows for them.
    int rows = overlayRows;
    while (rows < overlayCapacity() && build(m_fontHeight, density, rows + 1).total <= height)
        ++rows;
    const Layout natural = build(m_fontHeight, density, rows);
    if (height <= natural.total)
        return natural;
    // Height beyond that makes the markers larger (up to 1.75 times the text) and the density
    // strip taller, so that a tall window shows a larger map rather than empty space.
    const int spare = height - natural.total;
    const int grow = std::min(spare / 3, m_fontHeight * 3 / 4);
    return build(m_fontHeight + grow, density + std::min(spare - 3 * grow, density), rows);
}

int RangeMapPainter::overlayCapacity()
{
    // IANA's own range is the Dynamic band itself, never an overlay row.
    return int(
        std::count_if(ephemeralRanges().cbegin(), ephemeralRanges().cend(),
                      [](const EphemeralRange &r) { return r.id != QLatin1String("iana"); }));
}

const RangeMapPainter::Layout &RangeMapPainter::updateLayout(int overlayRows, int height)
{
    if (m_layoutOverlays != overlayRows || m_layoutHeight != height) {
        m_layout = layout(overlayRows, height);
        m_layoutOverlays = overlayRows;
        m_layoutHeight = height;
        if (m_layout.glyphSize != m_glyphPixels)
            makeGlyphs(m_layout.glyphSize);
        m_markers.setStyle(m_smallFont, m_layout);
    }
    return m_layout;
}

void RangeMapPainter::paint(QPainter &p, const QRect &exposed, const QRect &bounds, const Scene &s)
{
    updateLayout(int(s.overlays.size()), bounds.height());
    p.setClipRect(exposed);
    p.fillRect(exposed, m_palette.color(QPalette::Base));
    paintBands(p, exposed, bounds, s);
    paintDensity(p, exposed, s);
    paintOverlays(p, exposed, s);
    paintAxis(p, exposed, s);
    paintSelection(p, exposed, s);
    paintMarkers(p, exposed, s);
    if (s.hoverX >= 0) {
        p.setPen(QPen(m_palette.color(QPalette::Text), 1, Qt::DotLine));
        p.drawLine(QPointF(s.hoverX, m_layout.densityTop), QPointF(s.hoverX, m_layout.axisTop));
    }
    if (s.hasFocus) {
        p.setPen(QPen(m_palette.color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(bounds).adjusted(1, 1, -1, -1));
    }
}

void RangeMapPainter::paintBands(QPainter &p, const QRect &exposed, const QRect &bounds,
                                 const Scene &s)
{
    const RangeMapGeometry &g = *s.geometry;
    const Layout &l = m_layout;
    const QColor base = m_palette.color(QPalette::Base);
    const QFontMetricsF fm(m_font);
    p.setFont(m_font);
    for (const RangeMapGeometry::Band &b : g.bands()) {
        const double x0 = std::max(b.x0, g.plotLeft());
        const double x1 = std::min(b.x1, g.plotRight());
        if (x1 <= x0 || x1 < exposed.left() || x0 > exposed.right() + 1)
            continue;
        const QColor hue = bandHue(b.rangeClass);
        p.fillRect(QRectF(x0, l.bandTop, x1 - x0, bounds.bottom() - l.bandTop - 2),
                   blend(base, hue, 0.07));
        const QRectF header(x0, l.bandTop, x1 - x0, l.bandHeight);
        p.fillRect(header, blend(base, hue, 0.24));
        // The longest wording that fits the visible part of the band, centred in it.
        const QString range = QStringLiteral("%1\u2013%2").arg(b.first).arg(b.last);
        const QStringList candidates = {
            QCoreApplication::translate("RangeMapPainter", "%1 (%2) · %3 · %L4 ports")
                .arg(b.name, b.olderName, range)
                .arg(b.last - b.first + 1),
            QCoreApplication::translate("RangeMapPainter", "%1 (%2) · %3")
                .arg(b.name, b.olderName, range),
            QCoreApplication::translate("RangeMapPainter", "%1 (%2)").arg(b.name, b.olderName),
            b.name, b.name.left(3)};
        for (const QString &text : candidates) {
            if (fm.horizontalAdvance(text) + 12 <= header.width()) {
                p.setPen(m_palette.color(QPalette::Text));
                p.drawText(header, Qt::AlignCenter, text);
                break;
            }
        }
    }
    // Band edges at 1023|1024 and 49151|49152, the numbers exams ask about.
    p.setPen(QPen(m_palette.color(QPalette::Mid), 1));
    for (int edge : {kLastSystemPort + 1, kLastUserPort + 1}) {
        const double x = std::round(g.xOfPortStart(edge)) + 0.5;
        if (x >= g.plotLeft() && x <= g.plotRight())
            p.drawLine(QPointF(x, l.bandTop), QPointF(x, l.axisTop));
    }
}

void RangeMapPainter::paintDensity(QPainter &p, const QRect &exposed, const Scene &s)
{
    const RangeMapGeometry &g = *s.geometry;
    const Layout &l = m_layout;
    if (exposed.bottom() < l.densityTop || exposed.top() > l.densityTop + l.densityHeight)
        return;
    const quint64 key = g.revision() ^ (s.acceptedVersion << 40);
    if (key != m_densityKey || m_densitySource != s.density ||
        m_densityFiltered != s.filteredDensity) {
        // One pixel per column, stretched to the strip's height when drawn.
        const QList<PortDensity::Column> &all = s.density->columns(g);
        const QList<PortDensity::Column> *shown =
            s.filteredDensity ? &s.filteredDensity->columns(g) : nullptr;
        m_densityImage = QImage(int(all.size()), 1, QImage::Format_ARGB32_Premultiplied);
        const bool dark = theme::isDark(m_palette);
        const QColor ink = dark ? QColor(0x8c, 0xc0, 0xff) : QColor(0x1f, 0x5f, 0xb0);
        const QColor faint = m_palette.color(QPalette::Text);
        auto *line = reinterpret_cast<QRgb *>(m_densityImage.scanLine(0));
        for (int c = 0; c < all.size(); ++c) {
            const double occ = all.at(c).occupancy();
            QColor colour = ink;
            double alpha = occ > 0 ? 0.18 + 0.82 * std::sqrt(occ) : 0;
            if (shown) {
                const double hit = shown->at(c).occupancy();
                colour = hit > 0 ? ink : faint;
                alpha = hit > 0 ? 0.45 + 0.55 * std::sqrt(hit) : occ > 0 ? 0.1 : 0;
            }
            colour.setAlphaF(float(alpha));
            line[c] = qPremultiply(colour.rgba());
        }
        m_densityKey = key;
        m_densitySource = s.density;
        m_densityFiltered = s.filteredDensity;
    }
    const int left = int(std::floor(g.plotLeft()));
    const int c0 = std::max(0, exposed.left() - left);
    const int c1 = std::min(int(m_densityImage.width()), exposed.right() + 1 - left);
    if (c1 > c0) {
        p.drawImage(QRectF(left + c0, l.densityTop, c1 - c0, l.densityHeight), m_densityImage,
                    QRectF(c0, 0, c1 - c0, 1));
    }
    p.setPen(QPen(m_palette.color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(g.plotLeft(), l.densityTop + 0.5, g.plotWidth(), l.densityHeight - 1));
}

void RangeMapPainter::paintMarkers(QPainter &p, const QRect &exposed, const Scene &s)
{
    const Layout &l = m_layout;
    const QList<Cluster> &cs = m_markers.clusters(s);
    const QList<PortLookup::Marker> &markers = s.lookup->markers();
    const double half = l.glyphSize / 2.0;
    auto it = std::lower_bound(cs.cbegin(), cs.cend(), exposed.left() - l.glyphSize,
                               [](const Cluster &c, double x) { return c.x < x; });
    p.setFont(m_smallFont);
    for (; it != cs.cend() && it->x <= exposed.right() + l.glyphSize; ++it) {
        const Cluster &c = *it;
        const int index = int(it - cs.cbegin());
        const int shown = std::min(int(c.markers.size()), l.glyphRows);
        const bool overflow = c.markers.size() > l.glyphRows;
        // A stem ties the glyphs to their place on the density strip.
        p.setPen(QPen(m_palette.color(QPalette::Mid), 1));
        p.drawLine(QPointF(c.x, l.densityTop + l.densityHeight), QPointF(c.x, l.glyphTop));
        for (int k = 0; k < shown; ++k) {
            const QRectF cell(c.x - half, l.glyphTop + k * l.glyphSize, l.glyphSize, l.glyphSize);
            if (overflow && k == shown - 1) {
                // More than fit: three dots; the label and the tooltip give the count.
                const bool anyShown =
                    std::any_of(c.markers.cbegin() + k, c.markers.cend(), [&](int i) {
                        return RangeMapMarkers::isAccepted(s, markers.at(i).catalogRow);
                    });
                p.setOpacity(anyShown ? 1.0 : kDimOpacity);
                p.setPen(Qt::NoPen);
                p.setBrush(m_palette.color(QPalette::Text));
                for (int d = -1; d <= 1; ++d)
                    p.drawEllipse(QPointF(c.x, cell.center().y() + d * 4.0), 1.6, 1.6);
                p.setOpacity(1.0);
                continue;
            }
            const PortLookup::Marker &m = markers.at(c.markers.at(k));
            const bool accepted = RangeMapMarkers::isAccepted(s, m.catalogRow);
            p.setOpacity(accepted ? 1.0 : kDimOpacity);
            p.drawPixmap(cell.topLeft(), m_glyphs[int(m.security)]);
            if (s.recall) {
                // Mastery: a bar under the glyph, its length and colour the predicted recall
                // (the length reads without colour; the tooltip gives the figure).
                const auto it = s.recall->constFind(m.catalogRow);
                if (it != s.recall->cend()) {
                    const QRectF under(cell.left(), cell.bottom() - 2, cell.width(), 3);
                    p.fillRect(under, m_palette.color(QPalette::Mid));
                    p.fillRect(QRectF(under.left(), under.top(), under.width() * *it, 3),
                               theme::recallColor(*it, m_palette));
                }
            }
            p.setOpacity(1.0);
            if (m.first != m.last) {
                // A range: a bar along its ports under the density strip.
                const double x0 = s.geometry->xOfPortStart(m.first);
                const double x1 = s.geometry->xOfPortStart(m.last + 1);
                p.fillRect(
                    QRectF(x0, l.densityTop + l.densityHeight + 1, std::max(2.0, x1 - x0), 3),
                    theme::securityColor(m.security, m_palette));
            }
        }
        if (s.hasFocus && index == s.focusedCluster) {
            p.setPen(QPen(m_palette.color(QPalette::Highlight), 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(
                QRectF(c.x - half - 3, l.glyphTop - 3, l.glyphSize + 6, shown * l.glyphSize + 6), 3,
                3);
        }
    }
    for (const RangeMapMarkers::Label &label : m_markers.labels(s)) {
        if (label.rect.right() < exposed.left() || label.rect.left() > exposed.right() + 1)
            continue;
        if (label.selected) {
            p.setPen(Qt::NoPen);
            p.setBrush(m_palette.color(QPalette::Highlight));
            p.drawRoundedRect(label.rect, 3, 3);
            p.setPen(m_palette.color(QPalette::HighlightedText));
        } else {
            p.setPen(m_palette.color(QPalette::Text));
        }
        p.drawText(label.rect, Qt::AlignCenter, label.text);
    }
}

QColor RangeMapPainter::overlayColor(int index) const
{
    // Okabe–Ito hues: distinguishable with the common colour-vision deficiencies.
    static const QColor hues[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x72, 0xb2),
                                  QColor(0x56, 0xb4, 0xe9), QColor(0xcc, 0x79, 0xa7),
                                  QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73)};
    return hues[index % 6];
}

void RangeMapPainter::paintOverlays(QPainter &p, const QRect &exposed, const Scene &s)
{
    const RangeMapGeometry &g = *s.geometry;
    const Layout &l = m_layout;
    const QFontMetricsF fm(m_font);
    p.setFont(m_font);
    if (s.overlays.isEmpty() && l.overlayRows > 0 && l.overlayTop < exposed.bottom() &&
        l.overlayTop + l.overlayHeight > exposed.top()) {
        // The reserved rows say what they are for.
        p.setPen(m_palette.color(QPalette::PlaceholderText));
        p.drawText(QRectF(g.plotLeft() + 4, l.overlayTop, g.plotRight() - g.plotLeft() - 8,
                          l.overlayHeight),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   QCoreApplication::translate("RangeMapPainter",
                                               "Tick a system's client port range below to "
                                               "draw it here."));
    }
    for (int i = 0; i < s.overlays.size(); ++i) {
        const EphemeralRange &r = *s.overlays.at(i);
        const double top = l.overlayTop + i * (l.overlayHeight + 3);
        if (top > exposed.bottom() || top + l.overlayHeight < exposed.top())
            continue;
        const double x0 = std::max(g.xOfPortStart(r.first), g.plotLeft());
        const double x1 = std::min(g.xOfPortStart(r.last + 1), g.plotRight());
        const int hue =
            int(std::distance(ephemeralRanges().cbegin(),
                              std::find_if(ephemeralRanges().cbegin(), ephemeralRanges().cend(),
                                           [&](const auto &e) { return e.id == r.id; })));
        QColor fill = overlayColor(hue);
        QString text = QCoreApplication::translate("RangeMapPainter", "%1 ephemeral %2")
                           .arg(r.shortName, r.rangeText());
        const double textWidth = fm.horizontalAdvance(text) + 10;
        if (x1 > x0) {
            QColor soft = fill;
            soft.setAlphaF(0.38f);
            p.setPen(QPen(fill, 1.5));
            p.setBrush(soft);
            p.drawRect(QRectF(x0, top + 0.75, x1 - x0, l.overlayHeight - 1.5));
        }
        // The name goes inside the bar when it fits, otherwise beside it; a range out of view
        // is named at the edge it lies beyond, with an arrow.
        QRectF textRect(x0 + 5, top, textWidth, l.overlayHeight);
        if (g.xOfPortStart(r.first) >= g.plotRight()) {
            textRect = QRectF(g.plotRight() - textWidth - 24, top, textWidth + 20, l.overlayHeight);
            text += QStringLiteral(" →");
        } else if (g.xOfPortStart(r.last + 1) <= g.plotLeft()) {
            textRect = QRectF(g.plotLeft() + 4, top, textWidth + 20, l.overlayHeight);
            text.prepend(QStringLiteral("← "));
        } else if (x1 - x0 < textWidth) {
            textRect.moveLeft(x1 + 6 + textWidth <= g.plotRight() ? x1 + 6 : x0 - 6 - textWidth);
        }
        p.setPen(m_palette.color(QPalette::Text));
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

void RangeMapPainter::paintAxis(QPainter &p, const QRect &exposed, const Scene &s)
{
    const RangeMapGeometry &g = *s.geometry;
    const Layout &l = m_layout;
    if (exposed.bottom() < l.axisTop)
        return;
    const QFontMetricsF fm(m_smallFont);
    p.setFont(m_smallFont);
    p.setPen(QPen(m_palette.color(QPalette::Text), 1));
    p.drawLine(QPointF(g.plotLeft(), l.axisTop + 0.5), QPointF(g.plotRight(), l.axisTop + 0.5));
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("00000"));
    for (const RangeMapGeometry::Tick &t : g.ticks(labelWidth + 18)) {
        // Wide ports are labelled at their centre, narrow ones where they start.
        const double x = g.portWidth(t.port) >= 8 ? g.xOfPort(t.port) : t.x;
        if (x < exposed.left() - labelWidth || x > exposed.right() + labelWidth)
            continue;
        p.drawLine(QPointF(x, l.axisTop), QPointF(x, l.axisTop + 5));
        const QString text = QString::number(t.port);
        QFont f = m_smallFont;
        f.setBold(t.edge); // band edges and the ends of the axis
        p.setFont(f);
        const double w = QFontMetricsF(f).horizontalAdvance(text);
        const double left = std::clamp(x - w / 2, g.plotLeft() - kSideMargin + 3,
                                       g.plotRight() + kSideMargin - 3 - w);
        p.drawText(QPointF(left, l.axisTop + 5 + fm.ascent()), text);
    }
}

void RangeMapPainter::paintSelection(QPainter &p, const QRect &exposed, const Scene &s)
{
    const RangeMapGeometry &g = *s.geometry;
    const Layout &l = m_layout;
    QColor wash = m_palette.color(QPalette::Highlight);
    wash.setAlphaF(0.22f);
    for (const PortSpan &m : s.selectedSpans) {
        const double x0 = g.xOfPortStart(m.first);
        const double x1 = g.xOfPortStart(m.last + 1);
        if (x1 < exposed.left() - 2 || x0 > exposed.right() + 2)
            continue;
        const QRectF column(std::min(x0, (x0 + x1) / 2 - 1.5), l.densityTop, std::max(x1 - x0, 3.0),
                            l.axisTop - l.densityTop);
        p.fillRect(column, wash);
        p.setPen(QPen(m_palette.color(QPalette::Highlight), 2));
        p.drawLine(QPointF((x0 + x1) / 2, l.densityTop), QPointF((x0 + x1) / 2, l.axisTop));
    }
}

} // namespace portolan
