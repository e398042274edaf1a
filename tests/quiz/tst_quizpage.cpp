#include "../support/FirstStartDatabase.h"
#include "../support/TestMain.h"
#include "QuizCardView.h"
#include "QuizFixture.h"
#include "QuizPage.h"
#include "QuizRatingBar.h"
#include "QuizStartView.h"
#include "QuizSummaryView.h"
#include "quiz/Clock.h"
#include "quiz/QuizSession.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// The quiz page driven by keystrokes only, on the offscreen platform: a short session in each
// answer format, start with Enter, undo with Ctrl+Z, end with Esc. Focus must always sit on
// the control that answers.
class TestQuizPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sessionByKeyboard_data();
    void sessionByKeyboard();
    void enterStartsAndCtrlZUndoes();
    void digitsTypedAreAnswerText();
    void escapeEndsTheSession();
    void digitsChooseOnMultipleChoice();
    void classCardsAreNeverTyped();

private:
    QWidget *focus() const { return QApplication::focusWidget(); }
    // Answers the current card right, with keys only; returns false when the page is not
    // showing a question.
    void answerByKeys();
    int effectiveAnswers() const;

    QTemporaryDir m_dir;
    ManualClock m_clock{kMonday9am};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QuizPage> m_page;
};

void TestQuizPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestQuizPage::init()
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("gui-%1.sqlite").arg(++n));
    QVERIFY(portolan::testing::copyFirstStartDatabase(path));
    m_workspace = std::make_unique<Workspace>();
    QVERIFY2(m_workspace->open(path), qPrintable(m_workspace->errorMessage()));
    m_page = std::make_unique<QuizPage>(*m_workspace, &m_clock);
    m_page->resize(1000, 720);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestQuizPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
}

int TestQuizPage::effectiveAnswers() const
{
    QSqlQuery q(m_workspace->database().connection());
    q.exec(QStringLiteral("SELECT count(*) FROM review_effective"));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestQuizPage::answerByKeys()
{
    QuizSession *session = m_page->session();
    QuizCardView *card = m_page->cardView();
    QTRY_COMPARE(session->phase(), QuizSession::Phase::Asking);
    const Question q = session->question();
    switch (q.format) {
    case AnswerFormat::Flashcard:
        QTRY_COMPARE(focus(), card->revealButton());
        QTest::keyClick(focus(), Qt::Key_Space);
        break;
    case AnswerFormat::Typed:
        QTRY_COMPARE(focus(), card->answerEdit());
        QTest::keyClicks(focus(), rightAnswer(m_workspace->catalog(), q));
        QCOMPARE(session->phase(), QuizSession::Phase::Asking); // digits were text, not ratings
        QTest::keyClick(focus(), Qt::Key_Return);
        break;
    case AnswerFormat::Choice:
    case AnswerFormat::Classify:
        QTRY_COMPARE(focus(), card->optionButton(0));
        QTest::keyClick(focus(), Qt::Key(Qt::Key_A + q.correctOption));
        break;
    }
    QTRY_COMPARE(session->phase(), QuizSession::Phase::Answered);
    if (q.format != AnswerFormat::Flashcard) {
        QVERIFY(session->grade().isCorrect());
        QVERIFY(card->verdictLabel()->isVisible());
    }
    // The suggested rating (Good) has the focus: Enter accepts it; a flashcard is rated "3".
    QTRY_COMPARE(focus(), card->ratingBar()->button(Rating::Good));
    m_clock.advanceMs(4000);
    QTest::keyClick(focus(), q.format == AnswerFormat::Flashcard ? Qt::Key_3 : Qt::Key_Return);
}

void TestQuizPage::sessionByKeyboard_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("flashcard") << int(AnswerFormat::Flashcard);
    QTest::newRow("typed answer") << int(AnswerFormat::Typed);
    QTest::newRow("multiple choice") << int(AnswerFormat::Choice);
    QTest::newRow("classify") << int(AnswerFormat::Classify);
}

void TestQuizPage::sessionByKeyboard()
{
    QFETCH(int, format);
    SessionOptions o;
    o.deck = Deck::fromSearch(QStringLiteral("exam:n10-009"));
    o.formats = {AnswerFormat(format)};
    o.newCardsPerDay = 3;
    QVERIFY(m_page->startSession(o));
    QTRY_VERIFY(m_page->cardView()->isVisible());

    int answers = 0;
    while (m_page->session()->phase() != QuizSession::Phase::Finished && answers < 20) {
        QCOMPARE(int(m_page->session()->question().format), format);
        answerByKeys();
        ++answers;
    }
    // Three new cards, each seen again after its 10-minute learning step.
    QCOMPARE(answers, 6);
    QTRY_VERIFY(m_page->summaryView()->isVisible());
    QTRY_COMPARE(focus(), m_page->summaryView()->againButton());
    QCOMPARE(m_page->session()->summary().cards, 3);
    QCOMPARE(m_page->session()->summary().correct, 6);
    QCOMPARE(effectiveAnswers(), 6);
}

