#include "ExamPlanForm.h"

#include "BarChart.h"
#include "FlowLayout.h"
#include "PercentSpinBox.h"
#include "domain/Exam.h"
#include "domain/Percent.h"
#include "quiz/Clock.h"
#include "stats/ExamPlanRepository.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace portolan {

ExamPlanForm::ExamPlanForm(Workspace &workspace, const Clock &clock, QWidget *parent)
    : QGroupBox(parent), m_workspace(workspace), m_clock(clock)
{
    setObjectName(QStringLiteral("examPlanForm"));
    auto *v = new QVBoxLayout(this);
    // The title as a bold first line: a bold group box title would make every child bold too.
    auto *heading = new QLabel(tr("Exam plan"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    heading->setFont(bold);
    v->addWidget(heading);
    auto *intro = new QLabel(tr("Pick an exam and its date: every card of the exam is introduced "
                                "in time, and reviews that would fall after the exam are "
                                "brought forward so that predicted recall on the day reaches "
                                "the target."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);

    m_exam = new QComboBox(this);
    m_exam->setObjectName(QStringLiteral("planExam"));
    for (const ExamInfo &exam : knownExams())
        if (!exam.retired)
            m_exam->addItem(exam.title, exam.id);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("planDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_target = new PercentSpinBox(this);
    m_target->setObjectName(QStringLiteral("planTarget"));
    m_target->setShareRange(0.70, 0.97);
    m_target->setShare(ExamPlanner::kDefaultTarget);
    m_save = new QPushButton(tr("Sa&ve Plan"), this);
    m_save->setObjectName(QStringLiteral("savePlan"));
    m_close = new QPushButton(tr("C&lose Plan"), this);
    m_close->setObjectName(QStringLiteral("closePlan"));
    m_close->setToolTip(tr("After the exam: normal scheduling resumes."));
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        // As tall as its field, text centred: the flow lays items out from the line's top.
        l->setMinimumHeight(buddy->sizeHint().height());
        l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        return l;
    };
    // One line when it fits; on a narrow window or at a large font the fields wrap, each with
    // its label, instead of widening the page past the window.
    auto *form = new FlowLayout;
    form->addPair(label(tr("E&xam:"), m_exam), m_exam);
    form->addPair(label(tr("&Date:"), m_date), m_date);
    form->addPair(label(tr("&Target recall:"), m_target), m_target);
    form->addPair(m_save, m_close);
    v->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    v->addWidget(m_summary);
    m_chart = new BarChart(this);
    m_chart->setObjectName(QStringLiteral("planWorkload"));
    m_chart->setAccessibleName(tr("Daily workload until the exam"));
    m_chart->setSeriesNames({tr("New cards"), tr("Reviews")});
    v->addWidget(m_chart);

    connect(m_exam, &QComboBox::currentIndexChanged, this, &ExamPlanForm::showPlan);
    connect(m_save, &QPushButton::clicked, this, &ExamPlanForm::savePlan);
    connect(m_close, &QPushButton::clicked, this, &ExamPlanForm::closePlan);
}

void ExamPlanForm::setReport(const StatisticsReport &report)
{
    m_report = report;
    if (!m_shownOnce && !m_report.plans.isEmpty()) {
        m_shownOnce = true;
        const QSignalBlocker blocker(m_exam);
        m_exam->setCurrentIndex(
            std::max(0, m_exam->findData(m_report.plans.constFirst().stored.examId)));
    }
    showPlan();
}

void ExamPlanForm::showPlan()
{
    const QString examId = m_exam->currentData().toString();
    const PlannedExam *planned = nullptr;
    for (const PlannedExam &p : std::as_const(m_report.plans))
        if (p.stored.examId == examId)
            planned = &p;
    const bool writable = !m_workspace.database().isReadOnly();
    m_close->setEnabled(planned != nullptr && writable);
    m_save->setEnabled(writable);
    m_date->setMinimumDate(m_report.today.isValid() ? m_report.today.addDays(1)
                                                    : QDate::currentDate());
    if (!planned) {
        // A month ahead unless the learner already picked a date.
        if (m_date->date() < m_report.today.addDays(7))
            m_date->setDate(m_report.today.addDays(30));
        m_summary->setText(tr("No plan for this exam yet: choose its date and save."));
        m_chart->setBars({});
        m_chart->setVisible(false);
        return;
    }
    const ExamPlan &plan = planned->plan;
    m_date->setDate(planned->stored.examDate);
    m_target->setShare(planned->stored.target);
    QString text;
    if (plan.daysLeft <= 0) {
        text = tr("The exam date has passed or is today. Close the plan to return to normal "
                  "scheduling.");
    } else {
        const QLocale locale;
        text = tr("%n day(s) left. ", nullptr, plan.daysLeft) +
               tr("Expect about %1 reviews a day, %2 on the busiest day.")
                   .arg(locale.toString(plan.meanReviews, 'f', 0))
                   .arg(locale.toString(plan.peakReviews, 'f', 0)) +
               QLatin1Char(' ') + ExamPlanner::newCardsSentence(plan) + QLatin1Char(' ') +
               tr("Reviews brought forward: %1, so that recall on the day reaches %2.")
                   .arg(plan.broughtForward.size())
                   .arg(percentText(plan.target, 0, locale));
    }
    if (!plan.reachable)
        text +=
            QStringLiteral("\n⚠ ") + tr("This plan cannot reach the target: %1").arg(plan.reason);
    m_summary->setText(text);
    QList<BarChart::Bar> bars;
    for (const PlanDay &d : plan.days)
        // Reviews as the scheduler would bring them (PlanSimulator): of the cards studied so
        // far and of each new card, with relearning after the lapses to expect.
        bars.append({d.date.toString(QStringLiteral("MM-dd")),
                     tr("%1 · new: %2 · expected reviews: %3 (lapses: %4) · brought forward: %5")
                         .arg(QLocale().toString(d.date, QLocale::ShortFormat))
                         .arg(d.newCards)
                         .arg(QLocale().toString(d.expectedReviews, 'f', 1))
                         .arg(QLocale().toString(d.expectedLapses, 'f', 1))
                         .arg(d.broughtForward),
                     {double(d.newCards), d.expectedReviews}});
    m_chart->setBars(bars);
    m_chart->setVisible(!bars.isEmpty());
}

bool ExamPlanForm::savePlan()
{
    if (m_workspace.database().isReadOnly()) {
        m_summary->setText(tr("⚠ This database is open read-only; the plan cannot be saved."));
        return false;
    }
    StoredExamPlan plan;
    plan.examId = m_exam->currentData().toString();
    plan.examDate = m_date->date();
    plan.target = m_target->share();
    plan.createdAt = m_clock.nowMs();
    if (plan.examDate <= m_report.today) {
        m_summary->setText(tr("⚠ The exam date must be after today."));
        return false;
    }
    ExamPlanRepository plans(m_workspace.database().connection());
    if (!plans.save(plan)) {
        m_summary->setText(tr("⚠ The plan was not saved: %1").arg(plans.errorText()));
        return false;
    }
    emit plansChanged();
    return true;
}

bool ExamPlanForm::closePlan()
{
    if (m_workspace.database().isReadOnly()) {
        m_summary->setText(tr("⚠ This database is open read-only; the plan cannot be closed."));
        return false;
    }
    ExamPlanRepository plans(m_workspace.database().connection());
    if (!plans.close(m_exam->currentData().toString(), m_clock.nowMs())) {
        m_summary->setText(tr("⚠ The plan was not closed: %1").arg(plans.errorText()));
        return false;
    }
    emit plansChanged();
    return true;
}

} // namespace portolan
