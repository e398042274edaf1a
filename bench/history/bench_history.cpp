// bench-history: what a long study history costs. For review logs of about a month (3,000
// answers), 10,000, 100,000 and 1,000,000 answers it prints, beside DESIGN.md's budgets:
//   start    the window, fork() to its first paint (median of the runs) and its peak memory;
//   stats    `portolan stats --json` as a whole process, and its peak memory;
//   tab      building the Statistics tab (report read from the database, laid out), in process;
//   answer   the quiz: rate -> next card, including the durable commit, in process.
// The histories are written once into DIR (default: bench-history beside the current folder)
// and reused; each is a database of its own. Usage:
//   bench-history [--runs N] [--sizes 3000,10000,100000,1000000] [--dir DIR] [--json FILE]
#include "ProcessRun.h"
#include "StatisticsPage.h"
#include "quiz/Clock.h"
#include "quiz/QuizSession.h"
#include "quiz/QuizStore.h"
#include "settings/Preferences.h"
#include "stats/StatisticsReport.h"
#include "storage/CardRepository.h"
#include "storage/ReviewLogRepository.h"
#include "storage/ScopedTransaction.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>

using namespace portolan;
using namespace portolan::bench;

namespace {

constexpr qint64 kDayMs = 86'400'000;
// The histories end when they are written; the programs measured read the wall clock, so every
// measurement here runs "now" at the bench's start too.
const qint64 kNow = QDateTime::currentMSecsSinceEpoch();

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

double p99(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(0.99 * double(v.size()))));
}

// Writes `answers` answers spread over the days before kNow (150 a day, at least a month) into
// a new database at path: cards of the study set in turn, in Review state, one in ten forgotten.
bool writeHistory(const QString &path, int answers, QString *error)
{
    Workspace workspace;
    if (!workspace.open(path, kNow)) {
        *error = workspace.errorMessage();
        return false;
    }
    const FsrsScheduler scheduler({}, DayCounter::utc());
    const QStringList keys =
        StatisticsReportBuilder(workspace.catalog(), scheduler, DayCounter::utc()).cardKeys();
    const int days = std::max(30, answers / 150);
    const qint64 first = kNow - qint64(days) * kDayMs;
    const qint64 step = (kNow - kDayMs / 2 - first) / std::max(answers, 1);
    QRandomGenerator random(20270301);
    ScopedTransaction tx(workspace.database().connection());
    ReviewLogRepository log(workspace.database().connection());
    CardRepository cards(workspace.database().connection());
    QHash<QString, CardMemory> last;
    for (int i = 0; i < answers; ++i) {
        ReviewRecord r;
        r.cardKey = keys.at(i % keys.size());
        r.reviewedAt = first + i * step;
        r.rating = random.bounded(10) == 0 ? Rating::Again : Rating::Good;
        r.answerFormat = QStringLiteral("typed");
        r.durationMs = 3000 + random.bounded(6000);
        CardMemory before;
        before.state = CardState::Review;
        before.scheduledDays = 1 + random.bounded(60);
        before.stability = before.scheduledDays;
        before.difficulty = 5;
        before.reps = 1 + i / int(keys.size());
        before.lastReview = r.reviewedAt - before.scheduledDays * kDayMs;
        before.due = r.reviewedAt;
        r.before = before;
        r.after = before;
        r.after.lastReview = r.reviewedAt;
        r.after.due = r.reviewedAt + before.scheduledDays * kDayMs;
        r.after.reps = before.reps + 1;
        if (!log.append(r)) {
            *error = log.errorText();
            return false;
        }
        last.insert(r.cardKey, r.after);
    }
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        if (!cards.save(it.key(), it.value())) {
            *error = cards.errorText();
            return false;
        }
    }
    if (!tx.commit()) {
        *error = tx.errorText();
        return false;
    }
    return true;
}

struct Row
{
    int answers = 0;
    QList<double> startMs, startRssMb, statsMs, statsRssMb, tabMs, answerMs;
};

