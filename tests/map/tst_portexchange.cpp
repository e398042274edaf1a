// PortExchange: the "ports in action" of every study entry, with the random draws fixed.
#include "../support/TestMain.h"
#include "MapTestData.h"
#include "map/PortExchange.h"

#include <QRandomGenerator>
#include <QTest>

using namespace portolan;
using maptest::referenceCatalog;
using maptest::rowOf;
using maptest::ScriptedRandom;
using Direction = ExchangeStep::Direction;
using Delivery = ExchangeStep::Delivery;

namespace {

const EphemeralRange &os(const char *id)
{
    return *findEphemeralRange(QString::fromLatin1(id));
}

QList<ExchangeScenario> scenarios(RandomSource &random, const QString &key,
                                  const char *osId = "linux")
{
    PortExchange builder(referenceCatalog(), random);
    return builder.scenariosForProtocol(key, os(osId));
}

const ExchangeScenario *findScenario(const QList<ExchangeScenario> &list, const QString &part)
{
    for (const ExchangeScenario &s : list) {
        if (s.title.contains(part, Qt::CaseInsensitive))
            return &s;
    }
    return nullptr;
}

} // namespace

class TestPortExchange : public QObject
{
    Q_OBJECT

private slots:
    // The client's port is drawn from the chosen OS's range, at both ends of it.
    void clientPortComesFromTheOsRange_data()
    {
        QTest::addColumn<QString>("osId");
        QTest::addColumn<double>("fraction");
        for (const EphemeralRange &r : ephemeralRanges()) {
            QTest::addRow("%s lowest", qPrintable(r.id)) << r.id << 0.0;
            QTest::addRow("%s highest", qPrintable(r.id)) << r.id << 1.0;
        }
    }
    void clientPortComesFromTheOsRange()
    {
        QFETCH(QString, osId);
        QFETCH(double, fraction);
        const EphemeralRange *range = findEphemeralRange(osId);
        ScriptedRandom random({fraction});
        const QList<ExchangeScenario> list =
            scenarios(random, QStringLiteral("https"), qPrintable(osId));
        const Exchange &e = list.first().columns.first();
        QCOMPARE(e.ephemeralPorts.size(), 1);
        const int expected = fraction == 0.0 ? range->first : range->last;
        QCOMPARE(e.ephemeralPorts.first(), expected);
        QCOMPARE(e.steps.first().clientPort, expected);
        QCOMPARE(e.steps.first().serverPort, 443);
        QCOMPARE(e.steps.first().transport, Transport::Tcp);
        QCOMPARE(e.steps.first().direction, Direction::ToServer);
        QVERIFY(e.steps.first().explanation.contains(QString::number(expected)));
        QVERIFY(e.steps.first().explanation.contains(range->rangeText()));
        // The reply goes back to the same client port.
        QCOMPARE(e.steps.last().direction, Direction::ToClient);
        QCOMPARE(e.steps.last().clientPort, expected);
        QVERIFY(e.secure);
    }

    // Every study entry, for every OS: well-formed steps, client ports inside the range.
    void everyProtocolIsWellFormed_data()
    {
        QTest::addColumn<QString>("key");
        for (const Protocol &p : referenceCatalog().protocols())
            QTest::newRow(qPrintable(p.key)) << p.key;
    }
    void everyProtocolIsWellFormed()
    {
        QFETCH(QString, key);
        QRandomGenerator generator(42);
        GeneratorRandomSource random(&generator);
        for (const EphemeralRange &range : ephemeralRanges()) {
            const QList<ExchangeScenario> list = scenarios(random, key, qPrintable(range.id));
            QVERIFY(!list.isEmpty());
            for (const ExchangeScenario &s : list) {
                QVERIFY(!s.title.isEmpty());
                QVERIFY(s.columns.size() == 1 || s.columns.size() == 2);
                for (const Exchange &e : s.columns) {
                    QVERIFY(!e.summary.isEmpty() || !e.steps.isEmpty());
                    QVERIFY(!e.summary.contains(QLatin1Char('\n')));
                    for (int p : e.ephemeralPorts)
                        QVERIFY2(range.contains(p), qPrintable(QString::number(p)));
                    for (const ExchangeStep &st : e.steps) {
                        QVERIFY(!st.message.isEmpty());
                        QVERIFY(!st.explanation.isEmpty());
                        QVERIFY2(!st.explanation.contains(QLatin1Char('\n')),
                                 qPrintable(st.explanation));
                        QVERIFY2(st.explanation.size() <= 150, qPrintable(st.explanation));
                        QVERIFY(st.clientPort >= 0 && st.clientPort <= 65535);
                        QVERIFY(st.serverPort >= 0 && st.serverPort <= 65535);
                    }
                }
            }
        }
    }

