// Backups: verified copies, the 7 daily + 4 weekly retention, restore that moves the current
// file aside, and the backup taken before a schema update.
#include "../support/TestMain.h"
#include "../support/TestTime.h"
#include "storage/BackupManager.h"
#include "storage/Database.h"
#include "storage/NoteRepository.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace portolan;
using portolan::testing::kDay;

namespace {

const qint64 kStart = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

QString noteIn(const QString &path, const QString &key)
{
    Database db;
    if (!db.open(path))
        return QStringLiteral("<cannot open: %1>").arg(db.errorMessage());
    return NoteRepository(db.connection()).note(key);
}

} // namespace

class TestBackupManager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Two databases in one folder share backups/, but each has its own backups: a's daily
    // backup does not count as b's, b lists and restores only its own, and a backup of a in
    // the older shared naming is offered to a and never to b.
    void databasesInOneFolderKeepTheirOwnBackups()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.sqlite"));
        const QString b = dir.filePath(QStringLiteral("b.sqlite"));
        {
            Database db;
            QVERIFY(db.open(a));
            QVERIFY(NoteRepository(db.connection())
                        .setNote(QStringLiteral("ssh"), QStringLiteral("a's"), 1));
            QVERIFY(!db.databaseId().isEmpty());
            BackupManager backups(a);
            QCOMPARE(backups.databaseId(), db.databaseId());
            QVERIFY2(backups.backupIfDue(db.connection(), kStart), qPrintable(backups.errorText()));
        }
        {
            Database db;
            QVERIFY(db.open(b));
            QVERIFY(NoteRepository(db.connection())
                        .setNote(QStringLiteral("ssh"), QStringLiteral("b's"), 1));
            BackupManager backups(b);
            QVERIFY(backups.databaseId() != BackupManager(a).databaseId());
            QVERIFY(backups.backups().isEmpty());
            QVERIFY2(backups.backupIfDue(db.connection(), kStart + 60000),
                     qPrintable(backups.errorText()));
            QCOMPARE(backups.backups().size(), 1);
        }
        const QList<BackupManager::Backup> ofA = BackupManager(a).backups();
        const QList<BackupManager::Backup> ofB = BackupManager(b).backups();
        QCOMPARE(ofA.size(), 1);
        QCOMPARE(ofB.size(), 1);
        QVERIFY(ofA.first().path != ofB.first().path);
        QVERIFY2(
            QFileInfo(ofB.first().path).fileName().startsWith(QStringLiteral("b.sqlite.daily-")),
            qPrintable(ofB.first().path));
        QCOMPARE(noteIn(ofB.first().path, QStringLiteral("ssh")), QStringLiteral("b's"));

        // A backup made by an older version: a's copy under the shared name.
        const QString legacy = QDir(BackupManager(a).folder())
                                   .filePath(QStringLiteral("daily-20260303-090000.sqlite"));
        QVERIFY(QFile::copy(ofA.first().path, legacy));
        QCOMPARE(BackupManager(a).backups().size(), 2);
        QCOMPARE(BackupManager(a).backups().first().path, legacy); // the newest
        QCOMPARE(BackupManager(b).backups().size(), 1);

        // Restoring a's backup onto b is refused and b is left as it was.
        BackupManager intoB(b);
        QVERIFY(!intoB.restore(legacy, kStart + kDay));
        QVERIFY2(intoB.errorText().contains(QStringLiteral("another database")),
                 qPrintable(intoB.errorText()));
        QCOMPARE(noteIn(b, QStringLiteral("ssh")), QStringLiteral("b's"));
        // b's own backup restores.
        QVERIFY2(intoB.restore(ofB.first().path, kStart + kDay), qPrintable(intoB.errorText()));
        QCOMPARE(noteIn(b, QStringLiteral("ssh")), QStringLiteral("b's"));
    }

    void backupIsVerifiedAndOnePerDay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(NoteRepository(db.connection())
                    .setNote(QStringLiteral("ssh"), QStringLiteral("22"), 1));
        BackupManager backups(path);
        QVERIFY(backups.backups().isEmpty());
        QVERIFY2(backups.backupIfDue(db.connection(), kStart), qPrintable(backups.errorText()));
        QCOMPARE(backups.backups().size(), 1);
        const QString first = backups.backups().first().path;
        QVERIFY(BackupManager::verify(first, nullptr));
        QCOMPARE(noteIn(first, QStringLiteral("ssh")), QStringLiteral("22"));
        QCOMPARE(backups.backups().first().time.toMSecsSinceEpoch(), kStart);
        // Later the same day: nothing new. A day later: a second one.
        QVERIFY(backups.backupIfDue(db.connection(), kStart + 5 * 3600 * 1000LL));
        QCOMPARE(backups.backups().size(), 1);
        QVERIFY(backups.backupIfDue(db.connection(), kStart + kDay));
        QCOMPARE(backups.backups().size(), 2);
        QVERIFY(!QFileInfo::exists(backups.backups().first().path + QStringLiteral(".partial")));
    }

    void retentionKeepsSevenDailyAndFourWeekly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        Database db;
        QVERIFY(db.open(path));
        BackupManager backups(path);
        // A backup the user asked for on the first day is theirs: pruning never removes it.
        QString manual;
        QVERIFY2(backups.backupFileNow(kStart - kDay, &manual), qPrintable(backups.errorText()));
        // Sixty days of daily use.
        for (int day = 0; day < 60; ++day)
            QVERIFY(backups.backupIfDue(db.connection(), kStart + day * kDay));
        QVERIFY(QFile::exists(manual));
        auto list = backups.backups();
        QCOMPARE(list.last().path, manual);
        QCOMPARE(list.last().kind, QStringLiteral("manual"));
        list.removeLast();
        const QDate today = QDateTime::fromMSecsSinceEpoch(kStart + 59 * kDay, Qt::UTC).date();
        // The newest seven days are all there...
        for (int i = 0; i < 7; ++i)
            QCOMPARE(list.at(i).time.date(), today.addDays(-i));
        // ...and at most four weekly ones beyond them, none older than five weeks.
        QVERIFY(list.size() <= 7 + 4);
        QVERIFY(list.size() >= 7 + 2);
        QVERIFY(list.last().time.date().daysTo(today) <= 35);
        QSet<int> weeks;
        for (const auto &b : list.mid(7))
            QVERIFY(!weeks.contains(b.time.date().weekNumber()) &&
                    (weeks.insert(b.time.date().weekNumber()), true));
    }

    void aBadBackupIsNotListedAndNotRestored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("backups"))));
        const QString fake = dir.filePath(QStringLiteral("backups/daily-20260101-000000.sqlite"));
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all");
        f.close();
        QString error;
        QVERIFY(!BackupManager::verify(fake, &error));
        QVERIFY(error.contains(QStringLiteral("daily-20260101-000000.sqlite")));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(NoteRepository(db.connection())
                        .setNote(QStringLiteral("k"), QStringLiteral("mine"), 1));
        }
        const QByteArray before = [&] {
            QFile g(path);
            g.open(QIODevice::ReadOnly);
            return g.readAll();
        }();
        BackupManager backups(path);
        QVERIFY(!backups.restore(fake, kStart));
        QVERIFY(backups.errorText().contains(QStringLiteral("Cannot restore")));
        QFile g(path);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), before);
    }

    void restoreMovesTheCurrentFileAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        QString backupPath;
        {
            Database db;
            QVERIFY(db.open(path));
            NoteRepository notes(db.connection());
            QVERIFY(notes.setNote(QStringLiteral("k"), QStringLiteral("old"), 1));
            BackupManager backups(path);
            QVERIFY(backups.createBackup(db.connection(), QStringLiteral("daily"), kStart,
                                         &backupPath));
            QVERIFY(notes.setNote(QStringLiteral("k"), QStringLiteral("new"), 2));
        }
        BackupManager backups(path);
        QVERIFY2(backups.restore(backupPath, kStart + kDay), qPrintable(backups.errorText()));
        QCOMPARE(noteIn(path, QStringLiteral("k")), QStringLiteral("old"));
        QVERIFY(backups.movedAsidePath().contains(QStringLiteral(".replaced-")));
        QCOMPARE(noteIn(backups.movedAsidePath(), QStringLiteral("k")), QStringLiteral("new"));
    }

    void manyRestoresKeepTheNewestFilesAside()
    {
        // Twelve restores in one second: the files kept aside share a stamp, and "-10" must
        // count as newer than "-9". The three newest stay, the last one among them.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        QString backupPath;
        {
            Database db;
            QVERIFY(db.open(path));
            BackupManager backups(path);
            QVERIFY(backups.createBackup(db.connection(), QStringLiteral("daily"), kStart,
                                         &backupPath));
        }
        for (int i = 1; i <= 12; ++i) {
            {
                Database db;
                QVERIFY(db.open(path));
                QVERIFY(NoteRepository(db.connection())
                            .setNote(QStringLiteral("k"), QString::number(i), i));
            }
            BackupManager backups(path);
            QVERIFY2(backups.restore(backupPath, kStart + kDay), qPrintable(backups.errorText()));
            QCOMPARE(noteIn(backups.movedAsidePath(), QStringLiteral("k")), QString::number(i));
        }
        QStringList aside =
            QDir(dir.path()).entryList({QStringLiteral("user.sqlite.replaced-*")}, QDir::Files);
        aside.erase(std::remove_if(aside.begin(), aside.end(),
                                   [](const QString &n) {
                                       return n.endsWith(QLatin1String("-wal")) ||
                                              n.endsWith(QLatin1String("-shm"));
                                   }),
                    aside.end());
        QCOMPARE(aside.size(), BackupManager::kKeptAside);
        QStringList kept;
        for (const QString &name : aside)
            kept << noteIn(dir.filePath(name), QStringLiteral("k"));
        kept.sort();
        QCOMPARE(kept,
                 (QStringList{QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12")}));
    }

    void aBackupIsTakenBeforeASchemaUpdate()
    {
        if (Database::latestSchemaVersion() < 2)
            QFAIL("needs a second migration to exercise");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        // A database as the first release left it: schema 1 only.
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QFile sql(QStringLiteral(":/db/migrations/0001_initial.sql"));
            QVERIFY(sql.open(QIODevice::ReadOnly));
            QSqlQuery q(raw);
            for (const QString &statement :
                 QString::fromUtf8(sql.readAll()).split(QStringLiteral(";\n"))) {
                QString s = statement;
                while (s.trimmed().startsWith(QLatin1String("--")))
                    s = s.mid(s.indexOf(QLatin1Char('\n')) + 1);
                if (!s.trimmed().isEmpty())
                    QVERIFY2(q.exec(s), qPrintable(s));
            }
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO user_note VALUES ('dns', 'before', 1)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        Database db;
        db.setNowMs(kStart);
        QVERIFY2(db.open(path), qPrintable(db.errorMessage()));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const auto list = BackupManager(path).backups();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().kind, QStringLiteral("pre-migration"));
        {
            QSqlDatabase copy =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("copy"));
            copy.setDatabaseName(list.first().path);
            QVERIFY(copy.open());
            QSqlQuery q(copy);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(
                q.exec(QStringLiteral("SELECT body FROM user_note WHERE protocol_key = 'dns'")) &&
                q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("before"));
            copy.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("copy"));
        QCOMPARE(NoteRepository(db.connection()).note(QStringLiteral("dns")),
                 QStringLiteral("before"));
    }

    void workspaceBacksUpDaily()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        Workspace w;
        QVERIFY(w.open(path, kStart));
        QVERIFY(w.backupIfDue(kStart));
        QCOMPARE(BackupManager(path).backups().size(), 1);
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestBackupManager)
#include "tst_backupmanager.moc"
