// The content check: the embedded study set must teach facts that agree with the embedded IANA
// registry and with the corrections in the project's content notes. A wrong port here would be
// learned by someone for an exam.
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"

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
                        wrong << p.key + QStringLiteral(": ") + a.label() + QStringLiteral(" has no reason");
                    continue;
                }
                bool found = false;
                for (const RegistryRecord *r : catalog().registryAt(a.first, a.transport)) {
                    found = found || (r->service.compare(a.ianaName, Qt::CaseInsensitive) == 0 &&
                                      r->contains(a.first) && r->contains(a.last));
                }
                if (!found)
                    wrong << QStringLiteral("%1: %2 is not IANA's \"%3\"").arg(p.key, a.label(), a.ianaName);
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
        QCOMPARE(catalog().protocol(QStringLiteral("dns"))->name, QStringLiteral("Domain Name System"));
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
        QTest::newRow("587 → 465") << "smtp-submission" << int(Security::Depends) << "smtps-submissions";
        QTest::newRow("sip → sips") << "sip" << int(Security::Insecure) << "sips";
        QTest::newRow("syslog → tls") << "syslog" << int(Security::Insecure) << "syslog-tls";
        QTest::newRow("snmp depends on version") << "snmp" << int(Security::Depends) << "";
        QTest::newRow("ssh") << "ssh" << int(Security::Secure) << "";
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
    }

    void examListsMatchTheObjectives()
    {
        // Network+ N10-009 objective 1.4, port part.
        const QStringList n10009 = {"ftp", "sftp", "ssh", "telnet", "smtp", "dns", "dhcp", "tftp",
                                    "http", "ntp", "snmp", "ldap", "https", "smb", "syslog",
                                    "smtp-submission", "ldaps", "mssql", "rdp", "sip", "sips",
                                    "icmp", "tcp", "udp", "gre", "esp", "ah", "ike"};
        for (const QString &k : n10009)
            QVERIFY2(catalog().protocol(k) && catalog().protocol(k)->hasExam(u"n10-009"), qPrintable(k));
        // N10-008 adds mail retrieval and databases that N10-009 dropped.
        for (const QString k : {"pop3", "imap", "imaps", "pop3s", "oracle-tns", "mysql"}) {
            QVERIFY2(catalog().protocol(k)->hasExam(u"n10-008"), qPrintable(k));
            QVERIFY2(!catalog().protocol(k)->hasExam(u"n10-009"), qPrintable(k));
        }
        QCOMPARE(catalog().protocol(QStringLiteral("smtp-submission"))->examLabel(u"n10-009"),
                 QStringLiteral("SMTPS"));
        for (const QString k : {"netbios-ns", "netbios-dgm", "netbios-ssn", "pop3", "imap", "rdp"})
            QVERIFY2(catalog().protocol(k)->hasExam(u"220-1101"), qPrintable(k));
        for (const QString k : {"ntp", "capwap", "hsrp", "glbp", "tftp"})
            QVERIFY2(catalog().protocol(k)->hasExam(u"ccna-200-301"), qPrintable(k));
    }

    void officialVersusCommonUse()
    {
        const Protocol *oracle = catalog().protocol(QStringLiteral("oracle-tns"));
        QVERIFY(oracle);
        QVERIFY(!oracle->ports.first().isIanaAssigned());
        QVERIFY(oracle->officialVsCommon.contains(QStringLiteral("ncube-lm")));
        QVERIFY(!catalog().registryAt(1521, Transport::Tcp).isEmpty());
        QCOMPARE(catalog().registryAt(1521, Transport::Tcp).first()->service, QStringLiteral("ncube-lm"));
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

QTEST_APPLESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
