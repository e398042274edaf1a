#pragma once

#include "stats/StudyStatistics.h"

#include <QWidget>

namespace portolan {

// A year of study days as a calendar heat map: one column per week, Monday at the top, each
// day shaded by how many reviews it had (five steps from the base colour to the highlight).
// A legend explains the steps; hovering a day gives its date and count.
class CalendarHeatmap : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarHeatmap(QWidget *parent = nullptr);

    // Oldest first, consecutive days.
    void setDays(const QList<DayActivity> &days);
    // The day under a point, or an invalid date.
    QDate dayAt(const QPoint &pos) const;
    // 0 (none) .. 4 (most): the shade a count gets.
    int levelOf(int reviews) const;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int baseCellSize() const;
    int weekCount() const;
    int cellSizeFor(int width) const;
    int cellSize() const;
    int heightForCell(int cell) const;
    QPoint origin() const;
    // Column and row of a day: weeks since the Monday of the first week, weekday.
    QPoint cellOf(QDate day) const;
    QColor shade(int level) const;

    QList<DayActivity> m_days;
    int m_max = 0;
};

} // namespace portolan
