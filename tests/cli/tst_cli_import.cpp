// `portolan import` and `portolan export` run as a user would: the built binary in a child
// process, with the sample files, files refused on purpose, and a terminal for the y/N prompt.
#include "../support/FirstStartDatabase.h"
#include "../support/RunPortolan.h"
#include "../support/TestMain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Run = portolan::testing::CliRun;
using portolan::testing::fileBytes;

namespace {

const QString kData = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/importing/data/");

QProcessEnvironment environment(const QString &nmapServices = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("PORTOLAN_NMAP_SERVICES"), nmapServices);
    return env;
}

Run finish(QProcess &p)
{
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

Run runCli(const QStringList &args, const QString &nmapServices = {})
{
    QProcess p;
    p.setProcessEnvironment(environment(nmapServices));
    p.start(QStringLiteral(PORTOLAN_BINARY), args);
    p.closeWriteChannel();
    return finish(p);
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    // A database as the first start leaves it (each row used to pay for a first start).
    QString freshDb()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli%1.sqlite").arg(++m_n));
        if (!portolan::testing::copyFirstStartDatabase(path))
            qFatal("cannot copy the first-start database to %s", qPrintable(path));
        // Opened once, as a first start would, so that it has its id before the snapshots.
        portolan::Database db;
        if (!db.open(path))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.errorMessage()));
        db.close();
        return path;
    }
    // The database's bytes, with its write-ahead log: equal before and after means the command
    // wrote nothing at all (stricter than comparing exports, and no program run per look).
    QByteArray snapshot(const QString &db)
    {
        return fileBytes(db) + "\n--wal--\n" + fileBytes(db + QStringLiteral("-wal"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the runs below see it (the machine's nmap must not change the counts): the copied
        // database is made in this process.
        qputenv("PORTOLAN_NMAP_SERVICES", "");
        QVERIFY(m_dir.isValid());
    }

    void importShowsThePlanThenAppliesWithYes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("summary");
        QTest::newRow("iana csv") << "iana-sample.csv"
                                  << ""
                                  << "4 added, 12 changed, ";
        QTest::newRow("iana csv named") << "iana-sample.csv"
                                        << "iana-csv"
                                        << "4 added, 12 changed, ";
        QTest::newRow("services") << "services-sample"
                                  << "services"
                                  << "3 added, 1 changed, 0 removed";
        QTest::newRow("nmap-services") << "nmap-services-sample"
                                       << ""
                                       << "11 added, 0 changed, 0 removed";
    }

    void importShowsThePlanThenAppliesWithYes()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, summary);
        const QString db = freshDb();
        QStringList args{QStringLiteral("--db"), db, QStringLiteral("import"), kData + file};
        if (!format.isEmpty())
            args << QStringLiteral("--format") << format;

        // Without a terminal and without --yes: the plan, and nothing applied.
        const QByteArray before = snapshot(db);
        const Run plan = runCli(args);
        QCOMPARE(plan.exitCode, 1);
        QVERIFY2(plan.out.contains(QStringLiteral("Added:")), qPrintable(plan.out));
        QVERIFY(plan.out.contains(QStringLiteral("Removed:")));
        QVERIFY(plan.out.contains(QStringLiteral("Run again with --yes")));
        QCOMPARE(snapshot(db), before);

        const Run applied = runCli(args + QStringList{QStringLiteral("--yes")});
        QCOMPARE(applied.exitCode, 0);
        QVERIFY2(applied.out.contains(QStringLiteral("Applied: ") + summary),
                 qPrintable(applied.out));

        // The same file again: nothing to do, exit 0, nothing written.
        const QByteArray after = snapshot(db);
        const Run again = runCli(args + QStringList{QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("Nothing to change")), qPrintable(again.out));
        QCOMPARE(snapshot(db), after);
    }

    void importedEntriesAreFound()
    {
        const QString db = freshDb();
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"),
                         kData + QStringLiteral("services-sample"), QStringLiteral("-y")})
                     .exitCode,
                 0);
        const Run r =
            runCli({QStringLiteral("--db"), db, QStringLiteral("lookup"), QStringLiteral("47030")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("portolan-rng")), qPrintable(r.out));
    }

    void aRefusedFileNamesItsLine_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("location");
        const QByteArray sample = fileBytes(kData + QStringLiteral("iana-sample.csv"));
        QTest::newRow("truncated iana csv")
            << sample.left(sample.indexOf("Line two, with")) << "iana-csv"
            << QStringLiteral(":%1: a quoted field is never closed")
                   .arg(sample.left(sample.indexOf("http-test,80")).count('\n') + 1);
        QTest::newRow("port 70000") << QByteArray("ssh 22/tcp\nbig 70000/tcp\n") << "services"
                                    << ":2: port number in \"70000/tcp\" is out of range";
        QTest::newRow("binary junk") << QByteArray("ssh\t22/tcp\t0.1\n\0\0", 17) << "nmap"
                                     << ":2: binary data";
        QTest::newRow("empty") << QByteArray() << ""
                               << ":1: the file is empty";
    }

    void aRefusedFileNamesItsLine()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QFETCH(QString, location);
        const QString db = freshDb();
        const QString file = m_dir.filePath(QStringLiteral("bad%1").arg(m_n));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = snapshot(db);
        QStringList args{QStringLiteral("--db"), db, QStringLiteral("import"), file,
                         QStringLiteral("--yes")};
        if (!format.isEmpty())
            args << QStringLiteral("--format=") + format;
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("portolan: ") + QDir::toNativeSeparators(file) +
                                location),
                 qPrintable(r.err));
        QCOMPARE(snapshot(db), before);
    }

    void aTerminalIsAsked_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("yes") << QByteArray("y\n") << 0 << "Applied: 3 added";
        QTest::newRow("no") << QByteArray("n\n") << 1 << "Not applied; nothing was changed.";
        QTest::newRow("just enter") << QByteArray("\n") << 1 << "Not applied; nothing was changed.";
    }

    void aTerminalIsAsked()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        // bsdutils (essential on Debian) ships script: its absence is a broken machine, and a
        // skip would hide that the terminal path went untested.
        QVERIFY2(!script.isEmpty(), "script (bsdutils) is needed to give the command a terminal");
        const QString db = freshDb();
        // script runs the command on a pseudo-terminal; -e passes its exit status on.
        const QString command = QStringLiteral("'%1' --db '%2' import '%3'")
                                    .arg(QStringLiteral(PORTOLAN_BINARY), db,
                                         kData + QStringLiteral("services-sample"));
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        QVERIFY(p.waitForStarted());
        p.write(answer);
        p.closeWriteChannel();
        const Run r = finish(p);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.contains(QStringLiteral("Apply these changes? [y/N]")), qPrintable(r.out));
        QVERIFY2(r.out.contains(message), qPrintable(r.out));
    }

    void exportWritesTheLookupsRows()
    {
        const QString db = freshDb();
        const QString json = m_dir.filePath(QStringLiteral("n10.json"));
        const Run r =
            runCli({QStringLiteral("--db"), db, QStringLiteral("export"),
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--query"),
                    QStringLiteral("exam:n10-009 is:insecure"), json});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Exported ")), qPrintable(r.out + r.err));
        const QJsonObject doc = QJsonDocument::fromJson(fileBytes(json)).object();
        const Run lookup =
            runCli({QStringLiteral("--db"), db, QStringLiteral("lookup"),
                    QStringLiteral("exam:n10-009 is:insecure"), QStringLiteral("--json")});
        // The same rows in the same order as the lookup.
        QCOMPARE(
            doc.value(QStringLiteral("results")),
            QJsonDocument::fromJson(lookup.out.toUtf8()).object().value(QStringLiteral("results")));
        QVERIFY(doc.value(QStringLiteral("count")).toInt() > 5);

        const QString csv = m_dir.filePath(QStringLiteral("all.CSV")); // format from the extension
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("export"), csv}).exitCode, 0);
        const QByteArray text = fileBytes(csv);
        QVERIFY(text.startsWith("origin,key,name,description,ports,"));
        QVERIFY(text.count("\r\n") >
                12000); // curated + the whole registry, one record each (plus notes)
        QVERIFY(text.contains("\r\nregistry,,mongodb,"));
    }

    void exportCarriesHowCommon()
    {
        const QString db = freshDb();
        const Run r =
            runCli({QStringLiteral("--db"), db, QStringLiteral("export"),
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--query"),
                    QStringLiteral("80 transport:tcp"), QStringLiteral("-")},
                   kData + QStringLiteral("nmap-services-sample"));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().toObject().value(QStringLiteral("how_common")).toDouble(),
                 0.484143);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString sample = kData + QStringLiteral("services-sample");
        QTest::newRow("import without file") << QStringList{"import"} << "import needs a file";
        QTest::newRow("import unknown format")
            << QStringList{"import", sample, "--format", "xml"} << "unknown format 'xml'";
        QTest::newRow("import format without value")
            << QStringList{"import", sample, "--format"} << "--format needs";
        QTest::newRow("import unknown option")
            << QStringList{"import", sample, "--force"} << "unknown option '--force'";
        QTest::newRow("import two files")
            << QStringList{"import", sample, sample} << "one file at a time";
        QTest::newRow("import missing file")
            << QStringList{"import", "/nonexistent/file.csv"} << "cannot be read";
        QTest::newRow("export bad format")
            << QStringList{"export", "--format", "xml", "out.xml"} << "unknown format 'xml'";
        QTest::newRow("export unknown extension")
            << QStringList{"export", "out.txt"} << "say --format csv";
        QTest::newRow("export without file")
            << QStringList{"export", "--format", "csv"} << "export needs a file";
        QTest::newRow("export unwritable")
            << QStringList{"export", "--format", "csv", "/nonexistent/dir/out.csv"}
            << "Cannot write /nonexistent/dir/out.csv";
        QTest::newRow("export into /proc")
            << QStringList{"export", "--format", "json", "/proc/version"}
            << "Cannot write /proc/version";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runCli(QStringList{QStringLiteral("--db"), freshDb()} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void helpListsTheCommands()
    {
        const Run h = runCli({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(
            QStringLiteral("import FILE [--format iana-csv|services|nmap] [--yes]")));
        QVERIFY(h.out.contains(QStringLiteral(
            "export --format csv|json|md|anki|pdf [--query QUERY] [--page a4|letter] FILE")));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
