// Tests FsrsScheduler (docs/fsrs.md §4): worked example, learning steps, lapses, interval ordering
// in both schedulers and the displayed retrievability (fuzz through the scheduler: tst_fsrsfuzz).
// Expected values come from docs/fsrs.md or, where it has none, ts-fsrs 5.4.2's fsrs().repeat() on
// the same card.
#include "../support/TestMain.h"
#include "SrsFixture.h"
#include "srs/FsrsScheduler.h"

#include <QDateTime>
#include <QTest>
#include <cmath>

using namespace portolan;
using namespace srsfixture;
using portolan::testing::kMinute;

namespace {

FsrsScheduler scheduler(const FsrsParameters &p = {})
{
    return FsrsScheduler(p, DayCounter::utc());
}

bool closeRel(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-6 * std::abs(expected);
}

struct Review
{
    const char *time;
    Rating rating;
};

// docs/fsrs.md §5, card "good-path".
const Review kGoodPath[] = {
    {"2025-01-01T09:00:00Z", Rating::Good},  {"2025-01-01T09:10:00Z", Rating::Good},
    {"2025-01-03T09:00:00Z", Rating::Good},  {"2025-01-14T09:00:00Z", Rating::Good},
    {"2025-02-20T09:00:00Z", Rating::Again}, {"2025-02-20T09:10:00Z", Rating::Good},
    {"2025-02-23T09:00:00Z", Rating::Easy},
};

} // namespace

class TestFsrsScheduler : public QObject
{
    Q_OBJECT

private slots:
    void workedExample_data();
    void workedExample();
    void easyFirst();
    void learningSteps_data();
    void learningSteps();
    void lapse_data();
    void lapse();
    void intervalOrdering_data();
    void intervalOrdering();
    void nextMatchesPreview();
    void weightsClampedOnConstruction();
    void clockGoingBackwards();
    void localDaysChangeOnlyElapsedDays();
    void retrievability_data();
    void retrievability();
};

void TestFsrsScheduler::workedExample_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("elapsed");
    QTest::addColumn<CardState>("state");
    QTest::addColumn<int>("step");
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<int>("scheduledDays");
    QTest::addColumn<qint64>("due");
    QTest::addColumn<int>("lapses");

    QTest::newRow("1 New Good -> Learning step 1")
        << 0 << 0 << CardState::Learning << 1 << 2.3065 << 2.11810397 << 0
        << at("2025-01-01T09:10:00Z") << 0;
    QTest::newRow("2 Good -> Review 2 d") << 1 << 0 << CardState::Review << 0 << 2.3065
                                          << 2.11121424 << 2 << at("2025-01-03T09:10:00Z") << 0;
    QTest::newRow("3 Good after 2 d") << 2 << 2 << CardState::Review << 0 << 10.97104786
                                      << 2.1043314 << 11 << at("2025-01-14T09:00:00Z") << 0;
    QTest::newRow("4 Good after 11 d") << 3 << 11 << CardState::Review << 0 << 46.31685657
                                       << 2.09745544 << 46 << at("2025-03-01T09:00:00Z") << 0;
    QTest::newRow("5 Again after 37 d -> Relearning")
        << 4 << 37 << CardState::Relearning << 0 << 2.86595213 << 7.38771571 << 0
        << at("2025-02-20T09:10:00Z") << 1;
    QTest::newRow("6 Good -> Review 3 d") << 5 << 0 << CardState::Review << 0 << 2.86595213
                                          << 7.37555636 << 3 << at("2025-02-23T09:10:00Z") << 1;
    QTest::newRow("7 Easy after 3 d") << 6 << 3 << CardState::Review << 0 << 11.95160637
                                      << 6.48381796 << 12 << at("2025-03-07T09:00:00Z") << 1;
}

void TestFsrsScheduler::workedExample()
{
    QFETCH(int, index);
    QFETCH(int, elapsed);
    QFETCH(CardState, state);
    QFETCH(int, step);
    QFETCH(double, stability);
    QFETCH(double, difficulty);
    QFETCH(int, scheduledDays);
    QFETCH(qint64, due);
    QFETCH(int, lapses);

    const FsrsScheduler s = scheduler();
    CardMemory card = CardMemory::newCard(at(kGoodPath[0].time));
    for (int i = 0; i <= index; ++i)
        card = s.next(card, at(kGoodPath[i].time), kGoodPath[i].rating);

    QCOMPARE(card.state, state);
    QCOMPARE(card.elapsedDays, elapsed);
    QCOMPARE(card.learningSteps, step);
    QVERIFY2(closeRel(card.stability, stability), qPrintable(QString::number(card.stability)));
    QVERIFY2(closeRel(card.difficulty, difficulty), qPrintable(QString::number(card.difficulty)));
    QCOMPARE(card.scheduledDays, scheduledDays);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(card.due, Qt::UTC),
             QDateTime::fromMSecsSinceEpoch(due, Qt::UTC));
    QCOMPARE(card.reps, index + 1);
    QCOMPARE(card.lapses, lapses);
    QCOMPARE(card.lastReview, std::optional<qint64>(at(kGoodPath[index].time)));
}

