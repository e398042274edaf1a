// ScanExplanation and the atlas matching under it, on the real reference: what a student sees
// for a real scan (entries, security, counterparts, exams) and the per-host summary.
#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "network/LocalPorts.h"
#include "network/ScanExplanation.h"
#include "network/ScanReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace portolan;

namespace {

const Catalog &referenceCatalog()
{
    static const Catalog catalog = [] {
        EmbeddedReference ref;
        const bool ok = ref.load();
        Q_ASSERT_X(ok, "referenceCatalog", qPrintable(ref.errorText()));
        Catalog c;
        c.setData(ref.protocols(), ref.registry());
        return c;
    }();
    return catalog;
}

ScanExplanation explain(const QString &file)
{
    QFile f(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/network/fixtures/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    ScanReader reader;
    if (!reader.read(f.readAll(), file))
        qWarning() << reader.errorText();
    return ScanExplanation::make(referenceCatalog(), reader.report(), file);
}

} // namespace

class TestScanExplanation : public QObject
{
    Q_OBJECT

private slots:
    void matchesStudySetRegistryAndPortCard()
    {
        const AtlasMatcher matcher(referenceCatalog());
        const AtlasMatch telnet = matcher.match(23, Transport::Tcp);
        QCOMPARE(telnet.kind, AtlasMatch::Kind::StudySet);
        QCOMPARE(telnet.key, QStringLiteral("telnet"));
        QCOMPARE(telnet.security, Security::Insecure);
        QVERIFY(telnet.counterparts.contains(QStringLiteral("SSH")));
        QVERIFY(!telnet.exams.isEmpty());
        QVERIFY(!telnet.securityReason.isEmpty());
        // 443/tcp is HTTPS (the IANA owner), not DNS over HTTPS, which merely uses it.
        QCOMPARE(matcher.match(443, Transport::Tcp).key, QStringLiteral("https"));
        // 53 on either transport is DNS.
        QCOMPARE(matcher.match(53, Transport::Udp).key, QStringLiteral("dns"));
        // 22: a scanner's guess decides between SSH and SFTP.
        QCOMPARE(matcher.match(22, Transport::Tcp, QStringLiteral("sftp")).key,
                 QStringLiteral("sftp"));
        QCOMPARE(matcher.match(22, Transport::Tcp).key, QStringLiteral("ssh"));
        // 2024 has only a registry name; 50000 nothing but a range.
        const AtlasMatch registry = matcher.match(2024, Transport::Tcp);
        QCOMPARE(registry.kind, AtlasMatch::Kind::Registry);
        QCOMPARE(registry.label, QStringLiteral("xinuexpansion4"));
        const AtlasMatch card = matcher.match(50999, Transport::Udp);
        QCOMPARE(card.kind, AtlasMatch::Kind::PortCard);
        QCOMPARE(card.row, -1);
        QVERIFY(card.range.contains(QStringLiteral("Dynamic")));
        QVERIFY(card.ephemeral.contains(QStringLiteral("Linux")));
    }

    void nmapSummaryNamesTheCleartextServices()
    {
        const ScanExplanation e = explain(QStringLiteral("nmap-sV.xml"));
        QCOMPARE(e.hosts().size(), 1);
        const ScanExplanation::Host &h = e.hosts().first();
        // What the scanner reached counts as exposed, loopback address or not.
        QCOMPARE(h.cleartext, QStringList({QStringLiteral("FTP 21"), QStringLiteral("Telnet 23")}));
        QCOMPARE(h.depends.first(), QStringLiteral("SMTP 25 without STARTTLS evidence"));
        QCOMPARE(h.openCount, 5);
        // (English plurals come from the translation; without it the text says "service(s)".)
        static const QRegularExpression summary(
            QStringLiteral("^2 cleartext service(s|\\(s\\)) exposed: FTP 21, Telnet 23\\. "));
        QVERIFY2(summary.match(h.summary()).hasMatch(), qPrintable(h.summary()));
        // Open ports first, then the closed ones.
        QCOMPARE(h.ports.first().scan.port, 21);
        QVERIFY(h.ports.last().scan.state == QStringLiteral("closed"));
    }

