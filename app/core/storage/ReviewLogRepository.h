#pragma once

#include "srs/CardMemory.h"
#include "storage/Statement.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace portolan {

// One answer as the review log keeps it: the card, when, how it was answered and rated, and
// the card's memory before (nullopt: the card was new) and after.
struct ReviewRecord
{
    qint64 id = -1;
    QString cardKey;
    qint64 reviewedAt = 0; // ms since the Unix epoch (UTC)
    Rating rating = Rating::Good;
    QString answerFormat; // "flashcard", "typed", "choice", "classify"
    qint64 durationMs = 0;
    std::optional<CardMemory> before;
    CardMemory after;
    bool undone = false;

    friend bool operator==(const ReviewRecord &, const ReviewRecord &) = default;
};

// Answers in one slot of time, counted. On the default grid a slot is 15 minutes of UTC time:
// every time zone's offset, and so every study day's start, falls on a slot boundary, and a
// slot belongs to exactly one study day. A coarser grid whose boundaries include every day
// start of a window (SlotGrid) does the same with far fewer slots.
struct ReviewSlot
{
    static constexpr qint64 kLengthMs = 15 * 60 * 1000;
    qint64 startMs = 0;
    int reviews = 0;
    qint64 durationMs = 0;
    // Reviews of cards that were in Review state, by interval before the answer: young
    // (< kMatureDays) and mature; passed = not Again.
    int youngReviews = 0;
    int youngPassed = 0;
    int matureReviews = 0;
    int maturePassed = 0;

    friend bool operator==(const ReviewSlot &, const ReviewSlot &) = default;
};

// Where slots start: originMs + k * lengthMs. The statistics pick the coarsest grid on which
// every study day of their window starts (a whole day where the offset to UTC does not change,
// an hour across a daylight-saving change): a year of answers then sums into a few hundred
// slots instead of tens of thousands.
struct SlotGrid
{
    qint64 originMs = 0;
    qint64 lengthMs = ReviewSlot::kLengthMs;

    qint64 slotStart(qint64 ms) const
    {
        const qint64 offset = ms - originMs;
        const qint64 k = offset >= 0 ? offset / lengthMs : -((-offset + lengthMs - 1) / lengthMs);
        return originMs + k * lengthMs;
    }
    friend bool operator==(const SlotGrid &, const SlotGrid &) = default;
};

// The review log folded for the statistics: totals up to an instant and the quarters of a window.
// Undone answers are left out, as everywhere.
struct ReviewSummary
{
    static constexpr int kMatureDays = 21;
    int totalReviews = 0;
    qint64 totalDurationMs = 0;
    QList<ReviewSlot> quarters; // ascending, only quarters with answers

    // The same summary made from records (tests, and logs not in a database).
    static ReviewSummary fromRecords(const QList<ReviewRecord> &log, qint64 slotsFromMs,
                                     qint64 untilMs, SlotGrid grid = {});
    friend bool operator==(const ReviewSummary &, const ReviewSummary &) = default;
};

// How much the learner has studied, in three numbers from one cheap query: answers (undone ones
// left out), distinct cards answered, and the time of the first answer (0 when there is none).
struct ReviewHistoryCounts
{
    int reviews = 0;
    int cards = 0;
    qint64 firstReviewMs = 0;

    friend bool operator==(const ReviewHistoryCounts &, const ReviewHistoryCounts &) = default;
};

// The append-only review log: answers are added and never changed (the schema refuses UPDATE
// and DELETE); undoing an answer lists it in review_undo instead. Opens no transaction.
class ReviewLogRepository
{
public:
    explicit ReviewLogRepository(QSqlDatabase db);

    // The new row's id, or nullopt with errorText().
    std::optional<qint64> append(const ReviewRecord &record);
    std::optional<ReviewRecord> find(qint64 id);
    bool markUndone(qint64 id, qint64 nowMs);
    // Answers at or after fromMs, oldest first; undone ones only when asked for. A read that
    // fails (even half way) returns what was read and sets errorText().
    QList<ReviewRecord> since(qint64 fromMs, bool includeUndone = false);
    // Every id in the log, undone or not, ascending (for integrity checks).
    QList<qint64> ids();
    // Totals of answers at or before untilMs, and the quarters from slotsFromMs to untilMs,
    // summed by SQLite from an index that holds the columns: the rows are never read one by
    // one. nullopt with errorText() on a read error.
    std::optional<ReviewSummary> summarize(qint64 slotsFromMs, qint64 untilMs, SlotGrid grid = {});

    // Counts from the indexes (review_log_by_card, review_log_summary), a seek per card and no
    // pass over the answers but COUNT(*): asking at every session's end stays cheap. nullopt with
    // errorText() on a read error.
    std::optional<ReviewHistoryCounts> historyCounts();

    QString errorText() const { return m_error; }

private:
    bool failed(const Statement &statement);

    QSqlDatabase m_db;
    Statement m_insert;
    Statement m_find;
    Statement m_undo;
    QString m_error;
};

} // namespace portolan
