#include "stats/ExamPlanner.h"

#include <QCoreApplication>
#include <algorithm>

namespace portolan {

ExamPlanner::ExamPlanner(const FsrsModel &model, DayCounter dayCounter)
    : m_model(model), m_dayCounter(std::move(dayCounter))
{}

ExamPlan ExamPlanner::plan(const QStringList &cardKeys, const QHash<QString, CardMemory> &states,
                           qint64 nowMs, QDate examDate, double target, int maxNewPerDay,
                           int newCardsSetting) const
{
    ExamPlan plan;
    plan.today = m_dayCounter.studyDate(nowMs);
    plan.examDate = examDate;
    plan.target = std::clamp(target, 0.5, 0.99);
    plan.daysLeft = examDate.isValid() ? int(plan.today.daysTo(examDate)) : 0;

    for (const QString &key : cardKeys) {
        const auto it = states.constFind(key);
        if (it == states.cend() || it->state == CardState::New)
            ++plan.unseenCards;
    }

    if (!examDate.isValid()) {
        plan.reachable = false;
        plan.reason = QCoreApplication::translate("ExamPlanner", "No exam date.");
        return plan;
    }
    if (plan.daysLeft <= 0) {
        plan.reachable = plan.unseenCards == 0;
        if (!plan.reachable)
            plan.reason =
                plan.daysLeft == 0
                    ? QCoreApplication::translate("ExamPlanner",
                                                  "The exam is today: %n card(s) never "
                                                  "studied cannot be learnt in time.",
                                                  nullptr, plan.unseenCards)
                    : QCoreApplication::translate("ExamPlanner", "The exam date has passed.");
        return plan;
    }

    const int days = plan.daysLeft;
    plan.newPerDay = (plan.unseenCards + days - 1) / days;
    plan.newCardsSetting = std::max(0, newCardsSetting);
    plan.newPerDayApplied = std::max(plan.newPerDay, plan.newCardsSetting);
    plan.days.resize(days);
    int remaining = plan.unseenCards;
    for (int d = 0; d < days; ++d) {
        plan.days[d].date = plan.today.addDays(d);
        plan.days[d].newCards = std::min(plan.newPerDayApplied, remaining);
        remaining -= plan.days[d].newCards;
    }

    // Reviews: a studied card counts on its due day (overdue on today); one due after the exam
    // is brought forward when its recall on exam day would fall short of the target, to the
    // latest day before the exam on which its recall still meets the target (today if it
    // already does not).
    for (const QString &key : cardKeys) {
        const auto it = states.constFind(key);
        if (it == states.cend() || it->state == CardState::New)
            continue;
        const CardMemory &m = *it;
        const QDate due = m_dayCounter.studyDate(m.due);
        const int dueIn = std::max(0, int(plan.today.daysTo(due)));
        if (dueIn < days) {
            ++plan.days[dueIn].reviews;
            continue;
        }
        const QDate last = m_dayCounter.studyDate(m.lastReview.value_or(nowMs));
        const double atExam = m_model.retrievability(double(last.daysTo(examDate)), m.stability);
        if (atExam >= plan.target)
            continue;
        int day = 0;
        for (int d = days - 1; d >= 0; --d) {
            const double r =
                m_model.retrievability(double(last.daysTo(plan.today.addDays(d))), m.stability);
            if (r >= plan.target) {
                day = d;
                break;
            }
        }
        ++plan.days[day].reviews;
        ++plan.days[day].broughtForward;
        plan.broughtForward.append({key, due, plan.days[day].date, atExam});
    }

    if (plan.newPerDay > maxNewPerDay) {
        plan.reachable = false;
        // %n is the number of days left.
        plan.reason = QCoreApplication::translate("ExamPlanner",
                                                  "%1 cards never studied in %n day(s) need %2 "
                                                  "new cards a day, more than the limit of %3.",
                                                  nullptr, days)
                          .arg(plan.unseenCards)
                          .arg(plan.newPerDay)
                          .arg(maxNewPerDay);
    }
    return plan;
}

QString ExamPlanner::newCardsSentence(const ExamPlan &plan)
{
    if (plan.unseenCards == 0)
        return QCoreApplication::translate("ExamPlanner",
                                           "Every card of this exam has been studied: only "
                                           "reviews are left.");
    if (plan.daysLeft <= 0)
        return {};
    if (plan.newCardsSetting > plan.newPerDay)
        return QCoreApplication::translate("ExamPlanner",
                                           "%1 new cards a day apply: your setting, above the %2 "
                                           "the plan needs to start all %3 unseen cards before "
                                           "the exam.")
            .arg(plan.newPerDayApplied)
            .arg(plan.newPerDay)
            .arg(plan.unseenCards);
    return QCoreApplication::translate("ExamPlanner",
                                       "%1 new cards a day apply: the plan's pace to start all %2 "
                                       "unseen cards before the exam (your setting is %3).")
        .arg(plan.newPerDayApplied)
        .arg(plan.unseenCards)
        .arg(plan.newCardsSetting);
}

QStringList ExamPlanner::broughtForwardOn(const ExamPlan &plan, QDate date)
{
    QStringList keys;
    for (const BroughtForward &b : plan.broughtForward)
        if (b.plannedDate <= date)
            keys.append(b.cardKey);
    return keys;
}

} // namespace portolan
