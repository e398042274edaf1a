// study-history DB [DAYS] [SEED] [--new-per-day N] [--deck SEARCH] [--hidden-memory]
// [--export-items FILE]:
// writes a scripted stretch of study into a Portolan database, for screenshots of the
// statistics page, trying the exam plan and making FSRS optimizer test vectors. Never point it
// at a database whose history matters: it adds answers as if they had been given.
//
// --hidden-memory: answers follow StudyHistory::hiddenLearnerWeights() (docs/fsrs.md §9.7).
// --export-items FILE: afterwards, writes the database's whole review log as the optimizer's
// per-card histories, {"cards": [[[minute, grade, days_since_previous], ...], ...]}, minutes
// counted from the first answer.
#include "StudyHistory.h"
#include "storage/FsrsLog.h"
#include "storage/ReviewLogRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <cstdio>
#include <limits>

namespace {

int usage()
{
    std::fprintf(stderr, "usage: study-history DB [DAYS] [SEED] [--new-per-day N] [--deck SEARCH] "
                         "[--hidden-memory] [--export-items FILE]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    portolan::StudyHistory history;
    QString exportPath;
    QStringList positional;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--hidden-memory")) {
            history.hiddenMemory = portolan::StudyHistory::hiddenLearnerWeights();
        } else if (a == QLatin1String("--new-per-day") && i + 1 < args.size()) {
            history.newPerDay = std::clamp(args.at(++i).toInt(), 1, 200);
        } else if (a == QLatin1String("--deck") && i + 1 < args.size()) {
            history.deckSearch = args.at(++i);
        } else if (a == QLatin1String("--export-items") && i + 1 < args.size()) {
            exportPath = args.at(++i);
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage();
        } else {
            positional.append(a);
        }
    }
    if (positional.isEmpty() || positional.size() > 3)
        return usage();
    if (positional.size() > 1)
        history.days = std::clamp(positional.at(1).toInt(), 1, 3650);
    if (positional.size() > 2)
        history.seed = positional.at(2).toUInt();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    portolan::Workspace workspace;
    if (!workspace.open(positional.at(0), now)) {
        std::fprintf(stderr, "study-history: %s\n", qPrintable(workspace.errorMessage()));
        return 1;
    }
    QString error;
    const int answers =
        history.write(workspace.database().connection(), workspace.catalog(), now, &error);
    if (answers < 0) {
        std::fprintf(stderr, "study-history: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d answers over %d days written to %s\n", answers, history.days,
                qPrintable(positional.at(0)));
    if (!exportPath.isEmpty()) {
        portolan::ReviewLogRepository log(workspace.database().connection());
        const auto set = portolan::FsrsTrainingSet::fromLog(
            portolan::fsrsLogFrom(log.since(0)),
            portolan::DayCounter::local(QTimeZone::systemTimeZone()));
        // Times as minutes since the first answer: smaller files, the same order of items.
        qint64 first = std::numeric_limits<qint64>::max();
        for (const auto &card : set.orders()) {
            for (qint64 t : card)
                first = std::min(first, t);
        }
        QJsonArray cards;
        for (qsizetype c = 0; c < set.cards().size(); ++c) {
            QJsonArray reviews;
            for (qsizetype i = 0; i < set.cards()[c].size(); ++i) {
                const auto &r = set.cards()[c][i];
                reviews.append(
                    QJsonArray{(set.orders()[c][i] - first) / 60'000, r.rating, r.deltaT});
            }
            cards.append(reviews);
        }
        QFile out(exportPath);
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "study-history: %s: %s\n", qPrintable(exportPath),
                         qPrintable(out.errorString()));
            return 1;
        }
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("cards"), cards}})
                      .toJson(QJsonDocument::Compact));
        std::printf("%d reviews of %d cards exported to %s\n", set.reviewCount(), set.cardCount(),
                    qPrintable(exportPath));
    }
    return 0;
}
