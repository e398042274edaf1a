#pragma once

#include "srs/FsrsScheduler.h"
#include "stats/StatisticsReport.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace portolan {

class BarChart;
class CalendarHeatmap;
class Clock;
class Workspace;

// The Statistics tab: readiness per exam, card counts and time, reviews per day with a
// calendar heat map, the due forecast, true retention, the range-class breakdown, the weakest
// cards and leeches (each a link into the browser), and the exam plan. Everything shown comes
// from a StatisticsReport computed in core; the page only lays it out. It refreshes when shown.
class StatisticsPage : public QWidget
{
    Q_OBJECT

public:
    // clock null: the wall clock. Both must outlive the page.
    explicit StatisticsPage(Workspace &workspace, const Clock *clock = nullptr,
                            QWidget *parent = nullptr);
    ~StatisticsPage() override;

    const StatisticsReport &report() const { return m_report; }
    void refresh();
    // Saves a plan for the exam chosen in the plan form (date, target); false with a message.
    bool savePlan();
    bool closePlan();
    // Writes the report as a PDF; false with errorText().
    bool writePdf(const QString &fileName);
    QString errorText() const { return m_error; }

    QComboBox *planExam() const { return m_planExam; }
    QDateEdit *planDate() const { return m_planDate; }
    QDoubleSpinBox *planTarget() const { return m_planTarget; }
    QLabel *planSummary() const { return m_planSummary; }
    QTableWidget *weakestTable() const { return m_weakest; }

signals:
    // The learner asked to see a protocol in the browser.
    void protocolActivated(const QString &protocolKey);
    // A plan was saved or closed: the quiz's pacing changed.
    void plansChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildReadiness();
    QWidget *buildActivity();
    QWidget *buildRetention();
    QWidget *buildCards();
    QWidget *buildPlan();
    void showReport();
    void showReadiness();
    void showActivity();
    void showPlan();
    void fillCardTable(QTableWidget *table, const QList<CardRecall> &cards, bool lapses);
    void exportPdf();
    qint64 now() const;

    Workspace &m_workspace;
    std::unique_ptr<Clock> m_ownClock;
    const Clock &m_clock;
    FsrsScheduler m_scheduler;
    std::unique_ptr<StatisticsReportBuilder> m_builder;
    StatisticsReport m_report;
    QString m_error;
    bool m_planShownOnce = false;

    QLabel *m_headline = nullptr;
    QLabel *m_headlineDetail = nullptr;
    QGridLayout *m_examGrid = nullptr;
    QLabel *m_overview = nullptr;
    QComboBox *m_period = nullptr;
    BarChart *m_perDay = nullptr;
    CalendarHeatmap *m_heatmap = nullptr;
    BarChart *m_forecast = nullptr;
    QTableWidget *m_retention = nullptr;
    QTableWidget *m_ranges = nullptr;
    QTableWidget *m_weakest = nullptr;
    QTableWidget *m_leeches = nullptr;
    QComboBox *m_planExam = nullptr;
    QDateEdit *m_planDate = nullptr;
    QDoubleSpinBox *m_planTarget = nullptr;
    QPushButton *m_savePlan = nullptr;
    QPushButton *m_closePlan = nullptr;
    QLabel *m_planSummary = nullptr;
    BarChart *m_planChart = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace portolan
