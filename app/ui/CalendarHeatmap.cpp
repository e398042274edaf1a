#include "CalendarHeatmap.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <cmath>

namespace portolan {

CalendarHeatmap::CalendarHeatmap(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void CalendarHeatmap::setDays(const QList<DayActivity> &days)
{
    m_days = days;
    m_max = 0;
    int active = 0;
    for (const DayActivity &d : days) {
        m_max = std::max(m_max, d.reviews);
        active += d.reviews > 0 ? 1 : 0;
    }
    setAccessibleDescription(tr("%1 of the last %2 days had reviews; the busiest had %3.")
                                 .arg(active)
                                 .arg(days.size())
                                 .arg(m_max));
    updateGeometry();
    update();
}

int CalendarHeatmap::levelOf(int reviews) const
{
    if (reviews <= 0 || m_max <= 0)
        return 0;
    // Quarters of the busiest day: 1..4.
    return std::clamp(int(std::ceil(4.0 * reviews / m_max)), 1, 4);
}

int CalendarHeatmap::baseCellSize() const
{
    return std::max(9, fontMetrics().height() - 3);
}

int CalendarHeatmap::weekCount() const
{
    return m_days.isEmpty() ? 53 : cellOf(m_days.constLast().date).x() + 1;
}

int CalendarHeatmap::cellSizeFor(int width) const
{
    // The cells grow with the width they are given (up to 1.8 times the text's size), so that a
    // wide window shows the year across its width instead of in the left part of it.
    const int base = baseCellSize();
    const int fits = (width - origin().x() - 8) / weekCount() - 2;
    return std::clamp(fits, base, base * 9 / 5);
}

int CalendarHeatmap::cellSize() const
{
    return cellSizeFor(width());
}

QPoint CalendarHeatmap::origin() const
{
    const QFontMetrics fm = fontMetrics();
    return {fm.horizontalAdvance(QLocale().dayName(1, QLocale::ShortFormat)) + 8, fm.height() + 4};
}

QPoint CalendarHeatmap::cellOf(QDate day) const
{
    if (m_days.isEmpty())
        return {-1, -1};
    const QDate first = m_days.constFirst().date;
    const QDate firstMonday = first.addDays(1 - first.dayOfWeek());
    return {int(firstMonday.daysTo(day) / 7), day.dayOfWeek() - 1};
}

QSize CalendarHeatmap::sizeHint() const
{
    const int step = baseCellSize() + 2;
    return {origin().x() + weekCount() * step + 8, heightForCell(baseCellSize())};
}

int CalendarHeatmap::heightForCell(int cell) const
{
    return origin().y() + 7 * (cell + 2) + fontMetrics().height() + 10;
}

bool CalendarHeatmap::hasHeightForWidth() const
{
    return true;
}

int CalendarHeatmap::heightForWidth(int width) const
{
    return heightForCell(cellSizeFor(width));
}

QSize CalendarHeatmap::minimumSizeHint() const
{
    return sizeHint();
}

QColor CalendarHeatmap::shade(int level) const
{
    const QColor base = palette().color(QPalette::Base);
    const QColor high = palette().color(QPalette::Highlight);
    if (level <= 0) {
        QColor empty = palette().color(QPalette::Text);
        empty.setAlpha(28);
        return empty;
    }
    const double t = 0.25 + 0.75 * (level - 1) / 3.0;
    return QColor::fromRgbF(float(base.redF() + (high.redF() - base.redF()) * t),
                            float(base.greenF() + (high.greenF() - base.greenF()) * t),
                            float(base.blueF() + (high.blueF() - base.blueF()) * t));
}

QDate CalendarHeatmap::dayAt(const QPoint &pos) const
{
    if (m_days.isEmpty())
        return {};
    const int step = cellSize() + 2;
    const QPoint o = origin();
    if (pos.x() < o.x() || pos.y() < o.y())
        return {};
    const int column = (pos.x() - o.x()) / step;
    const int row = (pos.y() - o.y()) / step;
    if (row > 6)
        return {};
    const QDate first = m_days.constFirst().date;
    const QDate day = first.addDays(1 - first.dayOfWeek()).addDays(column * 7 + row);
    return day >= first && day <= m_days.constLast().date ? day : QDate();
}

bool CalendarHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid()) {
            const int reviews = m_days.at(m_days.constFirst().date.daysTo(day)).reviews;
            QToolTip::showText(help->globalPos(),
                               tr("%1: %n review(s)", nullptr, reviews)
                                   .arg(QLocale().toString(day, QLocale::ShortFormat)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void CalendarHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int size = cellSize();
    const int step = size + 2;
    const QPoint o = origin();
    const QLocale locale;

    p.setPen(pal.color(QPalette::Text));
    for (int row : {0, 2, 4})
        p.drawText(QRect(0, o.y() + row * step, o.x() - 6, size), Qt::AlignRight | Qt::AlignVCenter,
                   locale.dayName(row + 1, QLocale::ShortFormat));

    int lastMonth = -1;
    for (const DayActivity &d : m_days) {
        const QPoint c = cellOf(d.date);
        const QRect cell(o.x() + c.x() * step, o.y() + c.y() * step, size, size);
        p.fillRect(cell, shade(levelOf(d.reviews)));
        if (d.date.month() != lastMonth && d.date.day() <= 7) {
            lastMonth = d.date.month();
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QPoint(cell.left(), fm.ascent()),
                       locale.monthName(d.date.month(), QLocale::ShortFormat));
        }
    }

    // Legend: what the five shades mean, in words as well.
    const int y = o.y() + 7 * step + 6;
    int x = o.x();
    const QString less = tr("Less");
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QPoint(x, y + fm.ascent()), less);
    x += fm.horizontalAdvance(less) + 6;
    for (int level = 0; level <= 4; ++level) {
        p.fillRect(QRect(x, y + (fm.height() - size) / 2, size, size), shade(level));
        x += step;
    }
    p.drawText(QPoint(x + 4, y + fm.ascent()),
               tr("More (busiest day: %n review(s))", nullptr, m_max));
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

} // namespace portolan
