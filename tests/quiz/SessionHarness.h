#pragma once

#include "QuizFixture.h"
#include "quiz/Clock.h"
#include "quiz/QuizSession.h"
#include "quiz/QuizStore.h"

#include <QSqlQuery>
#include <QTest>

namespace portolan::testing {

// A quiz session on a fresh database, with the frozen study set, fuzz off and a clock the test
// moves: shared by the session and the undo tests.
struct SessionHarness
{
    Catalog catalog = fixtureCatalog();
    FsrsScheduler scheduler = testScheduler();
    ManualClock clock{kMonday9am};
    TempDatabase tmp;
    QuizStore store{tmp.db.connection()};
    QuizSession session{catalog, scheduler, clock, &store};

    static SessionOptions newCards(int count, QList<AnswerFormat> formats = allAnswerFormats())
    {
        SessionOptions o;
        o.newCardsPerDay = count;
        o.formats = formats;
        return o;
    }

    int logRows(bool effectiveOnly = false) const
    {
        QSqlQuery q(tmp.db.connection());
        q.exec(effectiveOnly ? QStringLiteral("SELECT count(*) FROM review_effective")
                             : QStringLiteral("SELECT count(*) FROM review_log"));
        return q.next() ? q.value(0).toInt() : -1;
    }

    // Answers the current question (right or wrong) in its format, thinking thinkMs, and rates
    // it. Failures are reported through QTest; check QTest::currentTestFailed() if it matters.
    void answer(bool right, Rating rating, qint64 thinkMs = 5000)
    {
        QCOMPARE(session.phase(), QuizSession::Phase::Asking);
        clock.advanceMs(thinkMs);
        const Question &q = session.question();
        switch (q.format) {
        case AnswerFormat::Flashcard:
            QVERIFY(session.reveal());
            break;
        case AnswerFormat::Typed:
            QVERIFY(
                session.submitText(right ? rightAnswer(catalog, q) : QStringLiteral("no idea")));
            break;
        case AnswerFormat::Choice:
        case AnswerFormat::Classify:
            QVERIFY(session.choose(right ? q.correctOption
                                         : (q.correctOption + 1) % int(q.options.size())));
            break;
        }
        QCOMPARE(session.phase(), QuizSession::Phase::Answered);
        if (q.format != AnswerFormat::Flashcard)
            QCOMPARE(session.grade().isCorrect(), right);
        QVERIFY2(session.rate(rating), qPrintable(session.errorText()));
    }
};

} // namespace portolan::testing
