#pragma once

#include "srs/CardMemory.h"
#include "srs/DayCounter.h"
#include "srs/FsrsModel.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// One study day of a plan: the new cards to introduce and the reviews to do.
struct PlanDay
{
    QDate date;
    int newCards = 0;
    int reviews = 0; // normal due reviews plus brought-forward ones, of studied cards only
    int broughtForward = 0;
    // From PlanSimulator: reviews of every card, new ones' learning steps and relearning after
    // lapses included, as the mean of simulated futures; zero until simulated.
    double expectedReviews = 0.0;
    double expectedLapses = 0.0;
};

// A review moved before its normal due date so that recall on exam day reaches the target.
struct BroughtForward
{
    QString cardKey;
    QDate normalDue;
    QDate plannedDate;
    double recallWithoutReview = 0.0; // predicted on exam day if left alone
};

// What ExamPlanner::plan() returns: the pace, the moved reviews, the days ahead and a verdict.
struct ExamPlan
{
    QDate today;
    QDate examDate;
    double target = 0.9;
    int daysLeft = 0; // study days before the exam day (today counts, the exam day not)
    int unseenCards = 0;
    int newPerDay = 0; // the pace: every unseen card is introduced by the day before
    // What the quiz introduces in the exam's deck: the pace, or the "New cards a day" setting
    // when that is higher (the quiz takes the larger of the two).
    int newPerDayApplied = 0;
    int newCardsSetting = 0;
    // From PlanSimulator: expected reviews a day, mean over the days and the busiest day.
    double meanReviews = 0.0;
    double peakReviews = 0.0;
    int simulatedRuns = 0;
    QList<BroughtForward> broughtForward;
    QList<PlanDay> days; // today .. the day before the exam
    bool reachable = true;
    QString reason; // why not, with numbers; empty when reachable
};

// Plans study up to an exam: new cards paced over the days left, reviews due after the exam
// brought forward when their predicted recall on exam day is below the target. Pure: the cards'
// states, "now" and the day rule come in as values; nothing is stored here (ExamPlanRepository
// keeps the chosen exam and date).
class ExamPlanner
{
public:
    static constexpr double kDefaultTarget = 0.9;
    // More new cards a day than this is not a plan a learner can follow.
    static constexpr int kDefaultMaxNewPerDay = 100;

    ExamPlanner(const FsrsModel &model, DayCounter dayCounter);

    // newCardsSetting: the learner's "New cards a day"; new cards are introduced at the larger
    // of it and the pace, as the quiz does.
    ExamPlan plan(const QStringList &cardKeys, const QHash<QString, CardMemory> &states,
                  qint64 nowMs, QDate examDate, double target = kDefaultTarget,
                  int maxNewPerDay = kDefaultMaxNewPerDay, int newCardsSetting = 0) const;
    // One sentence on the number of new cards a day that applies and why.
    static QString newCardsSentence(const ExamPlan &plan);

    // The card keys a plan treats as due on `date` though the scheduler would not yet.
    static QStringList broughtForwardOn(const ExamPlan &plan, QDate date);

private:
    const FsrsModel &m_model;
    DayCounter m_dayCounter;
};

} // namespace portolan
