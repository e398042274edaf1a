#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace portolan {

// An exam the learner has set a date for. Closed plans stay for the record but no longer
// change scheduling.
struct StoredExamPlan
{
    QString examId; // the exam's stable id, "n10-009"
    QDate examDate;
    double target = 0.9;
    qint64 createdAt = 0;
    std::optional<qint64> closedAt;

    bool isOpen() const { return !closedAt.has_value(); }
};

// The exam_plan table: one plan per exam, keyed by the exam's id.
class ExamPlanRepository
{
public:
    explicit ExamPlanRepository(QSqlDatabase db);

    // Creates or replaces the plan for plan.examId and opens it again if it was closed.
    bool save(const StoredExamPlan &plan);
    // Marks the plan closed at nowMs; normal scheduling resumes.
    bool close(const QString &examId, qint64 nowMs);
    std::optional<StoredExamPlan> plan(const QString &examId) const;
    // Open plans, nearest exam first.
    QList<StoredExamPlan> openPlans() const;
    QList<StoredExamPlan> allPlans() const;
    QString errorText() const { return m_error; }

private:
    QList<StoredExamPlan> select(const QString &where, const QString &examId) const;

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace portolan
