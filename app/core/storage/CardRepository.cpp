#include "storage/CardRepository.h"

#include <QSqlError>
#include <QVariant>

namespace portolan {

namespace {

constexpr auto kColumns = "due, stability, difficulty, elapsed_days, scheduled_days, "
                          "learning_steps, reps, lapses, state, last_review";

// Reads the ten columns of kColumns starting at `first`.
CardMemory memoryAt(const QSqlQuery &q, int first)
{
    CardMemory m;
    m.due = q.value(first).toLongLong();
    m.stability = q.value(first + 1).toDouble();
    m.difficulty = q.value(first + 2).toDouble();
    m.elapsedDays = q.value(first + 3).toInt();
    m.scheduledDays = q.value(first + 4).toInt();
    m.learningSteps = q.value(first + 5).toInt();
    m.reps = q.value(first + 6).toInt();
    m.lapses = q.value(first + 7).toInt();
    m.state = static_cast<CardState>(qBound(0, q.value(first + 8).toInt(), 3));
    if (!q.isNull(first + 9))
        m.lastReview = q.value(first + 9).toLongLong();
    return m;
}

} // namespace

CardRepository::CardRepository(QSqlDatabase db)
    : m_db(db), m_select(db), m_selectAll(db), m_upsert(db), m_delete(db)
{}

bool CardRepository::prepare(QSqlQuery &query, const char *sql)
{
    m_error.clear();
    // Prepared on first use, then only re-bound: an answer costs no SQL parsing.
    const QString text = QString::fromLatin1(sql);
    if (query.lastQuery() == text)
        return true;
    if (query.prepare(text))
        return true;
    m_error = query.lastError().text();
    if (m_error.trimmed().isEmpty())
        m_error = m_db.isOpen() ? QStringLiteral("cannot prepare a statement")
                                : QStringLiteral("the database is not open");
    query = QSqlQuery(m_db); // forget the failed text, so the next call prepares again
    return false;
}

bool CardRepository::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool CardRepository::loadAll(QHash<QString, CardMemory> *out)
{
    static const QByteArray sql = QByteArray("SELECT card_key, ") + kColumns + " FROM card_state";
    if (!prepare(m_selectAll, sql.constData()) || !run(m_selectAll))
        return false;
    out->clear();
    while (m_selectAll.next())
        out->insert(m_selectAll.value(0).toString(), memoryAt(m_selectAll, 1));
    m_selectAll.finish();
    return true;
}

std::optional<CardMemory> CardRepository::find(const QString &cardKey)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM card_state WHERE card_key = ?";
    if (!prepare(m_select, sql.constData()))
        return std::nullopt;
    m_select.addBindValue(cardKey);
    if (!run(m_select))
        return std::nullopt;
    std::optional<CardMemory> out;
    if (m_select.next())
        out = memoryAt(m_select, 0);
    m_select.finish();
    return out;
}

bool CardRepository::save(const QString &cardKey, const CardMemory &m)
{
    static const QByteArray sql =
        QByteArray("INSERT INTO card_state (card_key, ") + kColumns +
        ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (card_key) DO UPDATE SET "
        "due = excluded.due, stability = excluded.stability, "
        "difficulty = excluded.difficulty, elapsed_days = excluded.elapsed_days, "
        "scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps, "
        "reps = excluded.reps, lapses = excluded.lapses, state = excluded.state, "
        "last_review = excluded.last_review";
    if (!prepare(m_upsert, sql.constData()))
        return false;
    m_upsert.addBindValue(cardKey);
    m_upsert.addBindValue(m.due);
    m_upsert.addBindValue(m.stability);
    m_upsert.addBindValue(m.difficulty);
    m_upsert.addBindValue(m.elapsedDays);
    m_upsert.addBindValue(m.scheduledDays);
    m_upsert.addBindValue(m.learningSteps);
    m_upsert.addBindValue(m.reps);
    m_upsert.addBindValue(m.lapses);
    m_upsert.addBindValue(static_cast<int>(m.state));
    m_upsert.addBindValue(m.lastReview ? QVariant(*m.lastReview)
                                       : QVariant(QMetaType::fromType<qint64>()));
    return run(m_upsert);
}

bool CardRepository::remove(const QString &cardKey)
{
    if (!prepare(m_delete, "DELETE FROM card_state WHERE card_key = ?"))
        return false;
    m_delete.addBindValue(cardKey);
    return run(m_delete);
}

} // namespace portolan
