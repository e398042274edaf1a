#include "stats/StudyStatistics.h"

#include <algorithm>
#include <numeric>

namespace portolan {

StudyStatistics::StudyStatistics(const FsrsScheduler &scheduler, DayCounter dayCounter,
                                 qint64 nowMs)
    : m_scheduler(scheduler), m_dayCounter(std::move(dayCounter)), m_now(nowMs)
{}

int StudyStatistics::dayIndex(qint64 ms) const
{
    return m_dayCounter.daysBetween(ms, m_now);
}

qint64 StudyStatistics::windowStartMs(int days) const
{
    return m_dayCounter.dayStartMs(m_dayCounter.studyDate(m_now).addDays(1 - std::max(days, 1)));
}

SlotGrid StudyStatistics::slotGrid(int days) const
{
    const QDate today = m_dayCounter.studyDate(m_now);
    const QDate first = today.addDays(1 - std::max(days, 1));
    SlotGrid grid;
    grid.originMs = m_dayCounter.dayStartMs(first);
    qint64 length = 0;
    for (QDate d = first.addDays(1); d <= today.addDays(1); d = d.addDays(1))
        length = std::gcd(length, m_dayCounter.dayStartMs(d) - grid.originMs);
    // A day start off every quarter-hour boundary cannot happen with real offsets; if it did,
    // the 15-minute grid still places every answer in one day of the window's days.
    grid.lengthMs =
        length > 0 && length % ReviewSlot::kLengthMs == 0 ? length : ReviewSlot::kLengthMs;
    if (grid.lengthMs == ReviewSlot::kLengthMs)
        grid.originMs = SlotGrid{}.slotStart(grid.originMs);
    return grid;
}

template <typename Add>
void StudyStatistics::forEachSlotInDays(const ReviewSummary &summary, int days, Add add) const
{
    if (days < 1)
        return;
    // starts[i]: the first instant of the day i days before today; starts[-1] is "now + 1".
    const QDate today = m_dayCounter.studyDate(m_now);
    QList<qint64> starts(days);
    for (int i = 0; i < days; ++i)
        starts[i] = m_dayCounter.dayStartMs(today.addDays(-i));
    int ago = days - 1;
    for (const ReviewSlot &slot : summary.quarters) {
        // Slots never straddle a day start, so a slot before the first day's start is outside.
        if (slot.startMs < starts[days - 1] || slot.startMs > m_now)
            continue;
        while (ago > 0 && slot.startMs >= starts[ago - 1])
            --ago;
        add(ago, slot);
    }
}

QList<DayActivity> StudyStatistics::reviewsPerDay(const ReviewSummary &summary, int days) const
{
    QList<DayActivity> out;
    if (days < 1)
        return out;
    const QDate today = m_dayCounter.studyDate(m_now);
    out.resize(days);
    for (int i = 0; i < days; ++i)
        out[i].date = today.addDays(i - days + 1);
    forEachSlotInDays(summary, days, [&](int ago, const ReviewSlot &slot) {
        DayActivity &day = out[days - 1 - ago];
        day.reviews += slot.reviews;
        day.durationMs += slot.durationMs;
    });
    return out;
}

QList<DayActivity> StudyStatistics::reviewsPerDay(const QList<ReviewRecord> &log, int days) const
{
    return reviewsPerDay(ReviewSummary::fromRecords(log, windowStartMs(days), m_now), days);
}

QList<int> StudyStatistics::dueForecast(const QHash<QString, CardMemory> &states, int days) const
{
    QList<int> out(std::max(days, 0), 0);
    if (days < 1)
        return out;
    for (const CardMemory &m : states) {
        if (m.state == CardState::New)
            continue;
        const int ahead = std::max(0, m_dayCounter.daysBetween(m_now, m.due));
        if (ahead < days)
            ++out[ahead];
    }
    return out;
}

RetentionTable StudyStatistics::retention(const ReviewSummary &summary) const
{
    RetentionTable table;
    forEachSlotInDays(summary, 30, [&](int ago, const ReviewSlot &slot) {
        for (int p = 0; p < RetentionTable::PeriodCount; ++p) {
            const int span = p == RetentionTable::Today ? 1 : p == RetentionTable::Week ? 7 : 30;
            if (ago >= span)
                continue;
            RetentionCell &young = table.cells[RetentionTable::Young][p];
            young.total += slot.youngReviews;
            young.passed += slot.youngPassed;
            RetentionCell &mature = table.cells[RetentionTable::Mature][p];
            mature.total += slot.matureReviews;
            mature.passed += slot.maturePassed;
        }
    });
    return table;
}

RetentionTable StudyStatistics::retention(const QList<ReviewRecord> &log) const
{
    return retention(ReviewSummary::fromRecords(log, windowStartMs(30), m_now));
}

StateCounts StudyStatistics::stateCounts(const QStringList &cardKeys,
                                         const QHash<QString, CardMemory> &states)
{
    StateCounts counts;
    for (const QString &key : cardKeys) {
        const auto it = states.constFind(key);
        const CardState state = it == states.cend() ? CardState::New : it->state;
        switch (state) {
        case CardState::New:
            ++counts.newCards;
            break;
        case CardState::Learning:
            ++counts.learning;
            break;
        case CardState::Review:
            ++counts.review;
            break;
        case CardState::Relearning:
            ++counts.relearning;
            break;
        }
    }
    return counts;
}

qint64 StudyStatistics::timeSpentMs(const QList<ReviewRecord> &log) const
{
    qint64 total = 0;
    for (const ReviewRecord &r : log)
        if (r.reviewedAt <= m_now)
            total += r.durationMs;
    return total;
}

qint64 StudyStatistics::timeSpentTodayMs(const ReviewSummary &summary) const
{
    qint64 total = 0;
    forEachSlotInDays(summary, 1, [&](int, const ReviewSlot &slot) { total += slot.durationMs; });
    return total;
}

qint64 StudyStatistics::timeSpentTodayMs(const QList<ReviewRecord> &log) const
{
    return timeSpentTodayMs(ReviewSummary::fromRecords(log, windowStartMs(1), m_now));
}

namespace {

void sortWeakestFirst(QList<CardRecall> &list)
{
    std::sort(list.begin(), list.end(), [](const CardRecall &a, const CardRecall &b) {
        return a.recall != b.recall ? a.recall < b.recall : a.cardKey < b.cardKey;
    });
}

} // namespace

QList<CardRecall> StudyStatistics::weakestCards(const QHash<QString, CardMemory> &states,
                                                int limit) const
{
    // A card just learnt sits at 100% recall and says nothing yet: only cards that have met a
    // due date (a review after graduating, or a lapse) qualify. Of them, the ones forgotten
    // most often, then the ones whose memory is shortest.
    struct Candidate
    {
        CardRecall recall;
        double stability = 0.0;
    };
    QList<Candidate> all;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it->state == CardState::New)
            continue;
        const bool beenDue = it->lapses > 0 || it->reps >= kRepsOnceDue;
        if (!beenDue)
            continue;
        all.append({{it.key(), m_scheduler.retrievability(*it, m_now), it->lapses}, it->stability});
    }
    std::sort(all.begin(), all.end(), [](const Candidate &a, const Candidate &b) {
        if (a.recall.lapses != b.recall.lapses)
            return a.recall.lapses > b.recall.lapses;
        if (a.stability != b.stability)
            return a.stability < b.stability;
        return a.recall.cardKey < b.recall.cardKey;
    });
    QList<CardRecall> out;
    for (qsizetype i = 0; i < all.size() && i < limit; ++i)
        out.append(all.at(i).recall);
    return out;
}

