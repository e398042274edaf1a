#pragma once

#include "quiz/AnswerChecker.h"
#include "quiz/DistractorPicker.h"
#include "quiz/NameIndex.h"
#include "quiz/Question.h"
#include "quiz/QuestionBuilder.h"
#include "quiz/SessionOptions.h"
#include "quiz/SessionPlanner.h"
#include "quiz/SessionSummary.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <array>

namespace portolan {

class Catalog;
class Clock;
class FsrsScheduler;
class QuizStore;

// Runs one study session: picks the cards, puts each as a question in a format, grades the
// answer, schedules it with FSRS and records it durably before moving on, re-asks misses,
// flags leeches, and undoes answers. Views only render its state and forward input; everything
// they show comes from here, announced by signals.
//
// Flow per card: questionShown → reveal() / submitText() / choose() → answerGraded → rate()
// → answerRecorded → questionShown (or finished). Time comes from the injected Clock only.
class QuizSession : public QObject
{
    Q_OBJECT

public:
    enum class Phase
    {
        Idle,     // not started, or nothing to study
        Asking,   // a question is shown
        Answered, // graded (or revealed): waiting for a rating
        Finished,
    };

    // An answer counts at most this long towards time spent (Anki's cap): a learner who walks
    // away mid-card should not wreck the statistics.
    static constexpr qint64 kMaxAnswerMs = 60'000;
    // How many answers back Ctrl+Z can go. Each step keeps a snapshot of the session (with its
    // copy of the card states), so the stack is bounded.
    static constexpr int kUndoDepth = 30;

    // All must outlive the session. store may be null: then only practice sessions run. The
    // catalog may be reloaded between sessions, not during one.
    QuizSession(const Catalog &catalog, const FsrsScheduler &scheduler, const Clock &clock,
                QuizStore *store, QObject *parent = nullptr);

    // What start() would queue now, for showing counts before a session.
    SessionPlan preview(const SessionOptions &options);
    QList<Card> leeches(const SessionOptions &options);
    // False with errorText() when there is nothing to study or progress cannot be read.
    bool start(const SessionOptions &options);

    Phase phase() const { return m_state.phase; }
    const SessionOptions &options() const { return m_options; }
    bool isPractice() const { return m_options.practice; }
    const Question &question() const { return m_state.question; }
    const Grade &grade() const { return m_state.grade; }
    // Time from now until the card would be due after each rating (Again first); only in the
    // Answered phase of a scheduled session, otherwise all zero.
    std::array<qint64, 4> dueIn() const { return m_dueIn; }
    int answered() const { return m_state.summary.answers; }
    int remaining() const;
    // What is left, as Anki counts it: cards never studied, cards in (re)learning (a missed or
    // new card coming back within the session) and reviews. Each goes down as it is answered;
    // a new card answered moves to learning until it graduates.
    struct Counts
    {
        int newCards = 0;
        int learning = 0;
        int reviews = 0;
        int total() const { return newCards + learning + reviews; }
    };
    Counts remainingCounts() const;
    const SessionSummary &summary() const { return m_state.summary; }
    QString describe(const Card &card) const { return m_builder.describe(card); }
    // A card as a flashcard: its cue and right answer in words, for lists of cards to review.
    Question flashcardOf(const Card &card) const
    {
        return m_builder.build(card, AnswerFormat::Flashcard, 0);
    }
    QString errorText() const { return m_error; }

    // Each returns false (and changes nothing) when it does not fit the current phase.
    bool reveal();                        // Flashcard
    bool submitText(const QString &text); // Typed
    bool choose(int option);              // Choice, Classify
    bool rate(Rating rating);             // records the answer and moves on
    bool canUndo() const { return !m_undo.isEmpty(); }
    // Takes back the last answer: the card's stored state is restored exactly and the same
    // question is asked again.
    bool undo();
    // Ends the session early; the current, unanswered card is not recorded.
    void finish();

signals:
    void questionShown();
    void answerGraded();
    void answerRecorded(qint64 reviewId); // -1 in practice
    void answerUndone();
    void leechFound(const portolan::Card &card);
    void progressChanged(int answered, int remaining);
    void finished();
    void failed(const QString &message);

private:
    struct Reask
    {
        Card card;
        qint64 dueAt = 0;
        int notBefore = 0; // answer count after which it may come back
    };
    // Everything an answer changes, so that undo can put it back by value.
    struct State
    {
        Phase phase = Phase::Idle;
        QList<Card> queue;
        QList<Reask> reasks;
        Question question;
        Grade grade;
        qint64 shownAt = 0;
        QHash<QString, int> timesShown;
        QHash<QString, CardMemory> memory;
        QSet<QString> seen;
        SessionSummary summary;
    };
    struct UndoEntry
    {
        State before;
        qint64 reviewId = -1;
    };

    bool loadProgress(QHash<QString, CardMemory> *states, QList<ReviewRecord> *recent);
    void advance();
    void show(const Card &card);
    void graded(const Grade &grade);
    AnswerFormat formatFor(const Card &card) const;
    void finishNow();
    bool fail(const QString &message);

    const Catalog &m_catalog;
    const FsrsScheduler &m_scheduler;
    const Clock &m_clock;
    QuizStore *m_store;
    NameIndex m_names;
    DistractorPicker m_distractors;
    QuestionBuilder m_builder;
    AnswerChecker m_checker;
    SessionPlanner m_planner;

    SessionOptions m_options;
    State m_state;
    QList<UndoEntry> m_undo;
    std::array<qint64, 4> m_dueIn{};
    QString m_error;
};

} // namespace portolan
