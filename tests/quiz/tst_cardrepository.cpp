#include "../support/TestMain.h"
#include "QuizFixture.h"
#include "storage/CardRepository.h"

#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// Card states round-trip exactly, keyed by stable card keys.
class TestCardRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void saveOverwrites();
    void removeMakesNew();
    void badKeysAreRefused_data();
    void badKeysAreRefused();
    void closedDatabase();
};

void TestCardRepository::roundTrip_data()
{
    QTest::addColumn<double>("stability");
    QTest::addColumn<bool>("reviewed");
    QTest::newRow("ordinary") << 2.3065 << true;
    QTest::newRow("awkward double") << 0.1 + 0.2 << true;
    QTest::newRow("tiny stability") << 0.001 << true;
    QTest::newRow("never reviewed") << 0.0 << false;
}

void TestCardRepository::roundTrip()
{
    QFETCH(double, stability);
    QFETCH(bool, reviewed);
    TempDatabase tmp;
    CardRepository repo(tmp.db.connection());
    CardMemory m;
    m.due = kMonday9am + 10 * kMinute;
    m.stability = stability;
    m.difficulty = 2.11810397;
    m.elapsedDays = 3;
    m.scheduledDays = 11;
    m.learningSteps = 1;
    m.reps = 4;
    m.lapses = 2;
    m.state = CardState::Relearning;
    if (reviewed)
        m.lastReview = kMonday9am;
    QVERIFY2(repo.save(QStringLiteral("https:transport"), m), qPrintable(repo.errorText()));
    QCOMPARE(repo.find(QStringLiteral("https:transport")), std::optional<CardMemory>(m));
    QHash<QString, CardMemory> all;
    QVERIFY(repo.loadAll(&all));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.value(QStringLiteral("https:transport")), m);
}

void TestCardRepository::saveOverwrites()
{
    TempDatabase tmp;
    CardRepository repo(tmp.db.connection());
    CardMemory m = CardMemory::newCard(1);
    QVERIFY(repo.save(QStringLiteral("dns:security"), m));
    m.reps = 9;
    QVERIFY(repo.save(QStringLiteral("dns:security"), m));
    QCOMPARE(repo.find(QStringLiteral("dns:security"))->reps, 9);
    QHash<QString, CardMemory> all;
    QVERIFY(repo.loadAll(&all));
    QCOMPARE(all.size(), 1);
}

void TestCardRepository::removeMakesNew()
{
    TempDatabase tmp;
    CardRepository repo(tmp.db.connection());
    QVERIFY(repo.save(QStringLiteral("dns:security"), CardMemory::newCard(1)));
    QVERIFY(repo.remove(QStringLiteral("dns:security")));
    QVERIFY(!repo.find(QStringLiteral("dns:security")));
    QVERIFY(repo.errorText().isEmpty()); // missing is not an error
    QVERIFY(repo.remove(QStringLiteral("never-there:security")));
}

void TestCardRepository::badKeysAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << "";
    QTest::newRow("no kind") << "https";
    QTest::newRow("no protocol") << ":transport";
}

void TestCardRepository::badKeysAreRefused()
{
    QFETCH(QString, key);
    TempDatabase tmp;
    CardRepository repo(tmp.db.connection());
    QVERIFY(!repo.save(key, CardMemory::newCard(1)));
    QVERIFY(!repo.errorText().isEmpty());
}

void TestCardRepository::closedDatabase()
{
    TempDatabase tmp;
    CardRepository repo(tmp.db.connection());
    tmp.db.connection().close();
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::prepare: database not open");
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::prepare: database not open");
    QHash<QString, CardMemory> all;
    QVERIFY(!repo.loadAll(&all));
    QVERIFY(!repo.save(QStringLiteral("dns:security"), CardMemory::newCard(1)));
    QVERIFY(!repo.errorText().isEmpty());
}

PORTOLAN_TEST_GUILESS_MAIN(TestCardRepository)
#include "tst_cardrepository.moc"
