// SocketAddress: the kernel's hex addresses and the text forms of ss, netstat and nmap become
// the same host text and the same exposure; an IPv4-mapped IPv6 address counts as its IPv4.
#include "../support/TestMain.h"
#include "network/SocketAddress.h"

#include <QTest>

using namespace portolan;

Q_DECLARE_METATYPE(portolan::Exposure)
Q_DECLARE_METATYPE(portolan::AddressFamily)

class TestSocketAddress : public QObject
{
    Q_OBJECT

private slots:
    void procHex_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("portNumber");
        QTest::addColumn<Exposure>("exposure");
        QTest::addColumn<AddressFamily>("family");
        // Written as a little-endian kernel writes them (this test runs on x86 and arm64).
        QTest::newRow("loopback v4")
            << "0100007F"
            << "0016"
            << "127.0.0.1" << 22 << Exposure::Loopback << AddressFamily::IPv4;
        QTest::newRow("resolver 127.0.0.53")
            << "3500007F"
            << "0035"
            << "127.0.0.53" << 53 << Exposure::Loopback << AddressFamily::IPv4;
        QTest::newRow("any v4") << "00000000"
                                << "1F90"
                                << "0.0.0.0" << 8080 << Exposure::AllInterfaces
                                << AddressFamily::IPv4;
        QTest::newRow("LAN v4") << "0A01A8C0"
                                << "01BB"
                                << "192.168.1.10" << 443 << Exposure::OneInterface
                                << AddressFamily::IPv4;
        QTest::newRow("any v6") << "00000000000000000000000000000000"
                                << "0016"
                                << "::" << 22 << Exposure::AllInterfaces << AddressFamily::IPv6;
        QTest::newRow("loopback v6") << "00000000000000000000000001000000"
                                     << "0277"
                                     << "::1" << 631 << Exposure::Loopback << AddressFamily::IPv6;
        QTest::newRow("v4-mapped loopback")
            << "0000000000000000FFFF00000100007F"
            << "0050"
            << "127.0.0.1" << 80 << Exposure::Loopback << AddressFamily::IPv4;
        QTest::newRow("v4-mapped any")
            << "0000000000000000FFFF000000000000"
            << "0019"
            << "0.0.0.0" << 25 << Exposure::AllInterfaces << AddressFamily::IPv4;
        QTest::newRow("link-local v6")
            << "000080FE00000000FF0F02AB01A8FEC0"
            << "0222"
            << "fe80::ab02:fff:c0fe:a801" << 546 << Exposure::OneInterface << AddressFamily::IPv6;
        QTest::newRow("highest port")
            << "0100007F"
            << "FFFF"
            << "127.0.0.1" << 65535 << Exposure::Loopback << AddressFamily::IPv4;
    }

    void procHex()
    {
        QFETCH(QString, address);
        QFETCH(QString, port);
        if constexpr (Q_BYTE_ORDER == Q_BIG_ENDIAN)
            QSKIP("the rows are written as a little-endian kernel prints them");
        SocketAddress a;
        QVERIFY(SocketAddress::fromProcHex(address, port, &a));
        QTEST(a.host, "host");
        QTEST(a.port, "portNumber");
        QTEST(a.exposure, "exposure");
        QTEST(a.family, "family");
    }

    void procHexRefusesGarbage_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("port");
        QTest::newRow("short address") << "0100007"
                                       << "0016";
        QTest::newRow("not hex") << "0100007G"
                                 << "0016";
        QTest::newRow("24 digits") << "000000000000000000000000"
                                   << "0016";
        QTest::newRow("long port") << "0100007F"
                                   << "00016";
        QTest::newRow("port not hex") << "0100007F"
                                      << "00x6";
        QTest::newRow("empty") << ""
                               << "";
    }

    void procHexRefusesGarbage()
    {
        QFETCH(QString, address);
        QFETCH(QString, port);
        SocketAddress a;
        QVERIFY(!SocketAddress::fromProcHex(address, port, &a));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<Exposure>("exposure");
        QTest::newRow("ss v4 any") << "0.0.0.0:22"
                                   << "0.0.0.0" << 22 << Exposure::AllInterfaces;
        QTest::newRow("ss v6 any") << "[::]:8080"
                                   << "::" << 8080 << Exposure::AllInterfaces;
        QTest::newRow("ss star") << "*:68"
                                 << "*" << 68 << Exposure::AllInterfaces;
        QTest::newRow("ss zone") << "127.0.0.53%lo:53"
                                 << "127.0.0.53%lo" << 53 << Exposure::Loopback;
        QTest::newRow("ss v6 zone") << "[fe80::1]%eth0:546"
                                    << "fe80::1%eth0" << 546 << Exposure::OneInterface;
        QTest::newRow("ss mapped") << "[::ffff:127.0.0.1]:80"
                                   << "127.0.0.1" << 80 << Exposure::Loopback;
        QTest::newRow("netstat v6 any") << ":::22"
                                        << "::" << 22 << Exposure::AllInterfaces;
        QTest::newRow("netstat v6 loopback") << "::1:631"
                                             << "::1" << 631 << Exposure::Loopback;
        QTest::newRow("peer star") << "0.0.0.0:*"
                                   << "0.0.0.0" << -1 << Exposure::AllInterfaces;
        QTest::newRow("LAN") << "192.168.1.10:443"
                             << "192.168.1.10" << 443 << Exposure::OneInterface;
        QTest::newRow("v6 full") << "[2001:db8:0:0:0:0:0:1]:443"
                                 << "2001:db8::1" << 443 << Exposure::OneInterface;
    }

    void text()
    {
        QFETCH(QString, text);
        SocketAddress a;
        QVERIFY(SocketAddress::fromText(text, &a));
        QTEST(a.host, "host");
        QTEST(a.port, "port");
        QTEST(a.exposure, "exposure");
    }

    void textRefusesGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no port") << "0.0.0.0";
        QTest::newRow("port too big") << "0.0.0.0:65536";
        QTest::newRow("octet too big") << "256.0.0.1:22";
        QTest::newRow("two compressions") << "[1::2::3]:22";
        QTest::newRow("unclosed bracket") << "[::1:22";
        QTest::newRow("words") << "localhost:ssh";
        QTest::newRow("nine groups") << "[1:2:3:4:5:6:7:8:9]:22";
        QTest::newRow("empty") << "";
    }

    void textRefusesGarbage()
    {
        QFETCH(QString, text);
        SocketAddress a;
        QVERIFY(!SocketAddress::fromText(text, &a));
    }

    void textRoundTrips()
    {
        SocketAddress a;
        QVERIFY(SocketAddress::fromText(QStringLiteral("[::1]:631"), &a));
        QCOMPARE(a.text(), QStringLiteral("[::1]:631"));
        QVERIFY(SocketAddress::fromText(QStringLiteral("0.0.0.0:*"), &a));
        QCOMPARE(a.text(), QStringLiteral("0.0.0.0:*"));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestSocketAddress)
#include "tst_socketaddress.moc"
