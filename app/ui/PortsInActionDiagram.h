#pragma once

#include "map/PortExchange.h"

#include <QWidget>

namespace portolan {

// Draws one "ports in action" scenario: for each exchange a client and a server box with
// lifelines, one arrow per step carrying the ports at both ends, the message and transport,
// and the step's one-line explanation under it; two exchanges stand side by side. Grows
// vertically to fit its width (put it in a scroll area) and keeps a plain-text alternative
// of everything it draws as its accessible description.
class PortsInActionDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit PortsInActionDiagram(QWidget *parent = nullptr);

    // osText describes where the client's ports came from ("Linux 32768–60999").
    void setScenario(const ExchangeScenario &scenario, const QString &osText);
    const ExchangeScenario &scenario() const { return m_scenario; }
    // One line per step: "2. Web server port 443 → Browser port 51234 (TCP): SYN-ACK. …".
    QString textAlternative() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int requiredHeight(int width) const;
    static bool isWide(double columnWidth);
    double diagramWidth(double columnWidth) const; // the part with the boxes and arrows
    QRectF explanationBox(const QRectF &column, double rowTop) const;
    double stepHeight(const ExchangeStep &s, const QRectF &column) const;
    int columnHeight(const Exchange &e, double width) const;
    void paintColumn(QPainter &p, const Exchange &e, const QRectF &rect) const;
    void paintStep(QPainter &p, const ExchangeStep &s, int number, double top, double clientX,
                   double serverX, const QRectF &diagram) const;
    void paintLegend(QPainter &p, const QRectF &rect) const;
    void refit();

    ExchangeScenario m_scenario;
    QString m_osText;
};

} // namespace portolan
