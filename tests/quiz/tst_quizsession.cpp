#include "../support/TestMain.h"
#include "SessionHarness.h"
#include "storage/CardRepository.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// The session controller end to end on a real database, with the clock driven by the test.
class TestQuizSession : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_h = std::make_unique<SessionHarness>(); }
    void cleanup() { m_h.reset(); }
    void answerIsRecordedDurably();
    void learningCardsComeBackInTheSession();
    void countsGoDownAsCardsAreDone();
    void missIsAskedAgainLater();
    void gradedFormatsSuggestRatings_data();
    void gradedFormatsSuggestRatings();
    void formatsAreMixed();
    void callsOutOfTurnAreRefused();
    void siblingsNeverTheSameDay();
    void practiceLeavesTheScheduleAlone();
    void summaryCountsAndCaps();
    void leechIsFlagged();
    void nothingToStudy_data();
    void nothingToStudy();
    void failedWriteKeepsTheAnswer();
    void nextDayBringsDueCards();

private:
    std::unique_ptr<SessionHarness> m_h;
};

void TestQuizSession::answerIsRecordedDurably()
{
    QSignalSpy shown(&m_h->session, &QuizSession::questionShown);
    QSignalSpy recorded(&m_h->session, &QuizSession::answerRecorded);
    QVERIFY(m_h->session.start(SessionHarness::newCards(1, {AnswerFormat::Flashcard})));
    QCOMPARE(shown.size(), 1);
    const Card card = m_h->session.question().card;
    QCOMPARE(card.key(), QStringLiteral("ftp:port-to-protocol"));
    m_h->answer(true, Rating::Good, 4200);
    QCOMPARE(recorded.size(), 1);

    // Written before the next card was shown, by the store's own transaction.
    const QList<ReviewRecord> log = reviewsIn(m_h->store);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().id, recorded.first().first().toLongLong());
    QCOMPARE(log.first().cardKey, card.key());
    QCOMPARE(log.first().rating, Rating::Good);
    QCOMPARE(log.first().answerFormat, QStringLiteral("flashcard"));
    QCOMPARE(log.first().durationMs, 4200);
    QCOMPARE(log.first().reviewedAt, kMonday9am + 4200);
    QVERIFY(!log.first().before);
    QCOMPARE(log.first().after.state, CardState::Learning);
    QCOMPARE(CardRepository(m_h->tmp.db.connection()).find(card.key()),
             std::optional(log.first().after));
}

