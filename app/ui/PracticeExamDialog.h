#pragma once

#include "practice/PracticeQuestion.h"
#include "practice/PracticeScore.h"
#include "practice/Scenario.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace portolan {

class Workspace;

// A practice exam the way the certification asks it: set up (exam, number of questions,
// optional time limit, whether the answers count as reviews), answer one question at a time
// (A–D or 1–4 choose, F flags, Enter goes on, Left goes back), review every answer before
// submitting, then the score per objective with each miss explained and linked to its entry,
// and "Drill my misses". The result is saved in its own table; the cards are left alone unless
// the learner ticked "count these answers as reviews".
class PracticeExamDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        Setup,
        Question,
        Review,
        Report
    };

    // workspace must outlive the dialog; examId preselects the exam ("" for the first).
    PracticeExamDialog(Workspace &workspace, const QString &examId, QWidget *parent = nullptr);

    // Starts a test of count questions drawn with seed (what the Start button does with the
    // form's values and a fresh seed). False (and the setup page says why) when it cannot.
    bool start(const QString &examId, int count, quint64 seed, int minutes = 0);
    Step step() const;
    int currentIndex() const { return m_current; }
    const QList<PracticeQuestion> &questions() const { return m_questions; }
    const QList<QList<int>> &picked() const { return m_picked; }
    bool isFlagged(int question) const { return m_flagged.value(question); }
    // Toggles choice `choice` of the current question (a "choose two" keeps at most two).
    void choose(int choice);
    void toggleFlag();
    void next();
    void previous();
    void goTo(int question);
    void showReview();
    // Grades, saves and shows the report.
    void submit();
    const PracticeScore &score() const { return m_score; }
    QString reportHtml() const;
    // What saving said ("" when it worked).
    QString saveError() const { return m_saveError; }

signals:
    // A search for the missed entries ("key:ftp,dhcp") to drill in the quiz.
    void drillRequested(const QString &search);
    // A link to an entry in the report.
    void entryRequested(const QString &key);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildSetup();
    QWidget *buildQuestion();
    QWidget *buildReview();
    QWidget *buildReport();
    void showQuestion();
    void refreshChoices();
    void tick();
    QString timeText(qint64 ms) const;

    Workspace &m_workspace;
    QList<Scenario> m_scenarios;
    QString m_loadError;
    QString m_examId;
    quint64 m_seed = 0;
    QList<PracticeQuestion> m_questions;
    QList<QList<int>> m_picked;
    QList<bool> m_flagged;
    int m_current = 0;
    qint64 m_limitMs = 0;
    QElapsedTimer m_elapsed;
    qint64 m_durationMs = 0;
    PracticeScore m_score;
    QString m_saveError;

    QStackedWidget *m_stack = nullptr;
    // Setup
    QComboBox *m_exam = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_timed = nullptr;
    QSpinBox *m_minutes = nullptr;
    QCheckBox *m_countAsReviews = nullptr;
    QLabel *m_setupMessage = nullptr;
    QPushButton *m_start = nullptr;
    // Question
    QLabel *m_progress = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_stem = nullptr;
    QLabel *m_chooseHint = nullptr;
    QList<QPushButton *> m_choices;
    QPushButton *m_previous = nullptr;
    QPushButton *m_flag = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_next = nullptr;
    QTimer *m_timer = nullptr;
    // Review
    QLabel *m_reviewSummary = nullptr;
    QListWidget *m_reviewList = nullptr;
    QPushButton *m_submit = nullptr;
    // Report
    QTextBrowser *m_report = nullptr;
    QPushButton *m_drill = nullptr;
};

} // namespace portolan
