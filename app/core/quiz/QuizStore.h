#pragma once

#include "storage/CardRepository.h"
#include "storage/ReviewLogRepository.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace portolan {

// Makes each answer durable on its own: the card's new state and its review-log row are
// written in one transaction, so a crash loses at most the answer being written, never half of
// one. Undo restores the card's exact previous state and marks the log row undone, again in
// one transaction. Not thread-safe: use it on the thread that owns the connection.
class QuizStore
{
public:
    explicit QuizStore(QSqlDatabase db);

    bool loadStates(QHash<QString, CardMemory> *out);
    // False with errorText() when the log cannot be read: a history that fails to load is
    // never taken for an empty one.
    bool reviewsSince(qint64 fromMs, QList<ReviewRecord> *out);

    // Writes record.after to card_state and appends record to the log; returns the log id.
    // record.after.lastReview must equal record.reviewedAt (the scheduler stamps it so).
    std::optional<qint64> record(const ReviewRecord &record);
    // Puts the card back as it was before answer reviewId. Refused (false, errorText()) when
    // the answer is unknown, already undone, or the card changed since (another answer).
    bool undo(qint64 reviewId, qint64 nowMs);

    QString errorText() const { return m_error; }

private:
    bool fail(const QString &message);

    QSqlDatabase m_db;
    CardRepository m_cards;
    ReviewLogRepository m_log;
    QString m_error;
};

} // namespace portolan
