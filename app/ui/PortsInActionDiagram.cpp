#include "PortsInActionDiagram.h"

#include "Theme.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace portolan {

namespace {

constexpr double kPad = 10;
// From this width on, a step's explanation goes beside its arrow instead of under it.
constexpr double kWideColumn = 880;
constexpr double kColumnGap = 28;

QFont smallerFont(const QFont &f)
{
    QFont s = f;
    if (f.pointSizeF() > 0)
        s.setPointSizeF(f.pointSizeF() * 0.92);
    return s;
}

// Word-wraps text to the width; returns the lines' height and draws them when p is set.
double wrapText(QPainter *p, const QFont &font, const QString &text, const QRectF &box)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    double y = box.top();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(box.width());
        line.setPosition(QPointF(box.left(), y));
        y += line.height();
    }
    layout.endLayout();
    if (p)
        layout.draw(p, QPointF());
    return y - box.top();
}

// The message line and the arrow with its port pills, above a step's explanation.
double stepHeaderHeight(const QFont &font)
{
    return QFontMetricsF(font).height() + QFontMetricsF(smallerFont(font)).height() + 9;
}

QString deliveryText(ExchangeStep::Delivery d)
{
    switch (d) {
    case ExchangeStep::Delivery::Broadcast:
        return QCoreApplication::translate("PortsInActionDiagram", "broadcast");
    case ExchangeStep::Delivery::Multicast:
        return QCoreApplication::translate("PortsInActionDiagram", "multicast");
    case ExchangeStep::Delivery::Unicast:
        break;
    }
    return {};
}

} // namespace

bool PortsInActionDiagram::isWide(double columnWidth)
{
    return columnWidth >= kWideColumn;
}

