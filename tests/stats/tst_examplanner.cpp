// Tests ExamPlanner with hand-checked numbers: pacing of unseen cards over the days left,
// reviews brought forward before the exam, and plans that cannot reach their target.
#include "../support/TestMain.h"
#include "../support/TestTime.h"
#include "PlanFixture.h"
#include "srs/FsrsParameters.h"
#include "srs/FsrsScheduler.h"
#include "stats/ExamPlanner.h"

#include <QDateTime>
#include <QTest>

using namespace portolan;
using planfixture::keys;
using planfixture::reviewCard;
using portolan::testing::kDay;
using portolan::testing::kNoon;
using portolan::testing::kToday;

class TestExamPlanner : public QObject
{
    Q_OBJECT

private slots:
    void pace_data();
    void pace();
    void broughtForward();
    void notBroughtForwardWhenStrong();
    void unreachable_data();
    void unreachable();
};

void TestExamPlanner::pace_data()
{
    QTest::addColumn<int>("unseen");
    QTest::addColumn<int>("daysToExam");
    QTest::addColumn<int>("newPerDay");
    QTest::addColumn<int>("lastIntroductionDay");
    QTest::newRow("60 cards, exam in 10 days") << 60 << 10 << 6 << 9;
    QTest::newRow("61 cards, exam in 10 days") << 61 << 10 << 7 << 8;
    QTest::newRow("5 cards, exam tomorrow") << 5 << 1 << 5 << 0;
    QTest::newRow("nothing new") << 0 << 5 << 0 << -1;
}

void TestExamPlanner::pace()
{
    QFETCH(int, unseen);
    QFETCH(int, daysToExam);
    QFETCH(int, newPerDay);
    QFETCH(int, lastIntroductionDay);
    const FsrsScheduler s(FsrsParameters{}, DayCounter::utc());
    const ExamPlan plan = ExamPlanner(s.model(), DayCounter::utc())
                              .plan(keys(unseen), {}, kNoon, kToday.addDays(daysToExam));
    QVERIFY(plan.reachable);
    QCOMPARE(plan.daysLeft, daysToExam);
    QCOMPARE(plan.unseenCards, unseen);
    QCOMPARE(plan.newPerDay, newPerDay);
    QCOMPARE(plan.days.size(), daysToExam);
    int introduced = 0;
    int last = -1;
    for (int d = 0; d < plan.days.size(); ++d) {
        QCOMPARE(plan.days[d].date, kToday.addDays(d));
        QVERIFY(plan.days[d].newCards <= newPerDay);
        introduced += plan.days[d].newCards;
        if (plan.days[d].newCards > 0)
            last = d;
    }
    QCOMPARE(introduced, unseen);
    QCOMPARE(last, lastIntroductionDay);
    QVERIFY(last < daysToExam); // every card introduced by the day before the exam
}

void TestExamPlanner::broughtForward()
{
    // S = 10, reviewed today, due in 20 days; exam in 15 days: R(15, 10) ≈ 0.870 < 0.90, so the
    // review moves to the latest day on which R still meets 0.90: day 10 (R(10, 10) = 0.9).
    const FsrsScheduler s(FsrsParameters{}, DayCounter::utc());
    QHash<QString, CardMemory> states;
    states["p0:transport"] = reviewCard(10, kNoon, kNoon + 20 * kDay);
    const ExamPlan plan = ExamPlanner(s.model(), DayCounter::utc())
                              .plan({"p0:transport"}, states, kNoon, kToday.addDays(15));
    QVERIFY(plan.reachable);
    QCOMPARE(plan.broughtForward.size(), 1);
    const BroughtForward &b = plan.broughtForward.first();
    QCOMPARE(b.normalDue, kToday.addDays(20));
    QVERIFY2(qAbs(b.recallWithoutReview - 0.8698) < 1e-3,
             qPrintable(QString::number(b.recallWithoutReview)));
    QVERIFY(b.plannedDate < plan.examDate);
    QVERIFY(b.plannedDate >= kToday.addDays(9));
    QVERIFY(b.plannedDate <= kToday.addDays(10));
    const int day = int(kToday.daysTo(b.plannedDate));
    QCOMPARE(plan.days[day].broughtForward, 1);
    QCOMPARE(plan.days[day].reviews, 1);
    QCOMPARE(ExamPlanner::broughtForwardOn(plan, b.plannedDate), QStringList{"p0:transport"});
    QVERIFY(ExamPlanner::broughtForwardOn(plan, b.plannedDate.addDays(-1)).isEmpty());
}

void TestExamPlanner::notBroughtForwardWhenStrong()
{
    // S = 100 reviewed today: R(15, 100) ≈ 0.98, nothing to move; a card due before the exam is
    // an ordinary review on its due day.
    const FsrsScheduler s(FsrsParameters{}, DayCounter::utc());
    QHash<QString, CardMemory> states;
    states["strong:transport"] = reviewCard(100, kNoon, kNoon + 100 * kDay);
    states["soon:transport"] = reviewCard(3, kNoon - kDay, kNoon + 2 * kDay);
    const ExamPlan plan =
        ExamPlanner(s.model(), DayCounter::utc())
            .plan({"strong:transport", "soon:transport"}, states, kNoon, kToday.addDays(15));
    QVERIFY(plan.broughtForward.isEmpty());
    QCOMPARE(plan.days[2].reviews, 1);
    QCOMPARE(plan.unseenCards, 0);
}

void TestExamPlanner::unreachable_data()
{
    QTest::addColumn<int>("unseen");
    QTest::addColumn<int>("daysToExam");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<QString>("reasonContains");
    QTest::newRow("exam today, cards unseen") << 3 << 0 << false << QStringLiteral("today");
    QTest::newRow("exam today, all studied") << 0 << 0 << true << QString();
    QTest::newRow("date in the past") << 3 << -2 << false << QStringLiteral("passed");
    QTest::newRow("1000 cards in 3 days") << 1000 << 3 << false << QStringLiteral("334");
}

void TestExamPlanner::unreachable()
{
    QFETCH(int, unseen);
    QFETCH(int, daysToExam);
    QFETCH(bool, reachable);
    QFETCH(QString, reasonContains);
    const FsrsScheduler s(FsrsParameters{}, DayCounter::utc());
    const ExamPlan plan = ExamPlanner(s.model(), DayCounter::utc())
                              .plan(keys(unseen), {}, kNoon, kToday.addDays(daysToExam));
    QCOMPARE(plan.reachable, reachable);
    QCOMPARE(plan.reason.isEmpty(), reachable);
    QVERIFY2(plan.reason.contains(reasonContains), qPrintable(plan.reason));
}

PORTOLAN_TEST_APPLESS_MAIN(TestExamPlanner)
#include "tst_examplanner.moc"
