// bench-quiz: answer → next card, including the durable commit (DESIGN.md budget: ≤ 15 ms).
//
// Runs scheduled quiz sessions over the embedded study set on a real file (WAL,
// synchronous=FULL, so every answer is fsync'ed) and times, per answer:
//   core:   QuizSession::rate() → the next question shown (schedule, one transaction with the
//           card state and the log row, commit, pick and build the next question);
//   window: a rating key press on the quiz page → the next card laid out and painted
//           (offscreen), which includes the core path.
// Prints median, p99 and max. Usage: bench-quiz [ANSWERS] [DIRECTORY]; the database goes to a
// temporary folder inside DIRECTORY (default: the current folder, so that it is on the disk
// being measured rather than on a tmpfs).

#include "QuizCardView.h"
#include "QuizPage.h"
#include "QuizRatingBar.h"
#include "quiz/Clock.h"
#include "quiz/QuizSession.h"
#include "quiz/QuizStore.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>

using namespace portolan;

namespace {

struct Figures
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Figures figures(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    const auto at = [&](double q) { return ns.at(qsizetype(q * double(ns.size() - 1))) / 1e6; };
    return {at(0.5), at(0.99), ns.last() / 1e6};
}

void print(const char *what, const QList<qint64> &ns)
{
    const Figures f = figures(ns);
    std::printf("%-44s n=%-5lld median %6.2f ms   p99 %6.2f ms   max %6.2f ms\n", what,
                static_cast<long long>(ns.size()), f.median, f.p99, f.max);
}

// Answers the shown question (right, except every fifth) without rating it.
void answer(QuizSession &session, int n)
{
    const Question &q = session.question();
    const bool right = n % 5 != 0;
    switch (q.format) {
    case AnswerFormat::Flashcard:
        session.reveal();
        break;
    case AnswerFormat::Typed:
        session.submitText(right ? q.answer : QStringLiteral("?"));
        break;
    default:
        session.choose(right ? q.correctOption : (q.correctOption + 1) % int(q.options.size()));
        break;
    }
}

bool ensureSession(QuizSession &session, ManualClock &clock, const SessionOptions &options)
{
    for (int day = 0; day < 400 && session.phase() != QuizSession::Phase::Asking; ++day) {
        if (session.start(options))
            return true;
        clock.advanceMs(86'400'000);
    }
    return session.phase() == QuizSession::Phase::Asking;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int answers = args.size() > 1 ? args.at(1).toInt() : 500;
    QTemporaryDir dir(QDir(args.size() > 2 ? args.at(2) : QDir::currentPath())
                          .filePath(QStringLiteral("bench-quiz-XXXXXX")));
    Workspace workspace;
    if (!dir.isValid() || !workspace.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::fprintf(stderr, "cannot open a database: %s\n", qPrintable(workspace.errorMessage()));
        return 1;
    }
    std::printf("database %s (WAL, synchronous=FULL)\n", qPrintable(dir.path()));
    SessionOptions options;
    options.newCardsPerDay = 100000;
    ManualClock clock(1741597200000LL);

    // Core: the session controller alone.
    {
        FsrsParameters parameters;
        parameters.enableFuzz = true;
        const FsrsScheduler scheduler(parameters, DayCounter::local(QTimeZone(3600)));
        QuizStore store(workspace.database().connection());
        QuizSession session(workspace.catalog(), scheduler, clock, &store);
        QList<qint64> rate;
        QList<qint64> grade;
        QElapsedTimer timer;
        for (int n = 1; n <= answers; ++n) {
            if (!ensureSession(session, clock, options))
                break;
            clock.advanceMs(6000);
            timer.start();
            answer(session, n);
            grade << timer.nsecsElapsed();
            const Rating r =
                session.grade().isCorrect() || n % 5 != 0 ? Rating::Good : Rating::Again;
            timer.start();
            if (!session.rate(r)) {
                std::fprintf(stderr, "%s\n", qPrintable(session.errorText()));
                return 1;
            }
            rate << timer.nsecsElapsed();
        }
        print("core: grade an answer", grade);
        print("core: rate -> next card (incl. commit)", rate);
    }

    // Storage alone: one answer's transaction (card state + log row), fsync'ed at commit.
    {
        QuizStore store(workspace.database().connection());
        QList<qint64> commit;
        QElapsedTimer timer;
        for (int n = 1; n <= answers; ++n) {
            ReviewRecord r;
            r.cardKey = QStringLiteral("bench:transport");
            r.reviewedAt = clock.nowMs() + n;
            r.answerFormat = QStringLiteral("typed");
            r.after.due = r.reviewedAt + 600'000;
            r.after.reps = n;
            r.after.lastReview = r.reviewedAt;
            timer.start();
            if (!store.record(r)) {
                std::fprintf(stderr, "%s\n", qPrintable(store.errorText()));
                return 1;
            }
            commit << timer.nsecsElapsed();
        }
        print("storage: one answer's transaction", commit);
    }

    // Window: the quiz page, offscreen, driven by key presses.
    {
        QuizPage page(workspace, &clock);
        page.resize(1000, 720);
        page.show();
        QList<qint64> rate;
        QList<qint64> commit; // key press → answer committed (the rest is the next card)
        QElapsedTimer timer;
        QObject::connect(page.session(), &QuizSession::answerRecorded,
                         [&] { commit << timer.nsecsElapsed(); });
        for (int n = 1; n <= answers; ++n) {
            QuizSession &session = *page.session();
            if (session.phase() != QuizSession::Phase::Asking && !page.startSession(options)) {
                clock.advanceMs(86'400'000);
                --n;
                continue;
            }
            clock.advanceMs(6000);
            answer(session, n);
            QApplication::processEvents();
            timer.start();
            QTest::keyClick(page.cardView()->ratingBar()->button(Rating::Good), Qt::Key_3);
            page.repaint(); // layout and paint the next card before the clock stops
            rate << timer.nsecsElapsed();
        }
        print("window: key 3 -> next card painted", rate);
        print("window: of which key 3 -> answer committed", commit);
    }
    std::printf("budget: answer → next card incl. durable commit ≤ 15 ms\n");
    return 0;
}