void TestFsrsScheduler::easyFirst()
{
    const qint64 now = at("2025-01-01T09:00:00Z");
    const CardMemory card = scheduler().next(CardMemory::newCard(now), now, Rating::Easy);
    QCOMPARE(card.state, CardState::Review);
    QCOMPARE(card.stability, 8.2956);
    QCOMPARE(card.difficulty, 1.0);
    QCOMPARE(card.scheduledDays, 8);
    QCOMPARE(card.due, now + 8 * kDay);
    QCOMPARE(card.learningSteps, 0);
    QCOMPARE(card.reps, 1);
}

void TestFsrsScheduler::learningSteps_data()
{
    QTest::addColumn<QList<int>>("steps");
    QTest::addColumn<CardMemory>("card");
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<CardState>("state");
    QTest::addColumn<int>("minutes"); // -1: graduated by interval, checked against the model
    QTest::addColumn<int>("step");

    const qint64 t0 = at("2025-01-01T09:00:00Z");
    const QList<int> standard{1, 10};
    const CardMemory fresh = CardMemory::newCard(t0);
    const CardMemory learning = stepCard(CardState::Learning, 1, 2.3065, 2.11810397, t0);
    const CardMemory relearning = stepCard(CardState::Relearning, 0, 2.86595213, 7.38771571, t0);

    // docs/fsrs.md §4a tables; Hard is the mean of the first two steps whatever the current step.
    QTest::newRow("New Again") << standard << fresh << Rating::Again << CardState::Learning << 1
                               << 0;
    QTest::newRow("New Hard") << standard << fresh << Rating::Hard << CardState::Learning << 6 << 0;
    QTest::newRow("New Good") << standard << fresh << Rating::Good << CardState::Learning << 10
                              << 1;
    QTest::newRow("New Easy") << standard << fresh << Rating::Easy << CardState::Review << -1 << 0;
    QTest::newRow("step 1 Again") << standard << learning << Rating::Again << CardState::Learning
                                  << 1 << 0;
    QTest::newRow("step 1 Hard") << standard << learning << Rating::Hard << CardState::Learning << 6
                                 << 1;
    QTest::newRow("step 1 Good") << standard << learning << Rating::Good << CardState::Review << -1
                                 << 0;
    QTest::newRow("step 1 Easy") << standard << learning << Rating::Easy << CardState::Review << -1
                                 << 0;
    QTest::newRow("single step Hard = 1.5 x")
        << QList<int>{10} << fresh << Rating::Hard << CardState::Learning << 15 << 0;
    QTest::newRow("no steps: New Again graduates")
        << QList<int>{} << fresh << Rating::Again << CardState::Review << -1 << 0;
    QTest::newRow("0m step counts as none")
        << QList<int>{0, 15} << fresh << Rating::Again << CardState::Review << -1 << 0;
    QTest::newRow("step of a day or more: Review, index kept")
        << QList<int>{30, 2880} << fresh << Rating::Good << CardState::Review << 2880 << 1;
    // Relearning cards use the relearning steps, default [10m].
    QTest::newRow("Relearning Again")
        << standard << relearning << Rating::Again << CardState::Relearning << 10 << 0;
    QTest::newRow("Relearning Hard")
        << standard << relearning << Rating::Hard << CardState::Relearning << 15 << 0;
    QTest::newRow("Relearning Good")
        << standard << relearning << Rating::Good << CardState::Review << -1 << 0;
    QTest::newRow("Relearning Easy")
        << standard << relearning << Rating::Easy << CardState::Review << -1 << 0;
}

void TestFsrsScheduler::learningSteps()
{
    QFETCH(QList<int>, steps);
    QFETCH(CardMemory, card);
    QFETCH(Rating, rating);
    QFETCH(CardState, state);
    QFETCH(int, minutes);
    QFETCH(int, step);

    FsrsParameters p;
    p.learningSteps = steps;
    const FsrsScheduler s = scheduler(p);
    const qint64 now = at("2025-01-01T09:10:00Z");
    const CardMemory next = s.next(card, now, rating);
    QCOMPARE(next.state, state);
    QCOMPARE(next.learningSteps, step);
    if (minutes >= 0) {
        QCOMPARE(next.due, now + minutes * kMinute);
        QCOMPARE(next.scheduledDays, minutes / 1440);
    } else {
        QCOMPARE(next.scheduledDays, s.model().nextInterval(next.stability));
        QCOMPARE(next.due, now + next.scheduledDays * kDay);
    }
}

