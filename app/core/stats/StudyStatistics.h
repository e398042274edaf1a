#pragma once

#include "srs/CardMemory.h"
#include "srs/DayCounter.h"
#include "srs/FsrsScheduler.h"
#include "storage/ReviewLogRepository.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>

namespace portolan {

// Answers given on one study day and the time spent on them.
struct DayActivity
{
    QDate date;
    int reviews = 0;
    qint64 durationMs = 0;
};

// Passed / total reviews of cards in Review state, as in Anki's "true retention" table:
// Hard, Good and Easy pass, Again fails.
struct RetentionCell
{
    int passed = 0;
    int total = 0;
    // 0 when there were no reviews (the caller shows "–").
    double rate() const { return total > 0 ? double(passed) / total : 0.0; }
};

// Rows young (interval < 21 d) and mature (≥ 21 d); columns today, last 7 and last 30 days.
struct RetentionTable
{
    enum Row
    {
        Young,
        Mature,
        RowCount
    };
    enum Period
    {
        Today,
        Week,
        Month,
        PeriodCount
    };
    std::array<std::array<RetentionCell, PeriodCount>, RowCount> cells{};
};

// How many cards are in each state; a card without stored memory counts as New.
struct StateCounts
{
    int newCards = 0;
    int learning = 0;
    int review = 0;
    int relearning = 0;
    int total() const { return newCards + learning + review + relearning; }
};

// One card's predicted recall (0 for a card never studied).
struct CardRecall
{
    QString cardKey;
    double recall = 0.0;
    int lapses = 0;
};

// The predicted share of a set of cards recalled at an instant, and the cards pulling it down.
struct Readiness
{
    QString group; // exam id, range class, ... (whatever the caller grouped by)
    int cards = 0;
    int studied = 0;
    double expected = 0.0;     // mean recall, never-studied cards counted as 0
    QList<CardRecall> weakest; // lowest recall first, at most the requested number
};

// Pure statistics over the review log (undone answers already left out, as review_effective
// does) and the current card states. Every function takes "now" and the day rule explicitly;
// nothing reads the wall clock. Records whose time lies in the future are ignored.
class StudyStatistics
{
public:
    static constexpr int kMatureDays = ReviewSummary::kMatureDays;
    static constexpr int kLeechLapses = 8;

    StudyStatistics(const FsrsScheduler &scheduler, DayCounter dayCounter, qint64 nowMs);

    // One entry per study day, oldest first, ending today; `days` < 1 gives an empty list.
    // summary must hold the quarters of those days.
    QList<DayActivity> reviewsPerDay(const ReviewSummary &summary, int days) const;
    QList<DayActivity> reviewsPerDay(const QList<ReviewRecord> &log, int days) const;
    // Cards falling due on each of the next `days` study days; overdue cards count on today.
    QList<int> dueForecast(const QHash<QString, CardMemory> &states, int days) const;
    // Over the last 30 study days, which summary's quarters must cover.
    RetentionTable retention(const ReviewSummary &summary) const;
    RetentionTable retention(const QList<ReviewRecord> &log) const;
    // cardKeys is the whole study set; states without a key in it are ignored.
    static StateCounts stateCounts(const QStringList &cardKeys,
                                   const QHash<QString, CardMemory> &states);
    // Total time spent answering, and that of today alone.
    qint64 timeSpentMs(const QList<ReviewRecord> &log) const;
    qint64 timeSpentTodayMs(const ReviewSummary &summary) const;
    qint64 timeSpentTodayMs(const QList<ReviewRecord> &log) const;
    // The first instant of the study day `days` - 1 days before today: a summary for
    // reviewsPerDay(…, days) needs its quarters from there.
    qint64 windowStartMs(int days) const;
    // The coarsest grid from windowStartMs(days) on which every one of those days starts: a
    // day where the offset to UTC stays the same, else the greatest common divisor of the
    // days' lengths (an hour across a daylight-saving change).
    SlotGrid slotGrid(int days) const;
    // New -> learning step -> review takes two answers; a third is the first review at a due
    // date.
    static constexpr int kRepsOnceDue = 3;
    // The cards to work on, at most `limit`: of those that have been due at least once (or
    // lapsed), the most often forgotten first, then the least stable.
    QList<CardRecall> weakestCards(const QHash<QString, CardMemory> &states, int limit) const;
    // Cards with at least kLeechLapses lapses, most lapses first.
    static QList<CardRecall> leeches(const QHash<QString, CardMemory> &states,
                                     int threshold = kLeechLapses);
    // Mean recall of cardKeys at atMs (never-studied counts 0), with the `weakest` lowest.
    Readiness readiness(const QString &group, const QStringList &cardKeys,
                        const QHash<QString, CardMemory> &states, qint64 atMs,
                        int weakest = 5) const;

private:
    int dayIndex(qint64 ms) const; // study days from ms to now (0 = today)
    // Calls add(daysAgo, slot) for each slot of the last `days` study days, placing quarters in
    // days by the days' start instants (computed once per day, not per slot).
    template <typename Add>
    void forEachSlotInDays(const ReviewSummary &summary, int days, Add add) const;

    const FsrsScheduler &m_scheduler;
    DayCounter m_dayCounter;
    qint64 m_now;
};

} // namespace portolan
