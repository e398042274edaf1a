#include "StudyHistory.h"

#include "catalog/Catalog.h"
#include "quiz/Clock.h"
#include "quiz/QuizSession.h"
#include "quiz/QuizStore.h"
#include "srs/FsrsModel.h"
#include "srs/FsrsScheduler.h"
#include "storage/FsrsParametersRepository.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

namespace portolan {

StudyHistory StudyHistory::hiddenLearner(int days, int newPerDay, quint32 seed)
{
    StudyHistory history;
    history.days = days;
    history.newPerDay = newPerDay;
    history.seed = seed;
    history.hiddenMemory = hiddenLearnerWeights();
    return history;
}

FsrsParameters::Weights StudyHistory::hiddenLearnerWeights()
{
    return {0.6, 1.8,  4.0,  14.0, 5.5, 1.2, 2.2,  0.02, 1.5,  0.25, 1.1,
            1.9, 0.09, 0.35, 1.3,  0.4, 2.4, 0.35, 0.3,  0.15, 0.3};
}

int StudyHistory::write(const QSqlDatabase &db, const Catalog &catalog, qint64 endMs,
                        QString *error) const
{
    constexpr qint64 kDay = 86'400'000;
    // Each day's session starts in the early evening of that day.
    ManualClock clock(endMs - qint64(days) * kDay);
    QRandomGenerator random(seed);
    // The weights the database holds, as the app would use them (defaults if none applied).
    const FsrsScheduler scheduler(FsrsParametersRepository::inUse(Preferences{}, db),
                                  DayCounter::local(QTimeZone::systemTimeZone()));
    QuizStore store(db);
    QuizSession session(catalog, scheduler, clock, &store);
    SessionOptions options;
    options.deck = Deck::fromSearch(deckSearch);
    options.newCardsPerDay = newPerDay;
    // The hidden memory: its own model and, per card, the memory and the last answer's time.
    std::optional<FsrsModel> hidden;
    if (hiddenMemory) {
        FsrsParameters p;
        p.w = *hiddenMemory;
        p.clampWeights();
        hidden.emplace(p);
    }
    struct Trace
    {
        FsrsModel::Memory memory;
        qint64 lastMs = 0;
    };
    QHash<QString, Trace> traces;
    const DayCounter dayCounter = scheduler.dayCounter();
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
                bool right = random.generateDouble() < accuracy;
                std::optional<Rating> hiddenRating;
                if (hidden) {
                    const QString key = q.card.key();
                    const auto trace = traces.constFind(key);
                    const double draw = random.generateDouble();
                    if (trace == traces.constEnd()) {
                        // First sight: graded by how familiar the port felt.
                        hiddenRating = draw < 0.2    ? Rating::Again
                                       : draw < 0.3  ? Rating::Hard
                                       : draw < 0.85 ? Rating::Good
                                                     : Rating::Easy;
                    } else {
                        const int t =
                            std::max(0, dayCounter.daysBetween(trace->lastMs, clock.nowMs()));
                        const double recall = hidden->retrievability(t, trace->memory.stability);
                        const double grade = random.generateDouble();
                        hiddenRating = draw >= recall ? Rating::Again
                                       : grade < 0.1  ? Rating::Hard
                                       : grade < 0.9  ? Rating::Good
                                                      : Rating::Easy;
                    }
                    right = *hiddenRating != Rating::Again;
                }
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
                const Rating rating = hiddenRating ? *hiddenRating
                                      : right      ? (random.bounded(4) == 0   ? Rating::Easy
                                                      : random.bounded(5) == 0 ? Rating::Hard
                                                                               : Rating::Good)
                                                   : Rating::Again;
                if (hidden) {
                    const QString key = q.card.key();
                    Trace &trace = traces[key];
                    const bool first = trace.lastMs == 0;
                    const int t =
                        first ? 0
                              : std::max(0, dayCounter.daysBetween(trace.lastMs, clock.nowMs()));
                    trace.memory =
                        hidden->next(first ? FsrsModel::Memory{} : trace.memory, t, rating);
                    trace.lastMs = clock.nowMs();
                }
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