void TestFsrsScheduler::lapse_data()
{
    QTest::addColumn<QList<int>>("relearningSteps");
    QTest::addColumn<CardState>("state");
    QTest::addColumn<int>("scheduledDays");
    QTest::addColumn<qint64>("due");

    // Worked example row 5 under three relearning settings (checked against ts-fsrs).
    QTest::newRow("default [10m]")
        << QList<int>{10} << CardState::Relearning << 0 << at("2025-02-20T09:10:00Z");
    QTest::newRow("none: stays in Review")
        << QList<int>{} << CardState::Review << 3 << at("2025-02-23T09:00:00Z");
    QTest::newRow("[1d]: a day-long step is Review")
        << QList<int>{1440} << CardState::Review << 1 << at("2025-02-21T09:00:00Z");
}

void TestFsrsScheduler::lapse()
{
    QFETCH(QList<int>, relearningSteps);
    QFETCH(CardState, state);
    QFETCH(int, scheduledDays);
    QFETCH(qint64, due);

    FsrsParameters p;
    p.relearningSteps = relearningSteps;
    const CardMemory card = reviewCard(46.31685657, 2.09745544, at("2025-01-14T09:00:00Z"));
    const CardMemory next = scheduler(p).next(card, at("2025-02-20T09:00:00Z"), Rating::Again);
    QCOMPARE(next.state, state);
    QCOMPARE(next.scheduledDays, scheduledDays);
    QCOMPARE(next.due, due);
    QCOMPARE(next.lapses, card.lapses + 1);
    QVERIFY(closeRel(next.stability, 2.86595213));
    QVERIFY(closeRel(next.difficulty, 7.38771571));
}

void TestFsrsScheduler::intervalOrdering_data()
{
    QTest::addColumn<FsrsParameters>("parameters");
    QTest::addColumn<CardMemory>("card");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<QList<int>>("days"); // Again, Hard, Good, Easy
    QTest::addColumn<QList<double>>("stability");
    QTest::addColumn<int>("againLapses");

    const qint64 t0 = at("2025-01-01T09:00:00Z");
    // Short-term: Hard ≤ Good < Easy; Again goes to relearning (0 days).
    QTest::newRow("short-term, same day: 1 1 2 pushed to 1 2 3")
        << FsrsParameters{} << reviewCard(1.0, 5.0, t0) << t0 + 60 * kMinute
        << QList<int>{0, 1, 2, 3} << QList<double>{0.35504029, 1.0, 1.05072037, 1.80755662} << 1;
    QTest::newRow("short-term, hard/good/easy pushed apart")
        << FsrsParameters{} << reviewCard(3.0, 9.0, t0) << t0 + kDay << QList<int>{0, 4, 5, 6}
        << QList<double>{0.61154147, 3.67496992, 4.1223311, 5.10201391} << 1;
    // Long-term: Again < Hard < Good < Easy, all whole days, also for new cards.
    QTest::newRow("long-term, new card")
        << shortTermOff() << CardMemory::newCard(t0) << t0 << QList<int>{1, 2, 3, 8}
        << QList<double>{0.212, 1.2931, 2.3065, 8.2956} << 0;
    QTest::newRow("long-term, same day, equal S")
        << shortTermOff() << reviewCard(0.5, 8.0, t0) << t0 + 30 * kMinute << QList<int>{1, 2, 3, 4}
        << QList<double>{0.14687054, 0.5, 0.5, 0.5} << 1;
    QTest::newRow("long-term, after 10 days")
        << shortTermOff() << reviewCard(5.0, 6.0, t0) << t0 + 10 * kDay << QList<int>{1, 15, 21, 35}
        << QList<double>{1.03085671, 14.75913065, 21.22735392, 35.39221115} << 1;
}

void TestFsrsScheduler::intervalOrdering()
{
    QFETCH(FsrsParameters, parameters);
    QFETCH(CardMemory, card);
    QFETCH(qint64, now);
    QFETCH(QList<int>, days);
    QFETCH(QList<double>, stability);
    QFETCH(int, againLapses);

    const std::array<CardMemory, 4> out = scheduler(parameters).preview(card, now);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(out[i].scheduledDays, days[i]);
        QVERIFY2(closeRel(out[i].stability, stability[i]),
                 qPrintable(QString::number(out[i].stability, 'g', 12)));
        if (days[i] > 0) {
            QCOMPARE(out[i].state, CardState::Review);
            QCOMPARE(out[i].learningSteps, 0);
            QCOMPARE(out[i].due, now + days[i] * kDay);
        }
    }
    QCOMPARE(out[0].lapses, againLapses);
    QCOMPARE(out[1].lapses, 0);
}

