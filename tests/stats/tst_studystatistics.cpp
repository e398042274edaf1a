// Tests StudyStatistics on a synthetic review log whose counts, retention and forecast are
// worked out by hand in the comments beside each record.
#include "../support/TestMain.h"
#include "../support/TestTime.h"
#include "srs/FsrsParameters.h"
#include "srs/FsrsScheduler.h"
#include "stats/StudyStatistics.h"

#include <QDateTime>
#include <QTest>
#include <numeric>

using namespace portolan;
using portolan::testing::kDay;
using portolan::testing::kNoon;

namespace {

ReviewRecord review(const QString &key, qint64 at, Rating rating, qint64 ms,
                    std::optional<int> reviewIntervalBefore)
{
    ReviewRecord r;
    r.cardKey = key;
    r.reviewedAt = at;
    r.rating = rating;
    r.durationMs = ms;
    if (reviewIntervalBefore) {
        CardMemory before;
        before.state = CardState::Review;
        before.scheduledDays = *reviewIntervalBefore;
        r.before = before;
    }
    return r;
}

// today: young Good, mature Again; 1 day ago: a new card; 3 days ago: mature Hard;
// 10 days ago: young Again; 40 days ago: outside every period; tomorrow: ignored.
QList<ReviewRecord> syntheticLog()
{
    return {
        review("a:transport", kNoon - 2 * 3'600'000, Rating::Good, 10'000, 5),
        review("b:transport", kNoon - 3'600'000, Rating::Again, 20'000, 30),
        review("e:transport", kNoon - kDay, Rating::Good, 8'000, std::nullopt),
        review("c:transport", kNoon - 3 * kDay, Rating::Hard, 5'000, 25),
        review("d:transport", kNoon - 10 * kDay, Rating::Again, 5'000, 3),
        review("f:transport", kNoon - 40 * kDay, Rating::Good, 7'000, 10),
        review("g:transport", kNoon + kDay, Rating::Good, 99'000, 10),
    };
}

CardMemory studied(double stability, qint64 lastReview, qint64 due, int lapses = 0)
{
    CardMemory m;
    m.state = CardState::Review;
    m.stability = stability;
    m.difficulty = 5.0;
    m.lastReview = lastReview;
    m.due = due;
    m.lapses = lapses;
    return m;
}

FsrsScheduler scheduler()
{
    return FsrsScheduler(FsrsParameters{}, DayCounter::utc());
}

} // namespace

class TestStudyStatistics : public QObject
{
    Q_OBJECT

private slots:
    void reviewsPerDay();
    void coarseSlotsGiveTheSameDays_data();
    void coarseSlotsGiveTheSameDays();
    void retention_data();
    void retention();
    void emptyLog();
    void timeSpent();
    void dueForecast();
    void stateCounts();
    void weakestAndLeeches();
    void readiness_data();
    void readiness();
};

void TestStudyStatistics::reviewsPerDay()
{
    const FsrsScheduler s = scheduler();
    StudyStatistics stats(s, DayCounter::utc(), kNoon);
    const QList<DayActivity> days = stats.reviewsPerDay(syntheticLog(), 30);
    QCOMPARE(days.size(), 30);
    QCOMPARE(days.last().date, QDate(2026, 3, 10));
    QCOMPARE(days.first().date, QDate(2026, 2, 9));
    QCOMPARE(days.last().reviews, 2);
    QCOMPARE(days.last().durationMs, 30'000);
    QCOMPARE(days[28].reviews, 1);
    QCOMPARE(days[26].reviews, 1);
    QCOMPARE(days[19].reviews, 1);
    int total = 0;
    for (const DayActivity &d : days)
        total += d.reviews;
    QCOMPARE(total, 5); // the 40-day-old and the future record are outside
    QCOMPARE(stats.reviewsPerDay(syntheticLog(), 365).size(), 365);
    QVERIFY(stats.reviewsPerDay(syntheticLog(), 0).isEmpty());
}

// The statistics sum a year of answers into slots as coarse as the time zone allows (a day
// where the offset never changes, an hour across daylight saving): before, 15-minute slots made
// tens of thousands of groups at 100,000 answers. Whatever the grid, every answer must land on
// the same study day, and the retention and today's time must not change.
void TestStudyStatistics::coarseSlotsGiveTheSameDays_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("rollover");
    QTest::addColumn<qint64>("expectedLength");
    QTest::newRow("UTC") << QString() << 4 << qint64(kDay);
    QTest::newRow("India, +5:30") << "Asia/Kolkata" << 4 << qint64(kDay);
    QTest::newRow("Berlin, daylight saving") << "Europe/Berlin" << 4 << qint64(3'600'000);
    QTest::newRow("Lord Howe, half-hour saving") << "Australia/Lord_Howe" << 3 << qint64(1'800'000);
}

void TestStudyStatistics::coarseSlotsGiveTheSameDays()
{
    QFETCH(QString, zone);
    QFETCH(int, rollover);
    QFETCH(qint64, expectedLength);
    const DayCounter counter =
        zone.isEmpty() ? DayCounter::utc() : DayCounter::local(QTimeZone(zone.toUtf8()), rollover);
    if (!zone.isEmpty() && !QTimeZone(zone.toUtf8()).isValid())
        QSKIP("time zone data not installed");
    const FsrsScheduler s(FsrsParameters{}, counter);
    StudyStatistics stats(s, counter, kNoon);
    constexpr int days = 365;
    const SlotGrid grid = stats.slotGrid(days);
    QCOMPARE(grid.lengthMs, expectedLength);
    QCOMPARE(grid.originMs, stats.windowStartMs(days));

    // Answers every 7 minutes and 13 seconds over 400 days, around every day start and
    // daylight-saving change, young and mature, passed and failed.
    QList<ReviewRecord> log;
    int n = 0;
    for (qint64 t = kNoon - 400 * kDay; t <= kNoon; t += 433'000, ++n)
        log.append(review(QStringLiteral("k%1:transport").arg(n % 50), t,
                          n % 5 == 0 ? Rating::Again : Rating::Good, 1000 + n % 7,
                          n % 3 == 0 ? std::optional<int>() : std::optional<int>(n % 40)));
    const qint64 from = stats.windowStartMs(days);
    const ReviewSummary fine = ReviewSummary::fromRecords(log, from, kNoon);
    const ReviewSummary coarse = ReviewSummary::fromRecords(log, from, kNoon, grid);
    QVERIFY2(coarse.quarters.size() * 2 <= fine.quarters.size(),
             qPrintable(QStringLiteral("%1 coarse slots, %2 fine")
                            .arg(coarse.quarters.size())
                            .arg(fine.quarters.size())));
    const QList<DayActivity> a = stats.reviewsPerDay(fine, days);
    const QList<DayActivity> b = stats.reviewsPerDay(coarse, days);
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].date, a[i].date);
        QVERIFY2(b[i].reviews == a[i].reviews && b[i].durationMs == a[i].durationMs,
                 qPrintable(a[i].date.toString(Qt::ISODate)));
    }
    // And the answers of each day are those whose study date it is.
    const QList<DayActivity> direct = stats.reviewsPerDay(log, days);
    for (int i = 0; i < direct.size(); ++i)
        QCOMPARE(b[i].reviews, direct[i].reviews);
    const RetentionTable ra = stats.retention(fine);
    const RetentionTable rb = stats.retention(coarse);
    for (int row = 0; row < RetentionTable::RowCount; ++row) {
        for (int period = 0; period < RetentionTable::PeriodCount; ++period) {
            QCOMPARE(rb.cells[row][period].passed, ra.cells[row][period].passed);
            QCOMPARE(rb.cells[row][period].total, ra.cells[row][period].total);
        }
    }
    QCOMPARE(stats.timeSpentTodayMs(coarse), stats.timeSpentTodayMs(fine));
}

void TestStudyStatistics::retention_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("passed");
    QTest::addColumn<int>("total");
    QTest::newRow("young today") << int(RetentionTable::Young) << int(RetentionTable::Today) << 1
                                 << 1;
    QTest::newRow("young week") << int(RetentionTable::Young) << int(RetentionTable::Week) << 1
                                << 1;
    QTest::newRow("young month") << int(RetentionTable::Young) << int(RetentionTable::Month) << 1
                                 << 2;
    QTest::newRow("mature today") << int(RetentionTable::Mature) << int(RetentionTable::Today) << 0
                                  << 1;
    QTest::newRow("mature week") << int(RetentionTable::Mature) << int(RetentionTable::Week) << 1
                                 << 2;
    QTest::newRow("mature month") << int(RetentionTable::Mature) << int(RetentionTable::Month) << 1
                                  << 2;
}

void TestStudyStatistics::retention()
{
    QFETCH(int, row);
    QFETCH(int, period);
    QFETCH(int, passed);
    QFETCH(int, total);
    const FsrsScheduler s = scheduler();
    const RetentionTable table =
        StudyStatistics(s, DayCounter::utc(), kNoon).retention(syntheticLog());
    QCOMPARE(table.cells[row][period].passed, passed);
    QCOMPARE(table.cells[row][period].total, total);
}

void TestStudyStatistics::emptyLog()
{
    const FsrsScheduler s = scheduler();
    StudyStatistics stats(s, DayCounter::utc(), kNoon);
    for (const DayActivity &d : stats.reviewsPerDay(QList<ReviewRecord>{}, 90))
        QCOMPARE(d.reviews, 0);
    const RetentionTable table = stats.retention(QList<ReviewRecord>{});
    QCOMPARE(table.cells[RetentionTable::Mature][RetentionTable::Month].total, 0);
    QCOMPARE(table.cells[RetentionTable::Mature][RetentionTable::Month].rate(), 0.0);
    QCOMPARE(stats.timeSpentMs({}), 0);
    QCOMPARE(stats.dueForecast({}, 30), QList<int>(30, 0));
    QVERIFY(stats.weakestCards({}, 10).isEmpty());
    QVERIFY(StudyStatistics::leeches({}).isEmpty());
}

void TestStudyStatistics::timeSpent()
{
    const FsrsScheduler s = scheduler();
    StudyStatistics stats(s, DayCounter::utc(), kNoon);
    QCOMPARE(stats.timeSpentMs(syntheticLog()), 55'000);
    QCOMPARE(stats.timeSpentTodayMs(syntheticLog()), 30'000);
}

void TestStudyStatistics::dueForecast()
{
    const FsrsScheduler s = scheduler();
    QHash<QString, CardMemory> states;
    states["overdue:transport"] = studied(5, kNoon - 7 * kDay, kNoon - 2 * kDay);
    states["today:transport"] = studied(5, kNoon - 7 * kDay, kNoon + 3'600'000);
    states["three:transport"] = studied(5, kNoon - kDay, kNoon + 3 * kDay);
    states["far:transport"] = studied(50, kNoon - kDay, kNoon + 40 * kDay);
    states["new:transport"] = CardMemory::newCard(kNoon);
    const QList<int> forecast =
        StudyStatistics(s, DayCounter::utc(), kNoon).dueForecast(states, 30);
    QCOMPARE(forecast.size(), 30);
    QCOMPARE(forecast[0], 2);
    QCOMPARE(forecast[3], 1);
    QCOMPARE(std::accumulate(forecast.begin(), forecast.end(), 0), 3);
}

void TestStudyStatistics::stateCounts()
{
    QHash<QString, CardMemory> states;
    states["a:transport"] = studied(5, kNoon, kNoon);
    CardMemory learning = studied(1, kNoon, kNoon);
    learning.state = CardState::Learning;
    states["b:transport"] = learning;
    states["outside:transport"] = studied(5, kNoon, kNoon); // not in the study set
    const StateCounts counts =
        StudyStatistics::stateCounts({"a:transport", "b:transport", "c:transport"}, states);
    QCOMPARE(counts.newCards, 1);
    QCOMPARE(counts.learning, 1);
    QCOMPARE(counts.review, 1);
    QCOMPARE(counts.relearning, 0);
    QCOMPARE(counts.total(), 3);
}

void TestStudyStatistics::weakestAndLeeches()
{
    const FsrsScheduler s = scheduler();
    QHash<QString, CardMemory> states;
    states["fresh:transport"] = studied(10, kNoon, kNoon + 10 * kDay);
    states["ten:transport"] = studied(10, kNoon - 10 * kDay, kNoon, 9);             // R = 0.9
    states["weak:transport"] = studied(1, kNoon - 20 * kDay, kNoon - 19 * kDay, 8); // R < 0.9
    states["mild:transport"] = studied(10, kNoon - 5 * kDay, kNoon + 5 * kDay, 3);
    states["new:transport"] = CardMemory::newCard(kNoon);
    // Reviewed at a due date twice, never forgotten, short memory: after the lapsed ones.
    states["shaky:transport"] = studied(2, kNoon - kDay, kNoon + kDay);
    states["shaky:transport"].reps = 4;
    // Before: a card learnt a minute ago, at 100% recall, could top "weakest" (reps 2, never
    // due yet); now it is not listed.
    states["fresh:transport"].reps = 2;
    const QList<CardRecall> weakest =
        StudyStatistics(s, DayCounter::utc(), kNoon).weakestCards(states, 10);
    QStringList order;
    for (const CardRecall &c : weakest)
        order << c.cardKey;
    QCOMPARE(order,
             (QStringList{"ten:transport", "weak:transport", "mild:transport", "shaky:transport"}));
    QVERIFY(qAbs(weakest[0].recall - 0.9) < 1e-6);
    QCOMPARE(StudyStatistics(s, DayCounter::utc(), kNoon).weakestCards(states, 2).size(), 2);

    const QList<CardRecall> leeches = StudyStatistics::leeches(states);
    QCOMPARE(leeches.size(), 2);
    QCOMPARE(leeches[0].cardKey, QStringLiteral("ten:transport"));
    QCOMPARE(leeches[0].lapses, 9);
    QCOMPARE(leeches[1].cardKey, QStringLiteral("weak:transport"));
}

void TestStudyStatistics::readiness_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<double>("expected");
    QTest::addColumn<QString>("weakest");
    // ten: R = 0.9 now; fresh: R = 1 now; never: not studied, counts 0.
    QTest::newRow("mixed") << QStringList{"ten:transport", "fresh:transport", "never:transport"}
                           << (0.9 + 1.0 + 0.0) / 3 << QStringLiteral("never:transport");
    QTest::newRow("studied only") << QStringList{"ten:transport", "fresh:transport"} << 0.95
                                  << QStringLiteral("ten:transport");
    QTest::newRow("nothing studied")
        << QStringList{"never:transport"} << 0.0 << QStringLiteral("never:transport");
    QTest::newRow("empty exam") << QStringList{} << 0.0 << QString();
}

void TestStudyStatistics::readiness()
{
    QFETCH(QStringList, keys);
    QFETCH(double, expected);
    QFETCH(QString, weakest);
    const FsrsScheduler s = scheduler();
    QHash<QString, CardMemory> states;
    states["fresh:transport"] = studied(10, kNoon, kNoon + 10 * kDay);
    states["ten:transport"] = studied(10, kNoon - 10 * kDay, kNoon);
    const Readiness r =
        StudyStatistics(s, DayCounter::utc(), kNoon).readiness("n10-009", keys, states, kNoon);
    QCOMPARE(r.group, QStringLiteral("n10-009"));
    QCOMPARE(r.cards, keys.size());
    QVERIFY2(qAbs(r.expected - expected) < 1e-6, qPrintable(QString::number(r.expected)));
    QCOMPARE(r.weakest.isEmpty() ? QString() : r.weakest.first().cardKey, weakest);
}

PORTOLAN_TEST_APPLESS_MAIN(TestStudyStatistics)
#include "tst_studystatistics.moc"
