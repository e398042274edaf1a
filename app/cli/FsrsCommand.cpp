#include "FsrsCommand.h"

#include "domain/Percent.h"
#include "settings/Preferences.h"
#include "srs/FsrsOptimizer.h"
#include "stats/FsrsWorkload.h"
#include "storage/FsrsLog.h"
#include "storage/FsrsParametersRepository.h"
#include "storage/ReviewLogRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace portolan {

namespace {

QJsonArray weightsJson(const FsrsParameters::Weights &w)
{
    QJsonArray a;
    for (double x : w)
        a.append(x);
    return a;
}

QString weightsText(const FsrsParameters::Weights &w)
{
    QStringList parts;
    for (double x : w)
        parts << QString::number(x, 'f', 4);
    return parts.join(u' ');
}

QJsonObject evaluationJson(const FsrsEvaluation &e)
{
    return {{QStringLiteral("logLoss"), e.logLoss}, {QStringLiteral("rmse"), e.rmseBins}};
}

QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

FsrsCommand::FsrsCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int FsrsCommand::fail(const QString &message, int code)
{
    m_err << "portolan: " << message << '\n';
    m_err.flush();
    return code;
}

int FsrsCommand::run(const QStringList &args, const QString &databasePath, qint64 nowMs)
{
    const QString sub = args.value(0);
    bool json = false;
    bool apply = false;
    for (const QString &a : args.mid(1)) {
        if (a == QLatin1String("--json") && sub != QLatin1String("undo"))
            json = true;
        else if (a == QLatin1String("--apply") && sub == QLatin1String("optimize"))
            apply = true;
        else
            return fail(tr("fsrs: unknown argument '%1' (fsrs show [--json], fsrs optimize "
                           "[--json] [--apply], fsrs undo).")
                            .arg(a));
    }
    if (sub == QLatin1String("show"))
        return show(databasePath, nowMs, json);
    if (sub == QLatin1String("optimize"))
        return optimize(databasePath, nowMs, json, apply);
    if (sub == QLatin1String("undo"))
        return undo(databasePath, nowMs);
    return fail(tr("fsrs needs show, optimize or undo, for example: portolan fsrs optimize"));
}

int FsrsCommand::show(const QString &databasePath, qint64 nowMs, bool json)
{
    Workspace workspace;
    if (!workspace.open(databasePath, nowMs))
        return fail(workspace.errorMessage());
    FsrsParametersRepository repo(workspace.database().connection());
    const auto current = repo.current();
    if (!current)
        return fail(repo.errorText());
    const auto previous = repo.previous();
    if (json) {
        QJsonObject root{{QStringLiteral("parameters"), weightsJson(current->weights)},
                         {QStringLiteral("default"), current->isDefault()},
                         {QStringLiteral("canUndo"), previous.has_value()}};
        if (!current->isDefault()) {
            root.insert(QStringLiteral("fittedAt"), dateText(current->fittedAt));
            root.insert(QStringLiteral("reviews"), current->reviewCount);
            root.insert(QStringLiteral("cards"), current->cardCount);
        }
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (current->isDefault())
        m_out << tr("FSRS parameters: the defaults.") << '\n';
    else
        m_out << tr("FSRS parameters fitted on %1 to %2 reviews of %3 cards.")
                     .arg(dateText(current->fittedAt))
                     .arg(current->reviewCount)
                     .arg(current->cardCount)
              << '\n';
    m_out << weightsText(current->weights) << '\n';
    return 0;
}

int FsrsCommand::optimize(const QString &databasePath, qint64 nowMs, bool json, bool apply)
{
    Workspace workspace;
    if (!workspace.open(databasePath, nowMs))
        return fail(workspace.errorMessage());
    const QSqlDatabase db = workspace.database().connection();
    ReviewLogRepository log(db);
    const QList<ReviewRecord> records = log.since(0);
    if (!log.errorText().isEmpty())
        return fail(log.errorText());
    FsrsParametersRepository repo(db);
    const auto current = repo.current();
    if (!current)
        return fail(repo.errorText());
    // The same study days the scheduler counts with.
    const Preferences preferences = Preferences::load();
    const QList<FsrsLogEntry> entries = fsrsLogFrom(records);
    const FsrsTrainingSet set = FsrsTrainingSet::fromLog(entries, preferences.dayCounter());
    const FsrsOptimizer::Result result = FsrsOptimizer().optimize(set, current->weights);
    if (result.status == FsrsOptimizer::Result::Status::NotEnoughHistory)
        return fail(tr("fsrs optimize: too little history: %1 reviews of %2 cards; fitting "
                       "needs at least %3 reviews of at least %4 cards.")
                        .arg(result.reviews)
                        .arg(result.cards)
                        .arg(FsrsOptimizer::kMinimumReviews)
                        .arg(FsrsOptimizer::kMinimumCards),
                    1);
    if (result.status != FsrsOptimizer::Result::Status::Fitted)
        return fail(tr("fsrs optimize: %1").arg(result.message));

    // The work each weight set implies at the learner's retention (before --apply changes it).
    const FsrsWorkloadEstimate workload =
        FsrsWorkload(preferences.fsrsParameters(), preferences.dayCounter())
            .compare(entries, current->weights, result.weights, nowMs);

    bool applied = false;
    if (apply && result.better()) {
        StoredFsrsWeights stored;
        stored.weights = result.weights;
        stored.fittedAt = nowMs;
        stored.reviewCount = result.reviews;
        stored.cardCount = result.cards;
        if (!repo.apply(stored))
            return fail(repo.errorText());
        applied = true;
    }
    if (json) {
        const QJsonObject root{
            {QStringLiteral("parameters"), weightsJson(result.weights)},
            {QStringLiteral("reviews"), result.reviews},
            {QStringLiteral("cards"), result.cards},
            {QStringLiteral("items"), result.fitted.items},
            {QStringLiteral("fitted"), evaluationJson(result.fitted)},
            {QStringLiteral("current"), evaluationJson(result.current)},
            {QStringLiteral("better"), result.better()},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("workload"),
             QJsonObject{{QStringLiteral("horizonDays"), workload.horizonDays},
                         {QStringLiteral("desiredRetention"), preferences.desiredRetention},
                         {QStringLiteral("current"), workload.current},
                         {QStringLiteral("fitted"), workload.fitted}}}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    m_out << tr("Fitted to %1 reviews of %2 cards.").arg(result.reviews).arg(result.cards) << '\n';
    m_out << tr("Log loss: current %1, fitted %2 (lower is better).")
                 .arg(result.current.logLoss, 0, 'f', 4)
                 .arg(result.fitted.logLoss, 0, 'f', 4)
          << '\n';
    m_out << tr("RMSE: current %1, fitted %2 (lower is better).")
                 .arg(result.current.rmseBins, 0, 'f', 4)
                 .arg(result.fitted.rmseBins, 0, 'f', 4)
          << '\n';
    m_out << tr("Reviews a day over the next %1 days at %2 desired retention: %3 now, %4 with "
                "the fitted parameters.")
                 .arg(workload.horizonDays)
                 .arg(percentText(preferences.desiredRetention, 0))
                 .arg(workload.current, 0, 'f', 1)
                 .arg(workload.fitted, 0, 'f', 1)
          << '\n';
    m_out << tr("Fitted parameters:") << ' ' << weightsText(result.weights) << '\n';
    if (applied)
        m_out << tr("Applied. 'portolan fsrs undo' goes back to the previous parameters.") << '\n';
    else if (!result.better())
        m_out << tr("The fit does not predict your reviews better; the current parameters stay.")
              << '\n';
    else
        m_out << tr("They predict your reviews better: 'portolan fsrs optimize --apply' uses "
                    "them.")
              << '\n';
    return 0;
}

int FsrsCommand::undo(const QString &databasePath, qint64 nowMs)
{
    Workspace workspace;
    if (!workspace.open(databasePath, nowMs))
        return fail(workspace.errorMessage());
    FsrsParametersRepository repo(workspace.database().connection());
    if (!repo.undo()) {
        if (!repo.errorText().isEmpty())
            return fail(repo.errorText());
        return fail(tr("fsrs undo: nothing to undo."), 1);
    }
    const auto current = repo.current();
    m_out << (current && current->isDefault()
                  ? tr("Back to the default parameters.")
                  : tr("Back to the parameters fitted on %1.")
                        .arg(current ? dateText(current->fittedAt) : QString()))
          << '\n';
    return 0;
}

} // namespace portolan
