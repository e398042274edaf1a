#include "../support/TestMain.h"
#include "SessionHarness.h"
#include "storage/CardRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// Undo of answers through the session: the stored card state comes back exactly, the log keeps
// the answer marked undone, and the same question is asked again.
class TestQuizUndo : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_h = std::make_unique<SessionHarness>(); }
    void cleanup() { m_h.reset(); }
    void undoRestoresTheExactState_data();
    void undoRestoresTheExactState();
    void undoSeveralAnswers();
    void undoDepthIsBounded();

private:
    std::unique_ptr<SessionHarness> m_h;
};

void TestQuizUndo::undoRestoresTheExactState_data()
{
    QTest::addColumn<bool>("reviewCard");
    QTest::newRow("new card") << false;
    QTest::newRow("card in review") << true;
}

void TestQuizUndo::undoRestoresTheExactState()
{
    QFETCH(bool, reviewCard);
    CardRepository cards(m_h->tmp.db.connection());
    SessionOptions o = SessionHarness::newCards(1, {AnswerFormat::Typed});
    if (reviewCard) {
        // Study a card to Review, then come back when it is due.
        QVERIFY(m_h->session.start(SessionHarness::newCards(1, {AnswerFormat::Typed})));
        m_h->answer(true, Rating::Easy);
        m_h->clock.advanceMs(30 * kDay);
        o.newCardsPerDay = 0;
    }
    QVERIFY(m_h->session.start(o));
    const Question question = m_h->session.question();
    const std::optional<CardMemory> before = cards.find(question.card.key());
    QCOMPARE(bool(before), reviewCard);
    const int logBefore = m_h->logRows();

    QSignalSpy undone(&m_h->session, &QuizSession::answerUndone);
    m_h->answer(false, Rating::Again);
    QVERIFY(cards.find(question.card.key()) != before);
    QVERIFY(m_h->session.canUndo());
    QVERIFY(m_h->session.undo());
    QCOMPARE(undone.size(), 1);

    QCOMPARE(cards.find(question.card.key()), before);
    QCOMPARE(m_h->logRows(), logBefore + 1); // the log keeps the answer...
    QCOMPARE(m_h->logRows(true), logBefore); // ...marked undone
    QCOMPARE(m_h->session.phase(), QuizSession::Phase::Asking);
    QCOMPARE(m_h->session.question(), question);
    QCOMPARE(m_h->session.answered(), 0);
    QVERIFY(m_h->session.summary().missed.isEmpty());
    QVERIFY(!m_h->session.canUndo());
    // Answering again works from the restored state.
    m_h->answer(true, Rating::Good);
    QCOMPARE(m_h->logRows(true), logBefore + 1);
}

void TestQuizUndo::undoSeveralAnswers()
{
    QVERIFY(m_h->session.start(SessionHarness::newCards(3, {AnswerFormat::Classify})));
    const Question first = m_h->session.question();
    m_h->answer(true, Rating::Good);
    m_h->answer(true, Rating::Good);
    m_h->answer(false, Rating::Again);
    QCOMPARE(m_h->session.answered(), 3);
    QVERIFY(m_h->session.undo());
    QVERIFY(m_h->session.undo());
    QVERIFY(m_h->session.undo());
    QVERIFY(!m_h->session.undo());
    QCOMPARE(m_h->session.question(), first);
    QCOMPARE(m_h->session.summary(), SessionSummary());
    QHash<QString, CardMemory> states;
    QVERIFY(m_h->store.loadStates(&states));
    QVERIFY(states.isEmpty());
    QCOMPARE(m_h->logRows(true), 0);
}

void TestQuizUndo::undoDepthIsBounded()
{
    QVERIFY(m_h->session.start(SessionHarness::newCards(100, {AnswerFormat::Classify})));
    const int answers = QuizSession::kUndoDepth + 3;
    for (int i = 0; i < answers; ++i)
        m_h->answer(true, Rating::Easy, 1000);
    for (int i = 0; i < QuizSession::kUndoDepth; ++i)
        QVERIFY(m_h->session.undo());
    QVERIFY(!m_h->session.canUndo());
    QVERIFY(!m_h->session.undo());
    QCOMPARE(m_h->logRows(true), answers - QuizSession::kUndoDepth);
}

PORTOLAN_TEST_GUILESS_MAIN(TestQuizUndo)
#include "tst_quizundo.moc"
