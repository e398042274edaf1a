#include "srs/FsrsScheduler.h"

#include "srs/FsrsMath.h"

#include <algorithm>

namespace portolan {

namespace {

constexpr qint64 kMsPerMinute = 60'000;
constexpr qint64 kMsPerDay = 86'400'000;
constexpr int kMinutesPerDay = 1440;
constexpr std::array<Rating, 4> kRatings{Rating::Again, Rating::Hard, Rating::Good, Rating::Easy};

std::size_t indexOf(Rating rating)
{
    return static_cast<std::size_t>(static_cast<int>(rating) - 1);
}

FsrsParameters clamped(FsrsParameters parameters)
{
    parameters.clampWeights();
    return parameters;
}

FsrsModel::Memory memoryOf(const CardMemory &card)
{
    return {card.stability, card.difficulty};
}

CardMemory withMemory(CardMemory card, FsrsModel::Memory memory)
{
    card.stability = memory.stability;
    card.difficulty = memory.difficulty;
    return card;
}

} // namespace

FsrsScheduler::FsrsScheduler(FsrsParameters parameters, DayCounter dayCounter)
    : m_parameters(clamped(std::move(parameters))), m_dayCounter(std::move(dayCounter)),
      m_model(m_parameters)
{
    Q_ASSERT_X(m_parameters.validate().isEmpty(), "FsrsScheduler",
               qPrintable(m_parameters.validate()));
}

CardMemory FsrsScheduler::next(const CardMemory &card, qint64 nowMs, Rating rating,
                               quint64 fuzzSeed) const
{
    return preview(card, nowMs, fuzzSeed)[indexOf(rating)];
}

std::array<CardMemory, 4> FsrsScheduler::preview(const CardMemory &card, qint64 nowMs,
                                                 quint64 fuzzSeed) const
{
    // The part common to every grade (the reference's AbstractScheduler.init()).
    int elapsed = 0;
    if (card.state != CardState::New && card.lastReview)
        elapsed = std::max(0, m_dayCounter.daysBetween(*card.lastReview, nowMs));
    CardMemory base = card;
    base.reps += 1;
    base.lastReview = nowMs;
    base.elapsedDays = elapsed;
    const FsrsFuzz fuzz =
        m_parameters.enableFuzz ? FsrsFuzz(fuzzSeed, nowMs, base.reps) : FsrsFuzz();

    if (!m_parameters.enableShortTerm)
        return previewLongTerm(card, base, nowMs, fuzz);
    if (card.state == CardState::Review)
        return previewReview(card, base, nowMs, fuzz);
    return previewLearning(card, base, nowMs, fuzz);
}

double FsrsScheduler::retrievability(const CardMemory &card, qint64 nowMs) const
{
    if (card.state == CardState::New || !card.lastReview)
        return 0.0;
    const qint64 periods = std::max<qint64>(0, (nowMs - *card.lastReview) / kMsPerDay);
    return m_model.retrievability(static_cast<double>(periods), card.stability);
}

FsrsScheduler::Step FsrsScheduler::learningStep(const QList<int> &steps, int current, Rating rating)
{
    // A negative index can only come from corrupt data; read it as the first step.
    current = std::max(0, current);
    const qsizetype n = steps.size();
    if (n == 0 || current >= n)
        return {};
    switch (rating) {
    case Rating::Again:
        return {steps[0], 0};
    case Rating::Hard: {
        // Deliberately independent of the current step: it is what the reference computes, even
        // though its docstring suggests otherwise (see docs/fsrs.md §4a).
        const double minutes = n == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2.0;
        return {static_cast<int>(fsrsmath::jsRound(minutes)), current};
    }
    case Rating::Good:
        // A missing or zero-minute next step graduates the card.
        if (current + 1 < n && steps[current + 1] > 0)
            return {steps[current + 1], current + 1};
        return {};
    case Rating::Easy:
        return {};
    }
    return {};
}

FsrsScheduler::Step FsrsScheduler::relearningStepAfterLapse(const QList<int> &steps, int current)
{
    current = std::max(0, current);
    // A review card's step index is 0 unless it graduated through a step of a day or more.
    if (steps.isEmpty() || current >= steps.size())
        return {};
    return {steps[current], 0};
}

int FsrsScheduler::interval(double stability, int elapsedDays, const FsrsFuzz &fuzz) const
{
    return fuzz.apply(m_model.nextInterval(stability), elapsedDays, m_parameters.maximumInterval);
}

void FsrsScheduler::setReview(CardMemory &card, int days, qint64 nowMs) const
{
    card.state = CardState::Review;
    card.learningSteps = 0;
    card.scheduledDays = days;
    card.due = nowMs + days * kMsPerDay;
}

void FsrsScheduler::applyStep(CardMemory &card, Step step, CardState stepState, qint64 nowMs,
                              const FsrsFuzz &fuzz) const
{
    if (step.minutes > 0 && step.minutes < kMinutesPerDay) {
        card.state = stepState;
        card.learningSteps = step.nextStep;
        card.scheduledDays = 0;
        card.due = nowMs + step.minutes * kMsPerMinute;
    } else if (step.minutes >= kMinutesPerDay) {
        // A step of a day or more keeps its index but already counts as Review, as in the
        // reference; the due time is still exact to the minute.
        card.state = CardState::Review;
        card.learningSteps = step.nextStep;
        card.scheduledDays = step.minutes / kMinutesPerDay;
        card.due = nowMs + step.minutes * kMsPerMinute;
    } else {
        setReview(card, interval(card.stability, card.elapsedDays, fuzz), nowMs);
    }
}

std::array<CardMemory, 4> FsrsScheduler::previewLearning(const CardMemory &card,
                                                         const CardMemory &base, qint64 nowMs,
                                                         const FsrsFuzz &fuzz) const
{
    const QList<int> &steps = card.state == CardState::Relearning ? m_parameters.relearningSteps
                                                                  : m_parameters.learningSteps;
    const CardState stepState = card.state == CardState::New ? CardState::Learning : card.state;
    std::array<CardMemory, 4> out;
    for (const Rating rating : kRatings) {
        CardMemory &result = out[indexOf(rating)];
        result = withMemory(base, m_model.next(memoryOf(card), base.elapsedDays, rating));
        applyStep(result, learningStep(steps, card.learningSteps, rating), stepState, nowMs, fuzz);
    }
    // Graduations from (re)learning are deliberately not ordered: Good may give 2 d and Easy 4 d
    // or Good a longer step than Hard; the reference orders only review-card intervals.
    return out;
}

std::array<CardMemory, 4> FsrsScheduler::previewReview(const CardMemory &card,
                                                       const CardMemory &base, qint64 nowMs,
                                                       const FsrsFuzz &fuzz) const
{
    const int t = base.elapsedDays;
    // One R for all four grades, computed before any of them changes the card.
    const double r = m_model.retrievability(t, card.stability);
    std::array<CardMemory, 4> out;
    for (const Rating rating : kRatings)
        out[indexOf(rating)] = withMemory(base, m_model.next(memoryOf(card), t, rating, r));

    // Hard < Good < Easy must hold even when rounding or fuzz would say otherwise.
    int hard = interval(out[1].stability, t, fuzz);
    int good = interval(out[2].stability, t, fuzz);
    hard = std::min(hard, good);
    good = std::max(good, hard + 1);
    const int easy = std::max(interval(out[3].stability, t, fuzz), good + 1);
    setReview(out[1], hard, nowMs);
    setReview(out[2], good, nowMs);
    setReview(out[3], easy, nowMs);

    CardMemory &again = out[0];
    applyStep(again, relearningStepAfterLapse(m_parameters.relearningSteps, card.learningSteps),
              CardState::Relearning, nowMs, fuzz);
    again.lapses += 1;
    return out;
}

std::array<CardMemory, 4> FsrsScheduler::previewLongTerm(const CardMemory &card,
                                                         const CardMemory &base, qint64 nowMs,
                                                         const FsrsFuzz &fuzz) const
{
    // Without short-term scheduling there are no steps: every card, learning or not, is treated
    // as a review card and all four grades get a whole number of days.
    const bool isNew = card.state == CardState::New;
    const int t = base.elapsedDays;
    const std::optional<double> r =
        isNew ? std::nullopt : std::optional<double>(m_model.retrievability(t, card.stability));
    std::array<CardMemory, 4> out;
    for (const Rating rating : kRatings)
        out[indexOf(rating)] = withMemory(base, m_model.next(memoryOf(card), t, rating, r));

    int again = interval(out[0].stability, t, fuzz);
    int hard = interval(out[1].stability, t, fuzz);
    int good = interval(out[2].stability, t, fuzz);
    int easy = interval(out[3].stability, t, fuzz);
    again = std::min(again, hard);
    hard = std::max(hard, again + 1);
    good = std::max(good, hard + 1);
    easy = std::max(easy, good + 1);
    setReview(out[0], again, nowMs);
    setReview(out[1], hard, nowMs);
    setReview(out[2], good, nowMs);
    setReview(out[3], easy, nowMs);
    if (!isNew)
        out[0].lapses += 1;
    return out;
}

} // namespace portolan
