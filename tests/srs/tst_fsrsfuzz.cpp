// Tests FsrsFuzz: the fuzz range of docs/fsrs.md §4c (values worked out by hand from the formula,
// matching ts-fsrs's get_fuzz_range()), the properties of Portolan's own generator, and fuzz as
// the scheduler applies it: inside the range, deterministic per seed, ordering kept.
#include "../support/TestMain.h"
#include "SrsFixture.h"
#include "srs/FsrsFuzz.h"
#include "srs/FsrsScheduler.h"

#include <QDateTime>
#include <QSet>
#include <QTest>

using namespace portolan;
using namespace srsfixture;

namespace {

FsrsScheduler utcScheduler(const FsrsParameters &p)
{
    return FsrsScheduler(p, DayCounter::utc());
}

} // namespace

class TestFsrsFuzz : public QObject
{
    Q_OBJECT

private slots:
    void range_data();
    void range();
    void disabledLeavesIntervals();
    void shortIntervalsNotFuzzed();
    void unitIsDeterministicAndSpread();
    void applyCoversRange();
    void throughScheduler_data();
    void throughScheduler();
    void throughSchedulerKeepsOrdering();
};

void TestFsrsFuzz::range_data()
{
    QTest::addColumn<int>("interval");
    QTest::addColumn<int>("elapsed");
    QTest::addColumn<int>("maximum");
    QTest::addColumn<int>("lo");
    QTest::addColumn<int>("hi");

    // delta = 1 + 0.15·(min(ivl,7) − 2.5)⁺ + 0.10·(min(ivl,20) − 7)⁺ + 0.05·(ivl − 20)⁺
    QTest::newRow("3 d: delta 1.075") << 3 << 0 << 36500 << 2 << 4;
    QTest::newRow("8 d: delta 1.775") << 8 << 0 << 36500 << 6 << 10;
    QTest::newRow("20 d: delta 2.975") << 20 << 0 << 36500 << 17 << 23;
    QTest::newRow("100 d: delta 6.975") << 100 << 0 << 36500 << 93 << 107;
    QTest::newRow("365 d: delta 18.225") << 365 << 100 << 36500 << 345 << 385;
    QTest::newRow("not before the elapsed gap + 1") << 8 << 7 << 36500 << 8 << 10;
    QTest::newRow("elapsed beyond the interval: no floor") << 8 << 9 << 36500 << 6 << 10;
    QTest::newRow("capped by maximum interval") << 8 << 0 << 9 << 6 << 9;
    QTest::newRow("interval above maximum") << 100 << 0 << 50 << 43 << 50;
    QTest::newRow("range collapses at the cap") << 3 << 2 << 3 << 3 << 3;
}

void TestFsrsFuzz::range()
{
    QFETCH(int, interval);
    QFETCH(int, elapsed);
    QFETCH(int, maximum);
    QFETCH(int, lo);
    QFETCH(int, hi);
    QCOMPARE(FsrsFuzz::range(interval, elapsed, maximum), (FsrsFuzz::Range{lo, hi}));
}

void TestFsrsFuzz::disabledLeavesIntervals()
{
    const FsrsFuzz off;
    QVERIFY(!off.isEnabled());
    for (int ivl : {1, 3, 8, 100, 36500})
        QCOMPARE(off.apply(ivl, 0, 36500), ivl);
}

void TestFsrsFuzz::shortIntervalsNotFuzzed()
{
    for (quint64 seed = 0; seed < 100; ++seed) {
        const FsrsFuzz fuzz(seed, 1'735'722'000'000, 3);
        QCOMPARE(fuzz.apply(1, 0, 36500), 1);
        QCOMPARE(fuzz.apply(2, 0, 36500), 2);
    }
}

void TestFsrsFuzz::unitIsDeterministicAndSpread()
{
    QCOMPARE(FsrsFuzz::unitFor(42, 1'735'722'000'000, 5),
             FsrsFuzz::unitFor(42, 1'735'722'000'000, 5));
    QVERIFY(FsrsFuzz::unitFor(42, 1'735'722'000'000, 5) !=
            FsrsFuzz::unitFor(42, 1'735'722'000'000, 6));
    QVERIFY(FsrsFuzz::unitFor(42, 1'735'722'000'000, 5) !=
            FsrsFuzz::unitFor(43, 1'735'722'000'000, 5));
    // Consecutive seeds fill all ten deciles of [0, 1) roughly evenly.
    int deciles[10] = {};
    const int n = 10'000;
    for (int seed = 0; seed < n; ++seed) {
        const double u = FsrsFuzz::unitFor(static_cast<quint64>(seed), 0, 1);
        QVERIFY(u >= 0.0 && u < 1.0);
        ++deciles[static_cast<int>(u * 10)];
    }
    for (int count : deciles)
        QVERIFY2(count > n / 10 * 0.9 && count < n / 10 * 1.1, qPrintable(QString::number(count)));
}

