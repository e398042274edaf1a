// The content check: the embedded study set must teach facts that agree with the embedded IANA
// registry and with the corrections in the project's content notes. A wrong port here would be
// learned by someone for an exam.
#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "domain/Category.h"
#include "quiz/Deck.h"
#include "search/SearchQuery.h"

#include <QSet>
#include <QTest>

using namespace portolan;

namespace {

const Catalog &catalog()
{
    static const Catalog c = [] {
        EmbeddedReference ref;
        if (!ref.load())
            qFatal("%s", qPrintable(ref.errorText()));
        Catalog cat;
        cat.setData(ref.protocols(), ref.registry());
        return cat;
    }();
    return c;
}

QStringList claims(const QString &key)
{
    QStringList out;
    if (const Protocol *p = catalog().protocol(key)) {
        for (const PortAssignment &a : p->ports)
            out << a.label();
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The study-set entries a search such as `portolan lookup 8888` lists.
QStringList curatedKeysFound(const QString &query)
{
    const SearchQuery q = SearchQuery::parse(query);
    QStringList out;
    for (const CatalogRow &row : catalog().rows()) {
        if (row.isCurated() && q.matches(row))
            out << row.key;
    }
    return out;
}

} // namespace

class TestReferenceData : public QObject
{
    Q_OBJECT

private slots:
    void loads()
    {
        QVERIFY(catalog().protocols().size() >= 150);
        QVERIFY(catalog().registry().size() > 11000);
    }

    void everyPortClaimAgreesWithTheRegistry()
    {
        QStringList wrong;
        for (const Protocol &p : catalog().protocols()) {
            for (const PortAssignment &a : p.ports) {
                if (!a.isIanaAssigned()) {
                    if (a.commonUse.isEmpty())
                        wrong << p.key + QStringLiteral(": ") + a.label() +
                                     QStringLiteral(" has no reason");
                    continue;
                }
                bool found = false;
                for (const RegistryRecord *r : catalog().registryAt(a.first, a.transport)) {
                    found = found || (r->service.compare(a.ianaName, Qt::CaseInsensitive) == 0 &&
                                      r->contains(a.first) && r->contains(a.last));
                }
                if (!found)
                    wrong << QStringLiteral("%1: %2 is not IANA's \"%3\"")
                                 .arg(p.key, a.label(), a.ianaName);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void everyLinkResolvesAndEverySourceIsThere()
    {
        QStringList wrong;
        for (const Protocol &p : catalog().protocols()) {
            for (const QString &k : p.counterparts + p.related) {
                if (!catalog().protocol(k))
                    wrong << p.key + QStringLiteral(" links to unknown ") + k;
                if (k == p.key)
                    wrong << p.key + QStringLiteral(" links to itself");
            }
            if (p.sources.isEmpty())
                wrong << p.key + QStringLiteral(" has no source");
            if (p.kind == Protocol::Kind::Service && p.ports.isEmpty() &&
                p.key != QLatin1String("rtp") && p.key != QLatin1String("srtp"))
                wrong << p.key + QStringLiteral(" has no port");
            if (p.security == Security::Secure && !p.counterparts.isEmpty())
                wrong << p.key + QStringLiteral(" is secure but has a 'secure counterpart'");
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void studyNoteCorrections_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("ports");
        QTest::newRow("DHCP is UDP 67/68") << "dhcp" << QStringList{"67/udp", "68/udp"};
        QTest::newRow("DNS is UDP and TCP 53") << "dns" << QStringList{"53/tcp", "53/udp"};
        QTest::newRow("IMAP is TCP 143 only") << "imap" << QStringList{"143/tcp"};
        QTest::newRow("TFTP is UDP 69") << "tftp" << QStringList{"69/udp"};
        QTest::newRow("SFTP rides on SSH 22") << "sftp" << QStringList{"22/tcp"};
        QTest::newRow("syslog is UDP 514") << "syslog" << QStringList{"514/udp"};
        QTest::newRow("SIP is 5060 only") << "sip" << QStringList{"5060/tcp", "5060/udp"};
        QTest::newRow("SIPS is 5061") << "sips" << QStringList{"5061/tcp"};
        QTest::newRow("submission is 587") << "smtp-submission" << QStringList{"587/tcp"};
        QTest::newRow("submissions is 465") << "smtps-submissions" << QStringList{"465/tcp"};
        QTest::newRow("NetBIOS name") << "netbios-ns" << QStringList{"137/udp"};
        QTest::newRow("NetBIOS datagram") << "netbios-dgm" << QStringList{"138/udp"};
        QTest::newRow("NetBIOS session") << "netbios-ssn" << QStringList{"139/tcp"};
        QTest::newRow("SMB direct") << "smb" << QStringList{"445/tcp"};
        QTest::newRow("LDAPS") << "ldaps" << QStringList{"636/tcp"};
        QTest::newRow("MySQL") << "mysql" << QStringList{"3306/tcp"};
        QTest::newRow("X11 keeps its range") << "x11" << QStringList{"6000-6063/tcp"};
    }

    void studyNoteCorrections()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, ports);
        QVERIFY2(catalog().protocol(key), qPrintable(key));
        QCOMPARE(claims(key), ports);
    }

    void namesAreTheCorrectedOnes()
    {
        QCOMPARE(catalog().protocol(QStringLiteral("dhcp"))->name,
                 QStringLiteral("Dynamic Host Configuration Protocol"));
        QCOMPARE(catalog().protocol(QStringLiteral("dns"))->name,
                 QStringLiteral("Domain Name System"));
        QCOMPARE(catalog().protocol(QStringLiteral("imap"))->name,
                 QStringLiteral("Internet Message Access Protocol"));
        QVERIFY(catalog().protocol(QStringLiteral("sftp"))->name.contains(QStringLiteral("SSH")));
    }

    void securityModel_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("security");
        QTest::addColumn<QString>("counterpart");
        QTest::newRow("telnet → ssh") << "telnet" << int(Security::Insecure) << "ssh";
        QTest::newRow("http → https") << "http" << int(Security::Insecure) << "https";
        QTest::newRow("pop3 → pop3s") << "pop3" << int(Security::Insecure) << "pop3s";
        QTest::newRow("imap → imaps") << "imap" << int(Security::Insecure) << "imaps";
        QTest::newRow("ldap → ldaps") << "ldap" << int(Security::Depends) << "ldaps";
        QTest::newRow("587 → 465")
            << "smtp-submission" << int(Security::Depends) << "smtps-submissions";
        QTest::newRow("sip → sips") << "sip" << int(Security::Insecure) << "sips";
        QTest::newRow("syslog → tls") << "syslog" << int(Security::Insecure) << "syslog-tls";
        QTest::newRow("snmp depends on version, v3 is its counterpart")
            << "snmp" << int(Security::Depends) << "snmpv3";
        QTest::newRow("snmpv3 with authPriv is secure") << "snmpv3" << int(Security::Secure) << "";
        QTest::newRow("ssh") << "ssh" << int(Security::Secure) << "";
        QTest::newRow("radius → radsec") << "radius" << int(Security::Insecure) << "radsec";
        QTest::newRow("tacacs+ classed like radius")
            << "tacacs-plus" << int(Security::Insecure) << "tacacs-tls";
        QTest::newRow("smtp relay depends on enforced TLS")
            << "smtp" << int(Security::Depends) << "";
    }

    void securityModel()
    {
        QFETCH(QString, key);
        QFETCH(int, security);
        QFETCH(QString, counterpart);
        const Protocol *p = catalog().protocol(key);
        QVERIFY2(p, qPrintable(key));
        QCOMPARE(int(p->security), security);
        if (!counterpart.isEmpty())
            QVERIFY2(p->counterparts.contains(counterpart), qPrintable(p->counterparts.join(',')));
        // Submission on 587/465 does not replace relay on 25: relay has no counterpart port.
        if (key == QLatin1String("smtp"))
            QVERIFY2(p->counterparts.isEmpty(), qPrintable(p->counterparts.join(',')));
    }

    // Every exam asks "how do you secure SNMP?" and wants SNMPv3 on the same ports; the
    // counterpart card shows the first counterpart as the right option, so SNMPv3 comes first and
    // SNMP over (D)TLS on 10161/10162 stays as a further, rarer answer.
    void snmpCounterpartIsSnmpv3OnTheSamePorts()
    {
        const Protocol *snmp = catalog().protocol(QStringLiteral("snmp"));
        const Protocol *v3 = catalog().protocol(QStringLiteral("snmpv3"));
        QVERIFY(snmp && v3);
        QCOMPARE(snmp->counterparts.value(0), QStringLiteral("snmpv3"));
        QVERIFY(snmp->counterparts.contains(QStringLiteral("snmp-tls")));
        QCOMPARE(claims(QStringLiteral("snmpv3")), (QStringList{"161/udp", "162/udp"}));
        QCOMPARE(claims(QStringLiteral("snmpv3")), claims(QStringLiteral("snmp")));
        QCOMPARE(v3->security, Security::Secure);
        QVERIFY2(v3->securityReason.contains(QStringLiteral("authPriv")),
                 qPrintable(v3->securityReason));
        QVERIFY2(snmp->notes.contains(QStringLiteral("SNMPv3 on the same ports")),
                 qPrintable(snmp->notes));
        const ExamTag *n10 = v3->examTag(QStringLiteral("n10-009"));
        QVERIFY(n10 && !n10->beyond);
        QCOMPARE(n10->objective, QStringLiteral("3.2"));
    }

    // Each row is a tag the exam's objectives support, with the objective that names the entry
    // (the project's content notes, "Exam objectives"). The definite errors of the old tagging
    // have a row each.
    void examTagsCiteTheObjectives_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("exam");
        QTest::addColumn<QString>("objective");
        const auto row = [](const char *name, const char *key, const char *exam, const char *obj) {
            QTest::newRow(name) << QString::fromLatin1(key) << QString::fromLatin1(exam)
                                << QString::fromLatin1(obj);
        };
        // Network+ N10-009: the 1.4 port table and IP types.
        for (const char *k :
             {"ftp",   "sftp",  "ssh",  "telnet", "smtp",  "dns",  "dhcp",   "tftp",
              "http",  "ntp",   "snmp", "ldap",   "https", "smb",  "syslog", "smtp-submission",
              "ldaps", "mssql", "rdp",  "sip",    "sips",  "icmp", "tcp",    "udp",
              "gre",   "esp",   "ah",   "ike"})
            QTest::addRow("N10-009 1.4 %s", k) << QString::fromLatin1(k) << "n10-009"
                                               << "1.4";
        // N10-009 beyond the port table.
        row("N10-009 3.4 DoH", "doh", "n10-009", "3.4");
        row("N10-009 3.4 DoT", "dot", "n10-009", "3.4");
        row("N10-009 3.4 NTS", "nts", "n10-009", "3.4");
        row("N10-009 3.4 PTP", "ptp", "n10-009", "3.4");
        row("N10-009 4.1 RADIUS", "radius", "n10-009", "4.1");
        row("N10-009 4.1 TACACS+", "tacacs-plus", "n10-009", "4.1");
        row("N10-009 2.1 BGP", "bgp", "n10-009", "2.1");
        row("N10-009 2.1 OSPF", "ospf", "n10-009", "2.1");
        row("N10-009 2.1 EIGRP", "eigrp", "n10-009", "2.1");
        row("N10-009 2.1 FHRP (VRRP)", "vrrp", "n10-009", "2.1");
        row("N10-009 1.8 VXLAN", "vxlan", "n10-009", "1.8");
        // N10-008 keeps mail retrieval and databases.
        for (const char *k : {"pop3", "imap", "imaps", "pop3s", "oracle-tns", "mysql"})
            QTest::addRow("N10-008 1.5 %s", k) << QString::fromLatin1(k) << "n10-008"
                                               << "1.5";
        row("N10-008 3.1 NetFlow", "netflow", "n10-008", "3.1");
        row("N10-008 4.1 Kerberos", "kerberos", "n10-008", "4.1");
        row("N10-008 2.2 RIP", "rip", "n10-008", "2.2");
        row("N10-008 3.3 VRRP", "vrrp", "n10-008", "3.3");
        row("N10-008 4.4 VNC", "vnc", "n10-008", "4.4");
        // A+ 220-1101 2.1: the connectionless example and TCP vs. UDP itself.
        row("220-1101 2.1 TFTP", "tftp", "220-1101", "2.1");
        row("220-1101 2.1 TCP", "tcp", "220-1101", "2.1");
        row("220-1101 2.1 UDP", "udp", "220-1101", "2.1");
        for (const char *k : {"netbios-ns", "netbios-ssn", "pop3", "imap", "rdp"})
            QTest::addRow("220-1101 2.1 %s", k) << QString::fromLatin1(k) << "220-1101"
                                                << "2.1";
        // Security+ SY0-701: objectives, then the acronym list.
        row("SY0-701 4.4 NetFlow", "netflow", "sy0-701", "4.4");
        row("SY0-701 4.1 RADIUS", "radius", "sy0-701", "4.1");
        row("SY0-701 4.6 LDAP", "ldap", "sy0-701", "4.6");
        row("SY0-701 3.2 IPsec ESP", "esp", "sy0-701", "3.2");
        for (const char *k : {"rdp", "dhcp", "kerberos", "l2tp", "pptp", "gre", "icmp", "bgp",
                              "ospf", "tcp", "udp"})
            QTest::addRow("SY0-701 acronyms %s", k) << QString::fromLatin1(k) << "sy0-701"
                                                    << "acronyms";
        // CCNA 200-301.
        row("CCNA 1.5 TCP", "tcp", "ccna-200-301", "1.5");
        row("CCNA 1.5 UDP", "udp", "ccna-200-301", "1.5");
        row("CCNA 2.8 HTTP", "http", "ccna-200-301", "2.8");
        row("CCNA 2.8 HTTPS", "https", "ccna-200-301", "2.8");
        row("CCNA 2.8 RADIUS", "radius", "ccna-200-301", "2.8");
        row("CCNA 2.8 TACACS+", "tacacs-plus", "ccna-200-301", "2.8");
        row("CCNA 3.4 OSPF", "ospf", "ccna-200-301", "3.4");
        row("CCNA 4.2 NTP", "ntp", "ccna-200-301", "4.2");
        row("CCNA 4.9 TFTP", "tftp", "ccna-200-301", "4.9");
        for (const char *k : {"hsrp", "vrrp", "glbp"})
            QTest::addRow("CCNA 3.5 %s", k) << QString::fromLatin1(k) << "ccna-200-301"
                                            << "3.5";
    }

    void examTagsCiteTheObjectives()
    {
        QFETCH(QString, key);
        QFETCH(QString, exam);
        QFETCH(QString, objective);
        const Protocol *p = catalog().protocol(key);
        QVERIFY2(p, qPrintable(key));
        QVERIFY2(p->examTag(exam), qPrintable(key + QStringLiteral(" has no tag ") + exam));
        QCOMPARE(p->examTag(exam)->objective, objective);
    }

    // Tags the objectives do not support.
    void examTagsTheObjectivesDoNotSupport_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("exam");
        QTest::newRow("IKE is not in N10-008's IP types") << "ike"
                                                          << "n10-008";
        QTest::newRow("IPFIX is named nowhere in SY0-701") << "ipfix"
                                                           << "sy0-701";
        QTest::newRow("IPFIX over TLS neither") << "ipfixs"
                                                << "sy0-701";
        for (const char *k : {"nntp", "coap", "amqp", "modbus", "telnet", "tftp", "rlogin",
                              "docker-api", "doh", "dot", "imaps", "mysql", "sip"})
            QTest::addRow("SY0-701 does not name %s", k) << QString::fromLatin1(k) << "sy0-701";
        for (const char *k : {"pop3", "imap", "imaps", "pop3s", "oracle-tns", "mysql"})
            QTest::addRow("N10-009 dropped %s", k) << QString::fromLatin1(k) << "n10-009";
        QTest::newRow("A+ prints 137/139, not 138") << "netbios-dgm"
                                                    << "220-1101";
    }

    void examTagsTheObjectivesDoNotSupport()
    {
        QFETCH(QString, key);
        QFETCH(QString, exam);
        const Protocol *p = catalog().protocol(key);
        QVERIFY2(p, qPrintable(key));
        QVERIFY2(!p->hasExam(exam),
                 qPrintable(p->examTag(exam) ? p->examTag(exam)->citation() : QString()));
    }

    void examLabelsAreTheExamsWording()
    {
        const Protocol *submission = catalog().protocol(QStringLiteral("smtp-submission"));
        QCOMPARE(submission->examLabel(u"n10-009"), QStringLiteral("SMTPS"));
        QCOMPARE(submission->examLabel(u"n10-008"), QStringLiteral("SMTP TLS"));
        const Protocol *sftp = catalog().protocol(QStringLiteral("sftp"));
        QCOMPARE(sftp->examLabel(u"n10-009"), QStringLiteral("Secure File Transfer Protocol"));
        QCOMPARE(sftp->examLabel(u"n10-008"), QStringLiteral("Secure File Transfer Protocol"));
        QVERIFY(sftp->notes.contains(QStringLiteral("SSH File Transfer Protocol")));
    }

    // Every exam deck (and so readiness, which counts the deck's cards) holds only entries whose
    // tag for that exam cites an objective; beyond-the-objectives marks join only on request.
    void everyExamDeckEntryCitesAnObjective()
    {
        for (const ExamInfo &exam : knownExams()) {
            const QList<int> deck =
                Deck::fromSearch(QStringLiteral("exam:") + exam.id).protocols(catalog());
            QVERIFY2(!deck.isEmpty(), qPrintable(exam.id));
            for (int i : deck) {
                const Protocol &p = catalog().protocols().at(i);
                const ExamTag *t = p.examTag(exam.id);
                QVERIFY2(t && isObjectiveCitation(t->objective),
                         qPrintable(exam.id + QStringLiteral(": ") + p.key));
            }
            const QList<int> wider =
                Deck::fromSearch(QStringLiteral("exam:") + exam.id + QLatin1Char('+'))
                    .protocols(catalog());
            for (const Protocol &p : catalog().protocols()) {
                const int i = int(&p - catalog().protocols().constData());
                QCOMPARE(wider.contains(i), p.hasExam(exam.id) || p.isBeyond(exam.id));
                QVERIFY2(!(p.hasExam(exam.id) && p.isBeyond(exam.id)), qPrintable(p.key));
            }
        }
    }

    // Corrected claims: a row per fact that was once wrong in the study set.
    void correctedClaims_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("mustSay");
        QTest::addColumn<QString>("mustNotSay");
        QTest::newRow("memcached text protocol has auth since 1.5.15")
            << "memcached"
            << "1.5.15"
            << "no authentication in its text protocol";
        QTest::newRow("memcached SASL since 1.4.3") << "memcached"
                                                    << "1.4.3"
                                                    << "";
        QTest::newRow("memcached TLS since 1.5.13") << "memcached"
                                                    << "1.5.13"
                                                    << "";
        QTest::newRow("memcached security is off by default") << "memcached"
                                                              << "off by default"
                                                              << "";
        QTest::newRow("SMTP relay is protected by STARTTLS with MTA-STS or DANE") << "smtp"
                                                                                  << "MTA-STS"
                                                                                  << "";
        QTest::newRow("syslog over TCP is not registered on 601")
            << "syslog"
            << "RFC 3195"
            << "Syslog over TCP is registered on 601";
        QTest::newRow("a simple LDAP bind is protected by TLS only") << "ldap"
                                                                     << "only TLS protects it"
                                                                     << "";
    }

