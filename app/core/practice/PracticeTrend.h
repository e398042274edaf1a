#pragma once

#include "practice/PracticeResultRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace portolan {

// One objective's share of right answers over all practice exams of an exam.
struct PracticeObjectiveShare
{
    QString objective; // "1.4"
    int right = 0;
    int total = 0;
    double share() const { return total > 0 ? double(right) / total : 0.0; }
};

// What the statistics show of one exam's practice tests: the latest few and, per objective,
// how often it was answered right, weakest first (where to study next).
struct PracticeExamTrend
{
    QString examId;
    int taken = 0;                            // practice exams of this exam in all
    QList<PracticeResult> recent;             // newest first, at most the number asked for
    QList<PracticeObjectiveShare> objectives; // weakest first
};

// Reads the practice results for the statistics page and report: one trend per exam that has
// results, the exam practised most recently first.
class PracticeTrendReader
{
public:
    explicit PracticeTrendReader(QSqlDatabase db);

    // Empty with errorText() set on a read error; empty without error when none were taken.
    QList<PracticeExamTrend> read(int recentCount = 5);
    QString errorText() const { return m_error; }

    // Weakest first: lower share, then more answers (a firmer sign), then the objective's number.
    static void sortWeakestFirst(QList<PracticeObjectiveShare> &objectives);

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace portolan
