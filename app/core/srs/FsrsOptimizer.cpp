#include "srs/FsrsOptimizer.h"

#include "srs/FsrsDual.h"
#include "srs/FsrsMath.h"
#include "srs/FsrsPretraining.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <vector>

namespace portolan {

namespace {

constexpr int kW = FsrsParameters::kWeightCount;
// The model below runs on plain values and on values with derivatives (FsrsDual.h).
using fsrsdual::clampT;
using fsrsdual::Dual;
using fsrsdual::exp;
using fsrsdual::log;
using fsrsdual::minT;
using fsrsdual::pow;
using fsrsdual::val;
using fsrspretraining::averageRecall;
using fsrspretraining::pretrainFrom;
using fsrspretraining::smoothAndFill;
constexpr double kSMin = fsrsmath::kStabilityMin;
constexpr double kSMax = fsrsmath::kStabilityMax;
constexpr double kInitSMax = fsrsmath::kInitialStabilityMax;
constexpr double kDMin = 1.0;
constexpr double kDMax = 10.0;
// The loss clamps predicted recall away from 0 and 1 so that ln() stays finite.
constexpr double kMinProb = 1e-7;
constexpr double kMaxProb = 1.0 - 1e-7;
// The reference's spread of each weight over many users' fits; the L2 pull is scaled by it so
// that a weight that varies a lot between learners may move further (docs/fsrs.md §9.3).
constexpr std::array<double, kW> kStdDev{6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6,
                                         0.12, 0.39, 0.18,  0.33,  0.3,  0.09, 0.16,
                                         0.57, 0.25, 1.03,  0.31,  0.32, 0.14, 0.27};

template <typename T> using Ws = std::array<T, kW>;

template <typename T> struct State
{
    T s;
    T d;
};

// The reference's training model (fsrs-rs model.rs), docs/fsrs.md §9.3: the §3 formulas
// without ts-fsrs's rounding, in single precision there and double here.
template <typename T> T curve(const Ws<T> &w, double t, const T &s)
{
    const T decay = -w[20];
    const T factor = exp(std::log(0.9) / decay) - 1.0;
    return pow(factor * (t / s) + 1.0, decay);
}

template <typename T> T initialDifficulty(const Ws<T> &w, int rating)
{
    return w[4] - exp(w[5] * double(rating - 1)) + 1.0;
}

template <typename T> State<T> initial(const Ws<T> &w, int rating)
{
    return {clampT(w[rating - 1], kSMin, kSMax),
            clampT(initialDifficulty(w, rating), kDMin, kDMax)};
}

template <typename T> State<T> step(const Ws<T> &w, int deltaT, int rating, const State<T> &st)
{
    const T lastS = clampT(st.s, kSMin, kSMax);
    const T lastD = clampT(st.d, kDMin, kDMax);
    const double g = rating;
    T newS;
    if (deltaT == 0) {
        // Same-day review: the short-term formula, whatever the grade.
        const T sinc = exp(w[17] * (g - 3.0 + w[18])) * pow(lastS, -w[19]);
        newS = lastS * (rating >= 2 && val(sinc) < 1.0 ? T(1.0) : sinc);
    } else {
        const T r = curve(w, double(deltaT), lastS);
        if (rating == 1) {
            const T forget = w[11] * pow(lastD, -w[12]) * (pow(lastS + 1.0, w[13]) - 1.0) *
                             exp((1.0 - r) * w[14]);
            newS = minT(forget, lastS / exp(w[17] * w[18]));
        } else {
            T inc = exp(w[8]) * (11.0 - lastD) * pow(lastS, -w[9]) * (exp((1.0 - r) * w[10]) - 1.0);
            if (rating == 2)
                inc = inc * w[15];
            else if (rating == 4)
                inc = inc * w[16];
            newS = lastS * (inc + 1.0);
        }
    }
    const T deltaD = -w[6] * (g - 3.0);
    const T damped = lastD + (10.0 - lastD) * deltaD / 9.0;
    const T reverted = w[7] * (initialDifficulty(w, 4) - damped) + damped;
    return {clampT(newS, kSMin, kSMax), clampT(reverted, kDMin, kDMax)};
}

// The recall predicted for an item's last review from the reviews before it.
template <typename T>
T predict(const Ws<T> &w, const QList<FsrsTrainingSet::Review> &reviews, int length)
{
    State<T> st = initial(w, reviews[0].rating);
    for (int i = 1; i < length - 1; ++i)
        st = step(w, reviews[i].deltaT, reviews[i].rating, st);
    return curve(w, double(reviews[length - 1].deltaT), st.s);
}

// Reviews of the prefix that came a day or more after the previous one.
int longTermCount(const QList<FsrsTrainingSet::Review> &reviews, int length)
{
    int n = 0;
    for (int i = 0; i < length; ++i)
        n += reviews[i].deltaT > 0 ? 1 : 0;
    return n;
}

int firstLongTermDelta(const QList<FsrsTrainingSet::Review> &reviews, int length)
{
    for (int i = 0; i < length; ++i) {
        if (reviews[i].deltaT > 0)
            return reviews[i].deltaT;
    }
    return 0;
}

// The reference's prepare_training_data (docs/fsrs.md §9.2): first long-term reviews grouped by
// first grade and interval; rare intervals (the smallest groups making up 5 %, at least 20
// reviews) and long ones are dropped, together with every later item of the same cards.
struct Prepared
{
    std::vector<int> initialization; // item indices used for pre-training
    std::vector<int> train;          // item indices used for gradient descent
};

Prepared prepare(const FsrsTrainingSet &set)
{
    const auto &items = set.items();
    const auto &cards = set.cards();
    std::map<int, std::map<int, std::vector<int>>> groups; // first grade → interval → items
    for (int i = 0; i < int(items.size()); ++i) {
        const auto &reviews = cards[items[i].card];
        if (longTermCount(reviews, items[i].length) != 1)
            continue;
        groups[reviews[0].rating][reviews[items[i].length - 1].deltaT].push_back(i);
    }
    Prepared out;
    std::array<QSet<int>, 5> removed;
    for (const auto &[rating, byDelta] : groups) {
        std::vector<std::pair<int, const std::vector<int> *>> sub;
        std::size_t total = 0;
        for (const auto &[delta, list] : byDelta) {
            sub.emplace_back(delta, &list);
            total += list.size();
        }
        // Largest groups first, ties by the longer interval; walked from the other end.
        std::sort(sub.begin(), sub.end(), [](const auto &a, const auto &b) {
            if (a.second->size() != b.second->size())
                return a.second->size() > b.second->size();
            return a.first > b.first;
        });
        std::size_t dropped = 0;
        const std::size_t threshold = std::max<std::size_t>(20, total / 20);
        const int maxDelta = rating != 4 ? 100 : 365;
        for (auto it = sub.rbegin(); it != sub.rend(); ++it) {
            const std::size_t size = it->second->size();
            if (dropped + size >= threshold) {
                if (size >= 6 && it->first <= maxDelta)
                    out.initialization.insert(out.initialization.end(), it->second->begin(),
                                              it->second->end());
                else
                    removed[rating].insert(it->first);
            } else {
                dropped += size;
                removed[rating].insert(it->first);
            }
        }
    }
    for (int i = 0; i < int(items.size()); ++i) {
        const auto &reviews = cards[items[i].card];
        if (!removed[reviews[0].rating].contains(firstLongTermDelta(reviews, items[i].length)))
            out.train.push_back(i);
    }
    return out;
}

void clip(Ws<double> &w, const FsrsOptimizer::Options &o)
{
    FsrsParameters p;
    p.enableShortTerm = o.enableShortTerm;
    p.relearningSteps = QList<int>(std::max(0, o.relearningSteps), 10);
    p.w = w;
    p.clampWeights();
    w = p.w;
}

// Cosine annealing from the learning rate to 0 over all steps (the reference's schedule; the
// closed form of its recurrence).
double learningRate(double initial, int stepIndex, int totalSteps)
{
    return initial * (1.0 + std::cos(M_PI * stepIndex / totalSteps)) / 2.0;
}

} // namespace

// ---- FsrsTrainingSet ----------------------------------------------------------------------------

FsrsTrainingSet FsrsTrainingSet::fromLog(QList<FsrsLogEntry> log, const DayCounter &days)
{
    std::stable_sort(log.begin(), log.end(), [](const FsrsLogEntry &a, const FsrsLogEntry &b) {
        if (a.cardKey != b.cardKey)
            return a.cardKey < b.cardKey;
        return a.atMs < b.atMs;
    });
    QList<QList<OrderedReview>> cards;
    for (qsizetype begin = 0; begin < log.size();) {
        qsizetype end = begin;
        while (end < log.size() && log[end].cardKey == log[begin].cardKey)
            ++end;
        // The history starts at the card's last first review: a reset card starts again, and a
        // card whose first review is not in the log cannot be replayed from New.
        qsizetype start = -1;
        for (qsizetype i = begin; i < end; ++i) {
            if (log[i].cardWasNew)
                start = i;
        }
        if (start >= 0) {
            QList<OrderedReview> card;
            for (qsizetype i = start; i < end; ++i) {
                const int delta =
                    i == start ? 0 : std::max(0, days.daysBetween(log[i - 1].atMs, log[i].atMs));
                card.append(OrderedReview{log[i].atMs, Review{int(log[i].rating), delta}});
            }
            cards.append(card);
        }
        begin = end;
    }
    return fromHistories(cards);
}

FsrsTrainingSet FsrsTrainingSet::fromHistories(const QList<QList<OrderedReview>> &cards)
{
    FsrsTrainingSet set;
    struct Key
    {
        qint64 order;
        int card;
        int length;
    };
    std::vector<Key> keys;
    for (const auto &card : cards) {
        QList<Review> reviews;
        QList<qint64> orders;
        for (const auto &r : card) {
            reviews.append(r.review);
            orders.append(r.order);
        }
        set.m_orders.append(orders);
        const int index = int(set.m_cards.size());
        set.m_reviewCount += int(reviews.size());
        // One item per review after the first that is not on the same day as the previous one:
        // same-day reviews shape the memory (short-term terms) but are not predicted.
        for (int i = 1; i < reviews.size(); ++i) {
            if (reviews[i].deltaT > 0)
                keys.push_back({card[i].order, index, i + 1});
        }
        set.m_cards.append(reviews);
    }
    std::stable_sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.order != b.order)
            return a.order < b.order;
        if (a.card != b.card)
            return a.card < b.card;
        return a.length < b.length;
    });
    set.m_items.reserve(qsizetype(keys.size()));
    for (const Key &k : keys)
        set.m_items.append(Item{k.card, k.length});
    return set;
}

