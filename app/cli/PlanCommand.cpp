#include "PlanCommand.h"

#include "domain/Exam.h"
#include "domain/Percent.h"
#include "settings/Preferences.h"
#include "srs/FsrsScheduler.h"
#include "stats/ExamPlanRepository.h"
#include "stats/StatisticsReport.h"
#include "storage/FsrsParametersRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace portolan {

namespace {

QString knownExamList()
{
    QStringList ids;
    for (const ExamInfo &e : knownExams())
        ids << e.id;
    return ids.join(QStringLiteral(", "));
}

} // namespace

PlanCommand::PlanCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int PlanCommand::fail(const QString &message)
{
    m_err << "portolan: " << message << '\n';
    m_err.flush();
    return 2;
}

int PlanCommand::run(const QStringList &args, const QString &databasePath, qint64 nowMs)
{
    if (!args.isEmpty() && args.first() == QLatin1String("set"))
        return set(args.mid(1), databasePath, nowMs);
    if (!args.isEmpty() && args.first() == QLatin1String("close"))
        return close(args.mid(1), databasePath, nowMs);
    bool json = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else
            return fail(QCoreApplication::translate("PlanCommand",
                                                    "plan: unknown argument '%1' (plan [--json], "
                                                    "plan set EXAM DATE [--target R], plan "
                                                    "close EXAM).")
                            .arg(a));
    }
    return show(databasePath, nowMs, json);
}

int PlanCommand::set(const QStringList &args, const QString &databasePath, qint64 nowMs)
{
    QStringList words;
    double target = ExamPlanner::kDefaultTarget;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--target")) {
            bool ok = false;
            target = i + 1 < args.size() ? args.at(i + 1).toDouble(&ok) : 0.0;
            if (!ok || target < 0.5 || target > 0.99)
                return fail(QCoreApplication::translate(
                    "PlanCommand", "plan set: --target needs a recall between 0.5 and 0.99, for "
                                   "example --target 0.9."));
            ++i;
        } else {
            words << args.at(i);
        }
    }
    if (words.size() != 2)
        return fail(QCoreApplication::translate(
            "PlanCommand", "plan set needs an exam and a date, for example: portolan plan set "
                           "n10-009 2027-03-20"));
    const QString examId = words.at(0).toLower();
    if (!findExam(examId))
        return fail(
            QCoreApplication::translate("PlanCommand", "plan set: unknown exam '%1' (known: %2).")
                .arg(words.at(0), knownExamList()));
    const QDate date = QDate::fromString(words.at(1), Qt::ISODate);
    if (!date.isValid() || words.at(1).size() != 10)
        return fail(QCoreApplication::translate("PlanCommand",
                                                "plan set: '%1' is not a date like 2027-03-20.")
                        .arg(words.at(1)));
    const Preferences preferences = Preferences::load();
    const QDate today = preferences.dayCounter().studyDate(nowMs);
    if (date <= today)
        return fail(QCoreApplication::translate("PlanCommand",
                                                "plan set: the exam date %1 is not after today "
                                                "(%2).")
                        .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    Workspace workspace;
    if (!workspace.open(databasePath, nowMs))
        return fail(workspace.errorMessage());
    if (workspace.database().isReadOnly())
        return fail(QCoreApplication::translate("PlanCommand", "the database is read-only: %1")
                        .arg(workspace.database().readOnlyReason()));
    StoredExamPlan plan;
    plan.examId = examId;
    plan.examDate = date;
    plan.target = target;
    plan.createdAt = nowMs;
    {
        ExamPlanRepository plans(workspace.database().connection());
        if (!plans.save(plan))
            return fail(plans.errorText());
    }
    workspace.close();
    return show(databasePath, nowMs, false, examId);
}

int PlanCommand::close(const QStringList &args, const QString &databasePath, qint64 nowMs)
{
    if (args.size() != 1)
        return fail(QCoreApplication::translate(
            "PlanCommand", "plan close needs an exam, for example: portolan plan close n10-009"));
    const QString examId = args.first().toLower();
    if (!findExam(examId))
        return fail(
            QCoreApplication::translate("PlanCommand", "plan close: unknown exam '%1' (known: %2).")
                .arg(args.first(), knownExamList()));
    Workspace workspace;
    if (!workspace.open(databasePath, nowMs))
        return fail(workspace.errorMessage());
    if (workspace.database().isReadOnly())
        return fail(QCoreApplication::translate("PlanCommand", "the database is read-only: %1")
                        .arg(workspace.database().readOnlyReason()));
    ExamPlanRepository plans(workspace.database().connection());
    const std::optional<StoredExamPlan> existing = plans.plan(examId);
    if (!plans.errorText().isEmpty())
        return fail(plans.errorText());
    if (!existing || !existing->isOpen()) {
        m_out << QCoreApplication::translate("PlanCommand", "No open plan for %1.").arg(examId)
              << '\n';
        return 1;
    }
    if (!plans.close(examId, nowMs))
        return fail(plans.errorText());
    m_out << QCoreApplication::translate("PlanCommand",
                                         "Plan for %1 closed: its cards are scheduled normally "
                                         "again.")
                 .arg(examId)
          << '\n';
    return 0;
}

