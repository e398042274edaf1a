// The terminal front end, run as a user would: the built binary in a child process.
#include "../support/FirstStartDatabase.h"
#include "../support/RunPortolan.h"
#include "../support/TestMain.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using portolan::testing::runPortolan;
using Run = portolan::testing::CliRun;
using portolan::testing::fileBytes;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void lookup587TeachesSubmission()
    {
        const Run r = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("lookup"), QStringLiteral("587")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Message Submission")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("STARTTLS")));
        QVERIFY(r.out.contains(QStringLiteral("465/tcp")));
        QVERIFY(r.out.contains(QStringLiteral("submission")));
    }

    void insecureListsTheClassics()
    {
        const Run r = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("lookup"),
                                   QStringLiteral("is:insecure"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QStringList names;
        const QJsonArray results = QJsonDocument::fromJson(r.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        for (const QJsonValue &v : results) {
            QCOMPARE(v.toObject().value(QStringLiteral("security")).toString(),
                     QStringLiteral("insecure"));
            names << v.toObject().value(QStringLiteral("abbreviation")).toString();
        }
        for (const char *name : {"Telnet", "HTTP", "FTP", "TFTP", "POP3"})
            QVERIFY2(names.contains(QLatin1String(name)), qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(!names.contains(QStringLiteral("SSH")));
        // The table form shows them too.
        const Run table = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("lookup"),
                                       QStringLiteral("is:insecure"), QStringLiteral("--all")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral(" Telnet *")));
    }

    void dhcpAsJson()
    {
        const Run r = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("lookup"),
                                   QStringLiteral("dhcp"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray results = doc.object().value(QStringLiteral("results")).toArray();
        QCOMPARE(doc.object().value(QStringLiteral("count")).toInt(), results.size());
        QJsonObject dhcp;
        for (const QJsonValue &v : results) {
            if (v.toObject().value(QStringLiteral("key")).toString() == QLatin1String("dhcp"))
                dhcp = v.toObject();
        }
        QVERIFY(!dhcp.isEmpty());
        QCOMPARE(results.first().toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("dhcp"));
        const QJsonArray ports = dhcp.value(QStringLiteral("ports")).toArray();
        QCOMPARE(ports.size(), 2);
        QCOMPARE(ports.at(0).toObject().value(QStringLiteral("port")).toInt(), 67);
        QCOMPARE(ports.at(0).toObject().value(QStringLiteral("transport")).toString(),
                 QStringLiteral("udp"));
        QCOMPARE(ports.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("server"));
        QCOMPARE(ports.at(1).toObject().value(QStringLiteral("port")).toInt(), 68);
        QCOMPARE(ports.at(1).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("client"));
        QCOMPARE(dhcp.value(QStringLiteral("name")).toString(),
                 QStringLiteral("Dynamic Host Configuration Protocol"));
    }

    void registryLookups_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mongodb") << "27017"
                                 << "MongoDB";
        QTest::newRow("x11 range") << "x11"
                                   << "6000-6063";
        QTest::newRow("465 history") << "465"
                                     << "urd";
        QTest::newRow("1521 owner") << "1521"
                                    << "ncube-lm";
        QTest::newRow("1521 common use") << "1521"
                                         << "Oracle";
    }

    void registryLookups()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const Run r = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("lookup"), query});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    void nothingFoundExitsOne()
    {
        const Run r = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("lookup"),
                                   QStringLiteral("zzqxnotaprotocol")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(QStringLiteral("Nothing matches")));
    }

    // Before: "Nothing matches "50000"." and exit 1 for an unassigned port.
    void everyPortAnswers()
    {
        const Run r = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("lookup"), QStringLiteral("50000")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Port 50000 · Dynamic (private) range")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("No IANA assignment")));
        QVERIFY(r.out.contains(QStringLiteral("Windows (49152–65535)")));
        const Run j = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("lookup"),
                                   QStringLiteral("50000"), QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject card = QJsonDocument::fromJson(j.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("portCards"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(card.value(QStringLiteral("first")).toInt(), 50000);
        QCOMPARE(card.value(QStringLiteral("assigned")).toBool(), false);
        // A registry row's range class is shown too (before: "Reserved" only).
        const Run reserved = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("lookup"), QStringLiteral("1023")});
        QVERIFY2(reserved.out.contains(QStringLiteral("System (well-known) range")),
                 qPrintable(reserved.out));
    }

    void misspeltNamesGetASuggestion()
    {
        const Run none = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("lookup"), QStringLiteral("telent")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.out.contains(QStringLiteral("Did you mean: Telnet?")), qPrintable(none.out));
        // Found, but only registry rows that contain the letters: the study-set entry is offered.
        const Run smpt = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("lookup"), QStringLiteral("smpt")});
        QVERIFY2(smpt.out.contains(QStringLiteral("Did you mean: SMTP")), qPrintable(smpt.out));
    }

    void hostileQueriesAreJustText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("sql") << "'; DROP TABLE registry; --";
        QTest::newRow("quote") << "\"";
        QTest::newRow("escape sequence") << "\x1b[2J";
        QTest::newRow("unknown qualifier") << "colour:red";
    }

    void hostileQueriesAreJustText()
    {
        QFETCH(QString, query);
        const Run r = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("lookup"), query});
        QVERIFY(r.exitCode == 0 || r.exitCode == 1);
        QVERIFY(!r.out.contains(QChar(0x1b)));
        const Run after = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("lookup"), QStringLiteral("22")});
        QCOMPARE(after.exitCode, 0);
    }

    void unknownQualifierIsExplained()
    {
        const Run r = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("lookup"), QStringLiteral("colour:red")});
        QVERIFY(r.err.contains(QStringLiteral("Unknown qualifier \"colour:\"")));
    }

    void aTextFileIsRefusedAndUntouched()
    {
        const QString path = m_dir.filePath(QStringLiteral("some-text-file"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("port 80 is http\nport 443 is https\n");
        }
        const QByteArray before = fileBytes(path);
        const Run r = runPortolan(
            {QStringLiteral("--db"), path, QStringLiteral("lookup"), QStringLiteral("80")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("some-text-file")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("not a Portolan database")));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    // Before: the refused file got a ".check" marker beside it (written when SQLite reported the
    // damage during the very check that refused it), so "left untouched" was not quite true.
    void aDamagedDatabaseIsRefusedWithNothingBesideIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\x7f'));
        }
        const QByteArray before = fileBytes(path);
        const Run r = runPortolan(
            {QStringLiteral("--db"), path, QStringLiteral("lookup"), QStringLiteral("ssh")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("left untouched")), qPrintable(r.err));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("damaged.sqlite")});
    }

    void readOnlyFolderStillAnswers()
    {
        // Built once by the test (writable), then read by a user who may not write there: as
        // root, the lookup runs as "nobody" via setpriv; otherwise the folder is made read-only.
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::ExeOther |
                                              QFile::ReadGroup | QFile::ExeGroup);
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        // The first start's copy: the lookup below only opens it, as a user's file would be.
        QVERIFY(portolan::testing::copyFirstStartDatabase(path));
        QCOMPARE(runPortolan(
                     {QStringLiteral("--db"), path, QStringLiteral("lookup"), QStringLiteral("22")})
                     .exitCode,
                 0);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther |
                                        QFile::ReadGroup);
        const QByteArray before = fileBytes(path);
        QStringList prefix;
        if (::geteuid() == 0) {
            QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty(),
                     "setpriv (util-linux) is needed to test as a normal user");
            prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                      QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
        } else {
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        }
        const Run r = runPortolan(
            {QStringLiteral("--db"), path, QStringLiteral("lookup"), QStringLiteral("ssh")},
            prefix);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("SSH")), qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("read-only")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Changes will not be saved")));
        QCOMPARE(fileBytes(path), before);
    }

    // Before: browsing a file its user may not write left a -shm with the file's read-only
    // mode, and once the file was writable again every write failed ("attempt to write a
    // readonly database"). Root ignores file modes, so the test runs as "nobody" when root.
    void browsingAReadOnlyFileLeavesNothingThatBlocksLaterWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        // The first start's copy: the lookup below only opens it, as a user's file would be.
        QVERIFY(portolan::testing::copyFirstStartDatabase(path));
        QCOMPARE(runPortolan(
                     {QStringLiteral("--db"), path, QStringLiteral("lookup"), QStringLiteral("22")})
                     .exitCode,
                 0);
        QStringList prefix;
        const auto all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                         QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                         QFile::WriteOther | QFile::ExeOther;
        if (::geteuid() == 0) {
            QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty(),
                     "setpriv (util-linux) is needed to test as a normal user");
            prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                      QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
            // The folder is the user's to write in; only the database file is read-only.
            QFile::setPermissions(dir.path(), all);
        }
        for (const QString &side : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + side);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const Run browse = runPortolan(
            {QStringLiteral("--db"), path, QStringLiteral("lookup"), QStringLiteral("ssh")},
            prefix);
        QCOMPARE(browse.exitCode, 0);
        QVERIFY2(browse.err.contains(QStringLiteral("read-only")), qPrintable(browse.err));
        // Writable again: the next write works.
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                        QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther);
        const Run written = runPortolan({QStringLiteral("--db"), path, QStringLiteral("label"),
                                         QStringLiteral("ssh"), QStringLiteral("edge")},
                                        prefix);
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QVERIFY2(written.out.contains(QStringLiteral("Labelled ssh")), qPrintable(written.out));
    }

    // Before: "attempt to write a readonly database, in: INSERT INTO meta ...", after Qt's own
    // "removeDatabase: connection ... is still in use" warning.
    void aReadOnlySideFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("side.sqlite"));
        // The first start's copy: the lookup below only opens it, as a user's file would be.
        QVERIFY(portolan::testing::copyFirstStartDatabase(path));
        QCOMPARE(runPortolan(
                     {QStringLiteral("--db"), path, QStringLiteral("lookup"), QStringLiteral("22")})
                     .exitCode,
                 0);
        QStringList prefix;
        if (::geteuid() == 0) {
            prefix = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                      QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ExeOwner | QFile::ReadOther |
                                                  QFile::WriteOther | QFile::ExeOther);
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther |
                                            QFile::WriteOther);
        }
        QFile shm(path + QStringLiteral("-shm"));
        QVERIFY(shm.open(QIODevice::WriteOnly | QIODevice::Truncate));
        shm.close();
        QFile::setPermissions(shm.fileName(), QFile::ReadOwner | QFile::ReadOther);
        const Run r = runPortolan({QStringLiteral("--db"), path, QStringLiteral("label"),
                                   QStringLiteral("ssh"), QStringLiteral("edge")},
                                  prefix);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(
                     QStringLiteral("its side file %1 is read-only for you").arg(shm.fileName())),
                 qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("removeDatabase")), qPrintable(r.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "unknown command";
        QTest::newRow("lookup without query") << QStringList{"lookup"} << 2 << "needs a query";
        QTest::newRow("unknown option")
            << QStringList{"lookup", "22", "--colour"} << 2 << "unknown option";
        QTest::newRow("db without file")
            << QStringList{"lookup", "22", "--db"} << 2 << "--db needs";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = runPortolan(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void versionAndHelp()
    {
        const Run v = runPortolan({QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("portolan ")));
        const Run h = runPortolan({QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QStringLiteral("lookup QUERY")));
        QVERIFY(h.out.contains(QStringLiteral("is:insecure")));
    }

    // `portolan` answers lookups without loading QtGui or QtWidgets (the lookup budget); the
    // window comes from portolan-window, which it starts in its place.
    void terminalProgramLeavesOutTheWindowLibraries()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {QStringLiteral(PORTOLAN_BINARY)});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
        QVERIFY2(libraries.contains(QStringLiteral("libQt6Core")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QStringLiteral("libQt6Gui")), qPrintable(libraries));
        QVERIFY2(!libraries.contains(QStringLiteral("libQt6Widgets")), qPrintable(libraries));
    }

    void windowOpensThroughTheTerminalProgram()
    {
        const Run r =
            runPortolan({QStringLiteral("--db"), db(), QStringLiteral("--quit-after-first-paint")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2((r.out + r.err).contains(QStringLiteral("first paint")), qPrintable(r.err));
    }

    // A broken installation (the window program missing) gets a message naming the file; the
    // terminal commands still work.
    void missingWindowProgramIsExplained()
    {
        QTemporaryDir alone;
        QVERIFY(alone.isValid());
        const QString copy = alone.filePath(QStringLiteral("portolan"));
        QVERIFY(QFile::copy(QStringLiteral(PORTOLAN_BINARY), copy));
        QProcess p;
        p.start(copy, {QStringLiteral("--db"), db()});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("cannot start the window program")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("portolan-window")), qPrintable(err));
        p.start(copy,
                {QStringLiteral("--db"), db(), QStringLiteral("lookup"), QStringLiteral("22")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("ssh"));
    }

    // The PDF cheat sheet from a machine without a display (DISPLAY is removed above): A4 by
    // default in this locale, Letter on request, a bad page size refused before anything is
    // written.
    void exportPdfWithoutDisplay()
    {
        const QString a4 = m_dir.filePath(QStringLiteral("sheet.pdf"));
        const Run r = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("export"),
                                   QStringLiteral("--query"), QStringLiteral("exam:n10-009"), a4});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Exported")));
        const QByteArray pdf = fileBytes(a4);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.contains("/MediaBox [0 0 595.000000 842.000000]")); // A4 in points
        QVERIFY(pdf.size() > 5000);

        const QString letter = m_dir.filePath(QStringLiteral("letter.pdf"));
        const Run l = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("--format"),
             QStringLiteral("pdf"), QStringLiteral("--page"), QStringLiteral("letter"),
             QStringLiteral("--query"), QStringLiteral("is:curated 22"), letter});
        QCOMPARE(l.exitCode, 0);
        QVERIFY(fileBytes(letter).contains("/MediaBox [0 0 612.000000 792.000000]"));

        const QString bad = m_dir.filePath(QStringLiteral("bad.pdf"));
        const Run b = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("export"),
                                   QStringLiteral("--page"), QStringLiteral("a5"), bad});
        QCOMPARE(b.exitCode, 2);
        QVERIFY(b.err.contains(QStringLiteral("a4 or letter")));
        QVERIFY(!QFile::exists(bad));
        const Run stdoutPdf =
            runPortolan({QStringLiteral("--db"), db(), QStringLiteral("export"),
                         QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-")});
        QCOMPARE(stdoutPdf.exitCode, 2);
    }

    void exportMarkdownAndAnki()
    {
        const Run md =
            runPortolan({QStringLiteral("--db"), db(), QStringLiteral("export"),
                         QStringLiteral("--format"), QStringLiteral("md"),
                         QStringLiteral("--query"), QStringLiteral("22"), QStringLiteral("-")});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.startsWith(QStringLiteral("# Port cheat sheet")));
        QVERIFY(md.out.contains(QStringLiteral("| 22 | TCP | SSH | ✔ secure |")));
        const Run anki =
            runPortolan({QStringLiteral("--db"), db(), QStringLiteral("export"),
                         QStringLiteral("--format"), QStringLiteral("anki"),
                         QStringLiteral("--query"), QStringLiteral("ssh"), QStringLiteral("-")});
        QCOMPARE(anki.exitCode, 0);
        QVERIFY(anki.out.contains(QStringLiteral("Which port does SSH use?\t22/tcp\t")));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
