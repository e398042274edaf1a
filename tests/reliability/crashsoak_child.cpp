// crashsoak-child DB START_MS SEED: the product's answer path in a loop until it is killed.
// It takes the database's write lock and opens the database as Portolan does (recovering
// whatever the killed predecessor left), then answers cards through QuizSession and QuizStore
// (one transaction per answer), sometimes taking an answer back. After each commit it prints a
// line and flushes, so the parent (tst_crashsoak) knows what it may demand to find after a
// SIGKILL:
//   ready            the session runs: answers follow
//   committed ID     answer ID is in the review log
//   undone ID        answer ID was taken back

#include "catalog/Catalog.h"
#include "catalog/ReferenceParser.h"
#include "quiz/Clock.h"
#include "quiz/QuizSession.h"
#include "quiz/QuizStore.h"
#include "srs/FsrsScheduler.h"
#include "storage/CardRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <cstdio>
#include <limits>

using namespace portolan;

namespace {

// One write() per line, so a kill never leaves half a line in the pipe.
void say(const QByteArray &line)
{
    const QByteArray out = line + '\n';
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
}

int failWith(const QString &message)
{
    std::fprintf(stderr, "crashsoak-child: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: crashsoak-child DB START_MS SEED\n");
        return 2;
    }
    const QString path = args.at(1);
    const qint64 startMs = args.at(2).toLongLong();
    QRandomGenerator random(args.at(3).toUInt());

    // The lock the killed predecessor left behind (even an empty one, killed mid-creation)
    // must be recognised as stale and taken over.
    DatabaseLock lock(path);
    if (!lock.tryLock())
        return failWith(QStringLiteral("lock (this child is process %1): ")
                            .arg(QCoreApplication::applicationPid()) +
                        lock.failureReason());
    Database db;
    db.setNowMs(startMs);
    if (!db.open(path))
        return failWith(db.errorMessage());
    if (db.isReadOnly())
        return failWith(QStringLiteral("opened read-only: ") + db.readOnlyReason());

    QFile file(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/quiz/fixture-studyset.json"));
    ReferenceParser parser;
    if (!file.open(QIODevice::ReadOnly) || !parser.parse(file.readAll(), file.fileName()))
        return failWith(QStringLiteral("cannot read the study set"));
    Catalog catalog;
    catalog.setData(parser.protocols(), {});

    ManualClock clock(startMs);
    FsrsParameters parameters;
    parameters.enableFuzz = true; // as in the product
    const FsrsScheduler scheduler(parameters, DayCounter::utc());
    QuizStore store(db.connection());
    QuizSession session(catalog, scheduler, clock, &store);
    QList<qint64> recorded; // this session's answers, newest last: what undo takes back
    QObject::connect(&session, &QuizSession::answerRecorded, [&](qint64 id) {
        recorded.append(id);
        say("committed " + QByteArray::number(id));
    });

    SessionOptions options;
    options.newCardsPerDay = 1000;
    bool ready = false;
    for (;;) {
        if (!session.start(options)) {
            // Nothing left today: study on the day the next card falls due (hundreds of kills
            // in, well-known cards are due months apart).
            QHash<QString, CardMemory> states;
            if (!CardRepository(db.connection()).loadAll(&states) || states.isEmpty())
                return failWith(QStringLiteral("no session and no cards: ") + session.errorText());
            qint64 next = std::numeric_limits<qint64>::max();
            for (const CardMemory &m : std::as_const(states))
                next = std::min(next, m.due);
            clock.setNowMs(std::max(next, clock.nowMs() + 86'400'000));
            continue;
        }
        if (!ready) {
            say("ready");
            ready = true;
        }
        while (session.phase() == QuizSession::Phase::Asking) {
            clock.advanceMs(3000 + random.bounded(20000));
            const Question &q = session.question();
            const bool right = random.bounded(5) != 0;
            switch (q.format) {
            case AnswerFormat::Flashcard:
                session.reveal();
                break;
            case AnswerFormat::Typed:
                session.submitText(right ? q.answer : QStringLiteral("?"));
                break;
            default:
                session.choose(right ? q.correctOption
                                     : (q.correctOption + 1) % int(q.options.size()));
                break;
            }
            const auto rating = right ? Rating(2 + random.bounded(3)) : Rating::Again;
            if (!session.rate(rating))
                return failWith(session.errorText());
            if (random.bounded(8) == 0 && session.canUndo()) {
                clock.advanceMs(1000);
                if (!session.undo())
                    return failWith(session.errorText());
                say("undone " + QByteArray::number(recorded.takeLast()));
            }
        }
    }
}
