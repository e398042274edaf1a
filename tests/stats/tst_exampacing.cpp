// An open exam plan reaches the quiz: the exam's deck gets the plan's pace of new cards, a
// review brought forward is asked today although its due date is after the exam, practice and
// closed plans change nothing.
#include "../quiz/QuizFixture.h"
#include "../support/TestMain.h"
#include "quiz/CardGenerator.h"
#include "quiz/Deck.h"
#include "quiz/SessionPlanner.h"
#include "stats/ExamPacing.h"
#include "stats/ExamPlanRepository.h"
#include "storage/CardRepository.h"

#include <QStandardPaths>
#include <QTest>

using namespace portolan;
using namespace portolan::testing;

class TestExamPacing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paceRaisesNewCardsOfTheExamDeckOnly();
    void broughtForwardCardIsAskedToday();
    void practiceAndClosedPlansUntouched();

private:
    SessionOptions examOptions(const QString &examId) const;

    Catalog m_catalog;
};

void TestExamPacing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_catalog = fixtureCatalog();
}

SessionOptions TestExamPacing::examOptions(const QString &examId) const
{
    SessionOptions o;
    o.deck = Deck::fromSearch(QStringLiteral("exam:") + examId);
    o.deck.id = ExamPacing::deckIdFor(examId);
    o.newCardsPerDay = 2;
    return o;
}

void TestExamPacing::paceRaisesNewCardsOfTheExamDeckOnly()
{
    TempDatabase t;
    const FsrsScheduler scheduler = testScheduler();
    StoredExamPlan plan;
    plan.examId = QStringLiteral("n10-009");
    // Exam in 4 days with nothing studied: every card of the deck must start within 4 days.
    plan.examDate = DayCounter::utc().studyDate(kMonday9am).addDays(4);
    plan.createdAt = kMonday9am;
    QVERIFY(ExamPlanRepository(t.db.connection()).save(plan));

    QStringList notes;
    const SessionOptions paced =
        ExamPacing::pacedByOpenPlans(examOptions(QStringLiteral("n10-009")), t.db.connection(),
                                     m_catalog, scheduler, kMonday9am, &notes);
    const Deck deck = Deck::fromSearch(QStringLiteral("exam:n10-009"));
    const int cards = int(CardGenerator(m_catalog).cardsFor(deck.protocols(m_catalog)).size());
    QVERIFY(cards > 8);
    QCOMPARE(paced.newCardsPerDay, (cards + 3) / 4);
    QCOMPARE(notes.size(), 1);
    // One number applies, and the note says it is the larger of the two (before: "new cards a
    // day in its deck: 5" beside a setting of 20, as if 5 applied).
    QVERIFY2(notes.first().contains(
                 QStringLiteral("in its deck %1 new cards a day apply").arg(paced.newCardsPerDay)),
             qPrintable(notes.first()));

    // Another exam's deck keeps its own limit.
    const SessionOptions other =
        ExamPacing::pacedByOpenPlans(examOptions(QStringLiteral("sy0-701")), t.db.connection(),
                                     m_catalog, scheduler, kMonday9am);
    QCOMPARE(other.newCardsPerDay, 2);
}

void TestExamPacing::broughtForwardCardIsAskedToday()
{
    TempDatabase t;
    const FsrsScheduler scheduler = testScheduler();
    const DayCounter days = DayCounter::utc();
    const QDate today = days.studyDate(kMonday9am);
    // An N10-009 card reviewed 20 days ago with a weak memory, due only after the exam: left
    // alone its recall on exam day would be far below 0.9.
    const Deck deck = Deck::fromSearch(QStringLiteral("exam:n10-009"));
    const Card card = CardGenerator(m_catalog).cardsFor(deck.protocols(m_catalog)).first();
    CardMemory m;
    m.state = CardState::Review;
    m.stability = 6;
    m.difficulty = 6;
    m.reps = 3;
    m.lastReview = kMonday9am - 20 * kDay;
    m.due = kMonday9am + 15 * kDay;
    QVERIFY(CardRepository(t.db.connection()).save(card.key(), m));
    StoredExamPlan plan;
    plan.examId = QStringLiteral("n10-009");
    plan.examDate = today.addDays(10);
    plan.createdAt = kMonday9am;
    QVERIFY(ExamPlanRepository(t.db.connection()).save(plan));

    SessionOptions base = examOptions(QStringLiteral("n10-009"));
    base.newCardsPerDay = 0;
    const SessionPlanner planner(m_catalog, days);
    const QHash<QString, CardMemory> states{{card.key(), m}};
    // Without the plan the card waits for its due date...
    QCOMPARE(planner.plan(base, states, {}, kMonday9am, 1).due, 0);
    // ...with it, it is asked today, in any deck that holds it.
    const SessionOptions paced =
        ExamPacing::pacedByOpenPlans(base, t.db.connection(), m_catalog, scheduler, kMonday9am);
    QVERIFY(paced.broughtForward.contains(card.key()));
    const SessionPlan withPlan = planner.plan(paced, states, {}, kMonday9am, 1);
    QCOMPARE(withPlan.due, 1);
    QCOMPARE(withPlan.queue.first(), card);
    SessionOptions all;
    all.newCardsPerDay = 0;
    all = ExamPacing::pacedByOpenPlans(all, t.db.connection(), m_catalog, scheduler, kMonday9am);
    QCOMPARE(planner.plan(all, states, {}, kMonday9am, 1).due, 1);
}

void TestExamPacing::practiceAndClosedPlansUntouched()
{
    TempDatabase t;
    const FsrsScheduler scheduler = testScheduler();
    StoredExamPlan plan;
    plan.examId = QStringLiteral("n10-009");
    plan.examDate = DayCounter::utc().studyDate(kMonday9am).addDays(2);
    plan.createdAt = kMonday9am;
    ExamPlanRepository repo(t.db.connection());
    QVERIFY(repo.save(plan));

    SessionOptions practice = examOptions(QStringLiteral("n10-009"));
    practice.practice = true;
    QCOMPARE(
        ExamPacing::pacedByOpenPlans(practice, t.db.connection(), m_catalog, scheduler, kMonday9am)
            .newCardsPerDay,
        2);

    QVERIFY(repo.close(plan.examId, kMonday9am));
    QStringList notes;
    const SessionOptions closed =
        ExamPacing::pacedByOpenPlans(examOptions(QStringLiteral("n10-009")), t.db.connection(),
                                     m_catalog, scheduler, kMonday9am, &notes);
    QCOMPARE(closed.newCardsPerDay, 2);
    QVERIFY(closed.broughtForward.isEmpty());
    QVERIFY(notes.isEmpty());
}

PORTOLAN_TEST_GUILESS_MAIN(TestExamPacing)
#include "tst_exampacing.moc"
