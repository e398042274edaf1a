#include "../support/TestMain.h"
#include "custom/CustomPortParser.h"

#include <QTest>

using namespace portolan;

Q_DECLARE_METATYPE(portolan::CustomPort)

// The port syntax shared by the entry form and `portolan add --port`: spans, transports,
// lists, and a message that quotes what was typed for everything else.
class TestCustomPortParser : public QObject
{
    Q_OBJECT

private slots:
    void parseList_data()
    {
        using T = Transport;
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<CustomPort>>("ports");
        QTest::addColumn<QString>("error"); // empty: accepted; else a substring of the message

        QTest::newRow("single") << "8443" << QList<CustomPort>{{8443, 8443, T::Tcp}} << "";
        QTest::newRow("list with range and transport")
            << "8443, 10000-10010/udp"
            << QList<CustomPort>{{8443, 8443, T::Tcp}, {10000, 10010, T::Udp}} << "";
        QTest::newRow("transport any case")
            << "53/UDP, 53/Sctp" << QList<CustomPort>{{53, 53, T::Udp}, {53, 53, T::Sctp}} << "";
        QTest::newRow("en dash and spaces")
            << QStringLiteral(" 1 \u2013 2 / dccp ") << QList<CustomPort>{{1, 2, T::Dccp}} << "";
        QTest::newRow("bounds") << "0, 65535"
                                << QList<CustomPort>{{0, 0, T::Tcp}, {65535, 65535, T::Tcp}} << "";
        QTest::newRow("empty items skipped")
            << " 80 , , 443 ," << QList<CustomPort>{{80, 80, T::Tcp}, {443, 443, T::Tcp}} << "";
        QTest::newRow("repeats kept once")
            << "80, 80/tcp" << QList<CustomPort>{{80, 80, T::Tcp}} << "";
        QTest::newRow("nothing") << "" << QList<CustomPort>{} << "";
        QTest::newRow("too big") << "70000" << QList<CustomPort>{}
                                 << "Port: '70000' is outside 0–65535.";
        QTest::newRow("huge") << "99999999999" << QList<CustomPort>{} << "outside 0–65535";
        QTest::newRow("backwards")
            << "22, 20-10" << QList<CustomPort>{} << "Port: '20-10' runs backwards";
        QTest::newRow("word") << "http" << QList<CustomPort>{} << "Port: 'http' is not a port";
        QTest::newRow("negative") << "-5" << QList<CustomPort>{} << "is not a port";
        QTest::newRow("arabic digits")
            << QStringLiteral("\u0664\u0664\u0663") << QList<CustomPort>{} << "is not a port";
        QTest::newRow("bad transport")
            << "53/icmp" << QList<CustomPort>{} << "Transport: must be tcp, udp, sctp or dccp";
        QTest::newRow("missing port before transport")
            << "/udp" << QList<CustomPort>{} << "is not a port";
    }

    void parseList()
    {
        QFETCH(QString, text);
        QFETCH(QList<CustomPort>, ports);
        QFETCH(QString, error);
        const CustomPortParser::Result r = CustomPortParser::parseList(text);
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.ports, ports);
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(error), qPrintable(r.error));
            QVERIFY(r.ports.isEmpty());
        }
    }

    void defaultTransport()
    {
        // `portolan add --transport udp --port 53 --port 853/tcp`
        const auto plain = CustomPortParser::parseItem(u"53", Transport::Udp);
        QCOMPARE(plain.ports, (QList<CustomPort>{{53, 53, Transport::Udp}}));
        const auto named = CustomPortParser::parseItem(u"853/tcp", Transport::Udp);
        QCOMPARE(named.ports, (QList<CustomPort>{{853, 853, Transport::Tcp}}));
    }

    void formatReadsBack_data()
    {
        QTest::addColumn<QList<CustomPort>>("ports");
        QTest::addColumn<QString>("text");
        using T = Transport;
        QTest::newRow("empty") << QList<CustomPort>{} << "";
        QTest::newRow("tcp needs no suffix")
            << QList<CustomPort>{{8443, 8443, T::Tcp}, {10000, 10010, T::Udp}}
            << "8443, 10000-10010/udp";
        QTest::newRow("every transport")
            << QList<CustomPort>{{1, 1, T::Sctp}, {2, 3, T::Dccp}, {0, 65535, T::Tcp}}
            << "1/sctp, 2-3/dccp, 0-65535";
    }

    void formatReadsBack()
    {
        QFETCH(QList<CustomPort>, ports);
        QFETCH(QString, text);
        QCOMPARE(CustomPortParser::format(ports), text);
        const auto back = CustomPortParser::parseList(text);
        QVERIFY(back.ok());
        QCOMPARE(back.ports, ports);
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCustomPortParser)
#include "tst_customportparser.moc"
