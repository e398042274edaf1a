#pragma once

#include "quiz/Question.h"
#include "quiz/QuizSession.h"

#include <QWidget>
#include <array>

class QLabel;
class QLineEdit;
class QPushButton;

namespace portolan {

class QuizRatingBar;

// Shows one question in any of the four answer formats and, once answered, the verdict, the
// diff, the right answer and the rating buttons. It only renders and forwards input; the
// session decides everything. Keys: Space reveals, Enter submits or presses the focused
// button, A–D choose an option, 1–4 rate, Up/Down move between buttons, Esc ends the session.
class QuizCardView : public QWidget
{
    Q_OBJECT

public:
    explicit QuizCardView(QWidget *parent = nullptr);

    void showQuestion(const Question &question);
    void showGrade(const Question &question, const Grade &grade, const std::array<qint64, 4> &dueIn,
                   bool practice);
    // "New 3 · Learning 1 · Review 12 · 7 answered": the counts go down as cards are done.
    void setProgress(int answered, const QuizSession::Counts &left, bool practice);
    // Puts the focus on the control that answers in the current phase.
    void focusAnswerControl();

    QLineEdit *answerEdit() const { return m_answer; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *optionButton(int i) const { return m_options.at(std::size_t(i)); }
    QuizRatingBar *ratingBar() const { return m_rating; }
    QLabel *verdictLabel() const { return m_verdict; }

    // Rich text for a diff: agreeing text plain, missing text underlined, extra text struck
    // through (not colour alone); everything escaped.
    static QString diffHtml(const QList<DiffSegment> &diff, const QPalette &palette);

signals:
    void revealRequested();
    void textSubmitted(const QString &text);
    void optionChosen(int option);
    void rated(portolan::Rating rating);
    void endRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildColumn();
    void moveFocus(int step);
    template <typename Update> void batched(Update update);
    void fillQuestion(const Question &question);
    void fillGrade(const Question &question, const Grade &grade, const std::array<qint64, 4> &dueIn,
                   bool practice);

    bool m_answered = false;
    AnswerFormat m_format = AnswerFormat::Flashcard;
    int m_optionCount = 0;

    QWidget *m_column = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_cue = nullptr;
    QLabel *m_ask = nullptr;
    QLineEdit *m_answer = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_optionBox = nullptr;
    std::array<QPushButton *, 4> m_options{};
    QPushButton *m_reveal = nullptr;
    QWidget *m_feedback = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_diff = nullptr;
    QLabel *m_solution = nullptr;
    QLabel *m_note = nullptr;
    QuizRatingBar *m_rating = nullptr;
    QLabel *m_keys = nullptr;
};

} // namespace portolan
