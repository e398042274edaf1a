// One writer per database: a second Portolan reads, and says why.
#include "../support/TestMain.h"
#include "storage/DatabaseLock.h"
#include "storage/NoteRepository.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestDatabaseLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void secondInstanceIsReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        Workspace first;
        QVERIFY(first.open(path));
        QVERIFY(!first.database().isReadOnly());
        QVERIFY(NoteRepository(first.database().connection())
                    .setNote(QStringLiteral("ssh"), QStringLiteral("22"), 1));

        Workspace second;
        QVERIFY2(second.open(path), qPrintable(second.errorMessage()));
        QVERIFY(second.database().isReadOnly());
        QVERIFY(second.warning().contains(QStringLiteral("in use by another Portolan")));
        QVERIFY(second.warning().contains(QString::number(QCoreApplication::applicationPid())));
        // It still reads the first one's data, and cannot write.
        QCOMPARE(NoteRepository(second.database().connection()).note(QStringLiteral("ssh")),
                 QStringLiteral("22"));
        QVERIFY(!NoteRepository(second.database().connection())
                     .setNote(QStringLiteral("x"), QStringLiteral("y"), 2));
        QVERIFY(second.catalog().protocol(QStringLiteral("ssh")));

        first.close();
        Workspace third;
        QVERIFY(third.open(path));
        QVERIFY(!third.database().isReadOnly());
    }

    // The same file through a symlink (or a path with ..) is the same database: one lock, so
    // the second opener reads instead of stalling on SQLite's "database is locked".
    void aSymlinkSharesTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        const QString link = dir.filePath(QStringLiteral("link.sqlite"));
        Workspace first;
        QVERIFY(first.open(path));
        QVERIFY(QFile::link(path, link));
        Workspace second;
        QVERIFY2(second.open(link), qPrintable(second.errorMessage()));
        QVERIFY(second.database().isReadOnly());
        QVERIFY(second.warning().contains(QStringLiteral("in use by another Portolan")));
        Workspace third;
        QVERIFY(third.open(dir.filePath(QStringLiteral("sub/../user.sqlite"))));
        QVERIFY(third.database().isReadOnly());
    }

    // A folder where the lock file goes is named, not reported as "process 0 on ".
    void aFolderInTheLocksPlaceIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        QVERIFY(QDir().mkpath(path + QStringLiteral(".lock/inside")));
        DatabaseLock lock(path);
        QVERIFY(!lock.tryLock());
        QVERIFY2(!lock.failureReason().contains(QStringLiteral("process 0")),
                 qPrintable(lock.failureReason()));
        QVERIFY2(lock.failureReason().contains(QStringLiteral("user.sqlite.lock")),
                 qPrintable(lock.failureReason()));
    }

    void aLockLeftByADeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        QFile lock(path + QStringLiteral(".lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        // QLockFile's format: pid, application name, host name. No process has pid 4194304+.
        lock.write("4194303\nportolan\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        DatabaseLock l(path);
        QVERIFY(l.tryLock());
        QVERIFY(l.isLocked());
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestDatabaseLock)
#include "tst_databaselock.moc"
