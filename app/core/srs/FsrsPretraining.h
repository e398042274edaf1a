#pragma once
// Pre-training, as the reference optimizer does before its gradient descent (docs/fsrs.md
// §9.2): the first four weights, the initial stability after each first grade, estimated
// directly from the recall seen at each first interval.
#include "srs/FsrsOptimizer.h"

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace portolan::fsrspretraining {

// First grades (1..4) and how many first long-term reviews each has.
using RatingCounts = std::map<int, int>;
using RatingStability = std::map<int, double>;

struct Pretrained
{
    std::array<double, 4> stability{};
    RatingCounts counts;
};

// The share of the items `indices` of `set` whose last answer was a recall (0 for none).
double averageRecall(const FsrsTrainingSet &set, const std::vector<int> &indices);

// The reference's smooth_and_fill: initial stabilities must grow with the grade (the estimate
// with more data wins a conflict) and missing grades are interpolated geometrically from the
// others with the reference's fixed exponents.
std::optional<std::array<double, 4>> smoothAndFill(RatingStability rs, const RatingCounts &count);

// Per first grade, the S0 whose forgetting curve (default decay) best fits the
// recall observed at each first interval, found by ternary search with a small pull to the
// default S0.
// `average` is averageRecall() of the training items; nullopt when no grade has data.
std::optional<Pretrained> pretrainFrom(const FsrsTrainingSet &set, const std::vector<int> &init,
                                       double average);

} // namespace portolan::fsrspretraining