// Answers `count` cards on the database at path, timing rate -> next card (with the commit).
QList<double> timeAnswers(const QString &path, int count)
{
    QList<double> out;
    Workspace workspace;
    if (!workspace.open(path, kNow))
        return out;
    ManualClock clock(kNow);
    const FsrsScheduler scheduler({}, DayCounter::local(QTimeZone(3600)));
    QuizStore store(workspace.database().connection());
    QuizSession session(workspace.catalog(), scheduler, clock, &store);
    SessionOptions options;
    options.newCardsPerDay = 1000;
    QElapsedTimer timer;
    for (int n = 0; n < count; ++n) {
        // A history reused from an earlier run may have nothing due today: move on a day at a
        // time until something is.
        for (int day = 0;
             day < 60 && session.phase() != QuizSession::Phase::Asking && !session.start(options);
             ++day)
            clock.advanceMs(kDayMs);
        if (session.phase() != QuizSession::Phase::Asking)
            break;
        clock.advanceMs(6000);
        const Question &q = session.question();
        if (q.format == AnswerFormat::Flashcard)
            session.reveal();
        else if (q.format == AnswerFormat::Typed)
            session.submitText(q.answer);
        else
            session.choose(q.correctOption);
        timer.start();
        if (!session.rate(Rating::Good))
            break;
        out << timer.nsecsElapsed() / 1e6;
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    int runs = 7;
    QList<int> sizes{3000, 10'000, 100'000, 1'000'000};
    QString dirPath = QDir::current().filePath(QStringLiteral("bench-history"));
    QString jsonPath;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs"))
            runs = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &s : args.at(++i).split(u','))
                sizes << qMax(1, s.toInt());
        } else if (args.at(i) == QLatin1String("--dir"))
            dirPath = args.at(++i);
        else if (args.at(i) == QLatin1String("--json"))
            jsonPath = args.at(++i);
    }
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dirPath));
        return 2;
    }
    const QString portolan = QStringLiteral(PORTOLAN_BINARY);
    QStringList env{QStringLiteral("HOME=") + dir.filePath(QStringLiteral("home")),
                    QStringLiteral("XDG_RUNTIME_DIR=") + dir.filePath(QStringLiteral("home")),
                    QStringLiteral("LC_ALL=C.UTF-8"),
                    QStringLiteral("QT_QPA_PLATFORM=") + qEnvironmentVariable("QT_QPA_PLATFORM")};
    for (const char *name : {"DISPLAY", "XAUTHORITY", "PATH"}) {
        if (qEnvironmentVariableIsSet(name))
            env << QString::fromLatin1(name) + QLatin1Char('=') + qEnvironmentVariable(name);
    }
    dir.mkpath(QStringLiteral("home"));

    QList<Row> rows;
    for (const int answers : std::as_const(sizes)) {
        const QString path = dir.filePath(QStringLiteral("history-%1.sqlite").arg(answers));
        if (!QFileInfo::exists(path)) {
            QElapsedTimer written;
            written.start();
            QString error;
            if (!writeHistory(path, answers, &error)) {
                std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(error));
                QFile::remove(path);
                return 1;
            }
            std::printf("wrote %d answers to %s in %.1f s\n", answers, qPrintable(path),
                        written.elapsed() / 1000.0);
            std::fflush(stdout);
        }
        Row row;
        row.answers = answers;
        for (int i = 0; i < runs; ++i) {
            const Run w = spawn(
                portolan,
                {QStringLiteral("--db"), path, QStringLiteral("--quit-after-first-paint")}, env);
            if (w.ok && toFirstPaintMs(w) > 0) {
                row.startMs << toFirstPaintMs(w);
                row.startRssMb << w.maxRssKb / 1024.0;
            }
            const Run s = spawn(
                portolan,
                {QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")},
                env);
            if (s.ok) {
                row.statsMs << s.wallMs;
                row.statsRssMb << s.maxRssKb / 1024.0;
            }
        }
        {
            Workspace workspace;
            if (workspace.open(path, kNow)) {
                const ManualClock clock(kNow);
                StatisticsPage page(workspace, &clock);
                page.resize(1200, 900);
                for (int i = 0; i < runs; ++i) {
                    QElapsedTimer t;
                    t.start();
                    page.refresh();
                    page.grab(); // laid out and painted, as the tab is shown
                    row.tabMs << t.nsecsElapsed() / 1e6;
                }
            }
        }
        row.answerMs = timeAnswers(path, 60);
        rows << row;
    }

    std::printf("\n%-10s %14s %10s %14s %10s %12s %16s\n", "reviews", "start ms", "start MB",
                "stats ms", "stats MB", "tab ms", "answer ms p99");
    for (const Row &r : std::as_const(rows))
        std::printf("%-10d %14.1f %10.1f %14.1f %10.1f %12.1f %10.2f/%5.2f\n", r.answers,
                    median(r.startMs), median(r.startRssMb), median(r.statsMs),
                    median(r.statsRssMb), median(r.tabMs), median(r.answerMs), p99(r.answerMs));
    std::printf("budgets: start within 15%% of a month's history at 1,000,000; stats <= 80 ms at "
                "100,000 and <= 500 ms / 120 MB at 1,000,000; answer -> next card <= 15 ms\n");
    if (!rows.isEmpty() && !rows.first().startMs.isEmpty()) {
        const double month = median(rows.first().startMs);
        for (const Row &r : std::as_const(rows))
            std::printf("start at %d reviews: %+.0f%% of the first size's\n", r.answers,
                        month > 0 ? (median(r.startMs) / month - 1) * 100 : 0.0);
    }

    if (!jsonPath.isEmpty()) {
        QJsonArray out;
        for (const Row &r : std::as_const(rows))
            out.append(QJsonObject{{QStringLiteral("reviews"), r.answers},
                                   {QStringLiteral("start_ms"), median(r.startMs)},
                                   {QStringLiteral("start_rss_mb"), median(r.startRssMb)},
                                   {QStringLiteral("stats_ms"), median(r.statsMs)},
                                   {QStringLiteral("stats_rss_mb"), median(r.statsRssMb)},
                                   {QStringLiteral("statistics_tab_ms"), median(r.tabMs)},
                                   {QStringLiteral("answer_median_ms"), median(r.answerMs)},
                                   {QStringLiteral("answer_p99_ms"), p99(r.answerMs)}});
        QFile f(jsonPath);
        if (!f.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(jsonPath));
            return 2;
        }
        f.write(QJsonDocument(out).toJson());
    }
    return 0;
}
