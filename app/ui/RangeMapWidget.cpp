#include "RangeMapWidget.h"

#include "RangeMapAccessible.h"
#include "RangeMapText.h"
#include "catalog/Catalog.h"
#include "domain/SafeText.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace portolan {

namespace {

constexpr double kZoomStep = 1.6;

} // namespace

RangeMapWidget::RangeMapWidget(const Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog), m_lookup(catalog), m_text(catalog, m_lookup, m_density)
{
    RangeMapAccessible::install();
    setObjectName(QStringLiteral("rangeMap"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // paintEvent fills every exposed pixel itself: Qt need not erase first.
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Taller than its natural height only when the window has room: the markers grow.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Port range map"));

    QList<PortSpan> spans;
    spans.reserve(catalog.registry().size());
    for (const RegistryRecord &r : catalog.registry())
        spans.append({r.first, r.last, r.transport});
    m_density.setSpans(spans);
    restyle();
    updatePlot();
}

RangeMapPainter::Scene RangeMapWidget::scene() const
{
    RangeMapPainter::Scene s;
    s.geometry = &m_geometry;
    s.lookup = &m_lookup;
    s.density = &m_density;
    s.filteredDensity = m_accepted.isEmpty() ? nullptr : &m_filteredDensity;
    s.accepted = &m_accepted;
    s.acceptedVersion = m_acceptedVersion;
    for (const EphemeralRange &r : ephemeralRanges()) {
        if (m_overlays.contains(r.id))
            s.overlays.append(&r);
    }
    s.selectedRow = m_selectedRow;
    if (m_selectedRow >= 0 && m_selectedRow < m_catalog.rows().size()) {
        const CatalogRow &row = m_catalog.rows().at(m_selectedRow);
        s.selectedSpans = row.spans;
        if (!row.isCurated() && !row.spans.isEmpty()) {
            const RegistryRecord &r = m_catalog.registry().at(row.index);
            s.selectedLabel =
                visibleText(QStringLiteral("%1/%2 %3")
                                .arg(r.portText(), transportName(r.transport), r.service));
        }
    }
    s.recall = m_recall.isEmpty() ? nullptr : &m_recall;
    s.hoverX = m_hoverX;
    s.hasFocus = hasFocus();
    if (m_focusedMarker >= 0) {
        const QList<RangeMapMarkers::Cluster> &cs = m_painter.markers().clusters(s);
        for (int c = 0; c < cs.size(); ++c) {
            if (cs.at(c).markers.contains(m_focusedMarker))
                s.focusedCluster = c;
        }
    }
    return s;
}

void RangeMapWidget::restyle()
{
    m_painter.setStyle(font(), palette(), devicePixelRatioF());
    m_painter.updateLayout(overlayRows(), height());
    // Taller than this would only add empty space under the axis.
    setMaximumHeight(
        m_painter
            .layout(std::max(overlayRows(), RangeMapPainter::overlayCapacity()), QWIDGETSIZE_MAX)
            .total);
    updateGeometry();
    update();
}

void RangeMapWidget::updatePlot()
{
    const double margin = RangeMapPainter::kSideMargin;
    m_geometry.setPlot(margin, std::max(1.0, width() - 2 * margin));
}

int RangeMapWidget::overlayRows() const
{
    return int(m_overlays.size());
}

QSize RangeMapWidget::sizeHint() const
{
    // Room for every client port range, so that ticking one moves nothing.
    return {900, m_painter.layout(RangeMapPainter::overlayCapacity()).total};
}

QSize RangeMapWidget::minimumSizeHint() const
{
    return {240, m_painter.layout(overlayRows()).total};
}

void RangeMapWidget::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    m_painter.paint(p, event->rect(), rect(), scene());
}

void RangeMapWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_painter.updateLayout(overlayRows(), height());
    updatePlot();
}

void RangeMapWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange ||
        event->type() == QEvent::StyleChange)
        restyle();
}

void RangeMapWidget::setScale(RangeMapGeometry::Scale scale)
{
    m_geometry.setScale(scale);
    afterViewChange();
}

void RangeMapWidget::setOverlayVisible(const QString &osId, bool visible)
{
    if (visible == m_overlays.contains(osId) || !findEphemeralRange(osId))
        return;
    if (visible)
        m_overlays.append(osId);
    else
        m_overlays.removeAll(osId);
    m_painter.updateLayout(overlayRows(), height());
    setMaximumHeight(
        m_painter
            .layout(std::max(overlayRows(), RangeMapPainter::overlayCapacity()), QWIDGETSIZE_MAX)
            .total);
    updateGeometry();
    afterViewChange();
}

