// quiz-crash-child DB START_MS: answers quiz cards in a loop, forever, on the database at DB,
// with a manual clock starting at START_MS. After each answer is committed it prints
// "committed ID CARD_KEY" and flushes, so the parent (tst_quizcrash) knows which answers it may
// demand to find after it kills this process with SIGKILL.

#include "catalog/Catalog.h"
#include "catalog/ReferenceParser.h"
#include "quiz/Clock.h"
#include "quiz/QuizSession.h"
#include "quiz/QuizStore.h"
#include "srs/FsrsScheduler.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

using namespace portolan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: quiz-crash-child DB START_MS\n");
        return 2;
    }
    Database db;
    if (!db.open(args.at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    QFile file(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/quiz/fixture-studyset.json"));
    ReferenceParser parser;
    if (!file.open(QIODevice::ReadOnly) || !parser.parse(file.readAll(), file.fileName())) {
        std::fprintf(stderr, "cannot read the study set\n");
        return 1;
    }
    Catalog catalog;
    catalog.setData(parser.protocols(), {});

    ManualClock clock(args.at(2).toLongLong());
    FsrsParameters parameters;
    parameters.enableFuzz = true; // as in the product
    const FsrsScheduler scheduler(parameters, DayCounter::utc());
    QuizStore store(db.connection());
    QuizSession session(catalog, scheduler, clock, &store);
    QObject::connect(&session, &QuizSession::answerRecorded, [&](qint64 id) {
        const QByteArray line = "committed " + QByteArray::number(id) + ' ' +
                                session.question().card.key().toUtf8() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    });

    SessionOptions options;
    options.newCardsPerDay = 1000;
    int answers = 0;
    for (;;) {
        if (!session.start(options)) {
            clock.advanceMs(86'400'000); // nothing left today: study tomorrow
            continue;
        }
        while (session.phase() == QuizSession::Phase::Asking) {
            clock.advanceMs(7000);
            const Question &q = session.question();
            const bool right = ++answers % 5 != 0;
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
            if (!session.rate(right ? Rating::Good : Rating::Again)) {
                std::fprintf(stderr, "%s\n", qPrintable(session.errorText()));
                return 1;
            }
        }
    }
}
