// Tests PlanSimulator, the exam plan's workload chart. Before it, a 30-day plan showed a flat
// 5 new cards a day and reviews on the first day only: the planner counted each studied card's
// next review and nothing for the cards it introduced. Here the simulated workload is checked
// against a replay of the scheduler over the same days, written independently below.
#include "../support/TestMain.h"
#include "../support/TestTime.h"
#include "PlanFixture.h"
#include "srs/FsrsParameters.h"
#include "srs/FsrsScheduler.h"
#include "stats/ExamPlanner.h"
#include "stats/PlanSimulator.h"

#include <QDateTime>
#include <QTest>
#include <map>

using namespace portolan;
using portolan::testing::kDay;
using portolan::testing::kNow;
using portolan::testing::kToday;
using namespace planfixture;

namespace {

Rating alwaysGood(const CardMemory &, double, QRandomGenerator &)
{
    return Rating::Good;
}

// The scheduler replayed day by day: every card answered Good whenever it is due during the
// learner's study (from the session hour to the day's end), new cards started on their planned
// day. Counts the answers of each day.
QList<int> replay(const FsrsScheduler &scheduler, const ExamPlan &plan,
                  const QHash<QString, CardMemory> &states, const QStringList &deck)
{
    QList<int> perDay(plan.days.size(), 0);
    std::map<QString, CardMemory> cards;
    QStringList unseen;
    for (const QString &key : deck) {
        if (states.contains(key))
            cards[key] = states.value(key);
        else
            unseen.append(key);
    }
    for (int d = 0; d < plan.days.size(); ++d) {
        const qint64 start = scheduler.dayCounter().dayStartMs(plan.days[d].date);
        const qint64 end = scheduler.dayCounter().dayStartMs(plan.days[d].date.addDays(1));
        const qint64 session = std::max(kNow, start + PlanSimulator::kSessionOffsetMs);
        for (int i = 0; i < plan.days[d].newCards && !unseen.isEmpty(); ++i)
            cards[unseen.takeFirst()] = CardMemory::newCard(session);
        bool answered = true;
        while (answered) { // a pass per learning step
            answered = false;
            for (auto &[key, card] : cards) {
                const qint64 at = std::max(card.due, session);
                if (at < end) {
                    card = scheduler.next(card, at, Rating::Good);
                    ++perDay[d];
                    answered = true;
                }
            }
        }
    }
    return perDay;
}

} // namespace

class TestPlanSimulator : public QObject
{
    Q_OBJECT

private slots:
    void simulatedWorkloadEqualsAReplayOfTheScheduler()
    {
        const FsrsScheduler scheduler(FsrsParameters{}, DayCounter::utc());
        const ExamPlanner planner(scheduler.model(), scheduler.dayCounter());
        const QStringList deck = keys(150);
        QHash<QString, CardMemory> states;
        // 30 cards studied a while ago, due over the coming weeks; 120 never studied.
        for (int i = 0; i < 30; ++i)
            states.insert(deck.at(i),
                          reviewCard(5.0 + i, kNow - 10 * kDay, kNow + (i % 20) * kDay));
        ExamPlan plan = planner.plan(deck, states, kNow, kToday.addDays(30));
        QCOMPARE(plan.newPerDay, 4);
        PlanSimulator simulator(scheduler);
        simulator.setAnswerModel(&alwaysGood);
        simulator.setRuns(1);
        simulator.simulate(plan, deck, states, kNow);
        const QList<int> expected = replay(scheduler, plan, states, deck);
        int total = 0;
        for (int d = 0; d < plan.days.size(); ++d) {
            QVERIFY2(qFuzzyCompare(plan.days[d].expectedReviews + 1, double(expected[d]) + 1),
                     qPrintable(QStringLiteral("day %1: %2 simulated, %3 replayed")
                                    .arg(d)
                                    .arg(plan.days[d].expectedReviews)
                                    .arg(expected[d])));
            total += expected[d];
        }
        QVERIFY(qAbs(plan.meanReviews - double(total) / plan.days.size()) < 1e-9);
        // New cards bring reviews every day: their learning steps the day they start, and
        // their first reviews in the days after. The old chart showed none after day one.
        for (int d = 1; d < plan.days.size(); ++d)
            QVERIFY2(plan.days[d].expectedReviews > plan.days[d].newCards,
                     qPrintable(QString::number(d)));
    }