// ---- FsrsOptimizer ------------------------------------------------------------------------------

FsrsEvaluation FsrsOptimizer::evaluate(const FsrsTrainingSet &set,
                                       const FsrsParameters::Weights &weights)
{
    struct Bin
    {
        double predicted = 0, actual = 0, count = 0, weight = 0;
    };
    // Bins of the reference's r_matrix_index: interval, number of long-term reviews and lapses,
    // each on a geometric scale.
    const auto geometric = [](double x, double base) {
        return std::floor(std::log(x) / std::log(base));
    };
    std::map<std::tuple<qint64, qint64, qint64>, Bin> bins;
    // The reference evaluates what its outlier filter keeps: the first long-term reviews of the
    // kept groups first, then the later reviews (docs/fsrs.md §9.4). The order sets the weights.
    const Prepared prepared = prepare(set);
    std::vector<int> order = prepared.initialization;
    for (int i : prepared.train) {
        if (longTermCount(set.cards()[set.items()[i].card], set.items()[i].length) > 1)
            order.push_back(i);
    }
    const double n1 = std::max(1.0, double(order.size()) - 1.0);
    double loss = 0.0;
    double weightSum = 0.0;
    for (int idx = 0; idx < int(order.size()); ++idx) {
        const auto &item = set.items()[order[std::size_t(idx)]];
        const auto &reviews = set.cards()[item.card];
        const double weight = 0.25 + 0.75 * std::pow(idx / n1, 3);
        const double p =
            std::clamp(predict<double>(weights, reviews, item.length), kMinProb, kMaxProb);
        const double y = reviews[item.length - 1].rating > 1 ? 1.0 : 0.0;
        loss += -(y * std::log(p) + (1.0 - y) * std::log(1.0 - p)) * weight;
        weightSum += weight;

        const double delta = reviews[item.length - 1].deltaT;
        const qint64 deltaBin =
            qint64(std::round(2.48 * std::pow(3.62, geometric(delta, 3.62)) * 100.0));
        const double length = longTermCount(reviews, item.length) + 1.0;
        const qint64 lengthBin = qint64(std::round(1.99 * std::pow(1.89, geometric(length, 1.89))));
        int lapses = 0;
        for (int i = 0; i < item.length - 1; ++i)
            lapses += reviews[i].rating == 1 && reviews[i].deltaT > 0 ? 1 : 0;
        const qint64 lapseBin =
            lapses == 0 ? 0 : qint64(std::round(1.65 * std::pow(1.73, geometric(lapses, 1.73))));
        Bin &b = bins[{deltaBin, lengthBin, lapseBin}];
        b.predicted += p;
        b.actual += y;
        b.count += 1.0;
        b.weight += weight;
    }
    FsrsEvaluation out;
    out.items = int(order.size());
    if (order.empty())
        return out;
    out.logLoss = loss / weightSum;
    double sum = 0.0;
    double binWeight = 0.0;
    for (const auto &[key, b] : bins) {
        const double diff = b.predicted / b.count - b.actual / b.count;
        sum += diff * diff * b.weight;
        binWeight += b.weight;
    }
    out.rmseBins = std::sqrt(sum / binWeight);
    return out;
}