PortsInActionDiagram::PortsInActionDiagram(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("portsInActionDiagram"));
    setAccessibleName(tr("Ports in action diagram"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void PortsInActionDiagram::setScenario(const ExchangeScenario &scenario, const QString &osText)
{
    m_scenario = scenario;
    m_osText = osText;
    setAccessibleDescription(textAlternative());
    refit();
    update();
}

QString PortsInActionDiagram::textAlternative() const
{
    QStringList lines;
    for (const Exchange &e : m_scenario.columns) {
        lines << e.title + QStringLiteral(": ") + e.summary;
        int n = 0;
        for (const ExchangeStep &s : e.steps) {
            const bool up = s.direction == ExchangeStep::Direction::ToServer;
            const QString from = up ? e.client : e.server;
            const QString to = up ? e.server : e.client;
            lines << tr("%1. %2 port %3 → %4 port %5 (%6): %7. %8")
                         .arg(++n)
                         .arg(from)
                         .arg(s.fromPort())
                         .arg(to)
                         .arg(s.toPort())
                         .arg(transportName(s.transport).toUpper(), s.message, s.explanation);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

double PortsInActionDiagram::diagramWidth(double columnWidth) const
{
    return isWide(columnWidth) ? std::clamp(columnWidth * 0.5, 420.0, 640.0) : columnWidth;
}

QRectF PortsInActionDiagram::explanationBox(const QRectF &column, double rowTop) const
{
    if (!isWide(column.width()))
        return {column.left(), rowTop + stepHeaderHeight(font()), column.width(), 1e6};
    const double left = column.left() + diagramWidth(column.width()) + 24;
    return {left, rowTop, column.right() - left, 1e6};
}

double PortsInActionDiagram::stepHeight(const ExchangeStep &s, const QRectF &column) const
{
    const QRectF box = explanationBox(column, 0);
    const double text = wrapText(nullptr, smallerFont(font()), s.explanation, box);
    return isWide(column.width()) ? std::max(stepHeaderHeight(font()), text) + 8
                                  : stepHeaderHeight(font()) + text + 7;
}

int PortsInActionDiagram::columnHeight(const Exchange &e, double width) const
{
    const QFontMetricsF fm(font());
    const QFont small = smallerFont(font());
    double h = kPad + fm.height(); // title
    h += wrapText(nullptr, small, e.summary, QRectF(0, 0, width, 1e6)) + 8;
    h += 2 * fm.height() + 14; // boxes
    for (const ExchangeStep &s : e.steps)
        h += stepHeight(s, QRectF(0, 0, width, 1));
    return int(std::ceil(h + kPad));
}

int PortsInActionDiagram::requiredHeight(int width) const
{
    const int n = std::max<int>(1, int(m_scenario.columns.size()));
    const double columnWidth = (width - 2 * kPad - (n - 1) * kColumnGap) / n;
    int h = 0;
    for (const Exchange &e : m_scenario.columns)
        h = std::max(h, columnHeight(e, columnWidth));
    return h + int(QFontMetricsF(font()).height()) + 16; // the legend
}

QSize PortsInActionDiagram::sizeHint() const
{
    return {700, requiredHeight(700)};
}

QSize PortsInActionDiagram::minimumSizeHint() const
{
    return {320, 120};
}

void PortsInActionDiagram::refit()
{
    // Grow to fit the current width, so that a scroll area around us scrolls vertically.
    const int h = requiredHeight(width());
    if (minimumHeight() != h)
        setMinimumHeight(h);
}

void PortsInActionDiagram::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    refit();
}

void PortsInActionDiagram::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        refit();
}

void PortsInActionDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const int n = int(m_scenario.columns.size());
    if (n == 0)
        return;
    const double columnWidth = (width() - 2 * kPad - (n - 1) * kColumnGap) / n;
    int contentHeight = 0;
    for (const Exchange &e : m_scenario.columns)
        contentHeight = std::max(contentHeight, columnHeight(e, columnWidth));
    for (int i = 0; i < n; ++i) {
        const QRectF column(kPad + i * (columnWidth + kColumnGap), 0, columnWidth, contentHeight);
        paintColumn(p, m_scenario.columns.at(i), column);
        if (i > 0) {
            p.setPen(QPen(palette().color(QPalette::Mid), 1));
            const double x = column.left() - kColumnGap / 2;
            p.drawLine(QPointF(x, kPad), QPointF(x, contentHeight - kPad));
        }
    }
    // The legend follows the tallest column rather than the bottom of the view.
    const double legendHeight = QFontMetricsF(font()).height() + 8;
    paintLegend(p, QRectF(kPad, contentHeight, width() - 2 * kPad, legendHeight));
}

void PortsInActionDiagram::paintColumn(QPainter &p, const Exchange &e, const QRectF &rect) const
{
    const QFontMetricsF fm(font());
    const QFont small = smallerFont(font());
    QFont bold = font();
    bold.setBold(true);
    double y = rect.top() + kPad;
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    const QString title =
        (e.secure ? theme::securitySymbol(Security::Secure) + QLatin1Char(' ') : QString()) +
        e.title;
    p.drawText(QRectF(rect.left(), y, rect.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(title, Qt::ElideRight, rect.width()));
    y += fm.height();
    p.setPen(palette().color(QPalette::Text));
    y += wrapText(&p, small, e.summary, QRectF(rect.left(), y, rect.width(), 1e6)) + 8;
    if (e.steps.isEmpty())
        return;

    // Boxes: client on the left, server on the right, lifelines down from their centres.
    const QRectF diagram(rect.left(), rect.top(), diagramWidth(rect.width()), rect.height());
    const double boxWidth = std::min(diagram.width() * 0.4, 230.0);
    const double boxHeight = 2 * fm.height() + 8;
    const QRectF clientBox(diagram.left(), y, boxWidth, boxHeight);
    const QRectF serverBox(diagram.right() - boxWidth, y, boxWidth, boxHeight);
    QStringList serverPorts;
    for (const ExchangeStep &s : e.steps) {
        if (s.kind != ExchangeStep::Kind::Media &&
            !serverPorts.contains(QString::number(s.serverPort)))
            serverPorts << QString::number(s.serverPort);
    }
    const QString clientSub = e.ephemeralPorts.isEmpty()
                                  ? tr("fixed port %1").arg(e.steps.first().clientPort)
                                  : tr("ephemeral, %1").arg(m_osText);
    const QString serverSub = tr("port %1").arg(serverPorts.join(QStringLiteral(", ")));
    const QList<QPair<QRectF, QPair<QString, QString>>> boxes = {
        {clientBox, {e.client, clientSub}}, {serverBox, {e.server, serverSub}}};
    for (const auto &[box, text] : boxes) {
        p.setPen(QPen(palette().color(QPalette::Mid), 1));
        p.setBrush(palette().color(QPalette::AlternateBase));
        p.drawRoundedRect(box, 5, 5);
        p.setPen(palette().color(QPalette::Text));
        p.setFont(bold);
        const QRectF inner = box.adjusted(6, 4, -6, -4);
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), fm.height()), Qt::AlignCenter,
                   fm.elidedText(text.first, Qt::ElideRight, inner.width()));
        p.setFont(small);
        p.drawText(QRectF(inner.left(), inner.top() + fm.height(), inner.width(), fm.height()),
                   Qt::AlignCenter,
                   QFontMetricsF(small).elidedText(text.second, Qt::ElideRight, inner.width()));
    }
    y += boxHeight + 6;
    const double clientX = clientBox.center().x();
    const double serverX = serverBox.center().x();
    double bottom = y;
    for (const ExchangeStep &s : e.steps)
        bottom += stepHeight(s, rect);
    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    p.drawLine(QPointF(clientX, y - 6), QPointF(clientX, bottom - 6));
    p.drawLine(QPointF(serverX, y - 6), QPointF(serverX, bottom - 6));

    int number = 0;
    const double arrowOffset = fm.height() + 4 + (QFontMetricsF(small).height() + 2) / 2;
    for (const ExchangeStep &s : e.steps) {
        paintStep(p, s, ++number, y, clientX, serverX, diagram);
        QRectF box = explanationBox(rect, y);
        if (isWide(rect.width())) {
            // Beside the arrow, centred on its height.
            const double h = wrapText(nullptr, small, s.explanation, box);
            box.moveTop(std::max(y, y + arrowOffset - h / 2));
        }
        p.setPen(palette().color(QPalette::Text));
        wrapText(&p, small, s.explanation, box);
        y += stepHeight(s, rect);
    }
}

