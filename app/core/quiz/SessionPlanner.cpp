#include "quiz/SessionPlanner.h"

#include "catalog/Catalog.h"
#include "quiz/CardGenerator.h"

#include <QRandomGenerator>
#include <QSet>
#include <algorithm>

namespace portolan {

namespace {

bool isLearning(CardState s)
{
    return s == CardState::Learning || s == CardState::Relearning;
}

// Cards grouped by protocol, protocols in deck order.
QList<QList<Card>> byProtocol(const QList<Card> &cards)
{
    QList<QList<Card>> out;
    for (const Card &c : cards) {
        if (out.isEmpty() || out.last().first().protocolKey != c.protocolKey)
            out.append(QList<Card>());
        out.last().append(c);
    }
    return out;
}

} // namespace

SessionPlanner::SessionPlanner(const Catalog &catalog, const DayCounter &days)
    : m_catalog(catalog), m_days(days)
{}

QList<Card> SessionPlanner::deckCards(const SessionOptions &options) const
{
    const QList<Card> all = CardGenerator(m_catalog).cardsFor(options.deck.protocols(m_catalog));
    QList<Card> out;
    for (const Card &c : all) {
        const QList<AnswerFormat> suits = formatsFor(c.kind);
        const bool askable = std::any_of(suits.begin(), suits.end(), [&](AnswerFormat f) {
            return options.formats.contains(f);
        });
        if (askable)
            out.append(c);
    }
    return out;
}

QList<Card> SessionPlanner::leeches(const SessionOptions &options,
                                    const QHash<QString, CardMemory> &states) const
{
    QList<Card> out;
    for (const Card &c : deckCards(options)) {
        const auto it = states.constFind(c.key());
        if (it != states.constEnd() && it->lapses >= options.leechLapses)
            out.append(c);
    }
    return out;
}

SessionPlan SessionPlanner::practicePlan(const SessionOptions &options, quint64 seed) const
{
    SessionPlan plan;
    QList<QList<Card>> groups = byProtocol(deckCards(options));
    QRandomGenerator rng(quint32(seed ^ (seed >> 32)));
    for (qsizetype i = groups.size() - 1; i > 0; --i)
        groups.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
    for (const QList<Card> &g : std::as_const(groups)) {
        if (plan.queue.size() >= options.practiceCards)
            break;
        plan.queue.append(g.at(int(rng.bounded(quint32(g.size())))));
    }
    return plan;
}

SessionPlan SessionPlanner::plan(const SessionOptions &options,
                                 const QHash<QString, CardMemory> &states,
                                 const QList<ReviewRecord> &recent, qint64 nowMs,
                                 quint64 seed) const
{
    if (options.practice)
        return practicePlan(options, seed);

    SessionPlan plan;
    const QDate today = m_days.studyDate(nowMs);
    const auto isToday = [&](qint64 ms) { return m_days.studyDate(ms) == today; };

    QSet<QString> introduced;
    for (const ReviewRecord &r : recent) {
        if (!r.before && !r.undone && isToday(r.reviewedAt))
            introduced.insert(r.cardKey);
    }
    plan.newToday = int(introduced.size());

    struct Due
    {
        qint64 due;
        Card card;
    };
    QList<Due> learning;
    QList<Due> review;
    QList<Card> fresh;
    const qint64 learnAheadUntil = nowMs + options.learnAheadMs;
    const auto isDue = [&](const Card &c, const CardMemory &m) {
        if (isLearning(m.state))
            return m.due <= learnAheadUntil;
        return m.state == CardState::Review &&
               (m_days.studyDate(m.due) <= today || options.broughtForward.contains(c.key()));
    };

    const QList<Card> deck = deckCards(options);
    plan.deckCards = int(deck.size());
    for (const Card &c : deck) {
        const auto it = states.constFind(c.key());
        plan.deckStudied += it != states.constEnd() && it->state != CardState::New ? 1 : 0;
    }
    qsizetype protocols = 0;
    for (const QList<Card> &siblings : byProtocol(deck)) {
        const qsizetype ordinal = protocols++;
        QList<Card> touched;
        QList<Due> dueHere;
        QList<Card> newHere;
        for (const Card &c : siblings) {
            const auto it = states.constFind(c.key());
            if (it == states.constEnd())
                newHere.append(c);
            else if (it->lastReview && isToday(*it->lastReview))
                touched.append(c);
            else if (isDue(c, *it))
                dueHere.append({it->due, c});
        }
        if (!touched.isEmpty()) {
            // Only a card already started today may continue; its siblings wait.
            for (const Card &c : std::as_const(touched)) {
                const CardMemory m = states.value(c.key());
                if (isLearning(m.state) && m.due <= learnAheadUntil)
                    learning.append({m.due, c});
            }
            plan.buried += int(dueHere.size());
            continue;
        }
        if (!dueHere.isEmpty()) {
            const Due best =
                *std::min_element(dueHere.begin(), dueHere.end(),
                                  [](const Due &a, const Due &b) { return a.due < b.due; });
            (isLearning(states.value(best.card.key()).state) ? learning : review).append(best);
            plan.buried += int(dueHere.size() - 1);
        } else if (!newHere.isEmpty()) {
            // Rotating the kind by the protocol's place in the deck mixes kinds (and with them
            // answer formats) within a day's new cards instead of introducing every protocol by
            // its port first.
            fresh.append(newHere.at(ordinal % newHere.size()));
        }
    }

    const auto byDue = [](const Due &a, const Due &b) { return a.due < b.due; };
    std::stable_sort(learning.begin(), learning.end(), byDue);
    std::stable_sort(review.begin(), review.end(), byDue);
    for (const Due &d : std::as_const(learning))
        plan.queue.append(d.card);
    plan.learning = int(learning.size());
    for (const Due &d : std::as_const(review)) {
        if (plan.due >= options.maxReviews)
            break;
        plan.queue.append(d.card);
        ++plan.due;
    }
    const int newLeft = std::max(0, options.newCardsPerDay - plan.newToday);
    for (const Card &c : std::as_const(fresh)) {
        if (plan.fresh >= newLeft)
            break;
        plan.queue.append(c);
        ++plan.fresh;
    }
    return plan;
}

} // namespace portolan
