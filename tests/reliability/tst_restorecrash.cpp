// A restore killed at any moment (SIGKILL: a crash, a power cut of the process) leaves a whole
// database at its path: the one before or the restored one, never none and never half of one,
// and the files kept aside do not pile up.
#include "../support/TestMain.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/NoteRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestRestoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedRestoreLeavesAWholeDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        QStringList backupFiles;
        {
            Database db;
            QVERIFY(db.open(path));
            NoteRepository notes(db.connection());
            BackupManager backups(path);
            for (const char *text : {"first", "second"}) {
                // Some bulk, so that a copy takes long enough to be killed half way.
                for (int i = 0; i < 400; ++i)
                    QVERIFY(notes.setNote(QStringLiteral("k%1").arg(i),
                                          QString(300, QLatin1Char('x')), i));
                QVERIFY(notes.setNote(QStringLiteral("which"), QString::fromLatin1(text), 1));
                QString backup;
                QVERIFY2(backups.createBackup(db.connection(), QStringLiteral("daily"),
                                              1741597200000LL + backupFiles.size() * 86'400'000LL,
                                              &backup),
                         qPrintable(backups.errorText()));
                backupFiles << backup;
            }
        }
        QRandomGenerator random(QRandomGenerator::global()->generate());
        // 30 kills, or as many as fit in PORTOLAN_SOAK_SECONDS (scripts/soak.sh restore).
        const qint64 soakMs = qEnvironmentVariableIntValue("PORTOLAN_SOAK_SECONDS") * 1000LL;
        QElapsedTimer soaking;
        soaking.start();
        for (int kill = 0; kill < 30 || soaking.elapsed() < soakMs; ++kill) {
            QProcess child;
            child.start(QStringLiteral(RESTORE_CHILD),
                        {path, backupFiles.at(0), backupFiles.at(1)});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForReadyRead(10000));
            QTest::qWait(int(random.bounded(40)));
            child.kill();
            child.waitForFinished();
            QVERIFY2(QFile::exists(path),
                     qPrintable(QStringLiteral("no database after kill %1").arg(kill)));
            QString problem;
            QVERIFY2(BackupManager::verify(path, &problem), qPrintable(problem));
            Database db;
            QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
            const QString which = NoteRepository(db.connection()).note(QStringLiteral("which"));
            QVERIFY2(which == QLatin1String("first") || which == QLatin1String("second"),
                     qPrintable(which));
        }
        const QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("user.sqlite.replaced-*")}, QDir::Files);
        int databases = 0;
        for (const QString &name : aside)
            databases +=
                name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm")) ? 0
                                                                                             : 1;
        QVERIFY2(databases <= BackupManager::kKeptAside, qPrintable(aside.join(u' ')));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestRestoreCrash)
#include "tst_restorecrash.moc"
