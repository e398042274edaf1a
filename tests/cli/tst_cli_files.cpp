// The terminal commands at the edges of the file system: targets and inputs that are not
// regular files, the database's own files as an export target, a full standard output, an
// existing file replaced, and file names that are not valid UTF-8. Run as a user would.
#include "../support/RunPortolan.h"
#include "../support/TestMain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using portolan::testing::runPortolan;
using Run = portolan::testing::CliRun;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

bool isFifo(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

} // namespace

class TestCliFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return file(QStringLiteral("cli.sqlite")); }
    QString fifo() const { return file(QStringLiteral("pipe")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCOMPARE(::mkfifo(QFile::encodeName(fifo()).constData(), 0600), 0);
        // The database exists (and has its side files) before the odd commands run.
        QCOMPARE(runPortolan({QStringLiteral("--db"), db(), QStringLiteral("stats")}).exitCode, 0);
    }

    // Before: the CSV or the package replaced the database, exit 0.
    void exportOntoTheDatabaseIsRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("target");
        const QStringList csv{QStringLiteral("export"), QStringLiteral("--format"),
                              QStringLiteral("csv")};
        const QStringList package{QStringLiteral("package"), QStringLiteral("export")};
        QTest::newRow("csv onto the database") << csv << QStringLiteral("cli.sqlite");
        QTest::newRow("csv onto its lock") << csv << QStringLiteral("cli.sqlite.lock");
        QTest::newRow("csv into its backups") << csv << QStringLiteral("backups/x.csv");
        QTest::newRow("package onto the database") << package << QStringLiteral("cli.sqlite");
        QTest::newRow("package onto its -wal") << package << QStringLiteral("cli.sqlite-wal");
        QTest::newRow("package as ./cli.sqlite") << package << QStringLiteral("./cli.sqlite");
    }

    void exportOntoTheDatabaseIsRefused()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, target);
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("backups")));
        const QByteArray before = hashOf(db());
        const Run r =
            runPortolan(QStringList{QStringLiteral("--db"), db()} << command << file(target));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("belongs to the database in use")),
                 qPrintable(r.err));
        QCOMPARE(hashOf(db()), before);
        const Run still = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("lookup"), QStringLiteral("22")});
        QCOMPARE(still.exitCode, 0);
    }

    // Before: a FIFO was replaced by a regular file.
    // `backup` is the safe copy the README recommends: a verified file in backups/, listed by
    // `backups`, restorable, kept by the daily pruning; a missing database is an error.
    void backupNowIsListedAndRestorable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
        QCOMPARE(runPortolan({QStringLiteral("--db"), path, QStringLiteral("label"),
                              QStringLiteral("ssh"), QStringLiteral("before")})
                     .exitCode,
                 0);
        const Run made = runPortolan({QStringLiteral("--db"), path, QStringLiteral("backup")});
        QCOMPARE(made.exitCode, 0);
        QVERIFY2(made.out.contains(QStringLiteral("verified")), qPrintable(made.out));
        const QStringList files =
            QDir(dir.filePath(QStringLiteral("backups"))).entryList({QStringLiteral("*.sqlite")});
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().startsWith(QStringLiteral("copy.sqlite.manual-")),
                 qPrintable(files.first()));
        const Run listed = runPortolan({QStringLiteral("--db"), path, QStringLiteral("backups")});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("manual")), qPrintable(listed.out));
        // A label added after the backup is gone once the backup is restored.
        QCOMPARE(runPortolan({QStringLiteral("--db"), path, QStringLiteral("label"),
                              QStringLiteral("ssh"), QStringLiteral("after")})
                     .exitCode,
                 0);
        QCOMPARE(runPortolan({QStringLiteral("--db"), path, QStringLiteral("restore"),
                              QStringLiteral("latest"), QStringLiteral("--yes")})
                     .exitCode,
                 0);
        const Run found = runPortolan(
            {QStringLiteral("--db"), path, QStringLiteral("lookup"), QStringLiteral("tag:after")});
        QCOMPARE(found.exitCode, 1);
        QCOMPARE(runPortolan({QStringLiteral("--db"), path, QStringLiteral("lookup"),
                              QStringLiteral("tag:before")})
                     .exitCode,
                 0);

        const Run missing =
            runPortolan({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")),
                         QStringLiteral("backup")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("there is no database at")),
                 qPrintable(missing.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void exportOntoAFifoIsRefused_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                               QStringLiteral("json")};
        QTest::newRow("package export")
            << QStringList{QStringLiteral("package"), QStringLiteral("export")};
    }

    void exportOntoAFifoIsRefused()
    {
        QFETCH(QStringList, command);
        const Run r = runPortolan(QStringList{QStringLiteral("--db"), db()} << command << fifo());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(fifo() + QStringLiteral(" is a named pipe (FIFO)")),
                 qPrintable(r.err));
        QVERIFY(isFifo(fifo()));
    }

    void replacingAFileIsSaid_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("written");
        QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                               QStringLiteral("csv")}
                                << "Exported";
        QTest::newRow("package export")
            << QStringList{QStringLiteral("package"), QStringLiteral("export")}
            << "Study package written";
    }

    void replacingAFileIsSaid()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, written);
        const QString target = file(QStringLiteral("replaced-%1.out").arg(QTest::currentDataTag()));
        const QStringList args = QStringList{QStringLiteral("--db"), db()} << command << target;
        const Run first = runPortolan(args);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.startsWith(written), qPrintable(first.out));
        QVERIFY(!first.out.contains(QStringLiteral("replacing")));
        const Run second = runPortolan(args);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(
            second.out.contains(target + QStringLiteral(", replacing the file that was there")),
            qPrintable(second.out));
    }

    // Before: the bytes were lost and the exit status was 0.
    void fullStandardOutputFails_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("-") << QStringLiteral("-");
        QTest::newRow("/dev/stdout") << QStringLiteral("/dev/stdout");
    }

    void fullStandardOutputFails()
    {
        QFETCH(QString, target);
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(PORTOLAN_BINARY),
                {QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("csv"), target});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Cannot write to standard output")), qPrintable(err));
    }

    // Before: a lookup, a listing or the statistics cut short by a full standard output exited
    // 0, so a script took the part for the whole.
    void fullStandardOutputFailsForEveryListing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("lookup") << QStringList{QStringLiteral("lookup"), QStringLiteral("22")};
        QTest::newRow("lookup --json") << QStringList{
            QStringLiteral("lookup"), QStringLiteral("ssh"), QStringLiteral("--json")};
        QTest::newRow("stats") << QStringList{QStringLiteral("stats")};
        QTest::newRow("help") << QStringList{QStringLiteral("--help")};
    }

    void fullStandardOutputFailsForEveryListing()
    {
        QFETCH(QStringList, arguments);
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(PORTOLAN_BINARY),
                QStringList{QStringLiteral("--db"), db()} + arguments);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("cannot write to standard output: No space left")),
                 qPrintable(err));
    }

    // Before: /dev/stdout failed (QSaveFile cannot rename onto it).
    void devStdoutIsStandardOutput()
    {
        const Run r = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("export"),
                                   QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--query"), QStringLiteral("ssh"),
                                   QStringLiteral("/dev/stdout")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("origin,")), qPrintable(r.out.left(200)));
        QVERIFY(r.out.contains(QStringLiteral("Secure Shell")));
    }

    // Before: each of these blocked for ever (a FIFO) or read until memory ran out (/dev/zero).
    void inputsThatAreNotRegularFilesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("says");
        const QString pipe = QStringLiteral("PIPE");
        const QString db = QStringLiteral("DB");
        QTest::newRow("--db FIFO")
            << QStringList{QStringLiteral("--db"), pipe, QStringLiteral("stats")} << pipe
            << "named pipe (FIFO)";
        QTest::newRow("--db FIFO lookup")
            << QStringList{QStringLiteral("--db"), pipe, QStringLiteral("lookup"),
                           QStringLiteral("22")}
            << pipe << "named pipe (FIFO)";
        QTest::newRow("--db /dev/zero")
            << QStringList{QStringLiteral("--db"), QStringLiteral("/dev/zero"),
                           QStringLiteral("stats")}
            << "/dev/zero"
            << "is a device";
        QTest::newRow("import FIFO")
            << QStringList{QStringLiteral("--db"), db, QStringLiteral("import"), pipe} << pipe
            << "named pipe (FIFO)";
        QTest::newRow("import /dev/zero")
            << QStringList{QStringLiteral("--db"),     db,
                           QStringLiteral("import"),   QStringLiteral("/dev/zero"),
                           QStringLiteral("--format"), QStringLiteral("services")}
            << "/dev/zero"
            << "is a device";
        QTest::newRow("package import FIFO")
            << QStringList{QStringLiteral("--db"), db, QStringLiteral("package"),
                           QStringLiteral("import"), pipe}
            << pipe << "named pipe (FIFO)";
        QTest::newRow("package import /dev/zero")
            << QStringList{QStringLiteral("--db"), db, QStringLiteral("package"),
                           QStringLiteral("import"), QStringLiteral("/dev/zero")}
            << "/dev/zero"
            << "is a device";
    }

    void inputsThatAreNotRegularFilesAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QFETCH(QString, says);
        args.replaceInStrings(QStringLiteral("PIPE"), fifo());
        args.replaceInStrings(QStringLiteral("DB"), db());
        named.replace(QStringLiteral("PIPE"), fifo());
        QElapsedTimer timer;
        timer.start();
        const Run r = runPortolan(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named + QStringLiteral(" is a")), qPrintable(r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(timer.elapsed() < 20000, "refused at once, not after a wait");
        QVERIFY(isFifo(fifo()));
    }

    // Before: the name was decoded with U+FFFD and another, new database was created.
    void aFileNameThatIsNotUtf8IsRefused()
    {
        const QDir dir(m_dir.filePath(QStringLiteral("latin1")));
        QVERIFY(QDir().mkpath(dir.path()));
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.setWorkingDirectory(dir.path());
        // QProcess can only pass valid text, so the shell makes the byte (0xE9, é in Latin-1).
        p.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"),
                 QStringLiteral("exec \"$0\" --db \"$(printf 'caf\\351.sqlite')\" lookup 22"),
                 QStringLiteral(PORTOLAN_BINARY)});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains(QStringLiteral("'caf\\xe9.sqlite' is not valid UTF-8")),
                 qPrintable(err));
        QVERIFY2(dir.entryList(QDir::Files | QDir::Hidden).isEmpty(),
                 qPrintable(dir.entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' '))));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
