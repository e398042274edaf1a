#pragma once

#include "stats/StatisticsReport.h"

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace portolan {

class PercentSpinBox;

class BarChart;
class Clock;
class Workspace;

// The exam plan on the Statistics tab: the exam, its date and the target recall, Save and
// Close, and the open plan's summary and daily workload. It writes plans through
// ExamPlanRepository and announces plansChanged(); what it shows comes from the report the
// page hands it. The workspace and the clock must outlive the form.
class ExamPlanForm : public QGroupBox
{
    Q_OBJECT

public:
    ExamPlanForm(Workspace &workspace, const Clock &clock, QWidget *parent = nullptr);

    // Shows the plan of the chosen exam in report. The first report that has a plan chooses
    // that plan's exam; after that the learner's choice stays.
    void setReport(const StatisticsReport &report);
    // Saves a plan for the chosen exam (date, target); false with the reason in summary().
    bool savePlan();
    // Closes the chosen exam's plan (after the exam); false with the reason in summary().
    bool closePlan();

    QComboBox *exam() const { return m_exam; }
    QDateEdit *date() const { return m_date; }
    QLabel *summary() const { return m_summary; }
    // The workload chart, visible when there is a plan to chart.
    BarChart *chart() const { return m_chart; }

signals:
    // A plan was saved or closed: the report and the quiz's pacing changed.
    void plansChanged();

private:
    void showPlan();

    Workspace &m_workspace;
    const Clock &m_clock;
    StatisticsReport m_report;
    bool m_shownOnce = false;

    QComboBox *m_exam = nullptr;
    QDateEdit *m_date = nullptr;
    PercentSpinBox *m_target = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_summary = nullptr;
    BarChart *m_chart = nullptr;
};

} // namespace portolan
