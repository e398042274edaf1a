#pragma once

#include "RangeMapInput.h"
#include "RangeMapPainter.h"
#include "RangeMapText.h"
#include "map/PortDensity.h"
#include "map/PortLookup.h"
#include "map/RangeMapGeometry.h"

#include <QBitArray>
#include <QWidget>

namespace portolan {

class Catalog;

// The 0–65535 range map: IANA bands, registry density, study-set markers by security class,
// OS ephemeral-range overlays. Zooms (wheel, +/−), pans (drag, arrows), shows what is under
// the pointer, and announces the visible range and focused port to assistive technology.
// Geometry lives in RangeMapGeometry and painting in RangeMapPainter; this class holds the
// state and turns input into changes of it. The catalog must outlive the widget.
class RangeMapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RangeMapWidget(const Catalog &catalog, QWidget *parent = nullptr);

    const RangeMapGeometry &geometry() const { return m_geometry; }
    const PortLookup &lookup() const { return m_lookup; }
    const PortDensity &density() const { return m_density; }

    void setScale(RangeMapGeometry::Scale scale);
    RangeMapGeometry::Scale scale() const { return m_geometry.scale(); }
    void setOverlayVisible(const QString &osId, bool visible);
    bool isOverlayVisible(const QString &osId) const;

    // Highlights the row and scrolls it into view; does not emit catalogRowActivated.
    void setSelectedCatalogRow(int catalogRow);
    int selectedCatalogRow() const { return m_selectedRow; }
    // Rows the browser's search accepts; the others are dimmed. Empty: nothing is dimmed.
    void setAcceptedRows(const QBitArray &accepted);
    // Mastery: a bar under each studied entry's glyph, coloured by its predicted recall
    // (catalog row -> 0..1); empty hides the bars.
    void setRecall(const QHash<int, double> &recall);
    const QHash<int, double> &recall() const { return m_recall; }
    bool isRowDimmed(int catalogRow) const;

    void zoomIn();
    void zoomOut();
    void showWholeRange();
    // Fits first–last to the width with a margin (a fraction of the width) on either side.
    void zoomToPorts(int first, int last, double margin = 0.15);
    // Pans (zoom unchanged) so that the port is in the middle.
    void showPort(int port);
    void zoomToSelection();

    void zoomAt(double x, double factor);
    // Pans by a number of pixels; a drag passes false and announces once at its end.
    void panBy(double pixels, bool announceIt = true);
    // Ctrl+arrows: the previous (-1) or next (+1) study-set port the search keeps.
    void moveFocus(int step);
    // Selects the focused study-set port (Enter), or the row under a clicked point.
    void activateFocused();
    void activateAt(const QPointF &pos);
    // The pointer's x, or -1 when it left: draws the hover line, updates the readout.
    void hoverAt(double x);
    // Tells assistive technology what is shown now.
    void announce();

    // For the hover tooltip and tests: rich text listing the ports and services under pos,
    // with every registry string escaped.
    QString tooltipHtmlAt(const QPointF &pos) const;
    // The centre of the glyph of a row's marker (its first port unless preferredPort is
    // one of its ports); null when the marker is not in view.
    QPointF markerPosition(int catalogRow, int preferredPort = -1);
    // The study-set port the keyboard cursor is on, or -1.
    int focusedPort() const;
    // What the accessibility API reads: the visible range and the focused port.
    QString accessibleSummary() const;
    QString accessibleHelp() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user clicked a marker or a port, or pressed Enter on the focused marker.
    void catalogRowActivated(int catalogRow);
    void viewChanged();
    // Sent with every accessibility value-change notification (the visible range or the
    // focused port changed), carrying the text assistive technology reads.
    void announced(const QString &text);
    // The ports under the pointer, for a plain-text readout; first is -1 when it left.
    void hoveredPortsChanged(int first, int last, const QString &description);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    // Overlay rows the map needs at least: one per client port range shown.
    int overlayRows() const;
    RangeMapPainter::Scene scene() const;
    void restyle();
    void updatePlot();
    void afterViewChange(); // repaint, announce
    int rowAt(const QPointF &pos, RangeMapGeometry::PortRange *ports) const;

    const Catalog &m_catalog;
    RangeMapGeometry m_geometry;
    PortLookup m_lookup;
    PortDensity m_density;
    PortDensity m_filteredDensity;
    RangeMapText m_text;
    mutable RangeMapPainter m_painter;
    QBitArray m_accepted;
    QHash<int, double> m_recall;
    quint64 m_acceptedVersion = 1;
    QStringList m_overlays; // ids, in the order of ephemeralRanges()
    int m_selectedRow = -1;
    int m_focusedMarker = -1; // index into PortLookup::markers()
    double m_hoverX = -1;
    RangeMapInput m_input{*this};
};

} // namespace portolan
