#include "quiz/QuizStore.h"

#include "storage/ScopedTransaction.h"

#include <QCoreApplication>

namespace portolan {

QuizStore::QuizStore(QSqlDatabase db) : m_db(db), m_cards(db), m_log(db) {}

bool QuizStore::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool QuizStore::loadStates(QHash<QString, CardMemory> *out)
{
    m_error.clear();
    if (!m_cards.loadAll(out))
        return fail(QCoreApplication::translate("QuizStore", "Cannot read your progress: %1")
                        .arg(m_cards.errorText()));
    return true;
}

bool QuizStore::reviewsSince(qint64 fromMs, QList<ReviewRecord> *out)
{
    *out = m_log.since(fromMs);
    if (m_log.errorText().isEmpty())
        return true;
    return fail(QCoreApplication::translate("QuizStore", "Cannot read the review history: %1")
                    .arg(m_log.errorText()));
}

std::optional<qint64> QuizStore::record(const ReviewRecord &record)
{
    m_error.clear();
    if (record.after.lastReview != record.reviewedAt) {
        fail(QStringLiteral("QuizStore::record: after.lastReview must be reviewedAt"));
        return std::nullopt;
    }
    ScopedTransaction tx(m_db);
    if (!tx.isActive()) {
        fail(QCoreApplication::translate("QuizStore", "Cannot save the answer: %1")
                 .arg(tx.errorText()));
        return std::nullopt;
    }
    if (!m_cards.save(record.cardKey, record.after)) {
        fail(QCoreApplication::translate("QuizStore", "Cannot save the answer: %1")
                 .arg(m_cards.errorText()));
        return std::nullopt;
    }
    const std::optional<qint64> id = m_log.append(record);
    if (!id) {
        fail(QCoreApplication::translate("QuizStore", "Cannot save the answer: %1")
                 .arg(m_log.errorText()));
        return std::nullopt;
    }
    // With WAL and synchronous=FULL the commit returns only once the answer is on disk.
    if (!tx.commit()) {
        fail(QCoreApplication::translate("QuizStore", "Cannot save the answer: %1")
                 .arg(tx.errorText()));
        return std::nullopt;
    }
    return id;
}

bool QuizStore::undo(qint64 reviewId, qint64 nowMs)
{
    m_error.clear();
    ScopedTransaction tx(m_db);
    if (!tx.isActive())
        return fail(
            QCoreApplication::translate("QuizStore", "Cannot undo: %1").arg(tx.errorText()));
    const std::optional<ReviewRecord> r = m_log.find(reviewId);
    if (!r)
        return fail(QCoreApplication::translate(
            "QuizStore", "Cannot undo: the answer is not in the review log."));
    if (r->undone)
        return fail(QCoreApplication::translate("QuizStore",
                                                "Cannot undo: the answer was already undone."));
    const std::optional<CardMemory> current = m_cards.find(r->cardKey);
    if (current != r->after)
        return fail(QCoreApplication::translate("QuizStore",
                                                "Cannot undo: the card was answered again since."));
    const bool restored =
        r->before ? m_cards.save(r->cardKey, *r->before) : m_cards.remove(r->cardKey);
    if (!restored)
        return fail(
            QCoreApplication::translate("QuizStore", "Cannot undo: %1").arg(m_cards.errorText()));
    if (!m_log.markUndone(reviewId, nowMs))
        return fail(
            QCoreApplication::translate("QuizStore", "Cannot undo: %1").arg(m_log.errorText()));
    if (!tx.commit())
        return fail(
            QCoreApplication::translate("QuizStore", "Cannot undo: %1").arg(tx.errorText()));
    return true;
}

} // namespace portolan
