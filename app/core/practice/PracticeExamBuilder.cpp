#include "practice/PracticeExamBuilder.h"

#include "catalog/Catalog.h"

#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace portolan {

namespace {

QRandomGenerator seeded(quint64 seed)
{
    const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
    return QRandomGenerator(words, 2);
}

template <typename T> void shuffled(QList<T> &list, QRandomGenerator &rng)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
}

// Lower comes earlier in an entry's turn: scenarios most, the three-way transport question
// least (every entry with ports has one, and a test full of them reads like a flashcard deck).
double kindWeight(PracticeKind kind)
{
    switch (kind) {
    case PracticeKind::Scenario:
        return 0.5;
    case PracticeKind::Transport:
        return 1.8;
    default:
        return 1.0;
    }
}

} // namespace

PracticeExamBuilder::PracticeExamBuilder(const Catalog &catalog, const QList<Scenario> &scenarios)
    : m_catalog(catalog), m_scenarios(scenarios), m_picker(catalog), m_maker(catalog, m_picker)
{}

bool PracticeExamBuilder::objectiveLess(const QString &a, const QString &b)
{
    const auto parts = [](const QString &o) {
        if (!o.contains(QLatin1Char('.')))
            return std::pair(1 << 20, 0);
        return std::pair(o.section(QLatin1Char('.'), 0, 0).toInt(),
                         o.section(QLatin1Char('.'), 1).toInt());
    };
    return parts(a) < parts(b) || (parts(a) == parts(b) && a < b);
}

QList<PracticeObjective> PracticeExamBuilder::objectives(const QString &examId) const
{
    QList<PracticeObjective> out;
    const auto &all = m_catalog.protocols();
    // Only the curated study set: the user's own entries are not an exam's content.
    for (int i = 0; i < m_catalog.firstCustomIndex(); ++i) {
        const ExamTag *tag = all.at(i).examTag(examId);
        if (!tag || tag->beyond || tag->objective.isEmpty())
            continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const PracticeObjective &o) {
            return o.objective == tag->objective;
        });
        if (it == out.end())
            out.append({tag->objective, {i}});
        else
            it->entries << i;
    }
    std::sort(out.begin(), out.end(), [](const PracticeObjective &a, const PracticeObjective &b) {
        return objectiveLess(a.objective, b.objective);
    });
    return out;
}

QList<PracticeExamBuilder::Candidate>
PracticeExamBuilder::candidates(const QString &examId, const PracticeObjective &o) const
{
    QList<Candidate> out;
    for (int entry : o.entries) {
        const QString key = m_catalog.protocols().at(entry).key;
        for (const Scenario &s : m_scenarios) {
            if (s.fits.contains(key) && s.objectiveFor(examId) == o.objective)
                out.append({PracticeKind::Scenario, &s, entry});
        }
        for (PracticeKind kind : m_maker.kindsFor(entry))
            out.append({kind, nullptr, entry});
    }
    return out;
}

std::optional<PracticeQuestion> PracticeExamBuilder::make(const Candidate &c, quint64 seed) const
{
    return c.kind == PracticeKind::Scenario ? m_maker.makeScenario(*c.scenario, c.entry, seed)
                                            : m_maker.make(c.kind, c.entry, seed);
}

int PracticeExamBuilder::available(const QString &examId) const
{
    int n = 0;
    for (const PracticeObjective &o : objectives(examId))
        n += int(candidates(examId, o).size());
    return n;
}

QList<int> PracticeExamBuilder::allocate(const QList<int> &weights, const QList<int> &caps,
                                         int count)
{
    const int k = int(weights.size());
    QList<int> out(k, 0);
    int left = count;
    // One each first, heaviest first, so that every objective is asked while count allows.
    QList<int> byWeight;
    for (int i = 0; i < k; ++i)
        byWeight << i;
    std::stable_sort(byWeight.begin(), byWeight.end(),
                     [&](int a, int b) { return weights.at(a) > weights.at(b); });
    for (int i : std::as_const(byWeight)) {
        if (left > 0 && caps.value(i) > 0) {
            out[i] = 1;
            --left;
        }
    }
    // The rest one at a time to the objective furthest below its fair share of count (the
    // largest remainder, done so that the minimum of one is part of the count), within caps.
    double total = 0;
    for (int w : weights)
        total += w;
    while (left > 0 && total > 0) {
        int best = -1;
        double bestDeficit = 0;
        for (int i = 0; i < k; ++i) {
            if (out.at(i) >= caps.value(i))
                continue;
            const double deficit = count * weights.at(i) / total - out.at(i);
            if (best < 0 || deficit > bestDeficit) {
                best = i;
                bestDeficit = deficit;
            }
        }
        if (best < 0)
            break; // every objective is at its cap
        ++out[best];
        --left;
    }
    return out;
}

QList<PracticeQuestion> PracticeExamBuilder::build(const QString &examId, int count,
                                                   quint64 seed) const
{
    QRandomGenerator rng = seeded(seed);
    const QList<PracticeObjective> objs = objectives(examId);
    QList<QList<Candidate>> pools;
    QList<int> weights;
    QList<int> caps;
    for (const PracticeObjective &o : objs) {
        // Round robin over the entries (in a seeded order) so that a test asks about many
        // entries before it asks about one twice; each entry's kinds in a seeded order, a
        // scenario tending to come first because that is how the exam asks (kindWeight).
        QList<int> entries = o.entries;
        shuffled(entries, rng);
        QList<QList<Candidate>> perEntry;
        const QList<Candidate> all = candidates(examId, o);
        for (int entry : std::as_const(entries)) {
            QList<QPair<double, Candidate>> keyed;
            for (const Candidate &c : all) {
                if (c.entry == entry)
                    keyed.append({rng.generateDouble() * kindWeight(c.kind), c});
            }
            std::stable_sort(keyed.begin(), keyed.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            QList<Candidate> mine;
            for (const auto &kc : std::as_const(keyed))
                mine << kc.second;
            perEntry << mine;
        }
        QList<Candidate> pool;
        for (int round = 0;; ++round) {
            bool any = false;
            for (const QList<Candidate> &mine : std::as_const(perEntry)) {
                if (round < mine.size()) {
                    pool << mine.at(round);
                    any = true;
                }
            }
            if (!any)
                break;
        }
        pools << pool;
        weights << int(o.entries.size());
        caps << int(pool.size());
    }

    QList<int> quota = allocate(weights, caps, count);
    QList<PracticeQuestion> out;
    QSet<QString> stems;
    QList<int> cursor(objs.size(), 0);
    // A candidate that cannot be made (too few choices) or repeats a stem is skipped and the
    // next one of its objective taken; the second pass hands what an objective could not fill
    // to the others.
    for (int pass = 0; pass < 2 && out.size() < count; ++pass) {
        for (qsizetype i = 0; i < objs.size(); ++i) {
            int made = 0;
            const int want = pass == 0 ? quota.at(i) : count - int(out.size());
            while (made < want && cursor.at(i) < pools.at(i).size()) {
                const Candidate &c = pools.at(i).at(cursor[i]++);
                std::optional<PracticeQuestion> q = make(c, rng.generate64());
                if (!q || stems.contains(q->stem))
                    continue;
                q->objective = objs.at(i).objective;
                stems.insert(q->stem);
                out << *q;
                ++made;
            }
        }
    }
    shuffled(out, rng);
    return out;
}

} // namespace portolan
