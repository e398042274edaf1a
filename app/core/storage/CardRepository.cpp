#include "storage/CardRepository.h"

#include <QVariant>

namespace portolan {

namespace {

constexpr auto kCardColumns = "due, stability, difficulty, elapsed_days, scheduled_days, "
                              "learning_steps, reps, lapses, state, last_review";

// Reads the ten columns of kCardColumns starting at `first`.
CardMemory memoryAt(const Statement &q, int first)
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
    : m_select(db), m_selectAll(db), m_upsert(db), m_delete(db)
{}

bool CardRepository::failed(const Statement &statement)
{
    m_error = statement.error();
    return false;
}

bool CardRepository::loadAll(QHash<QString, CardMemory> *out)
{
    static const QString sql = QStringLiteral("SELECT card_key, ") + QLatin1String(kCardColumns) +
                               QStringLiteral(" FROM card_state");
    m_error.clear();
    if (!m_selectAll.prepare(sql) || !m_selectAll.exec())
        return failed(m_selectAll);
    out->clear();
    while (m_selectAll.next())
        out->insert(m_selectAll.value(0).toString(), memoryAt(m_selectAll, 1));
    m_selectAll.finish();
    return !m_selectAll.hasError() || failed(m_selectAll);
}

std::optional<CardMemory> CardRepository::find(const QString &cardKey)
{
    static const QString sql = QStringLiteral("SELECT ") + QLatin1String(kCardColumns) +
                               QStringLiteral(" FROM card_state WHERE card_key = ?");
    m_error.clear();
    if (!m_select.prepare(sql) || !m_select.exec({cardKey})) {
        failed(m_select);
        return std::nullopt;
    }
    std::optional<CardMemory> out;
    if (m_select.next())
        out = memoryAt(m_select, 0);
    else if (m_select.hasError())
        failed(m_select);
    m_select.finish();
    return out;
}

bool CardRepository::save(const QString &cardKey, const CardMemory &m)
{
    static const QString sql =
        QStringLiteral("INSERT INTO card_state (card_key, ") + QLatin1String(kCardColumns) +
        QStringLiteral(
            ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (card_key) DO UPDATE SET "
            "due = excluded.due, stability = excluded.stability, "
            "difficulty = excluded.difficulty, elapsed_days = excluded.elapsed_days, "
            "scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps, "
            "reps = excluded.reps, lapses = excluded.lapses, state = excluded.state, "
            "last_review = excluded.last_review");
    m_error.clear();
    const QVariant lastReview =
        m.lastReview ? QVariant(*m.lastReview) : QVariant(QMetaType::fromType<qint64>());
    if (!m_upsert.prepare(sql) ||
        !m_upsert.exec({cardKey, m.due, m.stability, m.difficulty, m.elapsedDays, m.scheduledDays,
                        m.learningSteps, m.reps, m.lapses, static_cast<int>(m.state), lastReview}))
        return failed(m_upsert);
    return true;
}

bool CardRepository::remove(const QString &cardKey)
{
    m_error.clear();
    if (!m_delete.prepare(QStringLiteral("DELETE FROM card_state WHERE card_key = ?")) ||
        !m_delete.exec({cardKey}))
        return failed(m_delete);
    return true;
}

} // namespace portolan
