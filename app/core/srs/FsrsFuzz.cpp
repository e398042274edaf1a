#include "srs/FsrsFuzz.h"

#include "srs/FsrsMath.h"

#include <algorithm>
#include <cmath>

namespace portolan {

namespace {

// splitmix64 (Steele, Lea, Flood 2014): a small, well-mixed, portable generator. It only has to
// be deterministic and evenly spread, not cryptographic.
quint64 splitmix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

} // namespace

FsrsFuzz::FsrsFuzz(quint64 seed, qint64 nowMs, int reps) : m_unit(unitFor(seed, nowMs, reps)) {}

double FsrsFuzz::unitFor(quint64 seed, qint64 nowMs, int reps)
{
    // Chain the inputs through the mixer so that nearby seeds, times or rep counts do not give
    // nearby numbers.
    quint64 state = splitmix64(seed);
    state = splitmix64(state ^ static_cast<quint64>(nowMs));
    state = splitmix64(state ^ static_cast<quint64>(static_cast<qint64>(reps)));
    // The top 53 bits fill a double's mantissa exactly, giving a value in [0, 1).
    return static_cast<double>(state >> 11) * 0x1.0p-53;
}

FsrsFuzz::Range FsrsFuzz::range(int interval, int elapsedDays, int maximumInterval)
{
    const double ivl = interval;
    // Wider spread for longer intervals: 15 % of the part between 2.5 and 7 days, 10 % up to
    // 20 days, 5 % beyond.
    const double delta = 1.0 + 0.15 * std::max(std::min(ivl, 7.0) - 2.5, 0.0) +
                         0.10 * std::max(std::min(ivl, 20.0) - 7.0, 0.0) +
                         0.05 * std::max(ivl - 20.0, 0.0);
    const double capped = std::min(ivl, static_cast<double>(maximumInterval));
    int lo = static_cast<int>(std::max(2.0, fsrsmath::jsRound(capped - delta)));
    const int hi = static_cast<int>(
        std::min(fsrsmath::jsRound(capped + delta), static_cast<double>(maximumInterval)));
    // Never schedule an overdue card sooner than the gap it has just survived.
    if (capped > elapsedDays)
        lo = std::max(lo, elapsedDays + 1);
    lo = std::min(lo, hi);
    return {lo, hi};
}

int FsrsFuzz::apply(int interval, int elapsedDays, int maximumInterval) const
{
    if (!m_unit || interval < 2.5)
        return interval;
    const Range r = range(interval, elapsedDays, maximumInterval);
    return static_cast<int>(std::floor(*m_unit * (r.max - r.min + 1) + r.min));
}

} // namespace portolan