QList<CardRecall> StudyStatistics::leeches(const QHash<QString, CardMemory> &states, int threshold)
{
    QList<CardRecall> out;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        if (it->lapses >= threshold)
            out.append({it.key(), 0.0, it->lapses});
    std::sort(out.begin(), out.end(), [](const CardRecall &a, const CardRecall &b) {
        return a.lapses != b.lapses ? a.lapses > b.lapses : a.cardKey < b.cardKey;
    });
    return out;
}

Readiness StudyStatistics::readiness(const QString &group, const QStringList &cardKeys,
                                     const QHash<QString, CardMemory> &states, qint64 atMs,
                                     int weakest) const
{
    Readiness result;
    result.group = group;
    result.cards = int(cardKeys.size());
    QList<CardRecall> all;
    double sum = 0.0;
    for (const QString &key : cardKeys) {
        const auto it = states.constFind(key);
        CardRecall recall{key, 0.0, 0};
        if (it != states.cend() && it->state != CardState::New) {
            ++result.studied;
            // An instant before the last review would give R > 1; clamp to "just reviewed".
            recall.recall =
                m_scheduler.retrievability(*it, std::max(atMs, it->lastReview.value_or(atMs)));
            recall.lapses = it->lapses;
        }
        sum += recall.recall;
        all.append(recall);
    }
    result.expected = cardKeys.isEmpty() ? 0.0 : sum / double(cardKeys.size());
    sortWeakestFirst(all);
    result.weakest = all.mid(0, std::max(weakest, 0));
    return result;
}

} // namespace portolan