    void ftpPassive()
    {
        ScriptedRandom random({0.1, 0.2, 0.5});
        const QList<ExchangeScenario> list = scenarios(random, QStringLiteral("ftp"));
        const ExchangeScenario *passive = findScenario(list, QStringLiteral("passive"));
        QVERIFY(passive);
        const Exchange &e = passive->columns.first();
        QCOMPARE(e.ephemeralPorts.size(), 2);
        const int control = e.ephemeralPorts.at(0);
        const int data = e.ephemeralPorts.at(1);
        QVERIFY(control != data);
        QCOMPARE(e.steps.first().serverPort, 21);
        QCOMPARE(e.steps.first().clientPort, control);
        // The server announces a port in 227; the client then connects to it, from `data`.
        int announced = -1;
        for (const ExchangeStep &s : e.steps) {
            if (s.message.startsWith(QLatin1String("227"))) {
                QCOMPARE(s.direction, Direction::ToClient);
                announced = -2;
            } else if (announced == -2 && s.kind == ExchangeStep::Kind::Data) {
                QCOMPARE(s.direction, Direction::ToServer); // passive: the client connects
                QCOMPARE(s.clientPort, data);
                announced = s.serverPort;
            }
        }
        QVERIFY(announced > 1023);
        const QString p1 = QString::number(announced / 256);
        const QString p2 = QString::number(announced % 256);
        QVERIFY(e.steps.at(2).message.contains(p1 + QLatin1Char(',') + p2));
        QCOMPARE(e.steps.last().serverPort, 21);
    }

    void ftpActive()
    {
        ScriptedRandom random({0.3, 0.6});
        const QList<ExchangeScenario> list = scenarios(random, QStringLiteral("ftp"));
        const ExchangeScenario *active = findScenario(list, QStringLiteral("active"));
        QVERIFY(active);
        const Exchange &e = active->columns.first();
        bool serverConnectsFrom20 = false;
        for (const ExchangeStep &s : e.steps) {
            if (s.kind == ExchangeStep::Kind::Data) {
                QCOMPARE(s.serverPort, 20);
                QCOMPARE(s.direction, Direction::ToClient);
                QCOMPARE(s.clientPort, e.ephemeralPorts.at(1));
                serverConnectsFrom20 = true;
            }
        }
        QVERIFY(serverConnectsFrom20);
        // The secure counterparts are offered side by side.
        QVERIFY(findScenario(list, QStringLiteral("side by side with SFTP")));
    }

    void dhcpBroadcastAndBack()
    {
        ScriptedRandom random;
        const QList<ExchangeScenario> list = scenarios(random, QStringLiteral("dhcp"));
        QCOMPARE(list.size(), 1);
        const Exchange &e = list.first().columns.first();
        QVERIFY(e.ephemeralPorts.isEmpty()); // nothing to re-roll
        QCOMPARE(random.draws(), 0);
        QCOMPARE(e.steps.size(), 4);
        const QStringList names = {QStringLiteral("DHCPDISCOVER"), QStringLiteral("DHCPOFFER"),
                                   QStringLiteral("DHCPREQUEST"), QStringLiteral("DHCPACK")};
        for (int i = 0; i < 4; ++i) {
            const ExchangeStep &s = e.steps.at(i);
            QCOMPARE(s.message, names.at(i));
            QCOMPARE(s.clientPort, 68);
            QCOMPARE(s.serverPort, 67);
            QCOMPARE(s.transport, Transport::Udp);
            QCOMPARE(s.direction, i % 2 == 0 ? Direction::ToServer : Direction::ToClient);
        }
        QCOMPARE(e.steps.at(0).delivery, Delivery::Broadcast);
        QCOMPARE(e.steps.at(0).fromPort(), 68);
        QCOMPARE(e.steps.at(0).toPort(), 67);
        QVERIFY(e.steps.at(0).explanation.contains(QStringLiteral("255.255.255.255")));
    }

    void dnsOverUdpAndTcp()
    {
        ScriptedRandom random({0.5});
        const QList<ExchangeScenario> list = scenarios(random, QStringLiteral("dns"));
        const ExchangeScenario *udp = findScenario(list, QStringLiteral("over UDP"));
        const ExchangeScenario *tcp = findScenario(list, QStringLiteral("over TCP"));
        QVERIFY(udp && tcp);
        for (const ExchangeStep &s : udp->columns.first().steps) {
            QCOMPARE(s.transport, Transport::Udp);
            QCOMPARE(s.serverPort, 53);
        }
        QCOMPARE(udp->columns.first().steps.size(), 2);
        for (const ExchangeStep &s : tcp->columns.first().steps) {
            QCOMPARE(s.transport, Transport::Tcp);
            QCOMPARE(s.serverPort, 53);
        }
        QCOMPARE(tcp->columns.first().steps.first().message, QStringLiteral("SYN"));
    }

