// ScanReader: real outputs of nmap (-oX, -oG, -oN), ss and netstat are recognised by content
// and read alike; broken, hostile and foreign files are refused with the file and the line.
#include "../support/TestMain.h"
#include "network/ScanReader.h"

#include <QFile>
#include <QTest>

using namespace portolan;

Q_DECLARE_METATYPE(portolan::ScanFormat)

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/network/fixtures/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList openPorts(const ScanReport &report)
{
    QStringList out;
    for (const ScanHost &h : report.hosts)
        for (const ScanPort &p : h.ports)
            if (p.isOpen())
                out << QStringLiteral("%1/%2").arg(p.port).arg(transportName(p.transport));
    out.sort();
    return out;
}

} // namespace

class TestScanReader : public QObject
{
    Q_OBJECT

private slots:
    void realOutputs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ScanFormat>("format");
        QTest::addColumn<QStringList>("open");
        const QStringList nmapOpen{"21/tcp", "2024/tcp", "23/tcp", "25/tcp", "5432/tcp"};
        const QStringList localOpen{"161/udp", "2024/tcp", "21/tcp",  "23/tcp",
                                    "25/tcp",  "5432/tcp", "8080/tcp"};
        QTest::newRow("nmap -oX") << "nmap-sV.xml" << ScanFormat::NmapXml << nmapOpen;
        QTest::newRow("nmap -oG") << "nmap-sV.gnmap" << ScanFormat::NmapGrepable << nmapOpen;
        QTest::newRow("nmap -oN") << "nmap-sV.nmap" << ScanFormat::NmapNormal << nmapOpen;
        QTest::newRow("nmap -sU -sS -oX")
            << "nmap-tcp-udp.xml" << ScanFormat::NmapXml
            << QStringList{"161/udp", "21/tcp", "23/tcp"}; // open|filtered counts as open
        QTest::newRow("nmap -6 -oX")
            << "nmap-ipv6.xml" << ScanFormat::NmapXml << QStringList{"8080/tcp"};
        QTest::newRow("ss -tulpn") << "ss-tulpn.txt" << ScanFormat::Ss << localOpen;
        QTest::newRow("ss -tan") << "ss-tan.txt" << ScanFormat::Ss
                                 << QStringList{"2024/tcp", "21/tcp",   "23/tcp",
                                                "25/tcp",   "5432/tcp", "8080/tcp"};
        QTest::newRow("netstat -tlnp")
            << "netstat-tlnp.txt" << ScanFormat::Netstat
            << QStringList{"2024/tcp", "21/tcp", "23/tcp", "25/tcp", "5432/tcp", "8080/tcp"};
        QTest::newRow("netstat -anp") << "netstat-anp.txt" << ScanFormat::Netstat << localOpen;
    }

    void realOutputs()
    {
        QFETCH(QString, file);
        const QByteArray bytes = fixture(file);
        QVERIFY(!bytes.isEmpty());
        QTEST(ScanReader::detect(bytes), "format");
        ScanReader reader;
        QVERIFY2(reader.read(bytes, file), qPrintable(reader.errorText()));
        QTEST(reader.report().format, "format");
        QFETCH(QStringList, open);
        open.sort();
        QCOMPARE(openPorts(reader.report()), open);
    }

    void nmapDetails()
    {
        ScanReader reader;
        QVERIFY(reader.read(fixture(QStringLiteral("nmap-sV.xml")), QStringLiteral("x")));
        const ScanReport &r = reader.report();
        QCOMPARE(r.scanner, QStringLiteral("nmap 7.93"));
        QVERIFY(r.command.startsWith(QStringLiteral("nmap -sV")));
        QCOMPARE(r.hosts.size(), 1);
        const ScanHost &h = r.hosts.first();
        QCOMPARE(h.address, QStringLiteral("127.0.0.1"));
        QCOMPARE(h.hostname, QStringLiteral("localhost"));
        QCOMPARE(h.status, QStringLiteral("up"));
        const ScanPort &ftp = h.ports.first();
        QCOMPARE(ftp.port, 21);
        QCOMPARE(ftp.service, QStringLiteral("ftp"));
        QCOMPARE(ftp.product, QStringLiteral("vsftpd"));
        QCOMPARE(ftp.version, QStringLiteral("3.0.3"));
        QVERIFY(ftp.line > 1);
        // The grepable and normal outputs of the same scan say the same of it.
        for (const char *other : {"nmap-sV.gnmap", "nmap-sV.nmap"}) {
            ScanReader o;
            QVERIFY(o.read(fixture(QString::fromLatin1(other)), QStringLiteral("o")));
            QCOMPARE(o.report().hosts.first().address, h.address);
            QCOMPARE(o.report().hosts.first().ports.size(), h.ports.size());
            QCOMPARE(o.report().hosts.first().ports.first().service, QStringLiteral("ftp"));
        }
    }

    void localListingDetails()
    {
        ScanReader reader;
        QVERIFY(reader.read(fixture(QStringLiteral("ss-tulpn.txt")), QStringLiteral("ss")));
        const QList<ScanPort> &ports = reader.report().hosts.first().ports;
        const auto at = [&](int port) {
            return *std::find_if(ports.cbegin(), ports.cend(),
                                 [&](const ScanPort &p) { return p.port == port; });
        };
        QCOMPARE(at(21).local.exposure, Exposure::AllInterfaces);
        QCOMPARE(at(21).process, QStringLiteral("python3"));
        QCOMPARE(at(21).pid, 14812);
        QCOMPARE(at(25).local.exposure, Exposure::Loopback);
        QCOMPARE(at(8080).local.family, AddressFamily::IPv6);
        QCOMPARE(at(161).transport, Transport::Udp);
        QCOMPARE(at(161).state, QStringLiteral("bound"));
        QCOMPARE(at(2024).pid, -1); // another user's: ss shows no process
        ScanReader netstat;
        QVERIFY(netstat.read(fixture(QStringLiteral("netstat-anp.txt")), QStringLiteral("n")));
        const ScanPort &udp = netstat.report().hosts.first().ports.last();
        QCOMPARE(udp.port, 161);
        QCOMPARE(udp.transport, Transport::Udp);
        QCOMPARE(udp.process, QStringLiteral("python3"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray xml = fixture(QStringLiteral("nmap-sV.xml"));
        QTest::newRow("truncated XML")
            << xml.left(xml.indexOf("<port protocol=\"tcp\" portid=\"23\"") + 20)
            << "scan:16: the XML ends early";
        QTest::newRow("entity bomb")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun [\n<!ENTITY a "
                          "\"aaaaaaaaaa\">\n<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">\n]>\n"
                          "<nmaprun>&b;</nmaprun>\n")
            << "scan:5: declares entities";
        QTest::newRow("external entity")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun [<!ENTITY x SYSTEM "
                          "\"file:///etc/passwd\">]>\n<nmaprun>&x;</nmaprun>")
            << "scan:2: declares entities";
        QTest::newRow("deep nesting")
            << QByteArray("<?xml version=\"1.0\"?>\n<nmaprun>") + QByteArray("<a>").repeated(100000)
            << "scan:2: nested deeper than 32 elements";
        QTest::newRow("other XML") << QByteArray("<?xml version=\"1.0\"?>\n<html></html>")
                                   << "scan:2: the XML is not an nmap report";
        QTest::newRow("port out of range")
            << QByteArray("<?xml version=\"1.0\"?>\n<nmaprun><host><ports>\n<port "
                          "protocol=\"tcp\" portid=\"70000\"/></ports></host></nmaprun>")
            << "scan:3: port '70000' is not a number from 0 to 65535";
        QTest::newRow("grepable garbage line")
            << QByteArray("# Nmap 7.93 scan initiated as: nmap -oG - x\nHost: 10.0.0.1 ()\t"
                          "Status: Up\n\x01\x02 garbage\n")
            << "scan:3: expected \"Host: ADDRESS (NAME)\"";
        QTest::newRow("grepable cut entry")
            << QByteArray("Host: 10.0.0.1 ()\tPorts: 22/open/tcp//ssh///, 80/open/tc")
            << "scan:1: a port entry is cut short";
        QTest::newRow("normal bad port row")
            << QByteArray("Nmap scan report for 10.0.0.1\nHost is up.\nPORT STATE SERVICE\n"
                          "22/tcp open ssh\n99999/tcp open x\n")
            << "scan:5: port '99999'";
        QTest::newRow("normal broken row")
            << QByteArray("Nmap scan report for 10.0.0.1\nPORT STATE SERVICE\n22/tcp\n")
            << "scan:3: expected \"PORT/PROTOCOL STATE SERVICE\"";
        QTest::newRow("ss bad address")
            << QByteArray("Netid State Recv-Q Send-Q Local Address:Port Peer Address:Port\n"
                          "tcp LISTEN 0 128 0.0.0.0:22 0.0.0.0:*\n"
                          "tcp LISTEN 0 128 nonsense 0.0.0.0:*\n")
            << "scan:3: 'nonsense' is not an address and port";
        QTest::newRow("ss short row")
            << QByteArray("State Recv-Q Send-Q Local Address:Port Peer Address:Port\nLISTEN 0\n")
            << "scan:2: expected 5 columns or more, found 2";
        QTest::newRow("netstat bad protocol")
            << QByteArray("Active Internet connections (only servers)\nProto Recv-Q Send-Q "
                          "Local Address Foreign Address State\nicmp 0 0 0.0.0.0:1 0.0.0.0:* X\n")
            << "scan:3: unknown protocol 'icmp'";
        QTest::newRow("long line")
            << QByteArray("Nmap scan report for 10.0.0.1\n") + QByteArray(70000, 'x')
            << "scan:2: line longer than";
    }

    void badInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        ScanReader reader;
        QVERIFY(!reader.read(bytes, QStringLiteral("scan")));
        QVERIFY2(reader.errorText().startsWith(error), qPrintable(reader.errorText()));
        QVERIFY(reader.report().hosts.isEmpty());
    }

    void unknownFormatNamesTheFormats()
    {
        ScanReader reader;
        QVERIFY(!reader.read("just some text\nand more\n", QStringLiteral("notes.txt")));
        const QString e = reader.errorText();
        QVERIFY2(e.startsWith(QStringLiteral("notes.txt: not a scan")), qPrintable(e));
        for (const char *name : {"-oX", "-oG", "-oN", "ss -tulpn", "netstat -tlnp"})
            QVERIFY2(e.contains(QLatin1String(name)), name);
        QVERIFY(!reader.read(QByteArray(), QStringLiteral("empty")));
        QVERIFY(!reader.read(QByteArray(1000, '\0'), QStringLiteral("zeros")));
    }

    void tooManyPortsIsRefused()
    {
        // An ss listing of more ports than the cap: refused at the line that passes it.
        QByteArray bytes = "State Recv-Q Send-Q Local Address:Port Peer Address:Port\n";
        const QByteArray row = "LISTEN 0 1 10.0.0.1:80 0.0.0.0:*\n";
        bytes.reserve(bytes.size() + row.size() * (ScanReader::kMaxPorts + 1));
        for (int i = 0; i <= ScanReader::kMaxPorts; ++i)
            bytes += row;
        ScanReader reader;
        QVERIFY(!reader.read(bytes, QStringLiteral("big")));
        QVERIFY2(reader.errorText().startsWith(
                     QStringLiteral("big:%1: more than").arg(ScanReader::kMaxPorts + 2)),
                 qPrintable(reader.errorText()));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestScanReader)
#include "tst_scanreader.moc"
