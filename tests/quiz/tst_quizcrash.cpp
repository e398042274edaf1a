#include "../support/TestMain.h"
#include "quiz/QuizStore.h"
#include "storage/CardRepository.h"
#include "storage/Database.h"
#include "storage/ReviewLogRepository.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

// Kills a process in the middle of writing answers, again and again, and then finds the
// database intact and every answer the process reported as committed in the log.
class TestQuizCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedMidAnswer();
};

void TestQuizCrash::killedMidAnswer()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QSet<qint64> reported;
    qint64 startMs = 1741597200000LL;
    constexpr int kRounds = 6;

    for (int round = 0; round < kRounds; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(QUIZ_CRASH_CHILD), {path, QString::number(startMs)});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        // Kill after a different number of answers each round.
        const int target = 3 + round * 9;
        int seen = 0;
        QByteArray pending;
        const auto take = [&] {
            pending += child.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = pending.left(newline).split(' ');
                pending.remove(0, newline + 1);
                if (parts.size() == 3 && parts.at(0) == "committed") {
                    reported.insert(parts.at(1).toLongLong());
                    ++seen;
                }
            }
        };
        while (seen < target) {
            QVERIFY2(child.state() == QProcess::Running || child.bytesAvailable() > 0,
                     child.readAllStandardError().constData());
            child.waitForReadyRead(20000);
            take();
        }
        child.kill(); // SIGKILL: no destructor, no rollback, no flush
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        take(); // a line printed just before the kill is a committed answer too
        startMs += 3 * 86'400'000LL;
    }
    QVERIFY(reported.size() >= kRounds * 3);

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

    ReviewLogRepository log(db.connection());
    const QList<qint64> ids = log.ids();
    const QSet<qint64> inLog(ids.begin(), ids.end());
    for (qint64 id : std::as_const(reported))
        QVERIFY2(inLog.contains(id), qPrintable(QStringLiteral("answer %1 is lost").arg(id)));

    // Answers committed but not yet reported when the kill came are there too, of course.
    qInfo("%lld answers reported as committed, %lld in the log after %d kills",
          qint64(reported.size()), qint64(ids.size()), kRounds);

    // The card state and the log row of an answer were written together: every card's state
    // is the state after its latest answer in the log, whatever moment the kill hit.
    QHash<QString, CardMemory> latest;
    for (const ReviewRecord &r : log.since(0))
        latest.insert(r.cardKey, r.after);
    QHash<QString, CardMemory> states;
    QVERIFY(CardRepository(db.connection()).loadAll(&states));
    QCOMPARE(states, latest);
}

PORTOLAN_TEST_GUILESS_MAIN(TestQuizCrash)
#include "tst_quizcrash.moc"
