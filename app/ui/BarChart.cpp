#include "BarChart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace portolan {

QList<double> niceTicks(double max, int wanted)
{
    if (!(max > 0))
        max = 1;
    const double raw = max / std::max(wanted, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double f : {1.0, 2.0, 5.0, 10.0}) {
        step = f * magnitude;
        if (step >= raw)
            break;
    }
    step = std::max(step, 1.0); // counts: no fractional ticks
    QList<double> ticks;
    for (double t = 0; t < max + step; t += step) {
        ticks.append(t);
        if (t >= max)
            break;
    }
    return ticks;
}

BarChart::BarChart(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_Hover);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void BarChart::setSeriesNames(const QStringList &names)
{
    m_series = names;
    update();
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    // A screen reader gets the figures the eye reads from the bars.
    QStringList summary;
    if (maxTotal() > 0)
        for (const Bar &b : bars)
            summary << b.tooltip;
    setAccessibleDescription(summary.mid(0, 60).join(QStringLiteral("; ")));
    update();
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QSize BarChart::minimumSizeHint() const
{
    return {240, 120};
}

QSize BarChart::sizeHint() const
{
    return {560, 170};
}

double BarChart::maxTotal() const
{
    double max = 0;
    for (const Bar &b : m_bars) {
        double total = 0;
        for (double v : b.values)
            total += v;
        max = std::max(max, total);
    }
    return max;
}

QRect BarChart::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    // Wide enough for the widest tick label in this locale ("12.500", "1 000"), and half a line
    // above the top tick so that its label is not cut in half.
    int left = fm.horizontalAdvance(QStringLiteral("000"));
    for (double t : niceTicks(maxTotal()))
        left = std::max(left, fm.horizontalAdvance(QLocale().toString(qint64(t))));
    left += 8;
    const int top = m_series.size() > 1 ? fm.height() + 6 : fm.height() / 2 + 3;
    const int bottom = fm.height() + 6;
    return rect().adjusted(left, top, -8, -bottom);
}

QColor BarChart::seriesColor(int series) const
{
    const QColor base = palette().color(QPalette::Highlight);
    switch (series) {
    case 0:
        return base;
    case 1:
        return palette().color(QPalette::Base).lightness() < 128 ? base.lighter(160)
                                                                 : base.darker(160);
    default:
        return palette().color(QPalette::Mid);
    }
}

int BarChart::barAt(const QPoint &pos) const
{
    const QRect plot = plotRect();
    if (m_bars.isEmpty() || !plot.adjusted(0, 0, 0, fontMetrics().height()).contains(pos))
        return -1;
    const double width = double(plot.width()) / m_bars.size();
    const int i = int((pos.x() - plot.left()) / width);
    return i >= 0 && i < m_bars.size() ? i : -1;
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int i = barAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), m_bars.at(i).tooltip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRect plot = plotRect();
    const double max = maxTotal();

    if (max <= 0 && !m_emptyText.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, m_emptyText);
        return;
    }

    // Legend above, one swatch and name per series.
    if (m_series.size() > 1) {
        int x = plot.left();
        for (int s = 0; s < m_series.size(); ++s) {
            p.fillRect(QRect(x, 2, fm.height() - 4, fm.height() - 4), seriesColor(s));
            x += fm.height();
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QPoint(x, fm.ascent()), m_series.at(s));
            x += fm.horizontalAdvance(m_series.at(s)) + fm.height();
        }
    }

    // Y axis: round ticks with faint grid lines.
    const QList<double> ticks = niceTicks(max);
    const double top = ticks.constLast();
    const auto yOf = [&](double v) { return plot.bottom() - v / top * plot.height(); };
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    for (double t : ticks) {
        const int y = int(std::round(yOf(t)));
        p.setPen(grid);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(qint64(t)));
    }

    if (m_bars.isEmpty())
        return;
    const double width = double(plot.width()) / m_bars.size();
    const double gap = width > 6 ? std::max(1.0, width * 0.15) : 0.0;
    // X labels: as many as fit without touching.
    int labelWidth = 0;
    for (const Bar &b : m_bars)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
    const int every = std::max(1, int(std::ceil((labelWidth + 8) / std::max(width, 1.0))));
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars.at(i);
        const double x = plot.left() + i * width;
        double base = 0;
        for (int s = 0; s < b.values.size(); ++s) {
            const double v = b.values.at(s);
            if (v <= 0)
                continue;
            const QRectF r(QPointF(x + gap / 2, yOf(base + v)),
                           QPointF(x + width - gap / 2, yOf(base)));
            p.fillRect(r, seriesColor(s));
            base += v;
        }
        if (i % every == 0 && !b.label.isEmpty()) {
            p.setPen(pal.color(QPalette::Text));
            p.drawText(
                QRectF(x - labelWidth, plot.bottom() + 3, width + 2 * labelWidth, fm.height()),
                Qt::AlignHCenter | Qt::AlignTop, b.label);
        }
    }
    p.setPen(pal.color(QPalette::Text));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (hasFocus()) {
        QColor focus = pal.color(QPalette::Highlight);
        p.setPen(QPen(focus, 1, Qt::DashLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

} // namespace portolan
