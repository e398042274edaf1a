// Crash safety of the answer path: a child process (crashsoak-child) answers cards in a loop
// through the real quiz persistence and is killed with SIGKILL at random moments, 140 times in
// the ordinary run (each kill costs a start of the child: about half a second under the
// sanitizers; scripts/soak.sh runs for as long as asked). After every kill the database must be
// intact, every answer the child reported as committed must be in the review log (and every
// reported undo marked), and each card's stored state must equal a replay of its log through the
// FSRS scheduler.
//
// PORTOLAN_SOAK_SECONDS makes each row run for about that long instead (scripts/soak.sh);
// PORTOLAN_SOAK_SEED repeats the random choices of an earlier run (timing still varies).
// PORTOLAN_SOAK_KILLS_PERCENT scales the ordinary number of kills: the sanitizer leg runs 30%
// of them (42), since what the kills test (SQLite's and our transactions' durability) does not
// depend on the build, and the optimised leg runs all 140; a sanitized child costs three times
// as much, and 42 kills still take it through every step of answering many times.

#include "../support/TestMain.h"
#include "quiz/Card.h"
#include "srs/FsrsScheduler.h"
#include "storage/CardRepository.h"
#include "storage/Database.h"
#include "storage/ReviewLogRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace portolan;

namespace {

constexpr qint64 kStartMs = 1741597200000LL; // 2025-03-10 09:00 UTC
constexpr qint64 kDayMs = 86'400'000LL;

} // namespace

class TestCrashSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAtRandomMoments_data();
    void killedAtRandomMoments();
    void cleanupTestCase();

private:
    // What the children said, over all kills.
    struct Reported
    {
        QSet<qint64> committed;
        QSet<qint64> undone;
        bool ready = false;

        void take(const QByteArray &line)
        {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2 && parts.at(0) == "committed")
                committed.insert(parts.at(1).toLongLong());
            else if (parts.size() == 2 && parts.at(0) == "undone")
                undone.insert(parts.at(1).toLongLong());
            else if (line == "ready")
                ready = true;
        }
    };

    void runChild(bool afterReady, int minMs, int maxMs);
    void verifyDatabase();

    QTemporaryDir m_dir;
    QString m_path;
    QRandomGenerator m_random;
    Reported m_reported;
    int m_kills = 0;
    int m_killsBeforeReady = 0;
    qint64 m_logRows = 0;
    const FsrsScheduler m_scheduler{[] {
                                        FsrsParameters p;
                                        p.enableFuzz = true; // as the child schedules
                                        return p;
                                    }(),
                                    DayCounter::utc()};
};

void TestCrashSoak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("soak.sqlite"));
    const quint32 seed = qEnvironmentVariableIsSet("PORTOLAN_SOAK_SEED")
                             ? quint32(qEnvironmentVariableIntValue("PORTOLAN_SOAK_SEED"))
                             : QRandomGenerator::system()->generate();
    m_random.seed(seed);
    qInfo("seed %u (PORTOLAN_SOAK_SEED=%u repeats the random choices)", seed, seed);
    // The schema is created up front: the kills are aimed at answering and at opening a
    // database that a killed writer left behind, not at the first migration.
    Database db;
    QVERIFY2(db.open(m_path), qPrintable(db.errorMessage()));
}

void TestCrashSoak::killedAtRandomMoments_data()
{
    QTest::addColumn<int>("kills");
    QTest::addColumn<bool>("afterReady"); // count the lifetime from "ready" instead of launch
    QTest::addColumn<int>("minMs");
    QTest::addColumn<int>("maxMs");
    // From launch: most of these land while the child starts, recovers the WAL the previous
    // one left, checks and opens the database, or loads its progress.
    QTest::newRow("during start-up") << 50 << false << 5 << 60;
    // From the first question on: mid-answer, mid-commit, mid-undo.
    QTest::newRow("while answering") << 90 << true << 1 << 60;
}

void TestCrashSoak::killedAtRandomMoments()
{
    QFETCH(int, kills);
    QFETCH(bool, afterReady);
    QFETCH(int, minMs);
    QFETCH(int, maxMs);
    const qint64 soakMs = qEnvironmentVariableIntValue("PORTOLAN_SOAK_SECONDS") * 1000LL;
    if (qEnvironmentVariableIsSet("PORTOLAN_SOAK_KILLS_PERCENT"))
        kills =
            std::max(1, kills * qEnvironmentVariableIntValue("PORTOLAN_SOAK_KILLS_PERCENT") / 100);
    QElapsedTimer timer;
    timer.start();
    const int before = m_kills;
    for (int i = 0; i < kills || timer.elapsed() < soakMs; ++i) {
        runChild(afterReady, minMs, maxMs);
        if (QTest::currentTestFailed())
            return;
        verifyDatabase();
        if (QTest::currentTestFailed()) {
            qWarning("after kill %d; the database is kept at %s", m_kills, qPrintable(m_path));
            m_dir.setAutoRemove(false);
            return;
        }
    }
    qInfo("%d kills in %.1f s", m_kills - before, timer.elapsed() / 1000.0);
}

void TestCrashSoak::cleanupTestCase()
{
    qInfo("%d kills survived (%d before the first question); %lld answers reported committed, "
          "%lld reported undone, %lld rows in the review log",
          m_kills, m_killsBeforeReady, qint64(m_reported.committed.size()),
          qint64(m_reported.undone.size()), m_logRows);
}

