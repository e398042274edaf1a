#include "srs/FsrsPretraining.h"

#include "srs/FsrsMath.h"

#include <algorithm>
#include <cmath>

namespace portolan::fsrspretraining {

double averageRecall(const FsrsTrainingSet &set, const std::vector<int> &indices)
{
    if (indices.empty())
        return 0.0;
    int recalled = 0;
    for (int i : indices) {
        const auto &item = set.items()[i];
        recalled += set.cards()[item.card][item.length - 1].rating > 1 ? 1 : 0;
    }
    return double(recalled) / double(indices.size());
}

std::optional<std::array<double, 4>> smoothAndFill(RatingStability rs, const RatingCounts &count)
{
    for (auto it = rs.begin(); it != rs.end();)
        it = count.contains(it->first) ? std::next(it) : rs.erase(it);
    const std::array<std::pair<int, int>, 6> pairs{
        {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}}};
    for (const auto &[small, big] : pairs) {
        if (rs.contains(small) && rs.contains(big) && rs[small] > rs[big]) {
            if (count.at(small) > count.at(big))
                rs[big] = rs[small];
            else
                rs[small] = rs[big];
        }
    }
    const double w1 = 0.41;
    const double w2 = 0.54;
    std::array<std::optional<double>, 5> a;
    for (const auto &[k, v] : rs)
        a[k] = v;
    const auto P = [](double x, double y) { return std::pow(x, y); };
    std::array<double, 4> out{};
    switch (rs.size()) {
    case 0:
        return std::nullopt;
    case 1: {
        const int k = rs.begin()->first;
        const double f = rs.begin()->second / FsrsParameters::kDefaultWeights[k - 1];
        for (int i = 0; i < 4; ++i)
            out[i] = FsrsParameters::kDefaultWeights[i] * f;
        std::sort(out.begin(), out.end());
        break;
    }
    case 2: {
        if (!a[1] && !a[2] && a[3] && a[4]) {
            const double r3 = *a[3], r4 = *a[4];
            a[2] = P(r3, 1 / (1 - w2)) * P(r4, 1 - 1 / (1 - w2));
            a[1] = P(*a[2], 1 / w1) * P(r3, 1 - 1 / w1);
        } else if (!a[1] && a[2] && !a[3] && a[4]) {
            const double r2 = *a[2], r4 = *a[4];
            a[3] = P(r2, 1 - w2) * P(r4, w2);
            a[1] = P(r2, 1 / w1) * P(*a[3], 1 - 1 / w1);
        } else if (!a[1] && a[2] && a[3] && !a[4]) {
            const double r2 = *a[2], r3 = *a[3];
            a[4] = P(r2, 1 - 1 / w2) * P(r3, 1 / w2);
            a[1] = P(r2, 1 / w1) * P(r3, 1 - 1 / w1);
        } else if (a[1] && !a[2] && !a[3] && a[4]) {
            const double r1 = *a[1], r4 = *a[4];
            const double e = w1 / (w1 + w2 - w1 * w2);
            const double f = w2 / (w1 + w2 - w1 * w2);
            a[2] = P(r1, e) * P(r4, 1 - e);
            a[3] = P(r1, 1 - f) * P(r4, f);
        } else if (a[1] && !a[2] && a[3] && !a[4]) {
            const double r1 = *a[1], r3 = *a[3];
            a[2] = P(r1, w1) * P(r3, 1 - w1);
            a[4] = P(*a[2], 1 - 1 / w2) * P(r3, 1 / w2);
        } else if (a[1] && a[2] && !a[3] && !a[4]) {
            const double r1 = *a[1], r2 = *a[2];
            a[3] = P(r1, 1 - 1 / (1 - w1)) * P(r2, 1 / (1 - w1));
            a[4] = P(r2, 1 - 1 / w2) * P(*a[3], 1 / w2);
        }
        [[fallthrough]];
    }
    case 3:
        if (rs.size() == 3) {
            if (!a[1] && a[2] && a[3])
                a[1] = P(*a[2], 1 / w1) * P(*a[3], 1 - 1 / w1);
            else if (a[1] && !a[2] && a[3])
                a[2] = P(*a[1], w1) * P(*a[3], 1 - w1);
            else if (a[2] && !a[3] && a[4])
                a[3] = P(*a[2], 1 - w2) * P(*a[4], w2);
            else if (a[2] && a[3] && !a[4])
                a[4] = P(*a[2], 1 - 1 / w2) * P(*a[3], 1 / w2);
        }
        [[fallthrough]];
    default:
        for (int i = 0; i < 4; ++i) {
            if (!a[i + 1])
                return std::nullopt;
            out[i] = *a[i + 1];
        }
        break;
    }
    for (double &s : out)
        s = std::clamp(s, fsrsmath::kStabilityMin, fsrsmath::kInitialStabilityMax);
    return out;
}

std::optional<Pretrained> pretrainFrom(const FsrsTrainingSet &set, const std::vector<int> &init,
                                       double average)
{
    struct Point
    {
        int n = 0;
        int recalled = 0;
    };
    std::map<int, std::map<int, Point>> groups;
    for (int i : init) {
        const auto &item = set.items()[i];
        const auto &reviews = set.cards()[item.card];
        const auto &current = reviews[item.length - 1];
        Point &p = groups[reviews[0].rating][current.deltaT];
        ++p.n;
        p.recalled += current.rating > 1 ? 1 : 0;
    }
    Pretrained out;
    RatingStability found;
    const double decay = -FsrsParameters::kDefaultWeights[20];
    const double factor = std::pow(0.9, 1.0 / decay) - 1.0;
    for (const auto &group : groups) {
        // Named, not a structured binding: the loss lambda below captures it.
        const int rating = group.first;
        const auto &points = group.second;
        int total = 0;
        for (const auto &[delta, p] : points)
            total += p.n;
        out.counts[rating] = total;
        const double defaultS0 = FsrsParameters::kDefaultWeights[rating - 1];
        const auto loss = [&](double s) {
            double sum = 0.0;
            for (const auto &[delta, p] : points) {
                // Each point's recall is smoothed toward the average with one pseudo-review.
                const double recall = (double(p.recalled) + average) / (p.n + 1.0);
                const double y = std::pow(1.0 + factor * delta / s, decay);
                sum += -(recall * std::log(y) + (1.0 - recall) * std::log(1.0 - y)) * p.n;
            }
            return sum + std::abs(s - defaultS0) / 16.0;
        };
        double low = fsrsmath::kStabilityMin;
        double high = fsrsmath::kInitialStabilityMax;
        double best = defaultS0;
        for (int iter = 0; high - low > 2.220446049250313e-16 && iter < 1000; ++iter) {
            const double m1 = low + (high - low) / 3.0;
            const double m2 = high - (high - low) / 3.0;
            if (loss(m1) < loss(m2))
                high = m2;
            else
                low = m1;
            best = (high + low) / 2.0;
        }
        found[rating] = best;
    }
    const auto filled = smoothAndFill(found, out.counts);
    if (!filled)
        return std::nullopt;
    out.stability = *filled;
    return out;
}

} // namespace portolan::fsrspretraining
