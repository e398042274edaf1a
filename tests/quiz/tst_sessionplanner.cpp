#include "../support/TestMain.h"
#include "QuizFixture.h"
#include "quiz/SessionPlanner.h"

#include <QSet>
#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// What a session asks and in which order: due first, new up to the daily limit, siblings
// buried, practice apart.
class TestSessionPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newCardsOnePerProtocol();
    void dueBeforeNew();
    void dailyNewLimitCountsEarlierSessions();
    void siblingsWaitForAnotherDay();
    void learningContinuesSameDay();
    void studyDayStartsAtFourInTheMorning();
    void reviewLimit();
    void formatsLimitTheCards();
    void practiceIgnoresTheSchedule();
    void leeches();
    void emptyDeck();

private:
    static CardMemory review(qint64 due, qint64 lastReview, int lapses = 0);
    static ReviewRecord introduced(const QString &key, qint64 at);
    SessionOptions options(int newPerDay = 5) const;

    Catalog m_catalog;
    DayCounter m_utc = DayCounter::utc();
};

void TestSessionPlanner::initTestCase()
{
    m_catalog = fixtureCatalog();
}

CardMemory TestSessionPlanner::review(qint64 due, qint64 lastReview, int lapses)
{
    CardMemory m;
    m.state = CardState::Review;
    m.due = due;
    m.lastReview = lastReview;
    m.stability = 3;
    m.difficulty = 5;
    m.reps = 3;
    m.lapses = lapses;
    return m;
}

ReviewRecord TestSessionPlanner::introduced(const QString &key, qint64 at)
{
    ReviewRecord r;
    r.cardKey = key;
    r.reviewedAt = at;
    r.after = review(at + kDay, at);
    return r; // no before: the card was new
}

SessionOptions TestSessionPlanner::options(int newPerDay) const
{
    SessionOptions o;
    o.newCardsPerDay = newPerDay;
    return o;
}

void TestSessionPlanner::newCardsOnePerProtocol()
{
    const SessionPlanner planner(m_catalog, m_utc);
    const SessionPlan plan = planner.plan(options(5), {}, {}, kMonday9am, 1);
    QCOMPARE(plan.fresh, 5);
    QCOMPARE(plan.due, 0);
    QStringList keys;
    for (const Card &c : plan.queue)
        keys << c.key();
    // The deck's port order; the kind rotates from protocol to protocol, so that a day's new
    // cards mix kinds and formats.
    QCOMPARE(keys, (QStringList{"ftp:port-to-protocol", "ftps:protocol-to-port", "ssh:transport",
                                "sftp:full-name", "telnet:counterpart"}));
}

void TestSessionPlanner::dueBeforeNew()
{
    const SessionPlanner planner(m_catalog, m_utc);
    QHash<QString, CardMemory> states;
    const qint64 now = kMonday9am;
    states.insert(QStringLiteral("dns:transport"), review(now - 2 * kDay, now - 5 * kDay));
    states.insert(QStringLiteral("snmp:security"), review(now - kDay, now - 4 * kDay));
    states.insert(QStringLiteral("ldap:security"), review(now + 3 * kDay, now - kDay)); // not due
    CardMemory learning = review(now - kMinute, now - kDay);
    learning.state = CardState::Relearning;
    states.insert(QStringLiteral("sip:transport"), learning);
    const SessionPlan plan = planner.plan(options(2), states, {}, now, 1);
    QCOMPARE(plan.learning, 1);
    QCOMPARE(plan.due, 2);
    QCOMPARE(plan.fresh, 2);
    QCOMPARE(plan.queue.at(0).key(), QStringLiteral("sip:transport"));
    QCOMPARE(plan.queue.at(1).key(), QStringLiteral("dns:transport")); // most overdue first
    QCOMPARE(plan.queue.at(2).key(), QStringLiteral("snmp:security"));
    for (const Card &c : plan.queue)
        QVERIFY(c.protocolKey != QLatin1String("ldap") || c.kind != CardKind::Security);
    // The start page shows the deck's size: all its cards, and the four studied here.
    QCOMPARE(plan.deckCards, int(planner.deckCards(options(2)).size()));
    QVERIFY(plan.deckCards > plan.queue.size());
    QCOMPARE(plan.deckStudied, 4);
}

