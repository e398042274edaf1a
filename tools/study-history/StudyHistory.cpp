#include "StudyHistory.h"

#include "catalog/Catalog.h"
#include "quiz/Clock.h"
#include "quiz/QuizSession.h"
#include "quiz/QuizStore.h"
#include "srs/FsrsScheduler.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace portolan {

int StudyHistory::write(const QSqlDatabase &db, const Catalog &catalog, qint64 endMs,
                        QString *error) const
{
    constexpr qint64 kDay = 86'400'000;
    // Each day's session starts in the early evening of that day.
    ManualClock clock(endMs - qint64(days) * kDay);
    QRandomGenerator random(seed);
    const FsrsScheduler scheduler(FsrsParameters::product(),
                                  DayCounter::local(QTimeZone::systemTimeZone()));
    QuizStore store(db);
    QuizSession session(catalog, scheduler, clock, &store);
    SessionOptions options;
    options.deck = Deck::fromSearch(deckSearch);
    options.newCardsPerDay = newPerDay;
    int answers = 0;
    QObject::connect(&session, &QuizSession::answerRecorded, [&answers](qint64) { ++answers; });
    for (int day = 0; day < days; ++day) {
        // A day off now and then, as real learners take.
        if (day > 0 && random.bounded(7) == 0) {
            clock.advanceMs(kDay);
            continue;
        }
        const qint64 dayStart = clock.nowMs();
        if (session.start(options)) {
            while (session.phase() == QuizSession::Phase::Asking) {
                clock.advanceMs(4000 + random.bounded(16000));
                const Question &q = session.question();
                const bool right = random.generateDouble() < accuracy;
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
                const Rating rating = right ? (random.bounded(4) == 0   ? Rating::Easy
                                               : random.bounded(5) == 0 ? Rating::Hard
                                                                        : Rating::Good)
                                            : Rating::Again;
                if (!session.rate(rating)) {
                    if (error)
                        *error = session.errorText();
                    return -1;
                }
            }
            session.finish();
        }
        clock.setNowMs(dayStart + kDay);
    }
    return answers;
}

} // namespace portolan
