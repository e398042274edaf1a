// The workload two FSRS weight sets imply for the learner's own cards (FsrsWorkload), as the fit
// dialog and `portolan fsrs optimize` show it: weights that make memories weaker bring more
// reviews, a higher desired retention brings more reviews, the same log gives the same figures
// in any order, and an empty log or no days give none. The single-card case is checked against
// the scheduler by hand.
#include "../support/TestMain.h"
#include "../support/TestTime.h"
#include "srs/FsrsScheduler.h"
#include "stats/FsrsWorkload.h"

#include <QDateTime>
#include <QTest>

using namespace portolan;
using portolan::testing::kDay;
using portolan::testing::kMinute;
using portolan::testing::kNow;
using portolan::testing::kToday;

namespace {

// 80 cards, started over the last 61 days, each reviewed on its due days with Good (now and
// then Again), as the default scheduler would have asked: a plausible two months of study.
QList<FsrsLogEntry> twoMonths()
{
    const FsrsScheduler scheduler(FsrsParameters{}, DayCounter::utc());
    QList<FsrsLogEntry> log;
    for (int c = 0; c < 80; ++c) {
        const QString key = QStringLiteral("p%1:port-to-protocol").arg(c);
        qint64 at = kNow - (61 - (c % 60)) * kDay + c * kMinute;
        CardMemory card = CardMemory::newCard(at);
        for (int n = 0; at < kNow - kDay && n < 30; ++n) {
            const Rating rating = (c + n) % 7 == 3 ? Rating::Again : Rating::Good;
            log.append({key, at, rating, n == 0});
            card = scheduler.next(card, at, rating);
            at = std::max(card.due, at + kMinute);
        }
    }
    return log;
}

// Weights under which every memory is weaker: smaller first stabilities, smaller gains.
FsrsParameters::Weights forgetful()
{
    FsrsParameters::Weights w = FsrsParameters::kDefaultWeights;
    for (int i = 0; i < 4; ++i)
        w[i] *= 0.3;
    w[8] *= 0.6;
    return w;
}

} // namespace

class TestFsrsWorkload : public QObject
{
    Q_OBJECT

private slots:
    void weakerMemoriesBringMoreReviews()
    {
        const QList<FsrsLogEntry> log = twoMonths();
        const FsrsWorkload workload(FsrsParameters::product(), DayCounter::utc());
        const FsrsWorkloadEstimate e =
            workload.compare(log, FsrsParameters::kDefaultWeights, forgetful(), kNow);
        QCOMPARE(e.horizonDays, FsrsWorkload::kHorizonDays);
        QCOMPARE(e.cards, 80);
        QVERIFY2(e.current > 1.0 && e.current < 80.0, qPrintable(QString::number(e.current)));
        QVERIFY2(e.fitted > e.current * 1.2,
                 qPrintable(QStringLiteral("%1 now, %2 forgetful").arg(e.current).arg(e.fitted)));
        // The same weights on both sides: the same figure.
        const FsrsWorkloadEstimate same = workload.compare(log, FsrsParameters::kDefaultWeights,
                                                           FsrsParameters::kDefaultWeights, kNow);
        QCOMPARE(same.current, same.fitted);
        QCOMPARE(same.current, e.current);
    }

    void desiredRetentionCounts()
    {
        const QList<FsrsLogEntry> log = twoMonths();
        FsrsParameters relaxed = FsrsParameters::product();
        relaxed.requestRetention = 0.80;
        FsrsParameters strict = relaxed;
        strict.requestRetention = 0.95;
        const double low = FsrsWorkload(relaxed, DayCounter::utc())
                               .reviewsPerDay(log, FsrsParameters::kDefaultWeights, kNow);
        const double high = FsrsWorkload(strict, DayCounter::utc())
                                .reviewsPerDay(log, FsrsParameters::kDefaultWeights, kNow);
        QVERIFY2(high > low * 1.3,
                 qPrintable(QStringLiteral("%1 at 80%, %2 at 95%").arg(low).arg(high)));
    }

    // The log comes in id order; a history imported later is older than its ids say.
    void orderOfTheLogDoesNotMatter()
    {
        QList<FsrsLogEntry> log = twoMonths();
        const FsrsWorkload workload(FsrsParameters::product(), DayCounter::utc());
        const double sorted = workload.reviewsPerDay(log, forgetful(), kNow);
        std::reverse(log.begin(), log.end());
        QCOMPARE(workload.reviewsPerDay(log, forgetful(), kNow), sorted);
        QCOMPARE(workload.replay(log, forgetful()), workload.replay(twoMonths(), forgetful()));
    }

    // One card, replayed by hand with the scheduler: the memory the workload starts from.
    void replayIsTheSchedulerOverTheAnswers()
    {
        FsrsParameters p = FsrsParameters::product();
        p.w = forgetful();
        const QList<FsrsLogEntry> log{
            {QStringLiteral("dns:protocol-to-port"), kNow - 20 * kDay, Rating::Good, true},
            {QStringLiteral("dns:protocol-to-port"), kNow - 20 * kDay + 10 * kMinute, Rating::Good,
             false},
            {QStringLiteral("dns:protocol-to-port"), kNow - 9 * kDay, Rating::Again, false},
            // Reset: the card starts again from New here.
            {QStringLiteral("dns:protocol-to-port"), kNow - 2 * kDay, Rating::Easy, true}};
        p.enableFuzz = false;
        const FsrsScheduler scheduler(p, DayCounter::utc());
        const CardMemory expected =
            scheduler.next(CardMemory::newCard(kNow - 2 * kDay), kNow - 2 * kDay, Rating::Easy);
        const auto states =
            FsrsWorkload(FsrsParameters::product(), DayCounter::utc()).replay(log, forgetful());
        QCOMPARE(states.size(), 1);
        QCOMPARE(states.value(QStringLiteral("dns:protocol-to-port")), expected);
    }

    void nothingToSimulate()
    {
        const FsrsWorkload workload(FsrsParameters::product(), DayCounter::utc());
        const FsrsWorkloadEstimate empty =
            workload.compare({}, FsrsParameters::kDefaultWeights, forgetful(), kNow);
        QCOMPARE(empty.current, 0.0);
        QCOMPARE(empty.fitted, 0.0);
        QCOMPARE(empty.cards, 0);
        QCOMPARE(workload.reviewsPerDay(twoMonths(), forgetful(), kNow, 0), 0.0);
        QCOMPARE(workload.compare(twoMonths(), forgetful(), forgetful(), kNow, -3).horizonDays, 0);
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestFsrsWorkload)
#include "tst_fsrsworkload.moc"
