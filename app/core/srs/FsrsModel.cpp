#include "srs/FsrsModel.h"

#include "srs/FsrsMath.h"

#include <cmath>

namespace portolan {

namespace {

using fsrsmath::clampJs;
using fsrsmath::jsRound;
using fsrsmath::kStabilityMax;
using fsrsmath::kStabilityMin;
using fsrsmath::roundTo8;

double grade(Rating rating)
{
    return static_cast<double>(static_cast<int>(rating));
}

} // namespace

FsrsModel::FsrsModel(const FsrsParameters &parameters)
    : m_weights(parameters.w), m_enableShortTerm(parameters.enableShortTerm),
      m_maximumInterval(parameters.maximumInterval), m_decay(-parameters.w[20]),
      // The reference writes 0.9^(1/decay) as exp(ln 0.9 / decay); keep its form.
      m_factor(roundTo8(std::exp(std::pow(m_decay, -1.0) * std::log(0.9)) - 1.0)),
      m_intervalModifier(
          roundTo8((std::pow(parameters.requestRetention, 1.0 / m_decay) - 1.0) / m_factor))
{}

double FsrsModel::retrievability(double elapsedDays, double stability) const
{
    return roundTo8(std::pow(1.0 + m_factor * elapsedDays / stability, m_decay));
}

double FsrsModel::initialStability(Rating rating) const
{
    return std::max(w(static_cast<int>(rating) - 1), 0.1);
}

double FsrsModel::initialDifficulty(Rating rating) const
{
    return roundTo8(w(4) - std::exp((grade(rating) - 1.0) * w(5)) + 1.0);
}

double FsrsModel::nextDifficulty(double difficulty, Rating rating) const
{
    const double delta = -w(6) * (grade(rating) - 3.0);
    // Linear damping: steps shrink as D approaches 10, so D never overshoots the ceiling.
    const double damped = difficulty + roundTo8(delta * (10.0 - difficulty) / 9.0);
    // Mean reversion toward D0(Easy), unclamped, as the reference does.
    const double reverted =
        roundTo8(w(7) * initialDifficulty(Rating::Easy) + (1.0 - w(7)) * damped);
    return clampJs(reverted, 1.0, 10.0);
}

double FsrsModel::shortTermStability(double stability, Rating rating) const
{
    const double sinc =
        std::pow(stability, -w(19)) * std::exp(w(17) * (grade(rating) - 3.0 + w(18)));
    // A passing grade on the same day never lowers stability.
    const double masked = rating >= Rating::Hard ? std::max(sinc, 1.0) : sinc;
    return roundTo8(clampJs(stability * masked, kStabilityMin, kStabilityMax));
}

double FsrsModel::forgetStability(double difficulty, double stability, double retrievability) const
{
    return roundTo8(
        clampJs(w(11) * std::pow(difficulty, -w(12)) * (std::pow(stability + 1.0, w(13)) - 1.0) *
                    std::exp((1.0 - retrievability) * w(14)),
                kStabilityMin, kStabilityMax));
}

double FsrsModel::recallStability(double difficulty, double stability, double retrievability,
                                  Rating rating) const
{
    const double hardPenalty = rating == Rating::Hard ? w(15) : 1.0;
    const double easyBonus = rating == Rating::Easy ? w(16) : 1.0;
    return roundTo8(clampJs(
        stability *
            (1.0 + std::exp(w(8)) * (11.0 - difficulty) * std::pow(stability, -w(9)) *
                       (std::exp((1.0 - retrievability) * w(10)) - 1.0) * hardPenalty * easyBonus),
        kStabilityMin, kStabilityMax));
}

FsrsModel::Memory FsrsModel::next(Memory previous, int elapsedDays, Rating rating,
                                  std::optional<double> retrievability) const
{
    if (previous.difficulty == 0.0 && previous.stability == 0.0)
        return {initialStability(rating), clampJs(initialDifficulty(rating), 1.0, 10.0)};

    const double s = previous.stability;
    const double d = previous.difficulty;
    const double r = retrievability ? *retrievability : this->retrievability(elapsedDays, s);
    double stability = 0.0;
    if (elapsedDays == 0 && m_enableShortTerm) {
        stability = shortTermStability(s, rating);
    } else if (rating == Rating::Again) {
        // A lapse may not leave the card more stable than the same-day formula would; with
        // short-term scheduling off that bound is S itself.
        const double afterFail = forgetStability(d, s, r);
        const double w17w18 = m_enableShortTerm ? w(17) * w(18) : 0.0;
        stability = clampJs(roundTo8(s / std::exp(w17w18)), kStabilityMin, afterFail);
    } else {
        stability = recallStability(d, s, r, rating);
    }
    return {stability, nextDifficulty(d, rating)};
}

int FsrsModel::nextInterval(double stability) const
{
    const double days = std::max(1.0, jsRound(stability * m_intervalModifier));
    return static_cast<int>(std::min(days, static_cast<double>(m_maximumInterval)));
}

} // namespace portolan
