#include "storage/ReviewLogRepository.h"

#include <QSqlError>
#include <QVariant>

namespace portolan {

namespace {

const QString kColumns = QStringLiteral(
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

// Reads one row selected with kColumns.
ReviewRecord recordAt(const QSqlQuery &q)
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

bool ReviewLogRepository::prepare(QSqlQuery &query, const QString &sql)
{
    m_error.clear();
    // Prepared on first use, then only re-bound: an answer costs no SQL parsing.
    if (query.lastQuery() == sql)
        return true;
    if (query.prepare(sql))
        return true;
    m_error = query.lastError().text();
    if (m_error.trimmed().isEmpty())
        m_error = m_db.isOpen() ? QStringLiteral("cannot prepare a statement")
                                : QStringLiteral("the database is not open");
    query = QSqlQuery(m_db); // forget the failed text, so the next call prepares again
    return false;
}

bool ReviewLogRepository::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
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
    if (!prepare(m_insert, sql))
        return std::nullopt;
    const CardMemory &a = r.after;
    const std::optional<CardMemory> &b = r.before;
    QSqlQuery &q = m_insert;
    q.addBindValue(r.cardKey);
    q.addBindValue(r.reviewedAt);
    q.addBindValue(static_cast<int>(r.rating));
    q.addBindValue(r.answerFormat);
    q.addBindValue(r.durationMs);
    q.addBindValue(a.elapsedDays);
    q.addBindValue(a.scheduledDays);
    q.addBindValue(static_cast<int>(b ? b->state : CardState::New));
    q.addBindValue(static_cast<int>(a.state));
    q.addBindValue(a.due);
    q.addBindValue(a.stability);
    q.addBindValue(a.difficulty);
    q.addBindValue(a.learningSteps);
    q.addBindValue(a.reps);
    q.addBindValue(a.lapses);
    q.addBindValue(b ? QVariant(b->due) : nullInt());
    q.addBindValue(b ? QVariant(b->stability) : nullReal());
    q.addBindValue(b ? QVariant(b->difficulty) : nullReal());
    q.addBindValue(b ? QVariant(b->elapsedDays) : nullInt());
    q.addBindValue(b ? QVariant(b->scheduledDays) : nullInt());
    q.addBindValue(b ? QVariant(b->learningSteps) : nullInt());
    q.addBindValue(b ? QVariant(b->reps) : nullInt());
    q.addBindValue(b ? QVariant(b->lapses) : nullInt());
    q.addBindValue(b && b->lastReview ? QVariant(*b->lastReview) : nullInt());
    if (!run(q))
        return std::nullopt;
    return q.lastInsertId().toLongLong();
}

std::optional<ReviewRecord> ReviewLogRepository::find(qint64 id)
{
    if (!prepare(m_find, QStringLiteral("SELECT ") + kColumns +
                             QStringLiteral(" FROM review_log WHERE id = ?")))
        return std::nullopt;
    m_find.addBindValue(id);
    if (!run(m_find))
        return std::nullopt;
    std::optional<ReviewRecord> out;
    if (m_find.next())
        out = recordAt(m_find);
    m_find.finish();
    return out;
}

bool ReviewLogRepository::markUndone(qint64 id, qint64 nowMs)
{
    if (!prepare(m_undo,
                 QStringLiteral("INSERT INTO review_undo (review_id, undone_at) VALUES (?, ?)")))
        return false;
    m_undo.addBindValue(id);
    m_undo.addBindValue(nowMs);
    return run(m_undo);
}

QList<ReviewRecord> ReviewLogRepository::since(qint64 fromMs, bool includeUndone)
{
    QSqlQuery q(m_db);
    QList<ReviewRecord> out;
    if (!prepare(q, QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM review_log WHERE reviewed_at >= ? ORDER BY id")))
        return out;
    q.addBindValue(fromMs);
    if (!run(q))
        return out;
    while (q.next()) {
        ReviewRecord r = recordAt(q);
        if (includeUndone || !r.undone)
            out.append(std::move(r));
    }
    return out;
}

QList<qint64> ReviewLogRepository::ids()
{
    QSqlQuery q(m_db);
    QList<qint64> out;
    if (!prepare(q, QStringLiteral("SELECT id FROM review_log ORDER BY id")) || !run(q))
        return out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

} // namespace portolan