void TestFsrsFuzz::applyCoversRange()
{
    QSet<int> seen;
    for (quint64 seed = 0; seed < 500; ++seed) {
        const int days = FsrsFuzz(seed, 0, 1).apply(20, 0, 36500);
        QVERIFY(days >= 17 && days <= 23);
        seen.insert(days);
    }
    QCOMPARE(seen.size(), 7);
}

void TestFsrsFuzz::throughScheduler_data()
{
    QTest::addColumn<FsrsParameters>("parameters");
    QTest::addColumn<CardMemory>("card");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<Rating>("rating");

    const qint64 t0 = at("2025-01-01T09:00:00Z");
    FsrsParameters noSteps;
    noSteps.learningSteps = {};
    noSteps.relearningSteps = {};
    QTest::newRow("new card graduates on Easy (8 d)")
        << noSteps << CardMemory::newCard(t0) << t0 << Rating::Easy;
    QTest::newRow("learning card graduates late")
        << FsrsParameters{} << stepCard(CardState::Learning, 1, 2.3065, 2.1, t0) << t0 + 20 * kDay
        << Rating::Good;
    QTest::newRow("lapse without relearning steps")
        << noSteps << reviewCard(300.0, 3.0, t0) << t0 + 400 * kDay << Rating::Again;
    QTest::newRow("long-term Again of a new card is not fuzzed (1 d)")
        << shortTermOff() << CardMemory::newCard(t0) << t0 << Rating::Again;
}

void TestFsrsFuzz::throughScheduler()
{
    QFETCH(FsrsParameters, parameters);
    QFETCH(CardMemory, card);
    QFETCH(qint64, now);
    QFETCH(Rating, rating);

    const CardMemory plain = utcScheduler(parameters).next(card, now, rating);
    parameters.enableFuzz = true;
    const FsrsScheduler fuzzy = utcScheduler(parameters);
    const FsrsFuzz::Range range =
        FsrsFuzz::range(plain.scheduledDays, plain.elapsedDays, parameters.maximumInterval);
    QSet<int> seen;
    for (quint64 seed = 0; seed < 400; ++seed) {
        const CardMemory a = fuzzy.next(card, now, rating, seed);
        QCOMPARE(fuzzy.next(card, now, rating, seed), a); // deterministic per seed
        QCOMPARE(a.stability, plain.stability);
        QCOMPARE(a.due, now + a.scheduledDays * kDay);
        if (plain.scheduledDays < 3) {
            QCOMPARE(a.scheduledDays, plain.scheduledDays);
        } else {
            QVERIFY2(a.scheduledDays >= range.min && a.scheduledDays <= range.max,
                     qPrintable(QStringLiteral("%1 outside [%2, %3]")
                                    .arg(a.scheduledDays)
                                    .arg(range.min)
                                    .arg(range.max)));
        }
        seen.insert(a.scheduledDays);
    }
    // 400 draws reach both ends of the range, so the fuzz is really spread over all of it.
    if (plain.scheduledDays >= 3) {
        QVERIFY(seen.contains(range.min));
        QVERIFY(seen.contains(range.max));
    } else {
        QCOMPARE(seen.size(), 1);
    }
}

void TestFsrsFuzz::throughSchedulerKeepsOrdering()
{
    FsrsParameters p;
    p.enableFuzz = true;
    const FsrsScheduler s = utcScheduler(p);
    const qint64 t0 = at("2025-01-01T09:00:00Z");
    const CardMemory card = reviewCard(4.0, 5.0, t0);
    for (quint64 seed = 0; seed < 200; ++seed) {
        const auto out = s.preview(card, t0 + 4 * kDay, seed);
        QVERIFY(out[1].scheduledDays < out[2].scheduledDays);
        QVERIFY(out[2].scheduledDays < out[3].scheduledDays);
    }
}

PORTOLAN_TEST_APPLESS_MAIN(TestFsrsFuzz)
#include "tst_fsrsfuzz.moc"
