#pragma once

#include <algorithm>
#include <cmath>

// Rounding helpers that reproduce the reference's JavaScript arithmetic. They are free functions
// because FsrsParameters (weight migration) and FsrsModel (every formula) both need them.
namespace portolan::fsrsmath {

// The bounds the reference keeps stability in (days): every review, and the first one's weights.
inline constexpr double kStabilityMin = 0.001;
inline constexpr double kStabilityMax = 36500.0;
inline constexpr double kInitialStabilityMax = 100.0;

// JavaScript Math.round(): halves go towards +infinity. std::round() sends -2.5 to -3 and
// floor(x + 0.5) is wrong for 0.49999999999999994, so compare against the floor instead.
inline double jsRound(double x)
{
    const double down = std::floor(x);
    return x - down >= 0.5 ? down + 1.0 : down;
}

// ts-fsrs roundTo(x, 8) (r8, docs/fsrs.md §1). ts-fsrs rounds at fixed points of every formula;
// doing the same here is what makes stability and difficulty agree to the last digit.
inline double roundTo8(double x)
{
    return jsRound(x * 1e8) / 1e8;
}

// ts-fsrs clamp(): Math.min(Math.max(value, lo), hi), so lo wins if the bounds ever cross.
inline double clampJs(double value, double lo, double hi)
{
    return std::min(std::max(value, lo), hi);
}

} // namespace portolan::fsrsmath