std::optional<std::array<double, 4>> FsrsOptimizer::pretrain(const FsrsTrainingSet &set)
{
    const Prepared prepared = prepare(set);
    const auto pre = pretrainFrom(set, prepared.initialization, averageRecall(set, prepared.train));
    if (!pre)
        return std::nullopt;
    return pre->stability;
}

std::optional<FsrsParameters::Weights>
FsrsOptimizer::fit(const FsrsTrainingSet &set, const Progress &progress, QString *error) const
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const Options &o = m_options;
    if (o.batchSize <= 0 || o.epochs <= 0 || !std::isfinite(o.learningRate) ||
        !std::isfinite(o.gamma))
        return fail(QStringLiteral("invalid training options"));

    const Prepared prepared = prepare(set);
    if (prepared.train.size() < 8)
        return FsrsParameters::kDefaultWeights;
    const auto pre = pretrainFrom(set, prepared.initialization, averageRecall(set, prepared.train));
    if (!pre)
        return fail(QStringLiteral("no first grade has enough first reviews to start from"));

    Ws<double> start = FsrsParameters::kDefaultWeights;
    std::copy(pre->stability.begin(), pre->stability.end(), start.begin());
    if (prepared.train.size() == prepared.initialization.size() || prepared.train.size() < 64)
        return start;
    if (!o.enableShortTerm) {
        start[17] = start[18] = start[19] = 0.0;
    }

    // Recency weights by position among the training items, then the over-long histories go.
    struct Weighted
    {
        int item;
        double weight;
    };
    std::vector<Weighted> train;
    const double n1 = std::max(1.0, double(prepared.train.size()) - 1.0);
    for (std::size_t k = 0; k < prepared.train.size(); ++k) {
        const int i = prepared.train[k];
        if (set.items()[i].length <= o.maxSequenceLength)
            train.push_back({i, 0.25 + 0.75 * std::pow(double(k) / n1, 3)});
    }
    std::stable_sort(train.begin(), train.end(), [&set](const Weighted &a, const Weighted &b) {
        return set.items()[a.item].length < set.items()[b.item].length;
    });
    const std::size_t total = train.size();
    std::vector<std::pair<std::size_t, std::size_t>> batches; // [begin, end)
    for (std::size_t b = 0; b < total; b += std::size_t(o.batchSize))
        batches.emplace_back(b, std::min(total, b + std::size_t(o.batchSize)));

    const int totalSteps = int((total / std::size_t(o.batchSize) + 1) * std::size_t(o.epochs));
    const int progressTotal = int(batches.size()) * o.epochs;
    Ws<double> w = start;
    std::array<double, kW> m{};
    std::array<double, kW> v{};
    int t = 0;
    std::mt19937_64 rng(o.seed);
    std::vector<std::size_t> order(batches.size());
    int stepIndex = 0;
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        // Fisher–Yates with an explicit generator: std::shuffle differs between libraries.
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[std::size_t(rng() % i)]);
        for (std::size_t bi : order) {
            const double lr = learningRate(o.learningRate, stepIndex++, totalSteps);
            Ws<Dual> wd;
            for (int i = 0; i < kW; ++i) {
                wd[i].v = w[i];
                wd[i].d[i] = 1.0;
            }
            std::array<double, kW> grad{};
            const auto [begin, end] = batches[bi];
            for (std::size_t k = begin; k < end; ++k) {
                const auto &item = set.items()[train[k].item];
                const auto &reviews = set.cards()[item.card];
                const Dual p = predict<Dual>(wd, reviews, item.length);
                if (p.v <= kMinProb || p.v >= kMaxProb)
                    continue; // clamped: no gradient
                const double y = reviews[item.length - 1].rating > 1 ? 1.0 : 0.0;
                // d/dp of −(y ln p + (1−y) ln(1−p)), summed over the batch.
                const double g = -train[k].weight * (y / p.v - (1.0 - y) / (1.0 - p.v));
                for (int i = 0; i < kW; ++i)
                    grad[i] += g * p.d[i];
            }
            const double scale = o.gamma * double(end - begin) / double(total);
            for (int i = 0; i < kW; ++i)
                grad[i] += 2.0 * (w[i] - start[i]) / (kStdDev[i] * kStdDev[i]) * scale;
            if (!o.enableShortTerm) {
                std::fill(grad.begin(), grad.begin() + 4, 0.0);
                std::fill(grad.begin() + 17, grad.begin() + 20, 0.0);
            }
            // Adam (β1 0.9, β2 0.999, ε 1e-8) with bias correction.
            ++t;
            const double bias1 = 1.0 - std::pow(0.9, t);
            const double bias2 = 1.0 - std::pow(0.999, t);
            for (int i = 0; i < kW; ++i) {
                m[i] = 0.9 * m[i] + 0.1 * grad[i];
                v[i] = 0.999 * v[i] + 0.001 * grad[i] * grad[i];
                w[i] -= lr * (m[i] / bias1) / (std::sqrt(v[i] / bias2) + 1e-8);
            }
            clip(w, o);
            if (progress && !progress(stepIndex, progressTotal))
                return fail(QStringLiteral("cancelled"));
        }
    }
    for (double x : w) {
        if (!std::isfinite(x))
            return fail(QStringLiteral("the fit diverged"));
    }
    // The fitted initial stabilities get the same ordering and filling as the pre-trained ones.
    fsrspretraining::RatingStability fitted;
    for (int r = 1; r <= 4; ++r)
        fitted[r] = w[r - 1];
    if (const auto s0 = smoothAndFill(fitted, pre->counts))
        std::copy(s0->begin(), s0->end(), w.begin());
    return w;
}

FsrsOptimizer::Result FsrsOptimizer::optimize(const FsrsTrainingSet &set,
                                              const FsrsParameters::Weights &current,
                                              const Progress &progress) const
{
    Result result;
    result.reviews = set.reviewCount();
    result.cards = set.cardCount();
    if (result.reviews < kMinimumReviews || result.cards < kMinimumCards) {
        result.status = Result::Status::NotEnoughHistory;
        result.message = QStringLiteral("optimizing needs at least %1 reviews of at least %2 "
                                        "cards; the log has %3 reviews of %4 cards")
                             .arg(kMinimumReviews)
                             .arg(kMinimumCards)
                             .arg(result.reviews)
                             .arg(result.cards);
        return result;
    }
    QString error;
    const auto weights = fit(set, progress, &error);
    if (!weights) {
        result.status = error == QLatin1String("cancelled") ? Result::Status::Cancelled
                                                            : Result::Status::Failed;
        result.message = error;
        return result;
    }
    result.status = Result::Status::Fitted;
    result.weights = *weights;
    result.fitted = evaluate(set, *weights);
    result.current = evaluate(set, current);
    return result;
}

} // namespace portolan