void TestQuizPage::enterStartsAndCtrlZUndoes()
{
    QTRY_VERIFY(m_page->startView()->isVisible());
    QTRY_COMPARE(focus(), m_page->startView()->startButton());
    QTest::keyClick(focus(), Qt::Key_Return);
    QTRY_VERIFY(m_page->cardView()->isVisible());
    const Question first = m_page->session()->question();
    answerByKeys();
    QTRY_COMPARE(effectiveAnswers(), 1);
    QVERIFY(!(m_page->session()->question() == first));

    // Ctrl+Z wherever the focus is on the page, even in an empty answer field.
    QTest::keyClick(focus(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(m_page->session()->question(), first);
    QCOMPARE(m_page->session()->phase(), QuizSession::Phase::Asking);
    QCOMPARE(effectiveAnswers(), 0);
    answerByKeys();
    QTRY_COMPARE(effectiveAnswers(), 1);
}

void TestQuizPage::digitsTypedAreAnswerText()
{
    SessionOptions o;
    o.deck = Deck::fromSearch(QStringLiteral("dhcp"));
    o.formats = {AnswerFormat::Typed};
    o.newCardsPerDay = 1;
    QVERIFY(m_page->startSession(o));
    QTRY_COMPARE(focus(), m_page->cardView()->answerEdit());
    QTest::keyClicks(focus(), QStringLiteral("1 2 3 4"));
    QCOMPARE(m_page->cardView()->answerEdit()->text(), QStringLiteral("1 2 3 4"));
    QCOMPARE(m_page->session()->phase(), QuizSession::Phase::Asking);
    // Ctrl+Z in a field with typing undoes the typing, not an answer.
    QTest::keyClick(focus(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(m_page->cardView()->answerEdit()->text() != QLatin1String("1 2 3 4"));
    QCOMPARE(m_page->session()->phase(), QuizSession::Phase::Asking);
    QTest::keyClick(focus(), Qt::Key_Return);
    QTRY_COMPARE(m_page->session()->phase(), QuizSession::Phase::Answered);
    QVERIFY(!m_page->session()->grade().isCorrect());
    QTRY_COMPARE(focus(), m_page->cardView()->ratingBar()->button(Rating::Again));
    // Before: "Enter to check." stayed under the checked answer.
    QVERIFY(!m_page->cardView()->findChild<QLabel *>(QStringLiteral("quizHint"))->isVisible());
}

void TestQuizPage::escapeEndsTheSession()
{
    SessionOptions o;
    o.formats = {AnswerFormat::Choice};
    QVERIFY(m_page->startSession(o));
    answerByKeys();
    QTRY_COMPARE(m_page->session()->phase(), QuizSession::Phase::Asking);
    QTest::keyClick(focus(), Qt::Key_Escape);
    QTRY_VERIFY(m_page->summaryView()->isVisible());
    QCOMPARE(m_page->session()->summary().answers, 1);
    // Before: "Session done", as if nothing were left.
    const QString title =
        m_page->summaryView()->findChild<QLabel *>(QStringLiteral("quizSummaryTitle"))->text();
    QVERIFY2(title.startsWith(QStringLiteral("Session ended early")), qPrintable(title));
    QVERIFY(m_page->session()->summary().leftUnanswered > 0);
    QTest::keyClick(focus(), Qt::Key_Escape); // back to the decks
    QTRY_VERIFY(m_page->startView()->isVisible());
    QTRY_COMPARE(focus(), m_page->startView()->startButton());
}

// Before: 1-4 did nothing on multiple choice (only A-D chose).
void TestQuizPage::digitsChooseOnMultipleChoice()
{
    SessionOptions o;
    o.formats = {AnswerFormat::Choice};
    o.newCardsPerDay = 2;
    QVERIFY(m_page->startSession(o));
    QTRY_COMPARE(m_page->session()->phase(), QuizSession::Phase::Asking);
    const Question q = m_page->session()->question();
    QTRY_COMPARE(focus(), m_page->cardView()->optionButton(0));
    QTest::keyClick(focus(), Qt::Key(Qt::Key_1 + q.correctOption));
    QTRY_COMPARE(m_page->session()->phase(), QuizSession::Phase::Answered);
    QVERIFY(m_page->session()->grade().isCorrect());
}

// "TCP, UDP or both?" has three answers: buttons, never a field to type them into.
void TestQuizPage::classCardsAreNeverTyped()
{
    SessionOptions o;
    o.deck = Deck::fromSearch(QStringLiteral("exam:n10-009"));
    o.formats = {AnswerFormat::Typed, AnswerFormat::Classify};
    o.newCardsPerDay = 60;
    QVERIFY(m_page->startSession(o));
    int classCards = 0;
    for (int i = 0; i < 60 && m_page->session()->phase() == QuizSession::Phase::Asking; ++i) {
        const Question q = m_page->session()->question();
        const CardKind kind = q.card.kind;
        if (kind == CardKind::Transport || kind == CardKind::Security ||
            kind == CardKind::RangeClass) {
            ++classCards;
            QCOMPARE(int(q.format), int(AnswerFormat::Classify));
        }
        answerByKeys();
    }
    QVERIFY(classCards > 0);
}

PORTOLAN_TEST_MAIN(TestQuizPage)
#include "tst_quizpage.moc"
