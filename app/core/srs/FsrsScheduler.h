#pragma once

#include "srs/CardMemory.h"
#include "srs/DayCounter.h"
#include "srs/FsrsFuzz.h"
#include "srs/FsrsModel.h"
#include "srs/FsrsParameters.h"

#include <array>

namespace portolan {

// Turns a card and a rating into the card's next memory state and due time, as ts-fsrs 5.4.2's
// fsrs().next() does (docs/fsrs.md §4), with the day-counting rule and the fuzz source injected.
//
// Pure and immutable: no wall clock, no globals, so one instance may be shared between threads.
// The caller passes "now"; the only differences from the reference are the DayCounter (Local
// mode) and the fuzz generator (see FsrsFuzz), both documented where they are implemented.
class FsrsScheduler
{
public:
    // Precondition: parameters.validate() is empty. The weights are clamped here, as the
    // reference clamps them on construction.
    FsrsScheduler(FsrsParameters parameters, DayCounter dayCounter);

    const FsrsParameters &parameters() const { return m_parameters; }
    const DayCounter &dayCounter() const { return m_dayCounter; }
    const FsrsModel &model() const { return m_model; }

    // The card after being reviewed at nowMs with rating. fuzzSeed only matters with enableFuzz
    // on; pass something stable per card (e.g. its id) so that re-running a review reproduces it.
    // A review time earlier than the last review counts as the same day (the reference throws).
    CardMemory next(const CardMemory &card, qint64 nowMs, Rating rating,
                    quint64 fuzzSeed = 0) const;
    // The four possible outcomes, indexed by rating − 1 (Again first). Hard/Good/Easy of a
    // review card are ordered against each other, which is why they are computed together.
    std::array<CardMemory, 4> preview(const CardMemory &card, qint64 nowMs,
                                      quint64 fuzzSeed = 0) const;

    // Probability of recall shown to the user (docs/fsrs.md §4d). Portolan, like the reference's
    // get_retrievability(), counts whole 24 h periods since the last review here, not study
    // days: the display then decays smoothly through the day instead of jumping at the day
    // boundary, and does not depend on the day-counting mode. New cards give 0.
    double retrievability(const CardMemory &card, qint64 nowMs) const;

private:
    // A (re)learning step outcome; minutes == 0 means "no step: graduate to Review".
    struct Step
    {
        int minutes = 0;
        int nextStep = 0;
    };

    static Step learningStep(const QList<int> &steps, int current, Rating rating);
    static Step relearningStepAfterLapse(const QList<int> &steps, int current);

    int interval(double stability, int elapsedDays, const FsrsFuzz &fuzz) const;
    void applyStep(CardMemory &card, Step step, CardState stepState, qint64 nowMs,
                   const FsrsFuzz &fuzz) const;
    void setReview(CardMemory &card, int days, qint64 nowMs) const;

    std::array<CardMemory, 4> previewLearning(const CardMemory &card, const CardMemory &base,
                                              qint64 nowMs, const FsrsFuzz &fuzz) const;
    std::array<CardMemory, 4> previewReview(const CardMemory &card, const CardMemory &base,
                                            qint64 nowMs, const FsrsFuzz &fuzz) const;
    std::array<CardMemory, 4> previewLongTerm(const CardMemory &card, const CardMemory &base,
                                              qint64 nowMs, const FsrsFuzz &fuzz) const;

    FsrsParameters m_parameters;
    DayCounter m_dayCounter;
    FsrsModel m_model;
};

} // namespace portolan
