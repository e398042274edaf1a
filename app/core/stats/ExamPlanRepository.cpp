#include "stats/ExamPlanRepository.h"

#include "storage/Statement.h"

#include <QVariant>

namespace portolan {

ExamPlanRepository::ExamPlanRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool ExamPlanRepository::save(const StoredExamPlan &plan)
{
    m_error.clear();
    // created_at stays when it was first made.
    Statement q(m_db,
                QStringLiteral("INSERT INTO exam_plan (exam_id, exam_date, target, created_at, "
                               "closed_at) VALUES (?, ?, ?, ?, NULL) ON CONFLICT (exam_id) DO "
                               "UPDATE SET exam_date = excluded.exam_date, "
                               "target = excluded.target, closed_at = NULL"));
    if (!q.exec({plan.examId, plan.examDate.toString(Qt::ISODate), plan.target, plan.createdAt})) {
        m_error = q.error();
        return false;
    }
    return true;
}

bool ExamPlanRepository::close(const QString &examId, qint64 nowMs)
{
    m_error.clear();
    Statement q(m_db, QStringLiteral("UPDATE exam_plan SET closed_at = ? WHERE exam_id = ? AND "
                                     "closed_at IS NULL"));
    if (!q.exec({nowMs, examId})) {
        m_error = q.error();
        return false;
    }
    return true;
}

std::optional<StoredExamPlan> ExamPlanRepository::plan(const QString &examId) const
{
    const QList<StoredExamPlan> found = select(QStringLiteral("WHERE exam_id = ?"), examId);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<StoredExamPlan> ExamPlanRepository::openPlans() const
{
    return select(QStringLiteral("WHERE closed_at IS NULL"), {});
}

QList<StoredExamPlan> ExamPlanRepository::allPlans() const
{
    return select({}, {});
}

QList<StoredExamPlan> ExamPlanRepository::select(const QString &where, const QString &examId) const
{
    m_error.clear();
    QList<StoredExamPlan> out;
    // where is one of this class's own fixed clauses, never user text.
    Statement q(m_db, QStringLiteral("SELECT exam_id, exam_date, target, created_at, closed_at "
                                     "FROM exam_plan ") +
                          where + QStringLiteral(" ORDER BY exam_date, exam_id"));
    if (!(examId.isNull() ? q.exec() : q.exec({examId}))) {
        m_error = q.error();
        return out;
    }
    while (q.next()) {
        StoredExamPlan p;
        p.examId = q.value(0).toString();
        p.examDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        p.target = q.value(2).toDouble();
        p.createdAt = q.value(3).toLongLong();
        if (!q.value(4).isNull())
            p.closedAt = q.value(4).toLongLong();
        out.append(p);
    }
    m_error = q.error();
    return out;
}

} // namespace portolan