void PortsInActionDiagram::paintStep(QPainter &p, const ExchangeStep &s, int number, double top,
                                     double clientX, double serverX, const QRectF &diagram) const
{
    const QFontMetricsF fm(font());
    const QFont small = smallerFont(font());
    const QFontMetricsF sfm(small);
    const bool dark = theme::isDark(palette());
    const bool up = s.direction == ExchangeStep::Direction::ToServer;
    // Requests and replies in two Okabe–Ito hues; the arrowhead says the same thing.
    const QColor ink = up ? (dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x00, 0x5a, 0x9c))
                          : (dark ? QColor(0xff, 0xa0, 0x5a) : QColor(0xb0, 0x46, 0x00));
    const double pillH = sfm.height() + 2;
    const double arrowY = top + fm.height() + 4 + pillH / 2;

    // Port pills on the lifelines: the numbers a learner must read first.
    const QString clientPort = QString::number(s.clientPort);
    const QString serverPort = QString::number(s.serverPort);
    const auto pill = [&](double x, const QString &text) {
        const double w = sfm.horizontalAdvance(text) + 10;
        return QRectF(x - w / 2, arrowY - pillH / 2, w, pillH);
    };
    const QRectF cp = pill(clientX, clientPort);
    const QRectF sp = pill(serverX, serverPort);

    // Message line: number, message, transport (and broadcast), centred between lifelines.
    QString label =
        tr("%1. %2 · %3").arg(number).arg(s.message, transportName(s.transport).toUpper());
    const QString delivery = deliveryText(s.delivery);
    if (!delivery.isEmpty())
        label += QStringLiteral(" · ") + delivery;
    const QRectF labelBox(diagram.left(), top, diagram.width(), fm.height());
    p.setFont(font());
    p.setPen(palette().color(QPalette::Text));
    p.drawText(labelBox, Qt::AlignCenter, fm.elidedText(label, Qt::ElideRight, labelBox.width()));

    // The arrow, from one pill to the other.
    const double from = up ? cp.right() + 2 : sp.left() - 2;
    const double to = up ? sp.left() - 2 : cp.right() + 2;
    Qt::PenStyle style = Qt::SolidLine;
    if (s.kind == ExchangeStep::Kind::Media)
        style = Qt::DashDotLine;
    else if (s.delivery != ExchangeStep::Delivery::Unicast)
        style = Qt::DashLine;
    const double width = s.kind == ExchangeStep::Kind::Data ? 3.0 : 1.8;
    QPen pen(ink, width, style, Qt::FlatCap);
    p.setPen(pen);
    const double dir = to > from ? 1 : -1;
    const double shaftEnd = to - dir * 8;
    if (s.encrypted) {
        // A double line: the message travels inside a protected tunnel.
        p.drawLine(QPointF(from, arrowY - 2.5), QPointF(shaftEnd, arrowY - 2.5));
        p.drawLine(QPointF(from, arrowY + 2.5), QPointF(shaftEnd, arrowY + 2.5));
    } else {
        p.drawLine(QPointF(from, arrowY), QPointF(shaftEnd, arrowY));
    }
    QPainterPath head;
    head.moveTo(to, arrowY);
    head.lineTo(to - dir * 10, arrowY - 5.5);
    head.lineTo(to - dir * 10, arrowY + 5.5);
    head.closeSubpath();
    p.fillPath(head, ink);

    for (const auto &[box, text] : {qMakePair(cp, clientPort), qMakePair(sp, serverPort)}) {
        p.setPen(QPen(ink, 1.2));
        p.setBrush(palette().color(QPalette::Base));
        p.drawRoundedRect(box, pillH / 2, pillH / 2);
        p.setFont(small);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(box, Qt::AlignCenter, text);
    }
}

