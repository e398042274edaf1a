// services(5) files: names, ports, protocols, aliases and comments, Wireshark's ranges and
// protocol lists, skipped protocols, and every refusal with its FILE:LINE.
#include "../support/TestMain.h"
#include "importing/ServicesParser.h"

#include <QFile>
#include <QTest>

using namespace portolan;

class TestServicesParser : public QObject
{
    Q_OBJECT

private slots:
    void readsTheSampleFile()
    {
        QFile f(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/importing/data/services-sample"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        ServicesParser parser;
        QVERIFY2(parser.parse(f.readAll(), QStringLiteral("services")),
                 qPrintable(parser.errorText()));
        const ImportData &d = parser.data();
        QCOMPARE(d.format, ImportFormat::Services);
        QCOMPARE(d.entries, 12);
        QCOMPARE(d.records.size(), 11);
        QCOMPARE(d.otherProtocols, 2);
        QCOMPARE(d.records.at(0).service, QStringLiteral("tcpmux"));
        QCOMPARE(d.records.at(0).description, QStringLiteral("TCP port service multiplexer"));
        QCOMPARE(d.records.at(1).description, QString()); // echo: no comment, no alias
    }

    void entries_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("labels"); // service port/transport: description
        QTest::newRow("plain") << QByteArray("ssh 22/tcp\n") << QStringList{"ssh 22/tcp: "};
        QTest::newRow("tabs and comment")
            << QByteArray("ssh\t\t22/tcp\t\t\t# SSH Remote Login Protocol\n")
            << QStringList{"ssh 22/tcp: SSH Remote Login Protocol"};
        QTest::newRow("aliases")
            << QByteArray("http 80/tcp www # WorldWideWeb HTTP\nsmtp 25/tcp mail\n")
            << QStringList{"http 80/tcp: WorldWideWeb HTTP (also known as www)",
                           "smtp 25/tcp: also known as mail"};
        QTest::newRow("comment lines and blanks")
            << QByteArray("# header\n\n   \n#echo 7/tcp\necho 7/udp\n")
            << QStringList{"echo 7/udp: "};
        QTest::newRow("several protocols (wireshark)")
            << QByteArray("tcpmux 1/tcp/udp # TCP Port Service Multiplexer\n")
            << QStringList{"tcpmux 1/tcp: TCP Port Service Multiplexer",
                           "tcpmux 1/udp: TCP Port Service Multiplexer"};
        QTest::newRow("range (wireshark)") << QByteArray("x11 6000-6063/tcp # X Window System\n")
                                           << QStringList{"x11 6000-6063/tcp: X Window System"};
        QTest::newRow("other protocols skipped")
            << QByteArray("rtmp 1/ddp\necho 7/tcp/ddp\n") << QStringList{"echo 7/tcp: "};
        QTest::newRow("protocol in capitals")
            << QByteArray("x 9/UDP\n") << QStringList{"x 9/udp: "};
        QTest::newRow("crlf") << QByteArray("ssh 22/tcp # SSH\r\n")
                              << QStringList{"ssh 22/tcp: SSH"};
    }

    void entries()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, labels);
        ServicesParser parser;
        QVERIFY2(parser.parse(text, QStringLiteral("services")), qPrintable(parser.errorText()));
        QStringList got;
        for (const RegistryRecord &r : parser.data().records)
            got << QStringLiteral("%1 %2/%3: %4")
                       .arg(r.service, r.portText(), transportName(r.transport), r.description);
        QCOMPARE(got, labels);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << "services:1: the file is empty";
        QTest::newRow("name only")
            << QByteArray("# c\nssh 22/tcp\nfinger\n")
            << "services:3: expected port/protocol after the service name \"finger\"";
        QTest::newRow("no protocol")
            << QByteArray("ssh 22\n") << "services:1: expected port/protocol, found \"22\"";
        QTest::newRow("protocol missing after slash")
            << QByteArray("ssh 22/ # x\n") << "services:1: expected port/protocol, found \"22/\"";
        QTest::newRow("port 70000") << QByteArray("a 1/tcp\nbig 70000/tcp\n")
                                    << "services:2: port number in \"70000/tcp\" is out of range";
        QTest::newRow("reversed range") << QByteArray("\n\nr 6063-6000/tcp\n")
                                        << "services:3: reversed port range in \"6063-6000/tcp\"";
        QTest::newRow("words where the port goes")
            << QByteArray("ssh secure shell\n")
            << "services:1: expected port/protocol, found \"secure\"";
        QTest::newRow("binary junk") << QByteArray("ssh 22/tcp\n\x7f"
                                                   "ELF\x02\x01\n")
                                     << "services:2: binary data";
        QTest::newRow("only comments") << QByteArray("# nothing\n# here\n") << "no services on tcp";
        QTest::newRow("only ddp") << QByteArray("rtmp 1/ddp\n") << "no services on tcp";
    }

    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        ServicesParser parser;
        QVERIFY(!parser.parse(text, QStringLiteral("services")));
        QVERIFY2(parser.errorText().startsWith(expected) || parser.errorText().contains(expected),
                 qPrintable(parser.errorText()));
        QVERIFY(parser.data().records.isEmpty());
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestServicesParser)
#include "tst_servicesparser.moc"