bool RangeMapWidget::isOverlayVisible(const QString &osId) const
{
    return m_overlays.contains(osId);
}

void RangeMapWidget::setSelectedCatalogRow(int catalogRow)
{
    if (catalogRow < 0 || catalogRow >= m_catalog.rows().size())
        catalogRow = -1;
    if (catalogRow == m_selectedRow)
        return;
    m_selectedRow = catalogRow;
    if (catalogRow >= 0 && !m_catalog.rows().at(catalogRow).spans.isEmpty()) {
        const int port = m_catalog.rows().at(catalogRow).spans.first().first;
        m_geometry.ensureVisible(port, m_geometry.plotWidth() * 0.08);
        // The keyboard cursor follows; a registry row has no marker to stand on.
        m_focusedMarker = m_lookup.markerOfRow(catalogRow, port);
    }
    afterViewChange();
}

void RangeMapWidget::setRecall(const QHash<int, double> &recall)
{
    m_recall = recall;
    update();
}

void RangeMapWidget::setAcceptedRows(const QBitArray &accepted)
{
    m_accepted = accepted;
    ++m_acceptedVersion;
    if (!m_accepted.isEmpty()) {
        // The density of what the search keeps, drawn over the faint density of everything.
        QList<PortSpan> spans;
        const QList<CatalogRow> &rows = m_catalog.rows();
        for (int r = 0; r < rows.size() && r < m_accepted.size(); ++r) {
            if (m_accepted.testBit(r) && !rows.at(r).isCurated())
                spans += rows.at(r).spans;
        }
        m_filteredDensity.setSpans(spans);
    }
    update();
}

bool RangeMapWidget::isRowDimmed(int catalogRow) const
{
    return !RangeMapMarkers::isAccepted(scene(), catalogRow);
}

void RangeMapWidget::zoomIn()
{
    const double x = m_focusedMarker >= 0 && hasFocus()
                         ? m_geometry.xOfPort(m_lookup.markers().at(m_focusedMarker).first)
                         : m_geometry.plotLeft() + m_geometry.plotWidth() / 2;
    m_geometry.zoomAt(std::clamp(x, m_geometry.plotLeft(), m_geometry.plotRight()), kZoomStep);
    afterViewChange();
}

void RangeMapWidget::zoomOut()
{
    m_geometry.zoomAt(m_geometry.plotLeft() + m_geometry.plotWidth() / 2, 1 / kZoomStep);
    afterViewChange();
}

void RangeMapWidget::showWholeRange()
{
    m_geometry.reset();
    afterViewChange();
}

void RangeMapWidget::zoomToPorts(int first, int last, double margin)
{
    m_geometry.zoomToPorts(first, last, margin);
    afterViewChange();
}

void RangeMapWidget::showPort(int port)
{
    m_geometry.centerOn(port);
    afterViewChange();
}

void RangeMapWidget::zoomToSelection()
{
    if (m_selectedRow < 0 || m_catalog.rows().at(m_selectedRow).spans.isEmpty())
        return;
    int first = kLastPort;
    int last = 0;
    for (const PortSpan &s : m_catalog.rows().at(m_selectedRow).spans) {
        first = std::min(first, s.first);
        last = std::max(last, s.last);
    }
    // A little context around one port: its neighbours are what learners confuse it with.
    zoomToPorts(std::max(0, first - 6), std::min(kLastPort, last + 6));
}

void RangeMapWidget::zoomAt(double x, double factor)
{
    m_geometry.zoomAt(x, factor);
    afterViewChange();
}

void RangeMapWidget::panBy(double pixels, bool announceIt)
{
    m_geometry.panByPixels(pixels);
    update();
    emit viewChanged();
    if (announceIt)
        announce();
}

void RangeMapWidget::activateFocused()
{
    if (m_focusedMarker < 0)
        return;
    m_selectedRow = m_lookup.markers().at(m_focusedMarker).catalogRow;
    update();
    emit catalogRowActivated(m_selectedRow);
}

