#include "stats/FsrsWorkload.h"

#include "srs/FsrsScheduler.h"
#include "stats/PlanSimulator.h"

#include <QSet>
#include <algorithm>

namespace portolan {

FsrsWorkload::FsrsWorkload(FsrsParameters base, DayCounter days)
    : m_base(std::move(base)), m_days(std::move(days))
{}

FsrsParameters FsrsWorkload::parametersWith(const FsrsParameters::Weights &weights) const
{
    FsrsParameters p = m_base;
    p.w = weights;
    // No fuzz: the two figures must differ by the weights alone, and the same log must give the
    // same figures every time.
    p.enableFuzz = false;
    p.clampWeights();
    return p;
}

QHash<QString, CardMemory> FsrsWorkload::replay(const QList<FsrsLogEntry> &log,
                                                const FsrsParameters::Weights &weights) const
{
    const FsrsScheduler scheduler(parametersWith(weights), m_days);
    // The log comes in id order; an imported history may have been added out of time order.
    QList<const FsrsLogEntry *> ordered;
    ordered.reserve(log.size());
    for (const FsrsLogEntry &e : log)
        ordered.append(&e);
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const FsrsLogEntry *a, const FsrsLogEntry *b) { return a->atMs < b->atMs; });
    QHash<QString, CardMemory> cards;
    for (const FsrsLogEntry *e : ordered) {
        auto it = cards.find(e->cardKey);
        if (it == cards.end())
            it = cards.insert(e->cardKey, CardMemory::newCard(e->atMs));
        else if (e->cardWasNew) // the card was reset: its history starts again here
            *it = CardMemory::newCard(e->atMs);
        *it = scheduler.next(*it, e->atMs, e->rating);
    }
    return cards;
}

double FsrsWorkload::reviewsPerDay(const QList<FsrsLogEntry> &log,
                                   const FsrsParameters::Weights &weights, qint64 nowMs,
                                   int horizonDays) const
{
    if (horizonDays <= 0 || log.isEmpty())
        return 0.0;
    const FsrsScheduler scheduler(parametersWith(weights), m_days);
    const QHash<QString, CardMemory> states = replay(log, weights);
    // A fixed order: the simulated futures draw their random answers card by card.
    QStringList keys = states.keys();
    keys.sort();
    ExamPlan plan;
    plan.today = m_days.studyDate(nowMs);
    plan.target = m_base.requestRetention;
    for (int d = 0; d < horizonDays; ++d) {
        PlanDay day;
        day.date = plan.today.addDays(d);
        plan.days.append(day);
    }
    PlanSimulator(scheduler).simulate(plan, keys, states, nowMs);
    return plan.meanReviews;
}

FsrsWorkloadEstimate FsrsWorkload::compare(const QList<FsrsLogEntry> &log,
                                           const FsrsParameters::Weights &current,
                                           const FsrsParameters::Weights &fitted, qint64 nowMs,
                                           int horizonDays) const
{
    FsrsWorkloadEstimate out;
    out.horizonDays = std::max(0, horizonDays);
    out.current = reviewsPerDay(log, current, nowMs, horizonDays);
    out.fitted = reviewsPerDay(log, fitted, nowMs, horizonDays);
    QSet<QString> cards;
    for (const FsrsLogEntry &e : log)
        cards.insert(e.cardKey);
    out.cards = int(cards.size());
    return out;
}

} // namespace portolan