    void tftpAnswersFromANewPort()
    {
        ScriptedRandom random({0.25, 0.75});
        const QList<ExchangeScenario> list = scenarios(random, QStringLiteral("tftp"));
        const Exchange &e = list.first().columns.first();
        QCOMPARE(e.steps.first().serverPort, 69);
        const int tid = e.steps.at(1).serverPort;
        QVERIFY(tid != 69);
        QVERIFY(tid >= 49152);
        for (int i = 1; i < e.steps.size(); ++i) {
            QCOMPARE(e.steps.at(i).serverPort, tid);
            QCOMPARE(e.steps.at(i).clientPort, e.ephemeralPorts.first());
        }
        QCOMPARE(e.steps.at(1).direction, Direction::ToClient);
    }

    void sipWithRtpMedia_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("signalling");
        QTest::newRow("sip") << "sip" << 5060;
        QTest::newRow("rtp is shown in a SIP call") << "rtp" << 5060;
        QTest::newRow("sips") << "sips" << 5061;
    }
    void sipWithRtpMedia()
    {
        QFETCH(QString, key);
        QFETCH(int, signalling);
        ScriptedRandom random({0.1, 0.4, 0.9});
        const Exchange e = scenarios(random, key).first().columns.first();
        int media = 0;
        for (const ExchangeStep &s : e.steps) {
            if (s.kind == ExchangeStep::Kind::Media) {
                ++media;
                QCOMPARE(s.transport, Transport::Udp);
                QCOMPARE(s.clientPort % 2, 0);
                QCOMPARE(s.serverPort % 2, 0);
                QVERIFY(s.serverPort != signalling && s.clientPort != signalling);
            } else {
                QCOMPARE(s.serverPort, signalling);
            }
        }
        QCOMPARE(media, 2);
        QCOMPARE(e.secure, signalling == 5061);
    }

    void secureCounterpartSideBySide_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("secure");
        QTest::newRow("http shows https") << "http"
                                          << "http"
                                          << "https";
        QTest::newRow("https shows http") << "https"
                                          << "http"
                                          << "https";
        QTest::newRow("telnet shows ssh") << "telnet"
                                          << "telnet"
                                          << "ssh";
        QTest::newRow("pop3 shows pop3s") << "pop3"
                                          << "pop3"
                                          << "pop3s";
    }
    void secureCounterpartSideBySide()
    {
        QFETCH(QString, key);
        QFETCH(QString, plain);
        QFETCH(QString, secure);
        ScriptedRandom random({0.5});
        const QList<ExchangeScenario> list = scenarios(random, key);
        const ExchangeScenario *pair = findScenario(list, QStringLiteral("side by side"));
        QVERIFY(pair);
        QCOMPARE(pair->columns.size(), 2);
        QCOMPARE(pair->columns.at(0).protocolKey, plain);
        QCOMPARE(pair->columns.at(1).protocolKey, secure);
        QVERIFY(!pair->columns.at(0).secure);
        QVERIFY(pair->columns.at(1).secure);
        const auto encrypted = [](const Exchange &e) {
            return std::count_if(e.steps.cbegin(), e.steps.cend(),
                                 [](const ExchangeStep &s) { return s.encrypted; });
        };
        QCOMPARE(encrypted(pair->columns.at(0)), 0);
        QVERIFY(encrypted(pair->columns.at(1)) >= 2);
    }

    // An entry whose ports carry different messages shows each port's own: a row per port.
    void wordingPerPort_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("says");
        QTest::addColumn<QString>("neverSays");
        QTest::newRow("NTS 123/udp is NTP itself") << "nts" << 123 << "NTP request"
                                                   << "NTS-KE";
        QTest::newRow("NTS-KE is 4460/tcp") << "nts" << 4460 << "NTS-KE request"
                                            << "NTP request";
        QTest::newRow("RADIUS 1812 authenticates") << "radius" << 1812 << "Access-Request"
                                                   << "Accounting";
        QTest::newRow("RADIUS 1813 is accounting (RFC 2866)")
            << "radius" << 1813 << "Accounting-Request"
            << "Access-Request";
        QTest::newRow("SQL Server 1433 logs in") << "mssql" << 1433 << "Login"
                                                 << "Browser";
        QTest::newRow("SQL Server Browser 1434 finds the instance") << "mssql" << 1434 << "instance"
                                                                    << "Login";
        QTest::newRow("CAPWAP 5246 is control") << "capwap" << 5246 << "Discovery"
                                                << "data";
        QTest::newRow("CAPWAP 5247 is data (RFC 5415)") << "capwap" << 5247 << "data channel"
                                                        << "Discovery";
    }
    void wordingPerPort()
    {
        QFETCH(QString, key);
        QFETCH(int, port);
        QFETCH(QString, says);
        QFETCH(QString, neverSays);
        ScriptedRandom random({0.5});
        QString messages;
        for (const ExchangeScenario &s : scenarios(random, key)) {
            for (const Exchange &e : s.columns) {
                if (e.protocolKey != key || e.steps.isEmpty() || e.steps.first().serverPort != port)
                    continue;
                for (const ExchangeStep &st : e.steps)
                    messages += st.message + QLatin1Char('|');
            }
        }
        QVERIFY2(!messages.isEmpty(), qPrintable(key));
        QVERIFY2(messages.contains(says), qPrintable(messages));
        QVERIFY2(!messages.contains(neverSays), qPrintable(messages));
    }

    void connectionlessLdapHasNoBind()
    {
        ScriptedRandom random({0.5});
        QString messages;
        for (const ExchangeScenario &s : scenarios(random, QStringLiteral("ldap"))) {
            for (const Exchange &e : s.columns) {
                if (e.protocolKey == QLatin1String("ldap") && !e.steps.isEmpty() &&
                    e.steps.first().transport == Transport::Udp)
                    for (const ExchangeStep &st : e.steps)
                        messages += st.message + QLatin1Char('|');
            }
        }
        QVERIFY2(messages.contains(QLatin1String("without a bind")), qPrintable(messages));
        QVERIFY2(!messages.contains(QLatin1String("Bind,")), qPrintable(messages));
    }

    void genericFallbackForRegistryRows()
    {
        const Catalog &c = referenceCatalog();
        // A registry record no study entry explains, on TCP and on UDP.
        for (Transport t : {Transport::Tcp, Transport::Udp}) {
            int row = -1;
            for (int r = 0; r < c.rows().size(); ++r) {
                const CatalogRow &cr = c.rows().at(r);
                if (!cr.isCurated() && cr.explainedBy < 0 && cr.firstPort > 2000 &&
                    c.registry().at(cr.index).transport == t &&
                    !c.registry().at(cr.index).service.isEmpty()) {
                    row = r;
                    break;
                }
            }
            QVERIFY(row >= 0);
            ScriptedRandom random({0.0});
            PortExchange builder(c, random);
            const QList<ExchangeScenario> list = builder.scenariosForRow(row, os("windows"));
            QCOMPARE(list.size(), 1);
            const Exchange &e = list.first().columns.first();
            const RegistryRecord &rec = c.registry().at(c.rows().at(row).index);
            QVERIFY(e.title.contains(rec.service));
            QCOMPARE(e.steps.size(), t == Transport::Tcp ? 4 : 2);
            QCOMPARE(e.steps.first().serverPort, rec.first);
            QCOMPARE(e.steps.first().clientPort, 49152);
        }
    }

    void explainedRegistryRowShowsItsProtocol()
    {
        const Catalog &c = referenceCatalog();
        const QList<int> rows = c.registryRowsOf(c.protocolIndex(QStringLiteral("dhcp")));
        QVERIFY(!rows.isEmpty());
        ScriptedRandom random;
        PortExchange builder(c, random);
        const QList<ExchangeScenario> list = builder.scenariosForRow(rows.first(), os("linux"));
        QCOMPARE(list.first().columns.first().protocolKey, QStringLiteral("dhcp"));
    }

    void ipProtocolHasNoPorts()
    {
        ScriptedRandom random;
        const QList<ExchangeScenario> list = scenarios(random, QStringLiteral("icmp"));
        QCOMPARE(list.size(), 1);
        QVERIFY(list.first().columns.first().steps.isEmpty());
        QVERIFY(list.first().columns.first().summary.contains(QStringLiteral("protocol 1")));
        ScriptedRandom unused;
        PortExchange builder(referenceCatalog(), unused);
        QVERIFY(builder.scenariosForRow(-1, os("linux")).isEmpty());
        QVERIFY(builder.scenariosForProtocol(QStringLiteral("nope"), os("linux")).isEmpty());
    }

    // Each build draws again: that is the view's re-roll.
    void rerollDrawsAgain()
    {
        QRandomGenerator generator(7);
        GeneratorRandomSource random(&generator);
        PortExchange builder(referenceCatalog(), random);
        QSet<int> seen;
        for (int i = 0; i < 5; ++i) {
            const auto list = builder.scenariosForProtocol(QStringLiteral("http"), os("linux"));
            seen.insert(list.first().columns.first().ephemeralPorts.first());
        }
        QVERIFY(seen.size() >= 4);
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestPortExchange)
#include "tst_portexchange.moc"
