#include "StatsCommand.h"

#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "custom/CustomCatalog.h"
#include "custom/CustomEntryRepository.h"
#include "domain/Percent.h"
#include "settings/Preferences.h"
#include "stats/StatisticsReport.h"
#include "storage/Database.h"
#include "storage/FsrsParametersRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Statement.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace portolan {

namespace {

// Opens the database read-only without the start-up checks and reads the study set and the
// user's own entries into catalog; false when the file needs the full open instead.
bool loadStudySet(const QString &path, Database *db, Catalog *catalog)
{
    if (!db->openForReading(path))
        return false;
    const ReferenceRepository reference(db->connection());
    if (reference.storedVersion() != EmbeddedReference::version())
        return false;
    QList<Protocol> protocols = reference.loadProtocols();
    if (!reference.errorText().isEmpty())
        return false;
    const CustomEntryRepository user(db->connection());
    QList<Protocol> own;
    for (const CustomEntry &e : user.entries())
        own.append(protocolFromCustomEntry(e));
    if (!user.errorText().isEmpty())
        return false;
    catalog->setData(std::move(protocols), {});
    catalog->setUserData(std::move(own), {});
    return true;
}

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
    // The report needs the study set (and own entries), the card states, the log's sums and
    // the plans, nothing of the 12,000 registry rows. A file at the current schema and
    // reference is read as a lookup reads it; anything else goes through the full open, which
    // checks, updates and refreshes it.
    Database quick;
    Catalog studySet;
    Workspace workspace;
    const Catalog *catalog = nullptr;
    QSqlDatabase connection;
    if (loadStudySet(databasePath, &quick, &studySet)) {
        catalog = &studySet;
        connection = quick.connection();
        // The log's index is read once, in order: through SQLite's small page cache rather
        // than a memory map, whose touched pages would all count as this process's memory.
        Statement(connection).run(QStringLiteral("PRAGMA mmap_size = 0"));
    } else {
        quick.close();
        if (!workspace.open(databasePath, nowMs))
            return fail(workspace.errorMessage());
        catalog = &workspace.catalog();
        connection = workspace.database().connection();
    }

    // The learner's own settings, as the window uses them: the day's start, the scheduler's
    // parameters and the new cards a day an exam plan's chart counts with.
    const Preferences preferences = Preferences::load();
    const DayCounter days = preferences.dayCounter();
    const FsrsScheduler scheduler(FsrsParametersRepository::inUse(preferences, connection), days);
    StatisticsReportBuilder builder(*catalog, scheduler, days);
    builder.setNewCardsPerDay(preferences.newCardsPerDay);
    StatisticsReport report;
    if (!builder.build(connection, nowMs, &report))
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
                            {QStringLiteral("newPerDay"), p.plan.newPerDayApplied},
                            {QStringLiteral("pacePerDay"), p.plan.newPerDay},
                            {QStringLiteral("expectedReviewsPerDay"), p.plan.meanReviews},
                            {QStringLiteral("expectedReviewsPeak"), p.plan.peakReviews},
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
                                             "Readiness %1: %2 (%3 of %4 cards studied)")
                     .arg(r.group, percentText(r.expected))
                     .arg(r.studied)
                     .arg(r.cards)
              << '\n';
    for (const PlannedExam &p : report.plans)
        m_out << QCoreApplication::translate(
                     "StatsCommand",
                     "Plan %1 on %2: new cards a day: %3; expected reviews a day: %4 (busiest "
                     "day %5); reviews brought forward: %6%7")
                     .arg(p.stored.examId, p.stored.examDate.toString(Qt::ISODate))
                     .arg(p.plan.newPerDayApplied)
                     .arg(p.plan.meanReviews, 0, 'f', 0)
                     .arg(p.plan.peakReviews, 0, 'f', 0)
                     .arg(p.plan.broughtForward.size())
                     .arg(p.plan.reachable ? QString() : QStringLiteral(" — ") + p.plan.reason)
              << '\n';
    m_out.flush();
    return 0;
}

} // namespace portolan
