#include "../support/TestMain.h"
#include "QuizFixture.h"
#include "quiz/QuizStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// One transaction per answer, and undo that puts the card back exactly.
class TestQuizStore : public QObject
{
    Q_OBJECT

private slots:
    void recordWritesStateAndLog();
    void failedLogRowLeavesNoState();
    void recordRefusesInconsistentTimes();
    void undo_data();
    void undo();
    void undoIsRefused_data();
    void undoIsRefused();
    void readOnlyConnection();

private:
    static ReviewRecord answer(const QString &key, std::optional<CardMemory> before, qint64 at,
                               int reps);
    static int count(QSqlDatabase db, const char *table);
};

ReviewRecord TestQuizStore::answer(const QString &key, std::optional<CardMemory> before, qint64 at,
                                   int reps)
{
    ReviewRecord r;
    r.cardKey = key;
    r.reviewedAt = at;
    r.rating = Rating::Good;
    r.answerFormat = QStringLiteral("choice");
    r.durationMs = 1500;
    r.before = before;
    r.after.state = CardState::Learning;
    r.after.due = at + 10 * kMinute;
    r.after.stability = 2.3065;
    r.after.difficulty = 2.11810397;
    r.after.learningSteps = 1;
    r.after.reps = reps;
    r.after.lastReview = at;
    return r;
}

int TestQuizStore::count(QSqlDatabase db, const char *table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    return q.next() ? q.value(0).toInt() : -1;
}

void TestQuizStore::recordWritesStateAndLog()
{
    TempDatabase tmp;
    QuizStore store(tmp.db.connection());
    const ReviewRecord r = answer(QStringLiteral("dns:transport"), std::nullopt, kMonday9am, 1);
    const auto id = store.record(r);
    QVERIFY2(id, qPrintable(store.errorText()));
    QHash<QString, CardMemory> states;
    QVERIFY(store.loadStates(&states));
    QCOMPARE(states.value(QStringLiteral("dns:transport")), r.after);
    QCOMPARE(reviewsIn(store).size(), 1);
    QCOMPARE(reviewsIn(store).first().id, *id);
}

void TestQuizStore::failedLogRowLeavesNoState()
{
    // The log row fails its CHECK after card_state was written: the transaction must take the
    // card_state write back with it.
    TempDatabase tmp;
    QuizStore store(tmp.db.connection());
    ReviewRecord r = answer(QStringLiteral("dns:transport"), std::nullopt, kMonday9am, 1);
    r.answerFormat = QStringLiteral("essay");
    QVERIFY(!store.record(r));
    QVERIFY(!store.errorText().isEmpty());
    QCOMPARE(count(tmp.db.connection(), "card_state"), 0);
    QCOMPARE(count(tmp.db.connection(), "review_log"), 0);
    // And the connection is usable afterwards (no transaction left open).
    r.answerFormat = QStringLiteral("typed");
    QVERIFY2(store.record(r), qPrintable(store.errorText()));
}

void TestQuizStore::recordRefusesInconsistentTimes()
{
    TempDatabase tmp;
    QuizStore store(tmp.db.connection());
    ReviewRecord r = answer(QStringLiteral("dns:transport"), std::nullopt, kMonday9am, 1);
    r.after.lastReview = kMonday9am - 1;
    QVERIFY(!store.record(r));
    QCOMPARE(count(tmp.db.connection(), "card_state"), 0);
}

void TestQuizStore::undo_data()
{
    QTest::addColumn<bool>("wasNew");
    QTest::newRow("first answer: the card is new again") << true;
    QTest::newRow("later answer: the previous state comes back") << false;
}

void TestQuizStore::undo()
{
    QFETCH(bool, wasNew);
    TempDatabase tmp;
    QuizStore store(tmp.db.connection());
    const QString key = QStringLiteral("snmp:protocol-to-port");
    std::optional<CardMemory> before;
    if (!wasNew) {
        const ReviewRecord first = answer(key, std::nullopt, kMonday9am - kDay, 1);
        QVERIFY(store.record(first));
        before = first.after;
    }
    QHash<QString, CardMemory> statesBefore;
    QVERIFY(store.loadStates(&statesBefore));

    const auto id = store.record(answer(key, before, kMonday9am, 2));
    QVERIFY(id);
    QVERIFY2(store.undo(*id, kMonday9am + 5000), qPrintable(store.errorText()));

    QHash<QString, CardMemory> statesAfter;
    QVERIFY(store.loadStates(&statesAfter));
    QCOMPARE(statesAfter, statesBefore);
    // The log keeps the answer, marked undone; it no longer counts.
    QCOMPARE(count(tmp.db.connection(), "review_log"), wasNew ? 1 : 2);
    QCOMPARE(count(tmp.db.connection(), "review_effective"), wasNew ? 0 : 1);
}

void TestQuizStore::undoIsRefused_data()
{
    QTest::addColumn<QString>("why");
    QTest::newRow("already undone") << "twice";
    QTest::newRow("answered again since") << "changed";
    QTest::newRow("no such answer") << "unknown";
}

void TestQuizStore::undoIsRefused()
{
    QFETCH(QString, why);
    TempDatabase tmp;
    QuizStore store(tmp.db.connection());
    const QString key = QStringLiteral("snmp:protocol-to-port");
    const ReviewRecord first = answer(key, std::nullopt, kMonday9am, 1);
    qint64 id = *store.record(first);
    if (why == QLatin1String("twice")) {
        QVERIFY(store.undo(id, kMonday9am + 1));
    } else if (why == QLatin1String("changed")) {
        QVERIFY(store.record(answer(key, first.after, kMonday9am + kMinute, 2)));
    } else {
        id += 1000;
    }
    QHash<QString, CardMemory> statesBefore;
    QVERIFY(store.loadStates(&statesBefore));
    QVERIFY(!store.undo(id, kMonday9am + 2));
    QVERIFY(!store.errorText().isEmpty());
    QHash<QString, CardMemory> statesAfter;
    QVERIFY(store.loadStates(&statesAfter));
    QCOMPARE(statesAfter, statesBefore);
}

void TestQuizStore::readOnlyConnection()
{
    TempDatabase tmp;
    {
        QuizStore writer(tmp.db.connection());
        QVERIFY(
            writer.record(answer(QStringLiteral("dns:transport"), std::nullopt, kMonday9am, 1)));
    }
    const QString name = QStringLiteral("quizstore-readonly");
    {
        QSqlDatabase ro = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        ro.setDatabaseName(tmp.path());
        ro.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(ro.open());
        QuizStore store(ro);
        QHash<QString, CardMemory> states;
        QVERIFY(store.loadStates(&states)); // reading still works
        QCOMPARE(states.size(), 1);
        QVERIFY(
            !store.record(answer(QStringLiteral("ssh:transport"), std::nullopt, kMonday9am, 1)));
        QVERIFY(!store.errorText().isEmpty());
        QVERIFY(!store.undo(1, kMonday9am));
        ro.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(count(tmp.db.connection(), "review_log"), 1);
}

PORTOLAN_TEST_GUILESS_MAIN(TestQuizStore)
#include "tst_quizstore.moc"
