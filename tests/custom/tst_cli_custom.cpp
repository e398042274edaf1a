// portolan add / remove / label, run as a user would: the built binary in a child process.
#include "../support/RunPortolan.h"
#include "../support/TestMain.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using portolan::testing::runPortolan;
using Run = portolan::testing::CliRun;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1)
               : QByteArray();
}

} // namespace

class TestCliCustom : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("custom.sqlite")); }
    QStringList with(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--db"), db()} + args;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Create the database once so that refused commands can be shown to leave it alone.
        QCOMPARE(runPortolan(with({"lookup", "443"})).exitCode, 0);
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("port too big")
            << QStringList{"add", "--name", "X", "--port", "65536"} << "Port: '65536'";
        QTest::newRow("backwards range")
            << QStringList{"add", "--name", "X", "--port", "9-1"} << "Port: '9-1'";
        QTest::newRow("bad transport")
            << QStringList{"add", "--name", "X", "--port", "1", "--transport", "icmp"}
            << "Transport: must be tcp, udp, sctp or dccp";
        QTest::newRow("no name") << QStringList{"add", "--port", "1"} << "Name: must not be empty";
        QTest::newRow("no port") << QStringList{"add", "--name", "X"} << "Port: at least one";
        QTest::newRow("curated key taken")
            << QStringList{"add", "--key", "https", "--name", "X", "--port", "1"}
            << "Key: must look like";
        QTest::newRow("bidi in name")
            << QStringList{"add", "--name", QStringLiteral("a\u202Eb"), "--port", "1"}
            << "Name: contains a control or text-direction character (U+202E";
        QTest::newRow("escape in notes")
            << QStringList{"add", "--name", "X", "--port", "1", "--notes", "\x1b[2J"}
            << "Notes: contain a control";
        QTest::newRow("overlong name")
            << QStringList{"add", "--name", QString(201, u'n'), "--port", "1"}
            << "Name: at most 200";
        QTest::newRow("bad security")
            << QStringList{"add", "--name", "X", "--port", "1", "--security", "maybe"}
            << "Security: must be";
        QTest::newRow("unknown option") << QStringList{"add", "--nmae", "X"} << "unknown argument";
        QTest::newRow("missing value") << QStringList{"add", "--name"} << "needs a value";
        QTest::newRow("remove unknown")
            << QStringList{"remove", "custom-nothing"} << "No custom entry";
        QTest::newRow("remove no key") << QStringList{"remove"} << "exactly one key";
        QTest::newRow("label unknown entry")
            << QStringList{"label", "nope", "edge"} << "no entry has the key";
        QTest::newRow("label too long")
            << QStringList{"label", "https", QString(41, u'l')} << "Label: at most 40";
        QTest::newRow("label control")
            << QStringList{"label", "https", "a\tb"} << "Label: contains a control";
    }

    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QByteArray before = hashOf(db());
        const Run r = runPortolan(with(args));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(hashOf(db()), before); // nothing written
    }

    void addSearchLabelRemove()
    {
        Run r = runPortolan(with({"add", "--name", "Lab Kafka", "--port", "9092", "--port",
                                  "9093-9099", "--security", "insecure", "--tag", "lab"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("custom-lab-kafka")));

        r = runPortolan(with({"add", "--name", "Lab Kafka", "--port", "1"}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("already taken")), qPrintable(r.err));

        r = runPortolan(with({"lookup", "is:custom"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Lab Kafka")), qPrintable(r.out));
        // Marked as the user's own, not the study set's; IANA's assignment on its port shown
        // beside it (9092 is XmlIpcRegSvc's).
        QVERIFY2(r.out.contains(QStringLiteral("+ your own entry")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("* from the study set")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("IANA assigns:")) &&
                     r.out.contains(QStringLiteral("9092/tcp")),
                 qPrintable(r.out));
        r = runPortolan(with({"lookup", "tag:lab"}));
        QVERIFY2(r.out.contains(QStringLiteral("Lab Kafka")), qPrintable(r.out));

        r = runPortolan(with({"label", "https", "edge"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runPortolan(with({"lookup", "tag:edge"}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("HTTPS")), qPrintable(r.out));

        r = runPortolan(with({"remove", "custom-lab-kafka"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(runPortolan(with({"lookup", "is:custom"})).exitCode, 1);
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCliCustom)
#include "tst_cli_custom.moc"
