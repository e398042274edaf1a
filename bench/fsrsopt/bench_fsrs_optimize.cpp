// bench-fsrs-optimize: what "Fit to my reviews" costs as the history grows. A learner whose
// memory follows StudyHistory's hidden weights studies new cards every day for a year, each
// review at the interval the default scheduler gives; the log is cut at 10,000 and 100,000
// reviews (or the sizes given) and fitted. Prints per size: reviews, cards, training items, wall
// time of FsrsOptimizer::optimize() (the whole job: outlier filter, pre-training, Adam, both
// evaluations), and the log loss of the defaults, the fit and the hidden weights themselves.
//   bench-fsrs-optimize [--sizes 10000,100000] [--runs N]
#include "StudyHistory.h"
#include "srs/FsrsModel.h"
#include "srs/FsrsOptimizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <algorithm>
#include <cstdio>

using namespace portolan;

namespace {

FsrsParameters clamped(const FsrsParameters::Weights &w)
{
    FsrsParameters p;
    p.w = w;
    p.clampWeights();
    return p;
}

// One year of study, new cards a day until `reviews` are written: each review at the default
// scheduler's interval, recalled with the hidden model's probability at that moment.
FsrsTrainingSet simulate(int reviews, quint32 seed)
{
    const FsrsModel scheduler(clamped(FsrsParameters::kDefaultWeights));
    const FsrsModel hidden(clamped(StudyHistory::hiddenLearnerWeights()));
    QRandomGenerator random(seed);
    QList<QList<FsrsTrainingSet::OrderedReview>> cards;
    int written = 0;
    const int days = 365;
    const int newPerDay = std::max(5, reviews / 3000);
    for (int card = 0; written < reviews; ++card) {
        const int firstDay = (card / newPerDay) % days;
        QList<FsrsTrainingSet::OrderedReview> history;
        FsrsModel::Memory shown;  // what the scheduler believes
        FsrsModel::Memory memory; // what the learner's memory is
        int day = firstDay;
        int previous = -1;
        while (day < days && written < reviews) {
            const int elapsed = previous < 0 ? 0 : day - previous;
            const double recall =
                previous < 0 ? 0.75 : hidden.retrievability(elapsed, memory.stability);
            Rating rating = Rating::Again;
            if (random.generateDouble() < recall) {
                const double roll = random.generateDouble();
                rating = roll < 0.1 ? Rating::Hard : roll < 0.9 ? Rating::Good : Rating::Easy;
            }
            FsrsTrainingSet::OrderedReview review;
            review.order = qint64(day) * 100000 + card;
            review.review = {int(rating), elapsed};
            history.append(review);
            ++written;
            memory = hidden.next(memory, elapsed, rating);
            shown = scheduler.next(shown, elapsed, rating);
            previous = day;
            day += rating == Rating::Again ? 1 : scheduler.nextInterval(shown.stability);
        }
        cards.append(history);
    }
    return FsrsTrainingSet::fromHistories(cards);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes{10000, 100000};
    int runs = 1;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args.at(i + 1).split(QLatin1Char(',')))
                sizes << s.toInt();
        } else if (args.at(i) == QLatin1String("--runs")) {
            runs = std::max(1, args.at(i + 1).toInt());
        }
    }
    std::printf("%9s %7s %8s %10s %10s %10s %10s\n", "reviews", "cards", "items", "optimize",
                "logloss", "logloss", "logloss");
    std::printf("%9s %7s %8s %10s %10s %10s %10s\n", "", "", "", "(median)", "defaults", "fit",
                "hidden");
    for (const int size : sizes) {
        const FsrsTrainingSet set = simulate(size, 7);
        QList<double> times;
        FsrsOptimizer::Result result;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            result = FsrsOptimizer().optimize(set, FsrsParameters::kDefaultWeights);
            times << timer.nsecsElapsed() / 1e6;
        }
        std::sort(times.begin(), times.end());
        const FsrsEvaluation truth =
            FsrsOptimizer::evaluate(set, StudyHistory::hiddenLearnerWeights());
        std::printf("%9d %7d %8d %8.0f ms %10.5f %10.5f %10.5f\n", set.reviewCount(),
                    set.cardCount(), int(set.items().size()), times.at(times.size() / 2),
                    result.current.logLoss, result.fitted.logLoss, truth.logLoss);
        std::fflush(stdout);
    }
    return 0;
}
