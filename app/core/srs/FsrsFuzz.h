#pragma once

#include <QtGlobal>
#include <optional>

namespace portolan {

// Spreads long intervals over a small range so that cards learnt together do not stay due on
// the same day forever (docs/fsrs.md §4c).
// The range is the reference's; the random number is not. ts-fsrs draws it from the Alea PRNG
// seeded with the string "now_reps_D·S"; Portolan uses splitmix64 over (seed, now, reps), so a
// fuzzed due date differs from the reference's. docs/fsrs.md §4c allows that; it is why every
// conformance comparison runs with fuzz off.
class FsrsFuzz
{
public:
    struct Range
    {
        int min = 0;
        int max = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    // No fuzz: apply() returns the interval unchanged.
    FsrsFuzz() = default;
    // Fuzz with one uniform number in [0, 1) drawn from the seed, the review time and the card's
    // rep count after the review, so each review of a card gets a fresh but reproducible draw.
    // Like the reference, one draw serves all four grades of a review.
    FsrsFuzz(quint64 seed, qint64 nowMs, int reps);

    bool isEnabled() const { return m_unit.has_value(); }
    double unit() const { return m_unit.value_or(0.0); }

    // The closed range an interval may be fuzzed into; intervals below 2.5 days are not fuzzed.
    static Range range(int interval, int elapsedDays, int maximumInterval);
    // The uniform number in [0, 1) the constructor draws.
    static double unitFor(quint64 seed, qint64 nowMs, int reps);

    int apply(int interval, int elapsedDays, int maximumInterval) const;

private:
    std::optional<double> m_unit;
};

} // namespace portolan