void TestFsrsScheduler::nextMatchesPreview()
{
    const qint64 t0 = at("2025-01-01T09:00:00Z");
    const CardMemory cards[] = {CardMemory::newCard(t0),
                                stepCard(CardState::Learning, 1, 2.3065, 2.1, t0),
                                reviewCard(12.0, 4.0, t0)};
    for (const FsrsParameters &p : {FsrsParameters{}, shortTermOff()}) {
        const FsrsScheduler s = scheduler(p);
        for (const CardMemory &card : cards) {
            const auto all = s.preview(card, t0 + 9 * kDay);
            for (Rating r : {Rating::Again, Rating::Hard, Rating::Good, Rating::Easy})
                QCOMPARE(s.next(card, t0 + 9 * kDay, r), all[static_cast<int>(r) - 1]);
        }
    }
}

void TestFsrsScheduler::weightsClampedOnConstruction()
{
    FsrsParameters p;
    p.w[4] = 50.0;
    p.w[19] = 0.0;
    const FsrsScheduler s = scheduler(p);
    QCOMPARE(s.parameters().w[4], 10.0);
    QCOMPARE(s.parameters().w[19], 0.01);
    // The model uses the clamped value: D0(Again) = w4.
    QCOMPARE(s.model().initialDifficulty(Rating::Again), 10.0);
}

void TestFsrsScheduler::clockGoingBackwards()
{
    const qint64 t0 = at("2025-03-10T09:00:00Z");
    const CardMemory next =
        scheduler().next(reviewCard(10.0, 5.0, t0), t0 - 3 * kDay, Rating::Good);
    QCOMPARE(next.elapsedDays, 0);
    QCOMPARE(next.lastReview, std::optional<qint64>(t0 - 3 * kDay));
}

void TestFsrsScheduler::localDaysChangeOnlyElapsedDays()
{
    // 23:30 and 01:30 the next UTC date, both inside the Berlin study day of 1 January (the
    // second is before the 04:00 rollover): one UTC day, zero local days.
    const qint64 last = at("2025-01-01T22:30:00Z");
    const qint64 now = at("2025-01-02T00:30:00Z");
    const CardMemory card = reviewCard(10.0, 5.0, last);
    const FsrsScheduler utc = scheduler();
    const FsrsScheduler local(FsrsParameters{}, DayCounter::local(QTimeZone("Europe/Berlin")));
    const CardMemory a = utc.next(card, now, Rating::Good);
    const CardMemory b = local.next(card, now, Rating::Good);
    QCOMPARE(a.elapsedDays, 1);
    QCOMPARE(b.elapsedDays, 0);
    // Same-day review: the short-term formula; a day later: the recall formula.
    QCOMPARE(b.stability, local.model().shortTermStability(10.0, Rating::Good));
    QVERIFY(a.stability > b.stability);
    // Due times are always now + whole 24 h days, in both modes.
    QCOMPARE(a.due, now + a.scheduledDays * kDay);
    QCOMPARE(b.due, now + b.scheduledDays * kDay);
}

void TestFsrsScheduler::retrievability_data()
{
    QTest::addColumn<CardMemory>("card");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<double>("expected");

    const qint64 last = at("2025-01-01T23:00:00Z");
    const CardMemory card = reviewCard(10.0, 5.0, last);
    QTest::newRow("new card") << CardMemory::newCard(last) << last + kDay << 0.0;
    // Whole 24 h periods, not UTC dates: crossing midnight alone does not count.
    QTest::newRow("2 h later, next UTC date") << card << last + 2 * 3'600'000 << 1.0;
    QTest::newRow("25 h later") << card << last + 25 * 3'600'000 << 0.98568241;
    QTest::newRow("10 days") << card << last + 10 * kDay << 0.9;
    QTest::newRow("before the last review") << card << last - kDay << 1.0;
}

void TestFsrsScheduler::retrievability()
{
    QFETCH(CardMemory, card);
    QFETCH(qint64, now);
    QFETCH(double, expected);
    QVERIFY(std::abs(scheduler().retrievability(card, now) - expected) < 1e-9);
}

PORTOLAN_TEST_APPLESS_MAIN(TestFsrsScheduler)
#include "tst_fsrsscheduler.moc"
