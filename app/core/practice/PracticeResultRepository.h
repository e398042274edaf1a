#pragma once

#include "practice/PracticeQuestion.h"

#include <QHash>
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

// One question's outcome as stored: what a study package carries of it.
struct PracticeAnswerRecord
{
    QString objective;
    QString kind; // practiceKindName()
    QString entryKey;
    bool correct = false;

    friend bool operator==(const PracticeAnswerRecord &, const PracticeAnswerRecord &) = default;
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
    // Stores a test taken elsewhere (a study package) with its answers as they were recorded,
    // in question order, in one transaction (a savepoint inside the caller's); the new row's id,
    // or 0.
    qint64 add(const PracticeResult &result, const QList<PracticeAnswerRecord> &answers);
    // Every stored answer by its test's row id, in question order.
    QHash<qint64, QList<PracticeAnswerRecord>> allAnswers() const;
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
