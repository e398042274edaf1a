// bench-fsrs-workload DB [--runs N]: on a database with a study history (study-history DB 365),
// times ReviewLogRepository::historyCounts() (the query the session summary's offer makes) and
// FsrsWorkload::compare() (the fit dialog's "reviews a day now → fitted", defaults against
// StudyHistory's hidden weights), median of N runs, and prints the figures.
#include "StudyHistory.h"
#include "settings/Preferences.h"
#include "stats/FsrsWorkload.h"
#include "storage/FsrsLog.h"
#include "storage/ReviewLogRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>

using namespace portolan;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench-fsrs-workload DB [--runs N]\n");
        return 2;
    }
    int runs = 5;
    if (args.size() >= 4 && args.at(2) == QLatin1String("--runs"))
        runs = std::max(1, args.at(3).toInt());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Workspace workspace;
    if (!workspace.open(args.at(1), now)) {
        std::fprintf(stderr, "bench-fsrs-workload: %s\n", qPrintable(workspace.errorMessage()));
        return 1;
    }
    ReviewLogRepository log(workspace.database().connection());
    QList<double> countTimes;
    ReviewHistoryCounts counts;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        counts = log.historyCounts().value_or(ReviewHistoryCounts{});
        countTimes << timer.nsecsElapsed() / 1e6;
    }
    const QList<FsrsLogEntry> entries = fsrsLogFrom(log.since(0));
    const Preferences preferences;
    const FsrsWorkload workload(preferences.fsrsParameters(), preferences.dayCounter());
    QList<double> times;
    FsrsWorkloadEstimate e;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        e = workload.compare(entries, FsrsParameters::kDefaultWeights,
                             StudyHistory::hiddenLearnerWeights(), now);
        times << timer.nsecsElapsed() / 1e6;
    }
    std::printf(
        "log: %d reviews of %d cards, first %s\n", counts.reviews, counts.cards,
        qPrintable(
            QDateTime::fromMSecsSinceEpoch(counts.firstReviewMs, Qt::UTC).toString(Qt::ISODate)));
    std::printf("historyCounts(): %.2f ms (median of %d)\n", median(countTimes), runs);
    std::printf("FsrsWorkload::compare(), %d days, %d cards: %.1f ms (median of %d); "
                "reviews a day %.1f with the defaults, %.1f with the hidden weights\n",
                e.horizonDays, e.cards, median(times), runs, e.current, e.fitted);
    return 0;
}
