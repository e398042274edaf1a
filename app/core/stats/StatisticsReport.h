#pragma once

#include "stats/ExamPlanRepository.h"
#include "stats/ExamPlanner.h"
#include "stats/StudyStatistics.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace portolan {

class Catalog;

// One exam's open plan with what the planner makes of it today.
struct PlannedExam
{
    StoredExamPlan stored;
    ExamPlan plan;
};

// Everything the statistics page, the PDF report and `portolan stats` show, computed once from
// the review log, the card states and the open exam plans.
struct StatisticsReport
{
    qint64 nowMs = 0;
    QDate today;
    StateCounts counts;
    int totalReviews = 0;
    qint64 timeSpentMs = 0;
    qint64 timeSpentTodayMs = 0;
    QList<DayActivity> lastYear; // 365 study days ending today, oldest first
    QList<int> forecast;         // the next 30 study days, today first
    RetentionTable retention;
    // Per exam (current exams first): predicted recall on the plan's exam date when the exam
    // has an open plan, else now.
    QList<Readiness> exams;
    QList<Readiness> rangeClasses; // "system", "user", "dynamic", "none" (no port)
    QList<CardRecall> weakest;
    QList<CardRecall> leeches;
    QList<PlannedExam> plans;

    // Reviews in the last `days` days of lastYear.
    int reviewsInLast(int days) const;
    // When the exam has an open plan, its date; else an invalid date.
    QDate examDateOf(const QString &examId) const;
};

// Reads what the statistics need (card states, review log, exam plans) and computes the report.
class StatisticsReportBuilder
{
public:
    // catalog and scheduler must outlive the builder.
    StatisticsReportBuilder(const Catalog &catalog, const FsrsScheduler &scheduler,
                            DayCounter dayCounter);

    // The learner's "New cards a day": an exam plan introduces the larger of it and its pace.
    void setNewCardsPerDay(int perDay) { m_newCardsPerDay = perDay; }
    // Whether the plans' future is simulated (PlanSimulator); on by default.
    void setSimulatePlans(bool on) { m_simulatePlans = on; }

    // False with errorText() when the database cannot be read.
    bool build(const QSqlDatabase &db, qint64 nowMs, StatisticsReport *out);
    // The same from values already read: the log summarized (see ReviewLogRepository), or
    // the log itself (tests).
    StatisticsReport computeFrom(const QHash<QString, CardMemory> &states,
                                 const ReviewSummary &summary,
                                 const QList<StoredExamPlan> &openPlans, qint64 nowMs) const;
    StatisticsReport compute(const QHash<QString, CardMemory> &states,
                             const QList<ReviewRecord> &log, const QList<StoredExamPlan> &openPlans,
                             qint64 nowMs) const;
    // Study days of activity shown (the calendar heat map's year).
    static constexpr int kActivityDays = 365;
    // A value that changes whenever the database does (this connection's writes, another's
    // commits): a report built at the same stamp is still true, but for the passing of time.
    static QString changeStamp(const QSqlDatabase &db);
    // "System ports (0–1023)" for the range group ids of StatisticsReport::rangeClasses.
    static QString rangeGroupTitle(const QString &group);
    // "SSH · Port → protocol": a card named for lists.
    QString describe(const QString &cardKey) const;
    // Mean predicted recall now of each studied protocol's studied cards (protocol key ->
    // 0..1); protocols never studied are absent.
    QHash<QString, double> recallByProtocol(const QHash<QString, CardMemory> &states,
                                            qint64 nowMs) const;
    // The same read from the database; empty with errorText() on a read error.
    QHash<QString, double> recallByProtocol(const QSqlDatabase &db, qint64 nowMs);
    // The protocol a card asks about (for a link to the browser); empty if unknown.
    static QString protocolOf(const QString &cardKey);
    QString errorText() const { return m_error; }

    // The study set's card keys: all of them, or those of one exam's deck.
    QStringList cardKeys() const;
    QStringList examCardKeys(const QString &examId) const;

private:
    const Catalog &m_catalog;
    const FsrsScheduler &m_scheduler;
    DayCounter m_dayCounter;
    QString m_error;
    int m_newCardsPerDay = 0;
    bool m_simulatePlans = true;
};

} // namespace portolan