void PortsInActionDiagram::paintLegend(QPainter &p, const QRectF &rect) const
{
    const QFont small = smallerFont(font());
    const QFontMetricsF sfm(small);
    const bool dark = theme::isDark(palette());
    const QColor up = dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x00, 0x5a, 0x9c);
    const QColor down = dark ? QColor(0xff, 0xa0, 0x5a) : QColor(0xb0, 0x46, 0x00);
    struct Item
    {
        QColor colour;
        Qt::PenStyle style;
        bool twin;
        QString text;
    };
    const Item items[] = {{up, Qt::SolidLine, false, tr("client → server")},
                          {down, Qt::SolidLine, false, tr("server → client")},
                          {up, Qt::SolidLine, true, tr("encrypted")},
                          {up, Qt::DashLine, false, tr("broadcast / multicast")},
                          {up, Qt::DashDotLine, false, tr("media (RTP)")}};
    double x = rect.left();
    const double y = rect.center().y();
    p.setFont(small);
    for (const Item &item : items) {
        p.setPen(QPen(item.colour, 1.8, item.style, Qt::FlatCap));
        if (item.twin) {
            p.drawLine(QPointF(x, y - 2.5), QPointF(x + 26, y - 2.5));
            p.drawLine(QPointF(x, y + 2.5), QPointF(x + 26, y + 2.5));
        } else {
            p.drawLine(QPointF(x, y), QPointF(x + 26, y));
        }
        x += 32;
        p.setPen(palette().color(QPalette::Text));
        const double w = sfm.horizontalAdvance(item.text);
        p.drawText(QRectF(x, rect.top(), w + 2, rect.height()), Qt::AlignVCenter, item.text);
        x += w + 20;
    }
}

} // namespace portolan