    void localListingSeparatesLoopback()
    {
        const ScanExplanation e = explain(QStringLiteral("ss-tulpn.txt"));
        const ScanExplanation::Host &h = e.hosts().first();
        QCOMPARE(h.title(), QStringLiteral("this machine"));
        // SMTP and PostgreSQL listen on 127.0.0.1 only: not exposed.
        QCOMPARE(h.loopbackOnly, 2);
        QVERIFY(!h.depends.join(u' ').contains(QStringLiteral("SMTP")));
        QVERIFY(h.cleartext.contains(QStringLiteral("Telnet 23")));
        QVERIFY(h.depends.contains(QStringLiteral("SNMP 161")));
    }

    void tlsEvidenceClearsADependsService()
    {
        ScanReader reader;
        QVERIFY(reader.read("<?xml version=\"1.0\"?>\n<nmaprun scanner=\"nmap\"><host>"
                            "<status state=\"up\"/><address addr=\"10.0.0.5\" addrtype=\"ipv4\"/>"
                            "<ports><port protocol=\"tcp\" portid=\"25\"><state state=\"open\"/>"
                            "<service name=\"smtp\"/><script id=\"smtp-commands\" output=\"mail,"
                            " PIPELINING, STARTTLS\"/></port></ports></host></nmaprun>",
                            QStringLiteral("x")));
        const ScanExplanation e = ScanExplanation::make(referenceCatalog(), reader.report(), {});
        QVERIFY(e.hosts().first().depends.isEmpty());
        QCOMPARE(e.hosts().first().summary(), QStringLiteral("No cleartext service exposed."));
    }

    void exports()
    {
        const ScanExplanation e = explain(QStringLiteral("nmap-sV.gnmap"));
        const QString md = e.toMarkdown();
        QVERIFY(md.startsWith(QStringLiteral("# Scan explained: nmap-sV.gnmap")));
        QVERIFY(md.contains(QStringLiteral("|23/tcp|open|")));
        QVERIFY(md.contains(QStringLiteral(" exposed: FTP 21, Telnet 23.")));
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("nmap-grepable"));
        const QJsonObject host = json.value(QStringLiteral("hosts")).toArray().first().toObject();
        QCOMPARE(host.value(QStringLiteral("cleartext")).toArray().size(), 2);
        const QJsonObject ftp = host.value(QStringLiteral("ports")).toArray().first().toObject();
        QCOMPARE(ftp.value(QStringLiteral("version")).toString(), QStringLiteral("vsftpd 3.0.3"));
        QCOMPARE(ftp.value(QStringLiteral("atlas")).toObject().value(QStringLiteral("security")),
                 QStringLiteral("insecure"));
    }

    void markdownCellsCannotBreakTheTable()
    {
        ScanReader reader;
        QVERIFY(reader.read("Nmap scan report for 10.0.0.1\nPORT STATE SERVICE VERSION\n"
                            "80/tcp open http evil|cell <script>\x1b[31m\n",
                            QStringLiteral("x")));
        const QString md =
            ScanExplanation::make(referenceCatalog(), reader.report(), {}).toMarkdown();
        QVERIFY(md.contains(QStringLiteral("evil\\|cell &lt;script>\\\\x1b[31m")));
    }

    void localPortsRiskOrder()
    {
        auto socket = [](int port, const char *host) {
            LocalSocket s;
            s.listening = true;
            SocketAddress::fromHost(QString::fromLatin1(host), &s.local);
            s.local.port = port;
            return s;
        };
        const QList<LocalPort> ports = explainLocalSockets(
            referenceCatalog(),
            {socket(22, "0.0.0.0"), socket(23, "127.0.0.1"), socket(443, "0.0.0.0"),
             socket(21, "192.168.1.4"), socket(23, "0.0.0.0"), socket(50999, "0.0.0.0")});
        QStringList order;
        for (const LocalPort &p : ports)
            order << p.socket.local.text();
        // Cleartext on all interfaces, cleartext on one, unknown, secure, loopback last.
        QCOMPARE(order, QStringList({"0.0.0.0:23", "192.168.1.4:21", "0.0.0.0:50999", "0.0.0.0:22",
                                     "0.0.0.0:443", "127.0.0.1:23"}));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestScanExplanation)
#include "tst_scanexplanation.moc"
