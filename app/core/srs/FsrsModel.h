#pragma once

#include "srs/CardMemory.h"
#include "srs/FsrsParameters.h"

#include <optional>

namespace portolan {

// The FSRS-6 memory model (docs/fsrs.md §3): how stability and difficulty move after a review, and
// the interval that reaches the requested retention. It knows nothing of card states or steps.
// Every formula rounds where ts-fsrs rounds and multiplies in the same order, so results match
// the reference to the last digit in all but rare last-ulp differences of exp/pow/log.
class FsrsModel
{
public:
    struct Memory
    {
        double stability = 0.0;
        double difficulty = 0.0;
    };

    // The weights must already be clamped (FsrsScheduler does this) and the parameters valid.
    explicit FsrsModel(const FsrsParameters &parameters);

    double decay() const { return m_decay; }   // −w20, negative
    double factor() const { return m_factor; } // r8(0.9^(1/decay) − 1): makes R(S, S) = 0.9
    double intervalModifier() const { return m_intervalModifier; }

    // R(t, S) with t in days; t may be fractional (the display uses whole 24 h periods).
    double retrievability(double elapsedDays, double stability) const;

    double initialStability(Rating rating) const;
    // D0(G) before clamping; next difficulty reverts toward the unclamped D0(Easy).
    double initialDifficulty(Rating rating) const;
    double nextDifficulty(double difficulty, Rating rating) const;
    double shortTermStability(double stability, Rating rating) const;
    double forgetStability(double difficulty, double stability, double retrievability) const;
    double recallStability(double difficulty, double stability, double retrievability,
                           Rating rating) const;

    // The memory after a review graded `rating`, elapsedDays study days after the previous one.
    // A previous memory of S = D = 0 means "never reviewed", exactly as in the reference.
    // retrievability defaults to R(elapsedDays, S); the scheduler passes one shared value when it
    // evaluates all four grades of a review card.
    Memory next(Memory previous, int elapsedDays, Rating rating,
                std::optional<double> retrievability = std::nullopt) const;

    // Days until R falls to the requested retention, at least 1 and at most maximum_interval.
    // Unfuzzed: fuzz needs per-review randomness and lives in FsrsFuzz.
    int nextInterval(double stability) const;

private:
    double w(int i) const { return m_weights[static_cast<std::size_t>(i)]; }

    FsrsParameters::Weights m_weights;
    bool m_enableShortTerm;
    int m_maximumInterval;
    double m_decay;
    double m_factor;
    double m_intervalModifier;
};

} // namespace portolan
