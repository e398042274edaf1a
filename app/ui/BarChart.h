#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

namespace portolan {

// A bar chart painted with QPainter: one bar per entry, each a stack of up to a few series,
// with a y axis of round ticks, sparse x labels and a tooltip per bar. Colours come from the
// palette (highlight and its lighter/darker shade), so it reads in light and dark themes; the
// legend names every series, and the tooltip gives the numbers, so no value is colour alone.
class BarChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;        // under the bar, when there is room ("Mon", "12-03")
        QString tooltip;      // the exact values, for hover and for screen readers
        QList<double> values; // one per series, stacked bottom-up
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setSeriesNames(const QStringList &names);
    void setBars(const QList<Bar> &bars);
    // Shown in the middle when every value is zero ("No reviews yet").
    void setEmptyText(const QString &text);
    const QList<Bar> &bars() const { return m_bars; }
    // The bar under a point in widget coordinates, or -1.
    int barAt(const QPoint &pos) const;
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect plotRect() const;
    double maxTotal() const;
    QColor seriesColor(int series) const;

    QStringList m_series;
    QList<Bar> m_bars;
    QString m_emptyText;
};

// Round tick values for an axis from 0 to at least max: 1, 2 or 5 times a power of ten.
QList<double> niceTicks(double max, int wanted = 4);

} // namespace portolan
