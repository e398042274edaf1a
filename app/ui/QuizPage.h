#pragma once

#include "quiz/SessionOptions.h"
#include "srs/FsrsScheduler.h"

#include <QWidget>
#include <memory>

class QLabel;
class QStackedWidget;

namespace portolan {

class Clock;
class PracticeExamDialog;
class QuizCardView;
class QuizSession;
class QuizStartView;
class QuizStore;
class QuizSummaryView;
class Workspace;

// The Quiz tab: set up a session, answer cards, see the summary. It owns the session
// controller and connects it to three thin views; Ctrl+Z undoes the last answer anywhere on
// the page.
class QuizPage : public QWidget
{
    Q_OBJECT

public:
    // clock null: the wall clock. Both must outlive the page.
    explicit QuizPage(Workspace &workspace, const Clock *clock = nullptr,
                      QWidget *parent = nullptr);
    ~QuizPage() override;

    QuizSession *session() const { return m_session; }
    QuizStartView *startView() const { return m_start; }
    QuizCardView *cardView() const { return m_card; }
    QuizSummaryView *summaryView() const { return m_summary; }

    // False (and the start view says why) when there is nothing to study.
    bool startSession(const SessionOptions &options);
    // The start page's choices (deck, formats, mode), kept across a rebuild of the window.
    SessionOptions startOptions() const;
    void setStartOptions(const SessionOptions &options);
    // Chooses the exam's deck on the start page and starts today's cards of it.
    bool startExamDeck(const QString &examId);
    void showStart();
    // An exam plan was saved or closed: the start view's preview changes.
    void plansChanged();
    // The saved searches changed: the deck list follows.
    void refreshSavedSearches();
    // Opens the practice exam dialog (for the exam of the start page's deck, else the one in
    // Preferences); its "Drill my misses" starts a practice session here.
    PracticeExamDialog *openPracticeExam();

signals:
    // An entry link was followed (the practice exam's report): show it in Browse.
    void entryRequested(const QString &key);
    // New FSRS weights were applied from the summary's offer: every scheduler must be rebuilt.
    void fsrsWeightsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refreshStart();
    // The options with every open exam plan's pacing applied.
    SessionOptions paced(const SessionOptions &options, QStringList *notes = nullptr) const;
    void showQuestion();
    void showGrade();
    void showSummary();
    // Shows the offer to fit the scheduler on the summary when FsrsFitOffer says so.
    void refreshFitOffer();
    void fitFromOffer();
    void answerFitOffer(bool neverAgain);
    void focusCurrent();
    QStringList lines(const QList<Card> &cards) const;

    Workspace &m_workspace;
    std::unique_ptr<Clock> m_ownClock;
    const Clock &m_clock;
    FsrsScheduler m_scheduler;
    std::unique_ptr<QuizStore> m_store;
    QuizSession *m_session = nullptr;
    SessionOptions m_lastOptions;

    QLabel *m_error = nullptr;
    QStackedWidget *m_stack = nullptr;
    QuizStartView *m_start = nullptr;
    QuizCardView *m_card = nullptr;
    QuizSummaryView *m_summary = nullptr;
};

} // namespace portolan
