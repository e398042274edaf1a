// FsrsOptimizer and FsrsTrainingSet (docs/fsrs.md §9): the training items cut from a log, the
// minimum history, the evaluation, pre-training, determinism and the bounds of a fit, and that
// a fit to a learner with a hidden memory moves toward that memory's weights.
#include "../support/TestMain.h"
#include "SrsFixture.h"
#include "srs/FsrsModel.h"
#include "srs/FsrsOptimizer.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>

using namespace portolan;
using srsfixture::kDay;

namespace {

using Ordered = FsrsTrainingSet::OrderedReview;
constexpr qint64 kT0 = 1'735'722'000'000; // 2025-01-01 09:00 UTC

FsrsLogEntry entry(const QString &card, qint64 at, Rating rating, bool isNew = false)
{
    return FsrsLogEntry{card, at, rating, isNew};
}

// A learner whose recall follows FSRS with `hidden` weights, studying `cards` cards for `days`
// days at the intervals the default scheduler would give (rounded, at least one day); a few
// same-day relearning answers after each lapse.
FsrsTrainingSet simulate(const FsrsParameters::Weights &hidden, int cards, int days, quint32 seed)
{
    FsrsParameters hp;
    hp.w = hidden;
    hp.clampWeights();
    const FsrsModel truth(hp);
    const FsrsModel scheduler{FsrsParameters{}};
    QRandomGenerator random(seed);
    QList<QList<FsrsTrainingSet::OrderedReview>> out;
    for (int c = 0; c < cards; ++c) {
        QList<FsrsTrainingSet::OrderedReview> reviews;
        FsrsModel::Memory trueMemory;
        FsrsModel::Memory plan;
        int day = c * days / (2 * cards); // cards start over the first half
        int last = day;
        bool first = true;
        while (day < days) {
            const int t = first ? 0 : day - last;
            Rating rating;
            const double draw = random.generateDouble();
            if (first) {
                rating = draw < 0.2    ? Rating::Again
                         : draw < 0.3  ? Rating::Hard
                         : draw < 0.85 ? Rating::Good
                                       : Rating::Easy;
            } else {
                const double r = truth.retrievability(t, trueMemory.stability);
                const double g = random.generateDouble();
                rating = draw >= r ? Rating::Again
                         : g < 0.1 ? Rating::Hard
                         : g < 0.9 ? Rating::Good
                                   : Rating::Easy;
            }
            reviews.append(Ordered{qint64(day) * 10'000 + c, {int(rating), t}});
            trueMemory = truth.next(first ? FsrsModel::Memory{} : trueMemory, t, rating);
            plan = scheduler.next(first ? FsrsModel::Memory{} : plan, t, rating);
            first = false;
            last = day;
            if (rating == Rating::Again) {
                // Relearning the same day: answered right (R = 1 on the day itself).
                reviews.append(Ordered{qint64(day) * 10'000 + c, {int(Rating::Good), 0}});
                trueMemory = truth.next(trueMemory, 0, Rating::Good);
                plan = scheduler.next(plan, 0, Rating::Good);
            }
            day += std::max(1, scheduler.nextInterval(plan.stability));
        }
        out.append(reviews);
    }
    return FsrsTrainingSet::fromHistories(out);
}

FsrsParameters::Weights hiddenWeights()
{
    return {0.6, 1.8,  4.0,  14.0, 5.5, 1.2, 2.2,  0.02, 1.5,  0.25, 1.1,
            1.9, 0.09, 0.35, 1.3,  0.4, 2.4, 0.35, 0.3,  0.15, 0.3};
}

} // namespace

class TestFsrsOptimizer : public QObject
{
    Q_OBJECT

private slots:
    void itemsFromLog();
    void resetCardStartsOver();
    void refusesTooLittleHistory();
    void evaluationOfPerfectAndWrongPredictions();
    void pretrainFindsInitialStability();
    void fitIsDeterministicAndWithinBounds();
    void fitMovesTowardHiddenMemory();
    void cancel();
};

void TestFsrsOptimizer::itemsFromLog()
{
    // Card a: new, same-day again, two days later, then five days later. Card b: one review.
    // Out of order on purpose: the log is sorted per card by time.
    const QList<FsrsLogEntry> log{
        entry(u"a"_qs, kT0 + 7 * kDay, Rating::Good),
        entry(u"a"_qs, kT0, Rating::Again, true),
        entry(u"b"_qs, kT0 + kDay, Rating::Good, true),
        entry(u"a"_qs, kT0 + 10 * 60'000, Rating::Good),
        entry(u"a"_qs, kT0 + 2 * kDay, Rating::Hard),
    };
    const FsrsTrainingSet set = FsrsTrainingSet::fromLog(log, DayCounter::utc());
    QCOMPARE(set.reviewCount(), 5);
    QCOMPARE(set.cardCount(), 2);
    const auto &a = set.cards()[0];
    QCOMPARE(a.size(), 4);
    QCOMPARE(a[0].deltaT, 0);
    QCOMPARE(a[1].deltaT, 0); // same day: shapes the memory, is not predicted
    QCOMPARE(a[2].deltaT, 2);
    QCOMPARE(a[2].rating, 2);
    QCOMPARE(a[3].deltaT, 5);
    // Items: the reviews a day or more after the previous one, in time order.
    QCOMPARE(set.items().size(), 2);
    QCOMPARE(set.items()[0].card, 0);
    QCOMPARE(set.items()[0].length, 3);
    QCOMPARE(set.items()[1].length, 4);
}

void TestFsrsOptimizer::resetCardStartsOver()
{
    // A card reset to new starts its history again; a card whose first answer is not in the
    // log (imported half way) cannot be replayed and is left out.
    const QList<FsrsLogEntry> log{
        entry(u"a"_qs, kT0, Rating::Good, true),
        entry(u"a"_qs, kT0 + 3 * kDay, Rating::Good),
        entry(u"a"_qs, kT0 + 9 * kDay, Rating::Easy, true),
        entry(u"a"_qs, kT0 + 20 * kDay, Rating::Good),
        entry(u"c"_qs, kT0 + 4 * kDay, Rating::Good),
    };
    const FsrsTrainingSet set = FsrsTrainingSet::fromLog(log, DayCounter::utc());
    QCOMPARE(set.cardCount(), 1);
    QCOMPARE(set.reviewCount(), 2);
    QCOMPARE(set.cards()[0][0].rating, 4);
    QCOMPARE(set.cards()[0][1].deltaT, 11);
}

void TestFsrsOptimizer::refusesTooLittleHistory()
{
    // 399 reviews of 60 cards, then 400 reviews of 49 cards: both short of one threshold.
    const auto make = [](int cards, int reviews) {
        QList<QList<FsrsTrainingSet::OrderedReview>> h(cards);
        for (int i = 0; i < reviews; ++i)
            h[i % cards].append(Ordered{i, {3, i < cards ? 0 : 3}});
        return FsrsTrainingSet::fromHistories(h);
    };
    const auto r1 = FsrsOptimizer().optimize(make(60, 399), FsrsParameters::kDefaultWeights);
    QCOMPARE(r1.status, FsrsOptimizer::Result::Status::NotEnoughHistory);
    QCOMPARE(r1.reviews, 399);
    QCOMPARE(r1.cards, 60);
    QVERIFY2(r1.message.contains(u"at least 400 reviews of at least 50 cards") &&
                 r1.message.contains(u"399 reviews of 60 cards"),
             qPrintable(r1.message));
    QVERIFY(!r1.better());
    const auto r2 = FsrsOptimizer().optimize(make(49, 400), FsrsParameters::kDefaultWeights);
    QCOMPARE(r2.status, FsrsOptimizer::Result::Status::NotEnoughHistory);
    QVERIFY(r2.message.contains(u"400 reviews of 49 cards"));
}

void TestFsrsOptimizer::evaluationOfPerfectAndWrongPredictions()
{
    // 20 cards reviewed Good after S0(Good) days: predicted recall 0.9 with S0(Good) set to
    // the interval (R(S, S) = 0.9), all remembered. Log loss −ln 0.9; the one bin's RMSE is 0.1.
    // (20 is the smallest group of first intervals the reference's outlier filter keeps.)
    const int s = 3;
    QList<QList<Ordered>> h;
    for (int c = 0; c < 20; ++c)
        h.append(QList<Ordered>{Ordered{c, {3, 0}}, Ordered{100 + c, {3, s}}});
    auto w = FsrsParameters::kDefaultWeights;
    w[2] = s;
    const FsrsEvaluation e = FsrsOptimizer::evaluate(FsrsTrainingSet::fromHistories(h), w);
    QCOMPARE(e.items, 20);
    QVERIFY(std::abs(e.logLoss + std::log(0.9)) < 1e-9);
    QVERIFY(std::abs(e.rmseBins - 0.1) < 1e-9);
    // All forgotten instead: −ln 0.1, RMSE 0.9.
    for (auto &card : h)
        card[1].review.rating = 1;
    const FsrsEvaluation f = FsrsOptimizer::evaluate(FsrsTrainingSet::fromHistories(h), w);
    QVERIFY(std::abs(f.logLoss + std::log(0.1)) < 1e-9);
    QVERIFY(std::abs(f.rmseBins - 0.9) < 1e-9);
    // 19 cards are too few for the filter: nothing is evaluated.
    h.removeLast();
    QCOMPARE(FsrsOptimizer::evaluate(FsrsTrainingSet::fromHistories(h), w).items, 0);
}

void TestFsrsOptimizer::pretrainFindsInitialStability()
{
    // 200 cards first answered Good, seen again after 5 days, 90 % remembered: the pre-trained
    // S0(Good) is close to 5 days (R(S, S) = 0.9), pulled a little toward the default.
    QList<QList<FsrsTrainingSet::OrderedReview>> h;
    for (int c = 0; c < 200; ++c)
        h.append(QList<Ordered>{Ordered{c, {3, 0}}, Ordered{c + 1000, {c % 10 == 0 ? 1 : 3, 5}}});
    const auto s0 = FsrsOptimizer::pretrain(FsrsTrainingSet::fromHistories(h));
    QVERIFY(s0);
    QVERIFY2(std::abs((*s0)[2] - 5.0) < 0.3, qPrintable(QString::number((*s0)[2])));
    // The other grades are filled in, in increasing order.
    QVERIFY((*s0)[0] < (*s0)[1] && (*s0)[1] < (*s0)[2] && (*s0)[2] < (*s0)[3]);
}

void TestFsrsOptimizer::fitIsDeterministicAndWithinBounds()
{
    const FsrsTrainingSet set = simulate(hiddenWeights(), 300, 200, 7);
    const auto a = FsrsOptimizer().fit(set);
    const auto b = FsrsOptimizer().fit(set);
    QVERIFY(a && b);
    QCOMPARE(*a, *b); // bit for bit
    FsrsParameters clamped;
    clamped.w = *a;
    clamped.clampWeights();
    for (int i = 0; i < FsrsParameters::kWeightCount; ++i)
        QVERIFY2(std::abs(clamped.w[i] - (*a)[i]) < 1e-9, qPrintable(QString::number(i)));
    // Another seed shuffles the batches differently, so it lands elsewhere.
    FsrsOptimizer::Options other;
    other.seed = 1;
    QVERIFY(*FsrsOptimizer(other).fit(set) != *a);
}

void TestFsrsOptimizer::fitMovesTowardHiddenMemory()
{
    const auto hidden = hiddenWeights();
    const FsrsTrainingSet set = simulate(hidden, 500, 365, 11);
    const auto result = FsrsOptimizer().optimize(set, FsrsParameters::kDefaultWeights);
    QCOMPARE(result.status, FsrsOptimizer::Result::Status::Fitted);
    QVERIFY(result.better());
    const FsrsEvaluation truth = FsrsOptimizer::evaluate(set, hidden);
    qInfo("log loss: defaults %.5f, fit %.5f, hidden %.5f; RMSE %.4f, %.4f, %.4f",
          result.current.logLoss, result.fitted.logLoss, truth.logLoss, result.current.rmseBins,
          result.fitted.rmseBins, truth.rmseBins);
    QVERIFY(result.fitted.logLoss < result.current.logLoss);
    QString fitted;
    for (double x : result.weights)
        fitted += QString::number(x, 'f', 4) + u' ';
    qInfo("fitted: %s", qPrintable(fitted));
    // The fit predicts about as well as the truth itself (it may overfit a little).
    QVERIFY(result.fitted.logLoss < truth.logLoss * 1.02);
    // Toward the hidden weights: the initial stabilities of Again and Good (the most common
    // first grades), the recall-stability weights and the decay end up nearer the hidden values
    // than the defaults are. (The others are barely identifiable from a year of one learner.)
    for (int i : {0, 2, 8, 9, 20}) {
        const double before = std::abs(FsrsParameters::kDefaultWeights[i] - hidden[i]);
        const double after = std::abs(result.weights[i] - hidden[i]);
        QVERIFY2(after < before, qPrintable(QStringLiteral("w%1: %2 (default %3, hidden %4)")
                                                .arg(i)
                                                .arg(result.weights[i])
                                                .arg(FsrsParameters::kDefaultWeights[i])
                                                .arg(hidden[i])));
    }
}

void TestFsrsOptimizer::cancel()
{
    const FsrsTrainingSet set = simulate(hiddenWeights(), 200, 120, 3);
    int calls = 0;
    QString error;
    const auto w = FsrsOptimizer().fit(
        set,
        [&calls](int done, int total) {
            ++calls;
            return done < total / 2;
        },
        &error);
    QVERIFY(!w);
    QCOMPARE(error, u"cancelled"_qs);
    QVERIFY(calls > 0);
}

PORTOLAN_TEST_GUILESS_MAIN(TestFsrsOptimizer)
#include "tst_fsrsoptimizer.moc"