int PlanCommand::show(const QString &databasePath, qint64 nowMs, bool json, const QString &onlyExam)
{
    Workspace workspace;
    if (!workspace.open(databasePath, nowMs))
        return fail(workspace.errorMessage());
    const Preferences preferences = Preferences::load();
    const FsrsScheduler scheduler(
        FsrsParametersRepository::inUse(preferences, workspace.database().connection()),
        preferences.dayCounter());
    StatisticsReportBuilder builder(workspace.catalog(), scheduler, scheduler.dayCounter());
    builder.setNewCardsPerDay(preferences.newCardsPerDay);
    StatisticsReport report;
    if (!builder.build(workspace.database().connection(), nowMs, &report))
        return fail(builder.errorText());

    QJsonArray list;
    for (const PlannedExam &p : std::as_const(report.plans)) {
        if (!onlyExam.isEmpty() && p.stored.examId != onlyExam)
            continue;
        const ExamPlan &plan = p.plan;
        double readiness = 0.0;
        int studied = 0;
        int cards = 0;
        for (const Readiness &r : std::as_const(report.exams)) {
            if (r.group == p.stored.examId) {
                readiness = r.expected;
                studied = r.studied;
                cards = r.cards;
            }
        }
        if (json) {
            QJsonArray days;
            for (const PlanDay &d : plan.days)
                days.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                        {QStringLiteral("new"), d.newCards},
                                        {QStringLiteral("expectedReviews"), d.expectedReviews},
                                        {QStringLiteral("expectedLapses"), d.expectedLapses},
                                        {QStringLiteral("broughtForward"), d.broughtForward}});
            list.append(
                QJsonObject{{QStringLiteral("exam"), p.stored.examId},
                            {QStringLiteral("examDate"), p.stored.examDate.toString(Qt::ISODate)},
                            {QStringLiteral("target"), p.stored.target},
                            {QStringLiteral("daysLeft"), plan.daysLeft},
                            {QStringLiteral("unseenCards"), plan.unseenCards},
                            {QStringLiteral("newPerDay"), plan.newPerDayApplied},
                            {QStringLiteral("pacePerDay"), plan.newPerDay},
                            {QStringLiteral("newCardsSetting"), plan.newCardsSetting},
                            {QStringLiteral("expectedReviewsPerDay"), plan.meanReviews},
                            {QStringLiteral("expectedReviewsPeak"), plan.peakReviews},
                            {QStringLiteral("simulatedFutures"), plan.simulatedRuns},
                            {QStringLiteral("readiness"), readiness},
                            {QStringLiteral("cards"), cards},
                            {QStringLiteral("studied"), studied},
                            {QStringLiteral("reachable"), plan.reachable},
                            {QStringLiteral("reason"), plan.reason},
                            {QStringLiteral("days"), days}});
            continue;
        }
        m_out << QCoreApplication::translate("PlanCommand",
                                             "%1 on %2 (%n day(s) left), target recall %3", nullptr,
                                             plan.daysLeft)
                     .arg(examTitle(p.stored.examId), p.stored.examDate.toString(Qt::ISODate))
                     .arg(percentText(p.stored.target, 0))
              << '\n';
        m_out << "  "
              << QCoreApplication::translate("PlanCommand",
                                             "Predicted readiness on the day: %1 (%2 of %3 "
                                             "cards studied)")
                     .arg(percentText(readiness))
                     .arg(studied)
                     .arg(cards)
              << '\n';
        if (!ExamPlanner::newCardsSentence(plan).isEmpty())
            m_out << "  " << ExamPlanner::newCardsSentence(plan) << '\n';
        m_out << "  "
              << QCoreApplication::translate("PlanCommand",
                                             "Expected reviews a day: %1 on average, %2 on the "
                                             "busiest day (mean of %3 simulated futures, lapses "
                                             "included).")
                     .arg(plan.meanReviews, 0, 'f', 1)
                     .arg(plan.peakReviews, 0, 'f', 1)
                     .arg(plan.simulatedRuns)
              << '\n';
        if (!plan.reachable)
            m_out << "  ⚠ " << plan.reason << '\n';
        if (!plan.days.isEmpty())
            m_out << "  " << QCoreApplication::translate("PlanCommand", "date        new  reviews")
                  << '\n';
        for (const PlanDay &d : plan.days)
            m_out << "  " << d.date.toString(Qt::ISODate)
                  << QString::number(d.newCards).rightJustified(5)
                  << QString::number(d.expectedReviews, 'f', 1).rightJustified(9) << '\n';
    }
    if (json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("plans"), list}}).toJson();
    } else if (report.plans.isEmpty()) {
        m_out << QCoreApplication::translate("PlanCommand",
                                             "No open exam plan. Make one with: portolan plan "
                                             "set EXAM DATE (exams: %1).")
                     .arg(knownExamList())
              << '\n';
    }
    m_out.flush();
    return 0;
}

} // namespace portolan
