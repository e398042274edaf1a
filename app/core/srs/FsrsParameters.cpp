#include "srs/FsrsParameters.h"

#include "srs/FsrsMath.h"

#include <cmath>
#include <limits>
#include <vector>

namespace portolan {

namespace {

using fsrsmath::clampJs;
using fsrsmath::kInitialStabilityMax;
using fsrsmath::kStabilityMin;
using fsrsmath::roundTo8;

constexpr double kShortTermCeiling = 2.0;
constexpr double kFsrs5Decay = 0.5;

struct Bound
{
    double lo;
    double hi;
};

double weightOrZero(const std::vector<double> &w, std::size_t i)
{
    // The reference reads `parameters[i] || 0`: a missing or NaN weight counts as 0.
    return i < w.size() && !std::isnan(w[i]) ? w[i] : 0.0;
}

// ts-fsrs clipParameters(): clamps the weights present (17, 19 or 21 of them). With more than one
// relearning step, w17/w18 get a ceiling that keeps repeated same-day lapses from raising S.
void clip(std::vector<double> &w, qsizetype relearningStepCount, bool enableShortTerm)
{
    std::array<Bound, FsrsParameters::kWeightCount> bounds{{
        {kStabilityMin, kInitialStabilityMax},
        {kStabilityMin, kInitialStabilityMax},
        {kStabilityMin, kInitialStabilityMax},
        {kStabilityMin, kInitialStabilityMax},
        {1.0, 10.0},
        {0.001, 4.0},
        {0.001, 4.0},
        {0.001, 0.75},
        {0.0, 4.5},
        {0.0, 0.8},
        {0.001, 3.5},
        {0.001, 5.0},
        {0.001, 0.25},
        {0.001, 0.9},
        {0.0, 4.0},
        {0.0, 1.0},
        {1.0, 6.0},
        {0.0, kShortTermCeiling},
        {0.0, kShortTermCeiling},
        {enableShortTerm ? 0.01 : 0.0, 0.8},
        {0.1, 0.8},
    }};
    if (relearningStepCount > 1) {
        const double w11 = clampJs(weightOrZero(w, 11), bounds[11].lo, bounds[11].hi);
        const double w13 = clampJs(weightOrZero(w, 13), bounds[13].lo, bounds[13].hi);
        const double w14 = clampJs(weightOrZero(w, 14), bounds[14].lo, bounds[14].hi);
        const double value = -(std::log(w11) + std::log(std::pow(2.0, w13) - 1.0) + w14 * 0.3) /
                             static_cast<double>(relearningStepCount);
        const double ceiling =
            clampJs(roundTo8(std::sqrt(std::max(value, 0.0))), 0.01, kShortTermCeiling);
        bounds[17].hi = ceiling;
        bounds[18].hi = ceiling;
    }
    const std::size_t count = std::min(w.size(), bounds.size());
    for (std::size_t i = 0; i < count; ++i)
        w[i] = clampJs(weightOrZero(w, i), bounds[i].lo, bounds[i].hi);
}

} // namespace

QString FsrsParameters::validate() const
{
    // Written so that NaN fails too.
    if (!(requestRetention > 0.0 && requestRetention <= 1.0))
        return QStringLiteral("request_retention: must be in (0, 1], got %1").arg(requestRetention);
    if (maximumInterval < 1)
        return QStringLiteral("maximum_interval: must be at least 1 day, got %1")
            .arg(maximumInterval);
    for (qsizetype i = 0; i < learningSteps.size(); ++i) {
        if (learningSteps[i] < 0)
            return QStringLiteral("learning_steps[%1]: must not be negative, got %2")
                .arg(i)
                .arg(learningSteps[i]);
    }
    for (qsizetype i = 0; i < relearningSteps.size(); ++i) {
        if (relearningSteps[i] < 0)
            return QStringLiteral("relearning_steps[%1]: must not be negative, got %2")
                .arg(i)
                .arg(relearningSteps[i]);
    }
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (!std::isfinite(w[i]))
            return QStringLiteral("w[%1]: must be a finite number").arg(i);
    }
    return {};
}

void FsrsParameters::clampWeights()
{
    std::vector<double> v(w.begin(), w.end());
    clip(v, relearningSteps.size(), enableShortTerm);
    std::copy(v.begin(), v.end(), w.begin());
}

FsrsParametersResult FsrsParameters::withWeights(const FsrsParameters &base,
                                                 std::span<const double> weights)
{
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (!std::isfinite(weights[i]))
            return {std::nullopt, QStringLiteral("w[%1]: must be a finite number").arg(i)};
    }
    std::vector<double> v(weights.begin(), weights.end());
    const qsizetype relearning = base.relearningSteps.size();
    switch (v.size()) {
    case 21:
        clip(v, relearning, base.enableShortTerm);
        break;
    case 19:
        // FSRS-5 had no short-term exponent and a fixed decay of 0.5.
        clip(v, relearning, base.enableShortTerm);
        v.insert(v.end(), {0.0, kFsrs5Decay});
        break;
    case 17:
        // FSRS-4.5 defined initial difficulty with a linear term; the reference rewrites w4..w6
        // into the exponential form (it uses toFixed(8), which r8 matches except at exact ties).
        clip(v, relearning, base.enableShortTerm);
        v[4] = roundTo8(v[5] * 2.0 + v[4]);
        v[5] = roundTo8(std::log(v[5] * 3.0 + 1.0) / 3.0);
        v[6] = roundTo8(v[6] + 0.5);
        v.insert(v.end(), {0.0, 0.0, 0.0, kFsrs5Decay});
        break;
    default:
        return {std::nullopt, QStringLiteral("w: must have 17, 19 or 21 weights, got %1")
                                  .arg(static_cast<qsizetype>(v.size()))};
    }
    FsrsParameters result = base;
    std::copy(v.begin(), v.end(), result.w.begin());
    // The reference clips a second time once the array has 21 entries; this is where the
    // appended w19 = 0 becomes 0.01 with short-term scheduling on.
    result.clampWeights();
    return {result, {}};
}

std::optional<int> FsrsParameters::parseStep(QStringView step)
{
    if (step.size() < 2)
        return std::nullopt;
    const QStringView digits = step.chopped(1);
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    qint64 perUnit = 0;
    switch (step.back().unicode()) {
    case u'm':
        perUnit = 1;
        break;
    case u'h':
        perUnit = 60;
        break;
    case u'd':
        perUnit = 1440;
        break;
    default:
        return std::nullopt;
    }
    if (value > std::numeric_limits<int>::max() / perUnit)
        return std::nullopt;
    return static_cast<int>(value * perUnit);
}

} // namespace portolan
