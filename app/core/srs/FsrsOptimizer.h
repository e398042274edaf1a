#pragma once

#include "srs/CardMemory.h"
#include "srs/DayCounter.h"
#include "srs/FsrsParameters.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace portolan {

// One answer as the optimizer needs it: which card, when, the grade, and whether the card was
// new before it (a card that was reset starts a new history there).
struct FsrsLogEntry
{
    QString cardKey;
    qint64 atMs = 0;
    Rating rating = Rating::Good;
    bool cardWasNew = false;
};

// The review log cut into the reference's training items (docs/fsrs.md §9.1): per card its
// reviews with the study days since the previous one (0 for the first and for same-day
// reviews), and one item per review after the first that comes a day or more after the
// previous one. An item is a prefix of its card's history; items are in the order of their
// last review, which the recency weights depend on.
class FsrsTrainingSet
{
public:
    struct Review
    {
        int rating = 3; // 1..4
        int deltaT = 0; // study days since the previous review of the card
    };
    struct Item
    {
        int card = 0;   // index into cards()
        int length = 0; // reviews in the prefix, the last one is the review predicted
    };
    // A review for fromHistories(): `order` sorts items across cards (time or day number).
    struct OrderedReview
    {
        qint64 order = 0;
        Review review;
    };

    // From the log (undone answers already left out), days counted by days.
    static FsrsTrainingSet fromLog(QList<FsrsLogEntry> log, const DayCounter &days);
    // From histories already in days (test vectors): items sorted by (order, card, position).
    static FsrsTrainingSet fromHistories(const QList<QList<OrderedReview>> &cards);

    const QList<QList<Review>> &cards() const { return m_cards; }
    // The order key of each review of each card (its time for fromLog()).
    const QList<QList<qint64>> &orders() const { return m_orders; }
    const QList<Item> &items() const { return m_items; }
    int reviewCount() const { return m_reviewCount; }
    int cardCount() const { return int(m_cards.size()); }

private:
    QList<QList<Review>> m_cards;
    QList<QList<qint64>> m_orders;
    QList<Item> m_items;
    int m_reviewCount = 0;
};

// How well weights predict a log, as the reference's evaluate() measures it (docs/fsrs.md §9.4).
struct FsrsEvaluation
{
    double logLoss = 0.0;  // recency-weighted binary cross-entropy of the predicted recall
    double rmseBins = 0.0; // RMSE of predicted vs. actual recall over the reference's bins
    int items = 0;
};

// Fits FSRS-6's 21 weights to a training set the way fsrs-rs does (docs/fsrs.md §9): outlier
// filter, pre-training of the initial stabilities, then Adam on the binary cross-entropy with
// L2 pull toward the pre-trained start, cosine learning-rate schedule and a fixed seed.
// Deterministic: the same set and options give the same weights, bit for bit.
class FsrsOptimizer
{
public:
    // The reference's TrainingConfig defaults.
    struct Options
    {
        int epochs = 5;
        int batchSize = 512;
        double learningRate = 4e-2;
        int maxSequenceLength = 256;
        double gamma = 1.0; // L2 strength
        quint64 seed = 2023;
        bool enableShortTerm = true;
        int relearningSteps = 1;
    };

    // docs/fsrs.md §9.5: below this, fitting is refused.
    static constexpr int kMinimumReviews = 400;
    static constexpr int kMinimumCards = 50;

    // done/total in batches; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    struct Result
    {
        enum class Status
        {
            Fitted,
            NotEnoughHistory,
            Cancelled,
            Failed
        };
        Status status = Status::Failed;
        QString message; // why not Fitted
        FsrsParameters::Weights weights{};
        FsrsEvaluation fitted;
        FsrsEvaluation current;
        int reviews = 0;
        int cards = 0;
        // The fit predicts the log better than the current weights (lower log loss and RMSE).
        bool better() const
        {
            return status == Status::Fitted && fitted.logLoss < current.logLoss &&
                   fitted.rmseBins <= current.rmseBins;
        }
    };

    FsrsOptimizer() = default;
    explicit FsrsOptimizer(Options options) : m_options(options) {}

    // The whole job: minimum history check, fit, and evaluation of the fit and of `current`.
    Result optimize(const FsrsTrainingSet &set, const FsrsParameters::Weights &current,
                    const Progress &progress = {}) const;

    // Only the fit (no minimum check); nullopt when cancelled or the data cannot be fitted.
    std::optional<FsrsParameters::Weights>
    fit(const FsrsTrainingSet &set, const Progress &progress = {}, QString *error = nullptr) const;

    // The reference's evaluate(): every item, recency-weighted.
    static FsrsEvaluation evaluate(const FsrsTrainingSet &set,
                                   const FsrsParameters::Weights &weights);

    // The four initial stabilities from the first long-term reviews alone (docs/fsrs.md §9.2),
    // or nullopt when no first rating has enough of them.
    static std::optional<std::array<double, 4>> pretrain(const FsrsTrainingSet &set);

private:
    Options m_options;
};

} // namespace portolan