// Starts a child, lets it live for a random time and kills it with SIGKILL: no destructor,
// no rollback, no flush.
void TestCrashSoak::runChild(bool afterReady, int minMs, int maxMs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    // Each child studies two days after the previous one started, so time only moves forward.
    const qint64 startMs = kStartMs + m_kills * 2 * kDayMs;
    child.start(QStringLiteral(CRASHSOAK_CHILD),
                {m_path, QString::number(startMs), QString::number(m_random.generate())});
    QElapsedTimer lifetime;
    lifetime.start();
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

    Reported seen;
    QByteArray pending;
    const auto take = [&] {
        pending += child.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            seen.take(line);
            m_reported.take(line);
        }
    };
    const auto alive = [&] { return child.state() == QProcess::Running; };
    if (afterReady) {
        while (!seen.ready && alive() && lifetime.elapsed() < 30000) {
            child.waitForReadyRead(1000);
            take();
        }
        QVERIFY2(seen.ready, child.readAllStandardError().constData());
        lifetime.restart();
    }
    const qint64 deadline = minMs + m_random.bounded(maxMs - minMs + 1);
    while (alive() && lifetime.elapsed() < deadline) {
        child.waitForReadyRead(int(deadline - lifetime.elapsed()));
        take();
    }
    // A child that ended before its kill failed by itself: say how.
    QVERIFY2(alive(), qPrintable(QStringLiteral("child %1 stopped by itself (exit code %2): %3")
                                     .arg(child.processId())
                                     .arg(child.exitCode())
                                     .arg(QString::fromLocal8Bit(child.readAllStandardError()))));
    const qint64 pid = child.processId();
    child.kill();
    QVERIFY2(child.waitForFinished(10000),
             qPrintable(QStringLiteral("child %1 outlived its kill").arg(pid)));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    take(); // a line written just before the kill reports a committed answer too
    ++m_kills;
    if (!seen.ready)
        ++m_killsBeforeReady;
}

// Checks a copy of what the killed child left (the database file and its WAL), so that the
// next child still finds the hot WAL and has to recover it itself, as after a real crash.
void TestCrashSoak::verifyDatabase()
{
    const QString copy = m_dir.filePath(QStringLiteral("check.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    QVERIFY(QFile::copy(m_path, copy));
    if (QFile::exists(m_path + QStringLiteral("-wal")))
        QVERIFY(QFile::copy(m_path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));

    const QString name = QStringLiteral("crashsoak-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(copy);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(!q.next());

        ReviewLogRepository log(db);
        QList<ReviewRecord> records = log.since(0, true);
        QVERIFY2(log.errorText().isEmpty(), qPrintable(log.errorText()));
        std::sort(records.begin(), records.end(),
                  [](const ReviewRecord &a, const ReviewRecord &b) { return a.id < b.id; });
        m_logRows = records.size();
        QHash<qint64, bool> undoneById;
        for (const ReviewRecord &r : std::as_const(records))
            undoneById.insert(r.id, r.undone);
        for (qint64 id : std::as_const(m_reported.committed))
            QVERIFY2(undoneById.contains(id),
                     qPrintable(QStringLiteral("answer %1 is lost").arg(id)));
        for (qint64 id : std::as_const(m_reported.undone))
            QVERIFY2(
                undoneById.value(id, false),
                qPrintable(QStringLiteral("answer %1 was taken back, the log says not").arg(id)));

        // Replay: every answer that stands, in order, from a new card.
        QHash<QString, CardMemory> replayed;
        for (const ReviewRecord &r : std::as_const(records)) {
            if (r.undone)
                continue;
            const std::optional<Card> card = Card::fromKey(r.cardKey);
            QVERIFY2(card, qPrintable(r.cardKey));
            const auto found = replayed.constFind(r.cardKey);
            const std::optional<CardMemory> before =
                found == replayed.constEnd() ? std::nullopt : std::optional(*found);
            QVERIFY2(r.before == before,
                     qPrintable(QStringLiteral("answer %1 starts from another state").arg(r.id)));
            const CardMemory after =
                m_scheduler.next(before.value_or(CardMemory::newCard(r.reviewedAt)), r.reviewedAt,
                                 r.rating, card->stableHash());
            QVERIFY2(r.after == after,
                     qPrintable(QStringLiteral("answer %1 is not what FSRS gives").arg(r.id)));
            replayed.insert(r.cardKey, after);
        }
        QHash<QString, CardMemory> stored;
        CardRepository cards(db);
        QVERIFY2(cards.loadAll(&stored), qPrintable(cards.errorText()));
        for (auto it = replayed.cbegin(); it != replayed.cend(); ++it)
            QVERIFY2(stored.value(it.key()) == it.value(),
                     qPrintable(QStringLiteral("card %1 differs from its log").arg(it.key())));
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            QVERIFY2(replayed.contains(it.key()),
                     qPrintable(QStringLiteral("card %1 has a state but no answer").arg(it.key())));
    }
    QSqlDatabase::removeDatabase(name);
}

PORTOLAN_TEST_GUILESS_MAIN(TestCrashSoak)
#include "tst_crashsoak.moc"
