#include "stats/PlanSimulator.h"

#include "srs/FsrsScheduler.h"

#include <algorithm>

namespace portolan {

PlanSimulator::PlanSimulator(const FsrsScheduler &scheduler)
    : m_scheduler(scheduler), m_answer(&PlanSimulator::forgettingCurve)
{}

Rating PlanSimulator::forgettingCurve(const CardMemory &card, double recall,
                                      QRandomGenerator &random)
{
    if (card.state != CardState::Review)
        return Rating::Good;
    return random.generateDouble() < recall ? Rating::Good : Rating::Again;
}

void PlanSimulator::simulate(ExamPlan &plan, const QStringList &cardKeys,
                             const QHash<QString, CardMemory> &states, qint64 nowMs,
                             quint32 seed) const
{
    const int days = int(plan.days.size());
    plan.meanReviews = 0;
    plan.peakReviews = 0;
    if (days == 0)
        return;
    const DayCounter &counter = m_scheduler.dayCounter();
    QList<qint64> dayStart(days + 1);
    for (int d = 0; d <= days; ++d)
        dayStart[d] = counter.dayStartMs(plan.today.addDays(d));

    // The cards as the plan meets them: studied ones with their memory, unseen ones in order.
    QList<CardMemory> studied;
    QStringList unseen;
    QHash<QString, QDate> forward;
    for (const BroughtForward &b : plan.broughtForward)
        forward.insert(b.cardKey, b.plannedDate);
    for (const QString &key : cardKeys) {
        const auto it = states.constFind(key);
        if (it == states.cend() || it->state == CardState::New) {
            unseen.append(key);
            continue;
        }
        CardMemory m = *it;
        const auto f = forward.constFind(key);
        if (f != forward.cend()) // the quiz offers it as due on its planned day
            m.due = std::min(m.due, counter.dayStartMs(*f));
        studied.append(m);
    }

    QList<double> reviews(days, 0.0);
    QList<double> lapses(days, 0.0);
    for (int run = 0; run < m_runs; ++run) {
        QRandomGenerator random(seed + quint32(run));
        QList<CardMemory> cards = studied;
        int introduced = 0;
        for (int d = 0; d < days; ++d) {
            const qint64 session = std::max(nowMs, dayStart[d] + kSessionOffsetMs);
            const int fresh = std::min<int>(plan.days[d].newCards, int(unseen.size()) - introduced);
            for (int i = 0; i < fresh; ++i)
                cards.append(CardMemory::newCard(session));
            introduced += fresh;
            for (CardMemory &card : cards) {
                // Learning steps bring a card back within the day; a day holds at most a few.
                for (int step = 0; step < 8 && card.due < dayStart[d + 1]; ++step) {
                    const qint64 at = std::max(card.due, session);
                    if (at >= dayStart[d + 1])
                        break;
                    const double recall = card.state == CardState::Review
                                              ? m_scheduler.retrievability(card, at)
                                              : 0.0;
                    const Rating rating = m_answer(card, recall, random);
                    reviews[d] += 1;
                    if (rating == Rating::Again && card.state == CardState::Review)
                        lapses[d] += 1;
                    card = m_scheduler.next(card, at, rating);
                }
            }
        }
    }
    double total = 0;
    for (int d = 0; d < days; ++d) {
        plan.days[d].expectedReviews = reviews[d] / m_runs;
        plan.days[d].expectedLapses = lapses[d] / m_runs;
        total += plan.days[d].expectedReviews;
        plan.peakReviews = std::max(plan.peakReviews, plan.days[d].expectedReviews);
    }
    plan.meanReviews = total / days;
    plan.simulatedRuns = m_runs;
}

} // namespace portolan
