#pragma once

#include "practice/PracticeQuestion.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace portolan {

// One practice exam as stored.
struct PracticeResult
{
    qint64 id = 0;
    QString examId;
    qint64 takenAt = 0;
    quint64 seed = 0;
    qint64 durationMs = 0;
    int questions = 0;
    int right = 0;
    bool countedAsReviews = false;
};

// The practice_exam and practice_answer tables: results of practice exams, kept apart from the
// review log so that a practice test never changes scheduling by itself.
class PracticeResultRepository
{
public:
    explicit PracticeResultRepository(QSqlDatabase db);

    // Saves the test and each question's outcome in one transaction; the new row's id, or 0.
    qint64 save(PracticeResult result, const QList<PracticeQuestion> &questions,
                const QList<QList<int>> &picked);
    // An exam's results, oldest first (all exams when examId is empty).
    QList<PracticeResult> results(const QString &examId = {}) const;
    // Per objective over an exam's tests: right and total answers, in no particular order.
    QList<QPair<QString, QPair<int, int>>> objectiveTotals(const QString &examId) const;
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace portolan