void TestSessionPlanner::dailyNewLimitCountsEarlierSessions()
{
    const SessionPlanner planner(m_catalog, m_utc);
    const qint64 now = kMonday9am;
    QList<ReviewRecord> recent{
        introduced(QStringLiteral("irc:transport"), now - 3600'000),
        introduced(QStringLiteral("ircs:transport"), now - 1800'000),
        introduced(QStringLiteral("nntp:transport"), now - kDay)}; // yesterday
    ReviewRecord undone = introduced(QStringLiteral("nntps:transport"), now - 60'000);
    undone.undone = true;
    recent << undone;
    const SessionPlan plan = planner.plan(options(5), {}, recent, now, 1);
    QCOMPARE(plan.newToday, 2);
    QCOMPARE(plan.fresh, 3);
    QCOMPARE(planner.plan(options(1), {}, recent, now, 1).fresh, 0);
}

void TestSessionPlanner::siblingsWaitForAnotherDay()
{
    const SessionPlanner planner(m_catalog, m_utc);
    const qint64 now = kMonday9am;
    QHash<QString, CardMemory> states;
    // DHCP was studied an hour ago: its due sibling waits, its new siblings too.
    states.insert(QStringLiteral("dhcp:port-to-protocol"), review(now + 2 * kDay, now - 3600'000));
    states.insert(QStringLiteral("dhcp:transport"), review(now - kDay, now - 3 * kDay));
    // SNMP has two due cards: only the more overdue one today.
    states.insert(QStringLiteral("snmp:transport"), review(now - kDay, now - 3 * kDay));
    states.insert(QStringLiteral("snmp:security"), review(now - 2 * kDay, now - 4 * kDay));
    const SessionPlan plan = planner.plan(options(100), states, {}, now, 1);
    QSet<QString> protocols;
    for (const Card &c : plan.queue) {
        QVERIFY2(c.protocolKey != QLatin1String("dhcp"), qPrintable(c.key()));
        QVERIFY2(!protocols.contains(c.protocolKey), qPrintable(c.key()));
        protocols.insert(c.protocolKey);
    }
    QVERIFY(plan.queue.contains(Card{QStringLiteral("snmp"), CardKind::Security}));
    QCOMPARE(plan.buried, 2);
}

void TestSessionPlanner::learningContinuesSameDay()
{
    const SessionPlanner planner(m_catalog, m_utc);
    const qint64 now = kMonday9am;
    QHash<QString, CardMemory> states;
    CardMemory learning = review(now + 5 * kMinute, now - 5 * kMinute);
    learning.state = CardState::Learning;
    states.insert(QStringLiteral("dhcp:port-to-protocol"), learning);
    CardMemory later = review(now + 3 * 3600'000, now - 5 * kMinute); // beyond learn-ahead
    later.state = CardState::Learning;
    states.insert(QStringLiteral("dns:port-to-protocol"), later);
    const SessionPlan plan = planner.plan(options(0), states, {}, now, 1);
    QCOMPARE(plan.queue, QList<Card>{Card({QStringLiteral("dhcp"), CardKind::PortToProtocol})});
    QCOMPARE(plan.learning, 1);
}

void TestSessionPlanner::studyDayStartsAtFourInTheMorning()
{
    const DayCounter local = DayCounter::local(QTimeZone(0), 4);
    const SessionPlanner planner(m_catalog, local);
    const qint64 fiveAm = kMonday9am - 4 * 3600'000;  // 05:00 UTC
    const qint64 threeAm = kMonday9am - 6 * 3600'000; // 03:00: still yesterday's study day
    QHash<QString, CardMemory> states;
    states.insert(QStringLiteral("dhcp:port-to-protocol"), review(fiveAm - kMinute, threeAm));
    QList<ReviewRecord> recent{introduced(QStringLiteral("irc:transport"), threeAm)};
    const SessionPlan plan = planner.plan(options(1), states, recent, fiveAm, 1);
    QCOMPARE(plan.newToday, 0);
    QVERIFY(plan.queue.contains(Card{QStringLiteral("dhcp"), CardKind::PortToProtocol}));
    // The same answers counted in UTC days fall on "today".
    QCOMPARE(SessionPlanner(m_catalog, m_utc).plan(options(1), states, recent, fiveAm, 1).newToday,
             1);
}

void TestSessionPlanner::reviewLimit()
{
    const SessionPlanner planner(m_catalog, m_utc);
    QHash<QString, CardMemory> states;
    for (const char *p : {"ftp", "ssh", "telnet", "smtp", "dns"})
        states.insert(QLatin1String(p) + QStringLiteral(":security"),
                      review(kMonday9am - kDay, kMonday9am - 2 * kDay));
    SessionOptions o = options(0);
    o.maxReviews = 3;
    const SessionPlan plan = planner.plan(o, states, {}, kMonday9am, 1);
    QCOMPARE(plan.due, 3);
    QCOMPARE(plan.queue.size(), 3);
}

void TestSessionPlanner::formatsLimitTheCards()
{
    const SessionPlanner planner(m_catalog, m_utc);
    SessionOptions o = options(1000);
    o.formats = {AnswerFormat::Classify};
    for (const Card &c : planner.deckCards(o))
        QVERIFY(formatsFor(c.kind).contains(AnswerFormat::Classify));
    o.formats = {AnswerFormat::Choice};
    for (const Card &c : planner.plan(o, {}, {}, kMonday9am, 1).queue)
        QVERIFY(formatsFor(c.kind).contains(AnswerFormat::Choice));
    o.formats = {};
    QVERIFY(planner.deckCards(o).isEmpty());
}

void TestSessionPlanner::practiceIgnoresTheSchedule()
{
    const SessionPlanner planner(m_catalog, m_utc);
    QHash<QString, CardMemory> states;
    states.insert(QStringLiteral("dhcp:port-to-protocol"),
                  review(kMonday9am + 9 * kDay, kMonday9am));
    SessionOptions o = options(0);
    o.practice = true;
    o.practiceCards = 12;
    o.deck = Deck::fromSearch(QStringLiteral("exam:n10-009"));
    const SessionPlan a = planner.plan(o, states, {}, kMonday9am, 7);
    QCOMPARE(a.queue.size(), 12);
    QCOMPARE(a.queue, planner.plan(o, {}, {}, kMonday9am, 7).queue);      // states play no part
    QVERIFY(a.queue != planner.plan(o, states, {}, kMonday9am, 8).queue); // the seed does
    QSet<QString> protocols;
    for (const Card &c : a.queue)
        protocols.insert(c.protocolKey);
    QCOMPARE(protocols.size(), a.queue.size());
}

void TestSessionPlanner::leeches()
{
    const SessionPlanner planner(m_catalog, m_utc);
    QHash<QString, CardMemory> states;
    states.insert(QStringLiteral("snmp:protocol-to-port"), review(kMonday9am, kMonday9am, 8));
    states.insert(QStringLiteral("ldap:protocol-to-port"), review(kMonday9am, kMonday9am, 7));
    states.insert(QStringLiteral("gopher:transport"), review(kMonday9am, kMonday9am, 20)); // stale
    QCOMPARE(planner.leeches(options(), states),
             QList<Card>{Card({QStringLiteral("snmp"), CardKind::ProtocolToPort})});
}

void TestSessionPlanner::emptyDeck()
{
    const SessionPlanner planner(m_catalog, m_utc);
    SessionOptions o = options(20);
    o.deck = Deck::fromSearch(QStringLiteral("no-such-protocol-anywhere"));
    QVERIFY(planner.plan(o, {}, {}, kMonday9am, 1).queue.isEmpty());
    o.practice = true;
    QVERIFY(planner.plan(o, {}, {}, kMonday9am, 1).queue.isEmpty());
}

PORTOLAN_TEST_GUILESS_MAIN(TestSessionPlanner)
#include "tst_sessionplanner.moc"
