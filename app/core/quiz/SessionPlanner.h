#pragma once

#include "quiz/Card.h"
#include "quiz/SessionOptions.h"
#include "srs/CardMemory.h"
#include "srs/DayCounter.h"
#include "storage/ReviewLogRepository.h"

#include <QHash>
#include <QList>

namespace portolan {

class Catalog;

// The cards a session will ask, in order (pure: states, recent log and time come in).
//
// Scheduled: cards in learning that are due within the learn-ahead limit, then review cards
// due by the end of today (most overdue first), then new cards up to what is left of the daily
// limit. Siblings are buried: a protocol contributes at most one card per study day, and once
// one of its cards has been answered today its other cards wait for another day.
// Practice: one card per protocol of the deck, in a seeded order, up to practiceCards.
struct SessionPlan
{
    QList<Card> queue;
    int learning = 0; // in the queue: learning cards
    int due = 0;      // in the queue: review cards due
    int fresh = 0;    // in the queue: new cards
    int newToday = 0; // new cards already introduced today
    int buried = 0;   // due siblings held back until another day
    int deckCards = 0;   // every card of the deck, studied or not
    int deckStudied = 0; // of them, the ones answered at least once
};

class SessionPlanner
{
public:
    // Both must outlive the planner.
    SessionPlanner(const Catalog &catalog, const DayCounter &days);

    // The deck's cards that can be asked in at least one of the session's formats.
    QList<Card> deckCards(const SessionOptions &options) const;
    // recent must hold at least today's answers (undone ones excluded).
    SessionPlan plan(const SessionOptions &options, const QHash<QString, CardMemory> &states,
                     const QList<ReviewRecord> &recent, qint64 nowMs, quint64 seed) const;
    // The deck's cards whose lapses reached the leech threshold.
    QList<Card> leeches(const SessionOptions &options,
                        const QHash<QString, CardMemory> &states) const;

private:
    SessionPlan practicePlan(const SessionOptions &options, quint64 seed) const;

    const Catalog &m_catalog;
    const DayCounter &m_days;
};

} // namespace portolan
