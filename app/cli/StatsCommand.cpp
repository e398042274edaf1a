#include "StatsCommand.h"

#include "stats/StatisticsReport.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace portolan {

namespace {

QJsonObject cell(const RetentionCell &c)
{
    return {{QStringLiteral("passed"), c.passed},
            {QStringLiteral("total"), c.total},
            {QStringLiteral("rate"), c.rate()}};
}

QJsonArray recalls(const QList<CardRecall> &list)
{
    QJsonArray out;
    for (const CardRecall &r : list)
        out.append(QJsonObject{{QStringLiteral("card"), r.cardKey},
                               {QStringLiteral("recall"), r.recall},
                               {QStringLiteral("lapses"), r.lapses}});
    return out;
}

} // namespace

StatsCommand::StatsCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int StatsCommand::fail(const QString &message)
{
    m_err << "portolan: " << message << '\n'
          << QCoreApplication::translate("StatsCommand", "Try 'portolan --help'.") << '\n';
    m_err.flush();
    return 2;
}

int StatsCommand::run(const QStringList &args, const QString &databasePath, qint64 nowMs)
{
    bool json = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else
            return fail(QCoreApplication::translate("StatsCommand", "stats: unknown argument '%1'.")
                            .arg(a));
    }
    Workspace workspace;
    if (!workspace.open(databasePath, nowMs))
        return fail(workspace.errorMessage());

    const DayCounter days = DayCounter::local(QTimeZone::systemTimeZone());
    const FsrsScheduler scheduler(FsrsParameters{}, days);
    StatisticsReportBuilder builder(workspace.catalog(), scheduler, days);
    StatisticsReport report;
    if (!builder.build(workspace.database().connection(), nowMs, &report))
        return fail(builder.errorText());
    const int last30 = report.reviewsInLast(30);

    if (json) {
        QJsonObject root;
        root[QStringLiteral("today")] = report.today.toString(Qt::ISODate);
        root[QStringLiteral("cards")] =
            QJsonObject{{QStringLiteral("total"), report.counts.total()},
                        {QStringLiteral("new"), report.counts.newCards},
                        {QStringLiteral("learning"), report.counts.learning},
                        {QStringLiteral("review"), report.counts.review},
                        {QStringLiteral("relearning"), report.counts.relearning}};
        root[QStringLiteral("reviews")] =
            QJsonObject{{QStringLiteral("total"), report.totalReviews},
                        {QStringLiteral("last30Days"), last30},
                        {QStringLiteral("timeSpentMs"), report.timeSpentMs}};
        QJsonObject ret;
        const char *rows[] = {"young", "mature"};
        const char *periods[] = {"today", "week", "month"};
        for (int r = 0; r < RetentionTable::RowCount; ++r) {
            QJsonObject row;
            for (int p = 0; p < RetentionTable::PeriodCount; ++p)
                row[QLatin1String(periods[p])] = cell(report.retention.cells[r][p]);
            ret[QLatin1String(rows[r])] = row;
        }
        root[QStringLiteral("retention")] = ret;
        QJsonArray fc;
        for (int n : report.forecast)
            fc.append(n);
        root[QStringLiteral("forecast")] = fc;
        QJsonArray readiness;
        for (const Readiness &r : report.exams) {
            QJsonObject exam{{QStringLiteral("exam"), r.group},
                             {QStringLiteral("cards"), r.cards},
                             {QStringLiteral("studied"), r.studied},
                             {QStringLiteral("readiness"), r.expected},
                             {QStringLiteral("weakest"), recalls(r.weakest)}};
            const QDate date = report.examDateOf(r.group);
            if (date.isValid())
                exam[QStringLiteral("examDate")] = date.toString(Qt::ISODate);
            readiness.append(exam);
        }
        root[QStringLiteral("readiness")] = readiness;
        QJsonArray ranges;
        for (const Readiness &r : report.rangeClasses)
            ranges.append(QJsonObject{{QStringLiteral("range"), r.group},
                                      {QStringLiteral("cards"), r.cards},
                                      {QStringLiteral("studied"), r.studied},
                                      {QStringLiteral("recall"), r.expected}});
        root[QStringLiteral("rangeClasses")] = ranges;
        QJsonArray plans;
        for (const PlannedExam &p : report.plans)
            plans.append(
                QJsonObject{{QStringLiteral("exam"), p.stored.examId},
                            {QStringLiteral("examDate"), p.stored.examDate.toString(Qt::ISODate)},
                            {QStringLiteral("target"), p.stored.target},
                            {QStringLiteral("newPerDay"), p.plan.newPerDay},
                            {QStringLiteral("unseen"), p.plan.unseenCards},
                            {QStringLiteral("broughtForward"), int(p.plan.broughtForward.size())},
                            {QStringLiteral("reachable"), p.plan.reachable},
                            {QStringLiteral("reason"), p.plan.reason}});
        root[QStringLiteral("plans")] = plans;
        root[QStringLiteral("weakest")] = recalls(report.weakest);
        root[QStringLiteral("leeches")] = recalls(report.leeches);
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        m_out.flush();
        return 0;
    }

    const StateCounts &counts = report.counts;
    m_out << QCoreApplication::translate(
                 "StatsCommand", "Cards: %1 (new %2, learning %3, review %4, relearning %5)")
                 .arg(counts.total())
                 .arg(counts.newCards)
                 .arg(counts.learning)
                 .arg(counts.review)
                 .arg(counts.relearning)
          << '\n';
    m_out << QCoreApplication::translate("StatsCommand",
                                         "Reviews: %1 in all, %2 in the last 30 days, %3 min spent")
                 .arg(report.totalReviews)
                 .arg(last30)
                 .arg(report.timeSpentMs / 60000)
          << '\n';
    const RetentionCell &young =
        report.retention.cells[RetentionTable::Young][RetentionTable::Month];
    const RetentionCell &mature =
        report.retention.cells[RetentionTable::Mature][RetentionTable::Month];
    m_out << QCoreApplication::translate("StatsCommand",
                                         "True retention, last 30 days: young %1/%2, mature %3/%4")
                 .arg(young.passed)
                 .arg(young.total)
                 .arg(mature.passed)
                 .arg(mature.total)
          << '\n';
    m_out << QCoreApplication::translate("StatsCommand", "Due today: %1")
                 .arg(report.forecast.value(0))
          << '\n';
    for (const Readiness &r : report.exams)
        m_out << QCoreApplication::translate("StatsCommand",
                                             "Readiness %1: %2% (%3 of %4 cards studied)")
                     .arg(r.group)
                     .arg(r.expected * 100.0, 0, 'f', 1)
                     .arg(r.studied)
                     .arg(r.cards)
              << '\n';
    for (const PlannedExam &p : report.plans)
        m_out << QCoreApplication::translate(
                     "StatsCommand",
                     "Plan %1 on %2: new cards a day: %3; reviews brought forward: %4%5")
                     .arg(p.stored.examId, p.stored.examDate.toString(Qt::ISODate))
                     .arg(p.plan.newPerDay)
                     .arg(p.plan.broughtForward.size())
                     .arg(p.plan.reachable ? QString() : QStringLiteral(" — ") + p.plan.reason)
              << '\n';
    m_out.flush();
    return 0;
}

} // namespace portolan