void RangeMapWidget::keyPressEvent(QKeyEvent *event)
{
    if (m_input.key(event))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void RangeMapWidget::mousePressEvent(QMouseEvent *event)
{
    if (!m_input.press(event))
        QWidget::mousePressEvent(event);
}

void RangeMapWidget::mouseMoveEvent(QMouseEvent *event)
{
    m_input.move(event);
}

void RangeMapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_input.release(event))
        QWidget::mouseReleaseEvent(event);
}

void RangeMapWidget::wheelEvent(QWheelEvent *event)
{
    m_input.wheel(event);
    event->accept();
}

void RangeMapWidget::afterViewChange()
{
    update();
    emit viewChanged();
    announce();
}

void RangeMapWidget::announce()
{
    emit announced(accessibleSummary());
    if (!QAccessible::isActive())
        return;
    const int value = focusedPort() >= 0 ? focusedPort() : m_geometry.visiblePorts().first;
    QAccessibleValueChangeEvent event(this, value);
    QAccessible::updateAccessibility(&event);
}

int RangeMapWidget::focusedPort() const
{
    return m_focusedMarker >= 0 ? m_lookup.markers().at(m_focusedMarker).first : -1;
}

QString RangeMapWidget::accessibleSummary() const
{
    const PortLookup::Marker *focused =
        m_focusedMarker >= 0 ? &m_lookup.markers().at(m_focusedMarker) : nullptr;
    return m_text.summary(m_geometry, m_overlays, focused);
}

QString RangeMapWidget::accessibleHelp() const
{
    return RangeMapText::help();
}

bool RangeMapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString html = tooltipHtmlAt(help->pos());
        if (html.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), html, this, QRect(help->pos(), QSize(2, 2)));
        return true;
    }
    return QWidget::event(event);
}

int RangeMapWidget::rowAt(const QPointF &pos, RangeMapGeometry::PortRange *ports) const
{
    return m_painter.markers().rowAt(pos, scene(), ports);
}

QPointF RangeMapWidget::markerPosition(int catalogRow, int preferredPort)
{
    return m_painter.markers().markerCentre(m_lookup.markerOfRow(catalogRow, preferredPort),
                                            scene());
}

void RangeMapWidget::moveFocus(int step)
{
    const int next = m_painter.markers().nextMarker(m_focusedMarker, step, scene());
    if (next < 0)
        return;
    m_focusedMarker = next;
    m_geometry.ensureVisible(m_lookup.markers().at(next).first, m_geometry.plotWidth() * 0.08);
    afterViewChange();
}

QString RangeMapWidget::tooltipHtmlAt(const QPointF &pos) const
{
    RangeMapGeometry::PortRange ports;
    if (rowAt(pos, &ports) < 0 && ports.isEmpty())
        return {};
    if (ports.isEmpty())
        ports = m_geometry.portsNear(pos.x(), 1);
    return QStringLiteral("<p style='white-space:pre'>%1</p>")
        .arg(m_text.describePorts(ports, true));
}

void RangeMapWidget::activateAt(const QPointF &pos)
{
    const int row = rowAt(pos, nullptr);
    if (row < 0)
        return;
    const int marker = m_lookup.markerOfRow(row, m_geometry.portAt(pos.x()));
    if (marker >= 0)
        m_focusedMarker = marker;
    m_selectedRow = row;
    update();
    announce();
    emit catalogRowActivated(row);
}

void RangeMapWidget::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    hoverAt(-1);
}

void RangeMapWidget::hoverAt(double x)
{
    if (x >= 0 && (x < m_geometry.plotLeft() || x > m_geometry.plotRight()))
        x = -1;
    if (x == m_hoverX)
        return;
    // Only the two thin columns of the old and new pointer line are repainted.
    const auto column = [this](double at) { return QRect(int(at) - 2, 0, 5, height()); };
    if (m_hoverX >= 0)
        update(column(m_hoverX));
    m_hoverX = x;
    if (x < 0) {
        emit hoveredPortsChanged(-1, -1, QString());
        return;
    }
    update(column(x));
    RangeMapGeometry::PortRange ports;
    rowAt(QPointF(x, m_painter.updateLayout(overlayRows(), height()).densityTop + 1), &ports);
    if (ports.isEmpty())
        ports = m_geometry.portsNear(x, 1);
    emit hoveredPortsChanged(ports.first, ports.last, m_text.describePorts(ports, false));
}

void RangeMapWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    if (m_focusedMarker < 0 && m_selectedRow >= 0)
        m_focusedMarker = m_lookup.markerOfRow(m_selectedRow);
    update();
    announce();
}

void RangeMapWidget::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace portolan