    void lapsesAddReviewsAtTheForgettingRate()
    {
        const FsrsScheduler scheduler(FsrsParameters{}, DayCounter::utc());
        const ExamPlanner planner(scheduler.model(), scheduler.dayCounter());
        const QStringList deck = keys(100);
        ExamPlan good = planner.plan(deck, {}, kNow, kToday.addDays(30));
        ExamPlan honest = good;
        PlanSimulator simulator(scheduler);
        simulator.simulate(honest, deck, {}, kNow);
        simulator.setAnswerModel(&alwaysGood);
        simulator.simulate(good, deck, {}, kNow);
        double lapses = 0;
        for (const PlanDay &d : honest.days)
            lapses += d.expectedLapses;
        QVERIFY(lapses > 0);
        QVERIFY2(honest.meanReviews > good.meanReviews,
                 qPrintable(QStringLiteral("%1 with lapses, %2 without")
                                .arg(honest.meanReviews)
                                .arg(good.meanReviews)));
        QCOMPARE(honest.simulatedRuns, PlanSimulator::kDefaultRuns);
        double peak = 0;
        for (const PlanDay &d : honest.days)
            peak = std::max(peak, d.expectedReviews);
        QCOMPARE(honest.peakReviews, peak);
        // The same seed, the same future.
        ExamPlan again = planner.plan(deck, {}, kNow, kToday.addDays(30));
        PlanSimulator(scheduler).simulate(again, deck, {}, kNow);
        for (int d = 0; d < again.days.size(); ++d)
            QCOMPARE(again.days[d].expectedReviews, honest.days[d].expectedReviews);
    }

    // The quiz introduces the larger of the setting and the pace; the plan says which applies.
    void theNewCardsThatApplyAreOneNumber()
    {
        const FsrsScheduler scheduler(FsrsParameters{}, DayCounter::utc());
        const ExamPlanner planner(scheduler.model(), scheduler.dayCounter());
        const QStringList deck = keys(150);
        const ExamPlan slow =
            planner.plan(deck, {}, kNow, kToday.addDays(30), 0.9, 100, /*setting*/ 20);
        QCOMPARE(slow.newPerDay, 5);
        QCOMPARE(slow.newPerDayApplied, 20);
        QCOMPARE(slow.days[0].newCards, 20);
        QCOMPARE(slow.days[7].newCards, 10); // 150 = 7 x 20 + 10
        QCOMPARE(slow.days[8].newCards, 0);
        QVERIFY2(ExamPlanner::newCardsSentence(slow).startsWith(
                     QStringLiteral("20 new cards a day apply: your setting, above the 5")),
                 qPrintable(ExamPlanner::newCardsSentence(slow)));
        const ExamPlan fast =
            planner.plan(deck, {}, kNow, kToday.addDays(30), 0.9, 100, /*setting*/ 2);
        QCOMPARE(fast.newPerDayApplied, 5);
        QVERIFY2(ExamPlanner::newCardsSentence(fast).startsWith(
                     QStringLiteral("5 new cards a day apply: the plan's pace")),
                 qPrintable(ExamPlanner::newCardsSentence(fast)));
    }

    void anEmptyPlanSimulatesNothing()
    {
        const FsrsScheduler scheduler(FsrsParameters{}, DayCounter::utc());
        const ExamPlanner planner(scheduler.model(), scheduler.dayCounter());
        ExamPlan past = planner.plan(keys(10), {}, kNow, kToday.addDays(-3));
        PlanSimulator(scheduler).simulate(past, keys(10), {}, kNow);
        QVERIFY(past.days.isEmpty());
        QCOMPARE(past.meanReviews, 0.0);
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestPlanSimulator)
#include "tst_plansimulator.moc"
