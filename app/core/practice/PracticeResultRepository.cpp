#include "practice/PracticeResultRepository.h"

#include "storage/ScopedTransaction.h"
#include "storage/Statement.h"

namespace portolan {

PracticeResultRepository::PracticeResultRepository(QSqlDatabase db) : m_db(std::move(db)) {}

qint64 PracticeResultRepository::save(PracticeResult result,
                                      const QList<PracticeQuestion> &questions,
                                      const QList<QList<int>> &picked)
{
    // A test just taken is stored as an imported one is: its answers as records, then add().
    QList<PracticeAnswerRecord> answers;
    answers.reserve(questions.size());
    result.questions = int(questions.size());
    result.right = 0;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const PracticeQuestion &q = questions.at(i);
        const bool right = q.isRight(picked.value(i));
        result.right += right ? 1 : 0;
        answers.append({q.objective, practiceKindName(q.kind), q.entryKey, right});
    }
    return add(result, answers);
}

qint64 PracticeResultRepository::add(const PracticeResult &result,
                                     const QList<PracticeAnswerRecord> &answers)
{
    m_error.clear();
    ScopedTransaction tx(m_db);
    if (!tx.isActive()) {
        m_error = tx.errorText();
        return 0;
    }
    Statement exam(
        m_db, QStringLiteral("INSERT INTO practice_exam (exam_id, taken_at, seed, duration_ms, "
                             "question_count, right_count, counted_as_reviews) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!exam.exec({result.examId, result.takenAt, qint64(result.seed), result.durationMs,
                    result.questions, result.right, result.countedAsReviews ? 1 : 0})) {
        m_error = exam.error();
        return 0;
    }
    const qint64 id = exam.lastInsertId().toLongLong();
    Statement answer(m_db, QStringLiteral("INSERT INTO practice_answer (exam_row, position, "
                                          "objective, kind, entry_key, correct) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const PracticeAnswerRecord &a = answers.at(i);
        if (!answer.exec({id, int(i), notNullText(a.objective), notNullText(a.kind),
                          notNullText(a.entryKey), a.correct ? 1 : 0})) {
            m_error = answer.error();
            return 0;
        }
    }
    if (!tx.commit()) {
        m_error = tx.errorText();
        return 0;
    }
    return id;
}

QHash<qint64, QList<PracticeAnswerRecord>> PracticeResultRepository::allAnswers() const
{
    m_error.clear();
    QHash<qint64, QList<PracticeAnswerRecord>> out;
    Statement q(m_db, QStringLiteral("SELECT exam_row, objective, kind, entry_key, correct "
                                     "FROM practice_answer ORDER BY exam_row, position"));
    if (!q.exec()) {
        m_error = q.error();
        return out;
    }
    while (q.next())
        out[q.value(0).toLongLong()].append({q.value(1).toString(), q.value(2).toString(),
                                             q.value(3).toString(), q.value(4).toInt() != 0});
    m_error = q.error();
    return out;
}

QList<PracticeResult> PracticeResultRepository::results(const QString &examId) const
{
    m_error.clear();
    QList<PracticeResult> out;
    Statement q(m_db, QStringLiteral("SELECT id, exam_id, taken_at, seed, duration_ms, "
                                     "question_count, right_count, counted_as_reviews "
                                     "FROM practice_exam WHERE ? = '' OR exam_id = ? "
                                     "ORDER BY taken_at, id"));
    if (!q.exec({notNullText(examId), notNullText(examId)})) {
        m_error = q.error();
        return out;
    }
    while (q.next()) {
        PracticeResult r;
        r.id = q.value(0).toLongLong();
        r.examId = q.value(1).toString();
        r.takenAt = q.value(2).toLongLong();
        r.seed = quint64(q.value(3).toLongLong());
        r.durationMs = q.value(4).toLongLong();
        r.questions = q.value(5).toInt();
        r.right = q.value(6).toInt();
        r.countedAsReviews = q.value(7).toInt() != 0;
        out << r;
    }
    m_error = q.error();
    return out;
}

QList<QPair<QString, QPair<int, int>>>
PracticeResultRepository::objectiveTotals(const QString &examId) const
{
    m_error.clear();
    QList<QPair<QString, QPair<int, int>>> out;
    Statement q(m_db, QStringLiteral("SELECT a.objective, SUM(a.correct), COUNT(*) "
                                     "FROM practice_answer a JOIN practice_exam e "
                                     "ON e.id = a.exam_row WHERE e.exam_id = ? "
                                     "GROUP BY a.objective"));
    if (!q.exec({examId})) {
        m_error = q.error();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), {q.value(1).toInt(), q.value(2).toInt()}});
    m_error = q.error();
    return out;
}

} // namespace portolan
