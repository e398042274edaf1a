#pragma once

#include "srs/CardMemory.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    // Answers at or after fromMs, oldest first; undone ones only when asked for.
    QList<ReviewRecord> since(qint64 fromMs, bool includeUndone = false);
    // Every id in the log, undone or not, ascending (for integrity checks).
    QList<qint64> ids();

    QString errorText() const { return m_error; }

private:
    bool prepare(QSqlQuery &query, const QString &sql);
    bool run(QSqlQuery &query);

    QSqlDatabase m_db;
    QSqlQuery m_insert;
    QSqlQuery m_find;
    QSqlQuery m_undo;
    QString m_error;
};

} // namespace portolan
