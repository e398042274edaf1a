#include "storage/ReviewLogRepository.h"

#include <QMap>
#include <QVariant>
#include <algorithm>

namespace portolan {

namespace {

const QString kReviewColumns = QStringLiteral(
    "id, card_key, reviewed_at, rating, answer_format, duration_ms, elapsed_days, "
    "scheduled_days, state_before, state_after, due, stability, difficulty, learning_steps, "
    "reps, lapses, before_due, before_stability, before_difficulty, before_elapsed_days, "
    "before_scheduled_days, before_learning_steps, before_reps, before_lapses, "
    "before_last_review, id IN (SELECT review_id FROM review_undo)");

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant nullReal()
{
    return QVariant(QMetaType::fromType<double>());
}

CardState stateOf(const QVariant &v)
{
    return static_cast<CardState>(qBound(0, v.toInt(), 3));
}

// Reads one row selected with kReviewColumns.
ReviewRecord recordAt(const Statement &q)
{
    ReviewRecord r;
    r.id = q.value(0).toLongLong();
    r.cardKey = q.value(1).toString();
    r.reviewedAt = q.value(2).toLongLong();
    r.rating = static_cast<Rating>(qBound(1, q.value(3).toInt(), 4));
    r.answerFormat = q.value(4).toString();
    r.durationMs = q.value(5).toLongLong();
    r.after.elapsedDays = q.value(6).toInt();
    r.after.scheduledDays = q.value(7).toInt();
    const CardState stateBefore = stateOf(q.value(8));
    r.after.state = stateOf(q.value(9));
    r.after.due = q.value(10).toLongLong();
    r.after.stability = q.value(11).toDouble();
    r.after.difficulty = q.value(12).toDouble();
    r.after.learningSteps = q.value(13).toInt();
    r.after.reps = q.value(14).toInt();
    r.after.lapses = q.value(15).toInt();
    r.after.lastReview = r.reviewedAt; // the scheduler stamps every review with its time
    if (!q.isNull(16)) {
        CardMemory b;
        b.state = stateBefore;
        b.due = q.value(16).toLongLong();
        b.stability = q.value(17).toDouble();
        b.difficulty = q.value(18).toDouble();
        b.elapsedDays = q.value(19).toInt();
        b.scheduledDays = q.value(20).toInt();
        b.learningSteps = q.value(21).toInt();
        b.reps = q.value(22).toInt();
        b.lapses = q.value(23).toInt();
        if (!q.isNull(24))
            b.lastReview = q.value(24).toLongLong();
        r.before = b;
    }
    r.undone = q.value(25).toBool();
    return r;
}

} // namespace

ReviewLogRepository::ReviewLogRepository(QSqlDatabase db)
    : m_db(db), m_insert(db), m_find(db), m_undo(db)
{}

bool ReviewLogRepository::failed(const Statement &statement)
{
    m_error = statement.error();
    return false;
}

std::optional<qint64> ReviewLogRepository::append(const ReviewRecord &r)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO review_log (card_key, reviewed_at, rating, answer_format, duration_ms, "
        "elapsed_days, scheduled_days, state_before, state_after, due, stability, difficulty, "
        "learning_steps, reps, lapses, before_due, before_stability, before_difficulty, "
        "before_elapsed_days, before_scheduled_days, before_learning_steps, before_reps, "
        "before_lapses, before_last_review) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    m_error.clear();
    const CardMemory &a = r.after;
    const std::optional<CardMemory> &b = r.before;
    const QVariantList values{
        r.cardKey,
        r.reviewedAt,
        static_cast<int>(r.rating),
        r.answerFormat,
        r.durationMs,
        a.elapsedDays,
        a.scheduledDays,
        static_cast<int>(b ? b->state : CardState::New),
        static_cast<int>(a.state),
        a.due,
        a.stability,
        a.difficulty,
        a.learningSteps,
        a.reps,
        a.lapses,
        b ? QVariant(b->due) : nullInt(),
        b ? QVariant(b->stability) : nullReal(),
        b ? QVariant(b->difficulty) : nullReal(),
        b ? QVariant(b->elapsedDays) : nullInt(),
        b ? QVariant(b->scheduledDays) : nullInt(),
        b ? QVariant(b->learningSteps) : nullInt(),
        b ? QVariant(b->reps) : nullInt(),
        b ? QVariant(b->lapses) : nullInt(),
        b && b->lastReview ? QVariant(*b->lastReview) : nullInt(),
    };
    if (!m_insert.prepare(sql) || !m_insert.exec(values)) {
        failed(m_insert);
        return std::nullopt;
    }
    return m_insert.lastInsertId().toLongLong();
}

std::optional<ReviewRecord> ReviewLogRepository::find(qint64 id)
{
    m_error.clear();
    if (!m_find.prepare(QStringLiteral("SELECT ") + kReviewColumns +
                        QStringLiteral(" FROM review_log WHERE id = ?")) ||
        !m_find.exec({id})) {
        failed(m_find);
        return std::nullopt;
    }
    std::optional<ReviewRecord> out;
    if (m_find.next())
        out = recordAt(m_find);
    else if (m_find.hasError())
        failed(m_find);
    m_find.finish();
    return out;
}

bool ReviewLogRepository::markUndone(qint64 id, qint64 nowMs)
{
    m_error.clear();
    if (!m_undo.prepare(
            QStringLiteral("INSERT INTO review_undo (review_id, undone_at) VALUES (?, ?)")) ||
        !m_undo.exec({id, nowMs}))
        return failed(m_undo);
    return true;
}

QList<ReviewRecord> ReviewLogRepository::since(qint64 fromMs, bool includeUndone)
{
    m_error.clear();
    QList<ReviewRecord> out;
    Statement q(m_db, QStringLiteral("SELECT ") + kReviewColumns +
                          QStringLiteral(" FROM review_log WHERE reviewed_at >= ? ORDER BY id"));
    if (!q.exec({fromMs})) {
        failed(q);
        return out;
    }
    while (q.next()) {
        ReviewRecord r = recordAt(q);
        if (includeUndone || !r.undone)
            out.append(std::move(r));
    }
    if (q.hasError())
        failed(q);
    return out;
}

QList<qint64> ReviewLogRepository::ids()
{
    m_error.clear();
    QList<qint64> out;
    Statement q(m_db, QStringLiteral("SELECT id FROM review_log ORDER BY id"));
    if (!q.exec()) {
        failed(q);
        return out;
    }
    while (q.next())
        out.append(q.value(0).toLongLong());
    if (q.hasError())
        failed(q);
    return out;
}

std::optional<ReviewHistoryCounts> ReviewLogRepository::historyCounts()
{
    m_error.clear();
    // Nothing here reads the log row by row, so the session summary that asks stays quick at
    // any history length (1.4 ms at 12,000 answers, 20 ms at 800,000, mostly the COUNT(*)):
    // - undone answers are rare: counted apart and taken off, as summarize() does;
    // - the cards are counted by skipping through review_log_by_card from one key to the next
    //   (a seek per card, not a pass over the answers; COUNT(DISTINCT) was 45 ms at 800,000),
    //   less the few cards whose every answer was undone;
    // - the first answer is the first row of review_log_summary that was not undone.
    Statement counts(
        m_db,
        QStringLiteral(
            "WITH RECURSIVE card(key) AS ("
            " SELECT MIN(card_key) FROM review_log"
            " UNION ALL SELECT (SELECT MIN(card_key) FROM review_log WHERE card_key > card.key)"
            " FROM card WHERE card.key IS NOT NULL) "
            "SELECT (SELECT COUNT(*) FROM review_log) - (SELECT COUNT(*) FROM review_undo), "
            "(SELECT COUNT(key) FROM card) - "
            "(SELECT COUNT(DISTINCT l.card_key) FROM review_undo u "
            " CROSS JOIN review_log l ON l.id = u.review_id "
            " WHERE NOT EXISTS (SELECT 1 FROM review_log o WHERE o.card_key = l.card_key "
            "  AND NOT EXISTS (SELECT 1 FROM review_undo v WHERE v.review_id = o.id))), "
            "(SELECT reviewed_at FROM review_log "
            " WHERE id NOT IN (SELECT review_id FROM review_undo) "
            " ORDER BY reviewed_at LIMIT 1)"));
    if (!counts.exec() || !counts.next()) {
        if (!counts.hasError())
            m_error = QStringLiteral("review_log: the counts returned no row");
        else
            failed(counts);
        return std::nullopt;
    }
    ReviewHistoryCounts out;
    out.reviews = std::max(0, counts.value(0).toInt());
    out.cards = counts.value(1).toInt();
    out.firstReviewMs = counts.isNull(2) ? 0 : counts.value(2).toLongLong();
    return out;
}

std::optional<ReviewSummary> ReviewLogRepository::summarize(qint64 slotsFromMs, qint64 untilMs,
                                                            SlotGrid grid)
{
    m_error.clear();
    // Summed over every answer, then the few undone ones are summed apart and taken off: a
    // NOT IN test on every row of the window costs more than the sums themselves.
    const qint64 from = grid.slotStart(slotsFromMs);
    const int mature = ReviewSummary::kMatureDays;
    ReviewSummary out;
    QMap<qint64, ReviewSlot> byStart;
    for (const int sign : {1, -1}) {
        const QString which =
            sign > 0 ? QString() : QStringLiteral(" AND id IN (SELECT review_id FROM review_undo)");
        Statement totals(m_db, QStringLiteral("SELECT count(*), coalesce(sum(duration_ms), 0) "
                                              "FROM review_log WHERE reviewed_at <= ?") +
                                   which);
        if (!totals.exec({untilMs}) || !totals.next()) {
            failed(totals);
            return std::nullopt;
        }
        out.totalReviews += sign * totals.value(0).toInt();
        out.totalDurationMs += sign * totals.value(1).toLongLong();
        // Slot numbers floor the time (times before 1970 would round the other way).
        Statement quarters(
            m_db,
            QStringLiteral("SELECT (reviewed_at - ?) / ?, count(*), sum(duration_ms), "
                           "sum(state_before = 2 AND before_scheduled_days < ?), "
                           "sum(state_before = 2 AND before_scheduled_days < ? AND rating > 1), "
                           "sum(state_before = 2 AND before_scheduled_days >= ?), "
                           "sum(state_before = 2 AND before_scheduled_days >= ? AND rating > 1) "
                           "FROM review_log WHERE reviewed_at >= ? AND reviewed_at <= ?") +
                which + QStringLiteral(" GROUP BY 1"));
        const auto take = [&](const Statement &row) {
            // reviewed_at >= from >= origin: SQLite's truncating division is the floor here.
            const qint64 start = grid.originMs + row.value(0).toLongLong() * grid.lengthMs;
            ReviewSlot &slot = byStart[start];
            slot.startMs = start;
            slot.reviews += sign * row.value(1).toInt();
            slot.durationMs += sign * row.value(2).toLongLong();
            slot.youngReviews += sign * row.value(3).toInt();
            slot.youngPassed += sign * row.value(4).toInt();
            slot.matureReviews += sign * row.value(5).toInt();
            slot.maturePassed += sign * row.value(6).toInt();
        };
        if (!quarters.exec(
                {grid.originMs, grid.lengthMs, mature, mature, mature, mature, from, untilMs}) ||
            !quarters.forEachRow(take)) {
            failed(quarters);
            return std::nullopt;
        }
    }
    for (const ReviewSlot &slot : std::as_const(byStart)) {
        if (slot.reviews > 0) // a slot whose every answer was undone has none left
            out.quarters.append(slot);
    }
    return out;
}

ReviewSummary ReviewSummary::fromRecords(const QList<ReviewRecord> &log, qint64 slotsFromMs,
                                         qint64 untilMs, SlotGrid grid)
{
    ReviewSummary out;
    const qint64 from = grid.slotStart(slotsFromMs);
    QMap<qint64, ReviewSlot> quarters;
    for (const ReviewRecord &r : log) {
        if (r.undone || r.reviewedAt > untilMs)
            continue;
        ++out.totalReviews;
        out.totalDurationMs += r.durationMs;
        if (r.reviewedAt < from)
            continue;
        const qint64 start = grid.slotStart(r.reviewedAt);
        ReviewSlot &slot = quarters[start];
        slot.startMs = start;
        ++slot.reviews;
        slot.durationMs += r.durationMs;
        if (r.before && r.before->state == CardState::Review) {
            const bool passed = r.rating != Rating::Again;
            if (r.before->scheduledDays >= kMatureDays) {
                ++slot.matureReviews;
                slot.maturePassed += passed ? 1 : 0;
            } else {
                ++slot.youngReviews;
                slot.youngPassed += passed ? 1 : 0;
            }
        }
    }
    out.quarters = quarters.values();
    return out;
}

} // namespace portolan