void TestQuizSession::learningCardsComeBackInTheSession()
{
    // New → Good is a 10-minute learning step, within the 20-minute learn-ahead limit: each
    // card comes back once and graduates on the second Good.
    QVERIFY(m_h->session.start(SessionHarness::newCards(2, {AnswerFormat::Flashcard})));
    QStringList asked;
    while (m_h->session.phase() == QuizSession::Phase::Asking) {
        asked << m_h->session.question().card.protocolKey;
        m_h->answer(true, Rating::Good, 10'000);
    }
    QCOMPARE(asked, (QStringList{"ftp", "ftps", "ftp", "ftps"}));
    QCOMPARE(m_h->session.phase(), QuizSession::Phase::Finished);
    QHash<QString, CardMemory> states;
    QVERIFY(m_h->store.loadStates(&states));
    for (const CardMemory &m : std::as_const(states))
        QCOMPARE(m.state, CardState::Review);
}

// Before: "20 to go" stayed at 20 while new cards went through their learning steps. Now each
// kind counts down: a new card answered moves to learning, a graduated card leaves.
void TestQuizSession::countsGoDownAsCardsAreDone()
{
    QVERIFY(m_h->session.start(SessionHarness::newCards(2, {AnswerFormat::Flashcard})));
    using Counts = QuizSession::Counts;
    const auto counts = [&] {
        const Counts c = m_h->session.remainingCounts();
        return QList<int>{c.newCards, c.learning, c.reviews};
    };
    QCOMPARE(counts(), (QList<int>{2, 0, 0}));
    m_h->answer(true, Rating::Good, 10'000); // ftp: to its 10-minute step
    QCOMPARE(counts(), (QList<int>{1, 1, 0}));
    m_h->answer(true, Rating::Good, 10'000); // ftps: the same
    QCOMPARE(counts(), (QList<int>{0, 2, 0}));
    m_h->answer(true, Rating::Good, 10'000); // ftp graduates
    QCOMPARE(counts(), (QList<int>{0, 1, 0}));
    m_h->answer(true, Rating::Good, 10'000);
    QCOMPARE(m_h->session.phase(), QuizSession::Phase::Finished);
    QCOMPARE(m_h->session.remainingCounts().total(), 0);
}

void TestQuizSession::missIsAskedAgainLater()
{
    SessionOptions o = SessionHarness::newCards(6, {AnswerFormat::Choice});
    o.reaskGap = 3;
    QVERIFY(m_h->session.start(o));
    const Card missed = m_h->session.question().card;
    m_h->answer(false, Rating::Again);
    int between = 0;
    while (m_h->session.question().card != missed) {
        QVERIFY(m_h->session.phase() == QuizSession::Phase::Asking);
        m_h->answer(true, Rating::Easy); // Easy graduates at once: no other re-asks in the way
        ++between;
    }
    QVERIFY2(between >= 3, qPrintable(QString::number(between)));
    QCOMPARE(m_h->session.summary().missed, QList<Card>{missed});
}

void TestQuizSession::gradedFormatsSuggestRatings_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("right");
    QTest::newRow("typed right") << int(AnswerFormat::Typed) << true;
    QTest::newRow("typed wrong") << int(AnswerFormat::Typed) << false;
    QTest::newRow("choice right") << int(AnswerFormat::Choice) << true;
    QTest::newRow("choice wrong") << int(AnswerFormat::Choice) << false;
    QTest::newRow("classify right") << int(AnswerFormat::Classify) << true;
    QTest::newRow("classify wrong") << int(AnswerFormat::Classify) << false;
}

void TestQuizSession::gradedFormatsSuggestRatings()
{
    QFETCH(int, format);
    QFETCH(bool, right);
    QSignalSpy graded(&m_h->session, &QuizSession::answerGraded);
    QVERIFY(m_h->session.start(SessionHarness::newCards(3, {AnswerFormat(format)})));
    QCOMPARE(int(m_h->session.question().format), format);
    const Question q = m_h->session.question();
    if (q.format == AnswerFormat::Typed)
        m_h->session.submitText(right ? rightAnswer(m_h->catalog, q) : QStringLiteral("?"));
    else
        m_h->session.choose(right ? q.correctOption
                                  : (q.correctOption + 1) % int(q.options.size()));
    QCOMPARE(graded.size(), 1);
    QCOMPARE(m_h->session.grade().suggested, right ? Rating::Good : Rating::Again);
    // The learner may overrule the suggestion; what is recorded is their rating.
    QVERIFY(m_h->session.rate(Rating::Hard));
    QCOMPARE(reviewsIn(m_h->store).first().rating, Rating::Hard);
    // New card: Again 1 min, Hard 6 min, Good 10 min, Easy graduates.
}

void TestQuizSession::formatsAreMixed()
{
    QVERIFY(m_h->session.start(SessionHarness::newCards(40)));
    QSet<AnswerFormat> seen;
    for (int i = 0; i < 40 && m_h->session.phase() == QuizSession::Phase::Asking; ++i) {
        seen.insert(m_h->session.question().format);
        m_h->answer(true, Rating::Easy);
    }
    QCOMPARE(seen.size(), 4);
}

void TestQuizSession::callsOutOfTurnAreRefused()
{
    QVERIFY(!m_h->session.rate(Rating::Good)); // not started
    QVERIFY(!m_h->session.reveal());
    QVERIFY(!m_h->session.undo());
    QVERIFY(m_h->session.start(SessionHarness::newCards(2, {AnswerFormat::Choice})));
    QVERIFY(!m_h->session.rate(Rating::Good)); // not answered yet
    QVERIFY(!m_h->session.reveal());           // not a flashcard
    QVERIFY(!m_h->session.submitText(QStringLiteral("21")));
    QVERIFY(!m_h->session.choose(-1));
    QVERIFY(!m_h->session.choose(4));
    QVERIFY(m_h->session.choose(0));
    QVERIFY(!m_h->session.choose(1)); // already answered
    QCOMPARE(m_h->logRows(), 0);      // nothing is written before the rating
    QVERIFY(m_h->session.rate(Rating::Good));
    QCOMPARE(m_h->logRows(), 1);
}

void TestQuizSession::siblingsNeverTheSameDay()
{
    QVERIFY(m_h->session.start(SessionHarness::newCards(200)));
    QHash<QString, QString> cardOfProtocol;
    while (m_h->session.phase() == QuizSession::Phase::Asking) {
        const Card c = m_h->session.question().card;
        QVERIFY2(cardOfProtocol.value(c.protocolKey, c.key()) == c.key(), qPrintable(c.key()));
        cardOfProtocol.insert(c.protocolKey, c.key());
        m_h->answer(true, Rating::Easy, 1000);
    }
    // And a second session the same day still shows no sibling of those.
    m_h->clock.advanceMs(3600'000);
    QVERIFY(!m_h->session.start(SessionHarness::newCards(200)));
}

void TestQuizSession::practiceLeavesTheScheduleAlone()
{
    SessionOptions o;
    o.practice = true;
    o.practiceCards = 5;
    QSignalSpy recorded(&m_h->session, &QuizSession::answerRecorded);
    QVERIFY(m_h->session.start(o));
    m_h->answer(false, Rating::Again);
    int answers = 1;
    while (m_h->session.phase() == QuizSession::Phase::Asking) {
        QCOMPARE(m_h->session.dueIn(), (std::array<qint64, 4>{}));
        m_h->answer(true, Rating::Good);
        ++answers;
    }
    QCOMPARE(answers, 6); // five cards, the missed one once more
    QCOMPARE(m_h->logRows(), 0);
    QHash<QString, CardMemory> states;
    QVERIFY(m_h->store.loadStates(&states));
    QVERIFY(states.isEmpty());
    QCOMPARE(recorded.first().first().toLongLong(), -1);
    QVERIFY(m_h->session.summary().practice);
    QVERIFY(m_h->session.undo()); // undo works in practice too, without touching the store
    // Practice needs no store at all.
    QuizSession offline(m_h->catalog, m_h->scheduler, m_h->clock, nullptr);
    QVERIFY(offline.start(o));
    QVERIFY(!offline.start(SessionHarness::newCards(5)));
}

void TestQuizSession::summaryCountsAndCaps()
{
    QVERIFY(m_h->session.start(SessionHarness::newCards(2, {AnswerFormat::Choice})));
    m_h->answer(true, Rating::Easy, 3000);
    m_h->answer(false, Rating::Again, 3600'000); // an hour away from the screen counts as 60 s
    while (m_h->session.phase() == QuizSession::Phase::Asking)
        m_h->answer(true, Rating::Easy, 2000);
    const SessionSummary &s = m_h->session.summary();
    QCOMPARE(s.cards, 2);
    QCOMPARE(s.answers, 3);
    QCOMPARE(s.correct, 2);
    QCOMPARE(s.accuracy(), 2.0 / 3.0);
    QCOMPARE(s.timeMs, 3000 + QuizSession::kMaxAnswerMs + 2000);
    QCOMPARE(s.missed.size(), 1);
    QCOMPARE(reviewsIn(m_h->store).at(1).durationMs, QuizSession::kMaxAnswerMs);
}

void TestQuizSession::leechIsFlagged()
{
    // A card that lapsed seven times, due now.
    const QString key = QStringLiteral("snmp:protocol-to-port");
    ReviewRecord setup;
    setup.cardKey = key;
    setup.reviewedAt = kMonday9am - 10 * kDay;
    setup.answerFormat = QStringLiteral("typed");
    setup.after.state = CardState::Review;
    setup.after.stability = 4;
    setup.after.difficulty = 8;
    setup.after.reps = 20;
    setup.after.lapses = 7;
    setup.after.due = kMonday9am - kDay;
    setup.after.lastReview = setup.reviewedAt;
    QVERIFY(m_h->store.record(setup));

    QSignalSpy leech(&m_h->session, &QuizSession::leechFound);
    QVERIFY(m_h->session.leeches(SessionHarness::newCards(0)).isEmpty());
    QVERIFY(m_h->session.start(SessionHarness::newCards(0, {AnswerFormat::Typed})));
    QCOMPARE(m_h->session.question().card.key(), key);
    m_h->answer(false, Rating::Again);
    QCOMPARE(leech.size(), 1);
    while (m_h->session.phase() == QuizSession::Phase::Asking)
        m_h->answer(true, Rating::Good);
    QCOMPARE(m_h->session.summary().leeches, QList<Card>{*Card::fromKey(key)});
    QCOMPARE(m_h->session.leeches(SessionHarness::newCards(0)), QList<Card>{*Card::fromKey(key)});
}

void TestQuizSession::nothingToStudy_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("newCards");
    QTest::addColumn<bool>("noFormats");
    QTest::newRow("deck matches nothing") << "no-such-thing" << 20 << false;
    QTest::newRow("new cards done for today") << "" << 0 << false;
    QTest::newRow("no answer format chosen") << "" << 20 << true;
}

void TestQuizSession::nothingToStudy()
{
    QFETCH(QString, search);
    QFETCH(int, newCards);
    QFETCH(bool, noFormats);
    SessionOptions o = SessionHarness::newCards(newCards);
    o.deck = Deck::fromSearch(search);
    if (noFormats)
        o.formats.clear();
    QSignalSpy shown(&m_h->session, &QuizSession::questionShown);
    QVERIFY(!m_h->session.start(o));
    QVERIFY(!m_h->session.errorText().isEmpty());
    QCOMPARE(m_h->session.phase(), QuizSession::Phase::Idle);
    QCOMPARE(shown.size(), 0);
}

void TestQuizSession::failedWriteKeepsTheAnswer()
{
    QVERIFY(m_h->session.start(SessionHarness::newCards(2, {AnswerFormat::Classify})));
    m_h->session.choose(m_h->session.question().correctOption);
    // Another connection holds the write lock beyond the busy timeout's reach: simulate with
    // a dropped table, which makes the write fail the same way for the session.
    QSqlQuery(m_h->tmp.db.connection())
        .exec(QStringLiteral("ALTER TABLE card_state RENAME TO gone"));
    QSignalSpy failed(&m_h->session, &QuizSession::failed);
    QVERIFY(!m_h->session.rate(Rating::Good));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_h->session.phase(), QuizSession::Phase::Answered); // the answer is not lost
    QCOMPARE(m_h->logRows(), 0);
    QSqlQuery(m_h->tmp.db.connection())
        .exec(QStringLiteral("ALTER TABLE gone RENAME TO card_state"));
    QVERIFY2(m_h->session.rate(Rating::Good), qPrintable(m_h->session.errorText()));
    QCOMPARE(m_h->logRows(), 1);
}

void TestQuizSession::nextDayBringsDueCards()
{
    QVERIFY(m_h->session.start(SessionHarness::newCards(3, {AnswerFormat::Flashcard})));
    while (m_h->session.phase() == QuizSession::Phase::Asking)
        m_h->answer(true, Rating::Easy);
    QCOMPARE(m_h->session.preview(SessionHarness::newCards(0)).due, 0);
    m_h->clock.advanceMs(30 * kDay);
    const SessionPlan plan = m_h->session.preview(SessionHarness::newCards(0));
    QCOMPARE(plan.due, 3);
    QVERIFY(m_h->session.start(SessionHarness::newCards(0)));
}

PORTOLAN_TEST_GUILESS_MAIN(TestQuizSession)
#include "tst_quizsession.moc"
