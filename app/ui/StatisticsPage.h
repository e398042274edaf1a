#pragma once

#include "practice/PracticeTrend.h"
#include "srs/FsrsScheduler.h"
#include "stats/StatisticsReport.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QTableWidget;

namespace portolan {

class BarChart;
class CalendarHeatmap;
class Clock;
class ExamPlanForm;
class Workspace;

// The Statistics tab: readiness per exam, card counts and time, reviews per day with a
// calendar heat map, the due forecast, true retention, the range-class breakdown, the weakest
// cards and leeches (each a link into the browser), and the exam plan (ExamPlanForm). Everything
// shown comes from a StatisticsReport computed in core; the page only lays it out. It refreshes
// when shown and when a plan changes.
class StatisticsPage : public QWidget
{
    Q_OBJECT

public:
    // clock null: the wall clock. Both must outlive the page.
    explicit StatisticsPage(Workspace &workspace, const Clock *clock = nullptr,
                            QWidget *parent = nullptr);
    ~StatisticsPage() override;

    const StatisticsReport &report() const { return m_report; }
    // Builds the report again from the database.
    void refresh();
    // The same, unless nothing changed since the last one (the database, the study day) and
    // little time passed: showing the page again costs nothing.
    void refreshIfChanged();
    // Writes the report as a PDF; false with errorText().
    bool writePdf(const QString &fileName);
    QString errorText() const { return m_error; }

    ExamPlanForm *planForm() const { return m_planForm; }
    QTableWidget *weakestTable() const { return m_weakest; }
    QTableWidget *practiceTable() const { return m_practiceRecent; }
    QTableWidget *practiceObjectiveTable() const { return m_practiceObjectives; }
    const QList<PracticeExamTrend> &practiceTrends() const { return m_practice; }

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
    QWidget *buildPractice();
    void showPractice();
    void showReport();
    void showReadiness();
    void showActivity();
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
    QString m_builtAtStamp; // StatisticsReportBuilder::changeStamp() of the report shown

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
    ExamPlanForm *m_planForm = nullptr;
    QLabel *m_message = nullptr;
    QList<PracticeExamTrend> m_practice;
    QLabel *m_practiceNone = nullptr;
    QTableWidget *m_practiceRecent = nullptr;
    QTableWidget *m_practiceObjectives = nullptr;
};

} // namespace portolan
