#pragma once
// What the scheduler's tests share: instants written as ISO dates, and cards in a given state.
#include "../support/TestTime.h"
#include "srs/CardMemory.h"
#include "srs/FsrsParameters.h"

#include <QDateTime>

namespace srsfixture {

using portolan::testing::kDay;

// "2026-01-01T00:00:00Z" as milliseconds since the epoch.
inline qint64 at(const char *isoUtc)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODateWithMs);
    Q_ASSERT(time.isValid());
    return time.toMSecsSinceEpoch();
}

inline portolan::FsrsParameters shortTermOff()
{
    portolan::FsrsParameters p;
    p.enableShortTerm = false;
    return p;
}

// A card in review after three answers, last reviewed at `lastReview`.
inline portolan::CardMemory reviewCard(double stability, double difficulty, qint64 lastReview)
{
    portolan::CardMemory card = portolan::CardMemory::newCard(lastReview);
    card.state = portolan::CardState::Review;
    card.stability = stability;
    card.difficulty = difficulty;
    card.lastReview = lastReview;
    card.reps = 3;
    return card;
}

// The same card in (re)learning at step `step`.
inline portolan::CardMemory stepCard(portolan::CardState state, int step, double stability,
                                     double difficulty, qint64 lastReview)
{
    portolan::CardMemory card = reviewCard(stability, difficulty, lastReview);
    card.state = state;
    card.learningSteps = step;
    return card;
}

} // namespace srsfixture