    void correctedClaims()
    {
        QFETCH(QString, key);
        QFETCH(QString, mustSay);
        QFETCH(QString, mustNotSay);
        const Protocol *p = catalog().protocol(key);
        QVERIFY2(p, qPrintable(key));
        const QString text = p->securityReason + QLatin1Char(' ') + p->notes + QLatin1Char(' ') +
                             p->officialVsCommon;
        QVERIFY2(text.contains(mustSay), qPrintable(text));
        if (!mustNotSay.isEmpty())
            QVERIFY2(!text.contains(mustNotSay), qPrintable(text));
    }

    void officialVersusCommonUse()
    {
        const Protocol *oracle = catalog().protocol(QStringLiteral("oracle-tns"));
        QVERIFY(oracle);
        QVERIFY(!oracle->ports.first().isIanaAssigned());
        QVERIFY(oracle->officialVsCommon.contains(QStringLiteral("ncube-lm")));
        QVERIFY(!catalog().registryAt(1521, Transport::Tcp).isEmpty());
        QCOMPARE(catalog().registryAt(1521, Transport::Tcp).first()->service,
                 QStringLiteral("ncube-lm"));
    }

    // Ports a learner or an admin meets although IANA assigns them to something else or to
    // nothing: each is found by a port search, marked common use (no IANA name, a reason) and
    // sourced. DoQ and HTTP/3 are the exceptions: their UDP ports are IANA's own.
    void commonUnofficialUses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("official");
        QTest::newRow("5000 UPnP") << "5000/tcp"
                                   << "upnp" << false;
        QTest::newRow("5000 Flask") << "5000/tcp"
                                    << "flask-dev" << false;
        QTest::newRow("5000 AirPlay on macOS") << "5000/tcp"
                                               << "airplay" << false;
        QTest::newRow("8000 dev HTTP") << "8000/tcp"
                                       << "http-dev" << false;
        QTest::newRow("8888 dev HTTP") << "8888/tcp"
                                       << "http-dev" << false;
        QTest::newRow("8888 Jupyter") << "8888/tcp"
                                      << "jupyter" << false;
        QTest::newRow("9000 PHP-FPM") << "9000/tcp"
                                      << "php-fpm" << false;
        QTest::newRow("9000 MinIO") << "9000/tcp"
                                    << "minio" << false;
        QTest::newRow("9000 SonarQube") << "9000/tcp"
                                        << "sonarqube" << false;
        QTest::newRow("27015 Steam/Source") << "27015/udp"
                                            << "steam-source" << false;
        QTest::newRow("4444 Metasploit") << "4444/tcp"
                                         << "metasploit" << false;
        QTest::newRow("6660 IRC") << "6660/tcp"
                                  << "irc" << false;
        QTest::newRow("6664 IRC") << "6664/tcp"
                                  << "irc" << false;
        QTest::newRow("6669 IRC (ircu)") << "6669/tcp"
                                         << "irc" << true;
        QTest::newRow("31337 Back Orifice") << "31337/udp"
                                            << "back-orifice" << false;
        QTest::newRow("41641 Tailscale") << "41641/udp"
                                         << "tailscale" << false;
        QTest::newRow("853/udp DNS over QUIC") << "853/udp"
                                               << "doq" << true;
        QTest::newRow("443/udp HTTP/3") << "443/udp"
                                        << "http3" << true;
    }

    void commonUnofficialUses()
    {
        QFETCH(QString, query);
        QFETCH(QString, key);
        QFETCH(bool, official);
        const QStringList found = curatedKeysFound(query);
        QVERIFY2(found.contains(key), qPrintable(query + QStringLiteral(": ") + found.join(',')));
        const Protocol *p = catalog().protocol(key);
        QVERIFY(p && !p->sources.isEmpty());
        const int port = query.section(QLatin1Char('/'), 0, 0).toInt();
        Transport t;
        QVERIFY(parseTransport(query.section(QLatin1Char('/'), 1), &t));
        const PortAssignment *claim = nullptr;
        for (const PortAssignment &a : p->ports) {
            if (a.transport == t && a.first <= port && port <= a.last)
                claim = &a;
        }
        QVERIFY(claim);
        QCOMPARE(claim->isIanaAssigned(), official);
        if (!official) {
            // Marked as common use: the reason names what IANA says instead (or that it says
            // nothing) and the entry tells the official and the common use apart.
            QVERIFY2(claim->commonUse.contains(QStringLiteral("IANA")),
                     qPrintable(claim->commonUse));
            QVERIFY2(!p->officialVsCommon.isEmpty(), qPrintable(key));
        }
    }

    // DNS over TLS is TCP; the UDP 853 is DNS over QUIC's. HTTP needs no UDP 80: HTTP/3 is UDP
    // 443, and no study entry teaches a use of 80/udp.
    void quicPortsAreTheirOwnEntries()
    {
        QCOMPARE(claims(QStringLiteral("dot")), QStringList{"853/tcp"});
        QCOMPARE(claims(QStringLiteral("doq")), QStringList{"853/udp"});
        QCOMPARE(claims(QStringLiteral("http3")), QStringList{"443/udp"});
        QVERIFY(curatedKeysFound(QStringLiteral("80/udp")).isEmpty());
        QVERIFY(catalog()
                    .protocol(QStringLiteral("http3"))
                    ->sources.contains(QStringLiteral("RFC 9114")));
        QVERIFY(catalog()
                    .protocol(QStringLiteral("doq"))
                    ->sources.contains(QStringLiteral("RFC 9250")));
        QVERIFY(catalog()
                    .protocol(QStringLiteral("http"))
                    ->notes.contains(QStringLiteral("80/udp has no standard use")));
    }

    // Every study-set entry sits in one documented category, and every category has entries
    // (so every category deck has cards).
    void everyEntryHasACategory()
    {
        QStringList wrong;
        QSet<QString> used;
        for (int i = 0; i < catalog().firstCustomIndex(); ++i) {
            const Protocol &p = catalog().protocols().at(i);
            if (!isKnownCategory(p.category))
                wrong << p.key + QStringLiteral(": \"") + p.category + QLatin1Char('"');
            used.insert(p.category);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        for (const CategoryInfo &c : knownCategories())
            QVERIFY2(used.contains(QLatin1String(c.id)), c.id);
        QCOMPARE(catalog().protocol(QStringLiteral("ssh"))->category,
                 QStringLiteral("remote-access"));
        QVERIFY(curatedKeysFound(QStringLiteral("category:remote-access"))
                    .contains(QStringLiteral("rdp")));
    }

    void registryPitfalls()
    {
        QCOMPARE(catalog().registryAt(80, Transport::Tcp).first()->service, QStringLiteral("http"));
        QStringList at465;
        for (const RegistryRecord *r : catalog().registryAt(465, Transport::Tcp))
            at465 << r->service;
        QCOMPARE(at465.first(), QStringLiteral("submissions"));
        QVERIFY(at465.contains(QStringLiteral("urd")));
        const auto x11 = catalog().registryAt(6010, Transport::Tcp);
        QVERIFY(!x11.isEmpty());
        QCOMPARE(x11.first()->first, 6000);
        QCOMPARE(x11.first()->last, 6063);
    }

    void ipProtocolNumbers_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("number");
        QTest::newRow("ICMP") << "icmp" << 1;
        QTest::newRow("TCP") << "tcp" << 6;
        QTest::newRow("UDP") << "udp" << 17;
        QTest::newRow("GRE") << "gre" << 47;
        QTest::newRow("ESP") << "esp" << 50;
        QTest::newRow("AH") << "ah" << 51;
    }

    void ipProtocolNumbers()
    {
        QFETCH(QString, key);
        QFETCH(int, number);
        const Protocol *p = catalog().protocol(key);
        QVERIFY(p);
        QCOMPARE(p->kind, Protocol::Kind::IpProtocol);
        QCOMPARE(p->ipProtocol, number);
        QVERIFY(p->ports.isEmpty());
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
