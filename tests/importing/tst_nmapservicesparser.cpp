// nmap-services: the open frequency per port/transport, comments, skipped protocols, the
// installed file read at start, and every refusal with its FILE:LINE.
#include "../support/TestMain.h"
#include "importing/NmapServicesParser.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

namespace {
const QString kSample =
    QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/importing/data/nmap-services-sample");
}

class TestNmapServicesParser : public QObject
{
    Q_OBJECT

private slots:
    void readsTheSampleFile()
    {
        QFile f(kSample);
        QVERIFY(f.open(QIODevice::ReadOnly));
        NmapServicesParser parser;
        QVERIFY2(parser.parse(f.readAll(), QStringLiteral("nmap-services")),
                 qPrintable(parser.errorText()));
        const ImportData &d = parser.data();
        QCOMPARE(d.format, ImportFormat::NmapServices);
        QCOMPARE(d.entries, 12);
        QCOMPARE(d.frequencies.size(), 11);
        QCOMPARE(d.otherProtocols, 1);
        const PortFrequency http = d.frequencies.at(5);
        QCOMPARE(http.service, QStringLiteral("http"));
        QCOMPARE(http.port, 80);
        QCOMPARE(http.transport, Transport::Tcp);
        QCOMPARE(http.frequency, 0.484143);
        QCOMPARE(d.frequencies.at(10).transport, Transport::Sctp);
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty file") << QByteArray() << "nmap:1: the file is empty";
        QTest::newRow("missing frequency")
            << QByteArray("# c\nhttp\t80/tcp\n")
            << "nmap:2: expected \"name port/protocol frequency\", found 2 fields";
        QTest::newRow("extra field")
            << QByteArray("http\t80/tcp\t0.4\textra\n")
            << "nmap:1: expected \"name port/protocol frequency\", found 4 fields";
        QTest::newRow("frequency above 1")
            << QByteArray("http\t80/tcp\t1.5\n")
            << "nmap:1: the open frequency must be a number from 0 to 1, found \"1.5\"";
        QTest::newRow("negative frequency")
            << QByteArray("http\t80/tcp\t-0.1\n") << "nmap:1: the open frequency";
        QTest::newRow("frequency not a number")
            << QByteArray("http\t80/tcp\tnan\n") << "nmap:1: the open frequency";
        QTest::newRow("port 70000") << QByteArray("a\t1/tcp\t0.1\nbig\t70000/tcp\t0.1\n")
                                    << "nmap:2: port number in \"70000/tcp\" is out of range";
        QTest::newRow("a range")
            << QByteArray("x11\t6000-6063/tcp\t0.1\n")
            << "nmap:1: expected one port and one protocol, found \"6000-6063/tcp\"";
        QTest::newRow("reversed range")
            << QByteArray("x\t9-8/tcp\t0.1\n") << "nmap:1: reversed port range";
        QTest::newRow("binary junk")
            << QByteArray("http\t80/tcp\t0.4\n\0\0\0", 19) << "nmap:2: binary data";
        QTest::newRow("only comments") << QByteArray("# only\n") << "nmap:1: no port frequencies";
    }

    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        NmapServicesParser parser;
        QVERIFY(!parser.parse(text, QStringLiteral("nmap")));
        QVERIFY2(parser.errorText().startsWith(expected), qPrintable(parser.errorText()));
    }

    void installedFileReadsAsTheParserDoes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QFile f(kSample);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QTest::newRow("the sample") << f.readAll();
        // Shapes the quick reader leaves to the full parser: the results must not differ.
        QTest::newRow("protocol in capitals") << QByteArray("http\t80/TCP\t0.5\n");
        QTest::newRow("crlf and spaces") << QByteArray("  http 80/tcp 0.5 \r\nssh 22/tcp .25\r\n");
        QTest::newRow("no final line end") << QByteArray("http\t80/tcp\t1");
        QTest::newRow("utf-8 in a comment") << QByteArray("http\t80/tcp\t0.5\t# caf\xC3\xA9\n");
        QTest::newRow("long number") << QByteArray("http\t80/tcp\t0.12345678901234567890\n");
        QTest::newRow("dccp and ddp") << QByteArray("a\t1/dccp\t0.1\nb\t2/ddp\t0.2\n");
    }

    void installedFileReadsAsTheParserDoes()
    {
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nmap-services"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        NmapServicesParser parser;
        QVERIFY2(parser.parse(text, path), qPrintable(parser.errorText()));
        qputenv("PORTOLAN_NMAP_SERVICES", path.toLocal8Bit());
        QString warning;
        const OpenFrequencies installed = NmapServicesParser::readSystemFile(&warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(installed, OpenFrequencies(parser.data().frequencies));
        QVERIFY(!installed.isEmpty());
    }

    void installedFileIsReadWhenPresent()
    {
        qputenv("PORTOLAN_NMAP_SERVICES", kSample.toLocal8Bit());
        QString warning;
        OpenFrequencies f = NmapServicesParser::readSystemFile(&warning);
        QVERIFY(warning.isEmpty());
        QCOMPARE(f.at(80, Transport::Tcp), 0.484143);

        // Missing: nothing known, nothing to warn about (nmap is simply not installed).
        qputenv("PORTOLAN_NMAP_SERVICES", "/nonexistent/nmap-services");
        f = NmapServicesParser::readSystemFile(&warning);
        QVERIFY(f.isEmpty());
        QVERIFY(warning.isEmpty());

        // Broken: nothing known, and the warning names the file and line.
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("nmap-services"));
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("http\t80/tcp\t0.4\nssh\t22/tcp\n");
        out.close();
        qputenv("PORTOLAN_NMAP_SERVICES", broken.toLocal8Bit());
        f = NmapServicesParser::readSystemFile(&warning);
        QVERIFY(f.isEmpty());
        QVERIFY2(warning.contains(broken + QStringLiteral(":2:")), qPrintable(warning));

        qputenv("PORTOLAN_NMAP_SERVICES", "");
        warning.clear();
        QVERIFY(NmapServicesParser::readSystemFile(&warning).isEmpty());
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestNmapServicesParser)
#include "tst_nmapservicesparser.moc"
