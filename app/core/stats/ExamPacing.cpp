#include "stats/ExamPacing.h"

#include "domain/Exam.h"
#include "stats/StatisticsReport.h"
#include "storage/CardRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace portolan {

SessionOptions ExamPacing::paced(SessionOptions options, const QString &examId,
                                 const ExamPlan &plan, QDate today)
{
    if (options.practice || plan.daysLeft <= 0)
        return options;
    if (options.deck.id == deckIdFor(examId))
        options.newCardsPerDay = std::max(options.newCardsPerDay, plan.newPerDay);
    for (const QString &key : ExamPlanner::broughtForwardOn(plan, today))
        options.broughtForward.insert(key);
    return options;
}

SessionOptions ExamPacing::pacedByOpenPlans(SessionOptions options, const QSqlDatabase &db,
                                            const Catalog &catalog, const FsrsScheduler &scheduler,
                                            qint64 nowMs, QStringList *notes)
{
    if (options.practice)
        return options;
    const auto failed = [&](const QString &error) {
        if (notes)
            notes->append(
                QCoreApplication::translate("ExamPacing", "Exam plans could not be read: %1")
                    .arg(error));
        return options;
    };
    // Most learners have no plan: one small query and nothing else on that path.
    ExamPlanRepository repository(db);
    const QList<StoredExamPlan> open = repository.openPlans();
    if (!repository.errorText().isEmpty())
        return failed(repository.errorText());
    if (open.isEmpty())
        return options;
    QHash<QString, CardMemory> states;
    CardRepository cards(db);
    if (!cards.loadAll(&states))
        return failed(cards.errorText());

    const StatisticsReportBuilder keys(catalog, scheduler, scheduler.dayCounter());
    const ExamPlanner planner(scheduler.model(), scheduler.dayCounter());
    const QDate today = scheduler.dayCounter().studyDate(nowMs);
    QList<PlannedExam> plans;
    for (const StoredExamPlan &stored : open)
        plans.append({stored, planner.plan(keys.examCardKeys(stored.examId), states, nowMs,
                                           stored.examDate, stored.target)});
    const int setting = options.newCardsPerDay;
    for (const PlannedExam &p : std::as_const(plans)) {
        options = paced(options, p.stored.examId, p.plan, today);
        if (!notes || p.plan.daysLeft <= 0)
            continue;
        // One number applies in the exam's deck, and the sentence says which and why.
        notes->append(QCoreApplication::translate(
                          "ExamPacing", "Exam plan for %1 on %2: in its deck %3 new cards a day "
                                        "apply (the larger of your %4 and the plan's %5); reviews "
                                        "brought forward: %6.")
                          .arg(examTitle(p.stored.examId),
                               QLocale().toString(p.stored.examDate, QLocale::ShortFormat))
                          .arg(std::max(setting, p.plan.newPerDay))
                          .arg(setting)
                          .arg(p.plan.newPerDay)
                          .arg(p.plan.broughtForward.size()));
    }
    return options;
}

} // namespace portolan
