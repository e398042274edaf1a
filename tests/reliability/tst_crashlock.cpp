// What a crash can leave of the write lock (storage/DatabaseLock). QLockFile creates the lock
// file and then writes the owner's pid, host and name into it in one write; a SIGKILL between
// the two leaves an empty file (tst_crashsoak's children hit it when they took the lock: 17
// kills under ASan). An empty file names no live process, so the next start takes the lock
// over instead of opening the database read-only for good; a live owner's lock is never taken.

#include "../support/TestMain.h"
#include "storage/DatabaseLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestCrashLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void leftoverLockIsTakenOver_data();
    void leftoverLockIsTakenOver();
    void liveOwnerKeepsTheLock();
};

void TestCrashLock::leftoverLockIsTakenOver_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<QByteArray>("rmlock"); // QLockFile's removal lock, null: none left
    // Killed after the pid was written: the owner is gone, QLockFile sees it.
    QTest::newRow("dead owner") << QByteArray("999999\nportolan\n") +
                                       QSysInfo::machineHostName().toUtf8() + '\n'
                                << 60 << QByteArray();
    // Killed between creating the file and writing it, a minute ago.
    QTest::newRow("empty file") << QByteArray() << 60 << QByteArray();
    // The same, with Portolan restarted at once (as after a crash at start-up).
    QTest::newRow("empty file, just now") << QByteArray() << 0 << QByteArray();
    QTest::newRow("garbage") << QByteArray("\x01\x02not a lock") << 60 << QByteArray();
    // Killed while QLockFile removed a dead owner's lock: its .rmlock is left, empty or naming
    // the dead remover, and would block the removal (found by the crash soak under load).
    const QByteArray dead =
        QByteArray("999999\nportolan\n") + QSysInfo::machineHostName().toUtf8() + '\n';
    // The pid in the file is alive and runs a program of the same name, but holds nothing: a
    // crashed Portolan's pid given again, here to this very test (in a container Portolan gets
    // the same small pid at each start).
    QTest::newRow("pid reused by a live program of the same name")
        << QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
               QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8() + '\n' +
               QSysInfo::machineHostName().toUtf8() + '\n'
        << 60 << QByteArray();
    QTest::newRow("dead owner, empty rmlock") << dead << 0 << QByteArray("");
    QTest::newRow("dead owner, dead remover")
        << dead << 0
        << QByteArray("999998\nportolan\n") + QSysInfo::machineHostName().toUtf8() + '\n';
}

void TestCrashLock::leftoverLockIsTakenOver()
{
    QFETCH(QByteArray, content);
    QFETCH(int, ageSeconds);
    QFETCH(QByteArray, rmlock);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("user.sqlite"));
    QFile lockFile(database + QStringLiteral(".lock"));
    QVERIFY(lockFile.open(QIODevice::WriteOnly));
    QCOMPARE(lockFile.write(content), content.size());
    QVERIFY(lockFile.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSeconds),
                                 QFileDevice::FileModificationTime));
    lockFile.close();
    if (!rmlock.isNull()) {
        QFile rm(database + QStringLiteral(".lock.rmlock"));
        QVERIFY(rm.open(QIODevice::WriteOnly));
        QCOMPARE(rm.write(rmlock), rmlock.size());
        QVERIFY(rm.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSeconds),
                               QFileDevice::FileModificationTime));
    }

    DatabaseLock lock(database);
    QVERIFY2(lock.tryLock(), qPrintable(lock.failureReason()));
    QVERIFY(!QFile::exists(database + QStringLiteral(".lock.rmlock")));
    QVERIFY(lock.isLocked());
    // And it is a real lock now: a second Portolan only reads.
    DatabaseLock second(database);
    QVERIFY(!second.tryLock());
    QVERIFY(second.heldByAnother());
}

void TestCrashLock::liveOwnerKeepsTheLock()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("user.sqlite"));
    DatabaseLock owner(database);
    QVERIFY(owner.tryLock());
    // However old its lock file, a running owner keeps it.
    QFile lockFile(database + QStringLiteral(".lock"));
    QVERIFY(lockFile.open(QIODevice::ReadWrite));
    QVERIFY(lockFile.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3),
                                 QFileDevice::FileModificationTime));
    lockFile.close();
    DatabaseLock other(database);
    QVERIFY(!other.tryLock());
    QVERIFY(other.heldByAnother());
    QVERIFY2(other.failureReason().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(other.failureReason()));
    QVERIFY(owner.isLocked());
}

PORTOLAN_TEST_GUILESS_MAIN(TestCrashLock)
#include "tst_crashlock.moc"
