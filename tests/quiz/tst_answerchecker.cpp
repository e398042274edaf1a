#include "../support/TestMain.h"
#include "QuizFixture.h"
#include "quiz/AnswerChecker.h"
#include "quiz/DistractorPicker.h"
#include "quiz/QuestionBuilder.h"

#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// Grading: typed answers accepted and rejected, chosen options, and the parsers behind them.
class TestAnswerChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typed_data();
    void typed();
    void typoShowsDiff();
    void portDiffListsMissingAndExtra();
    void wrongProtocolIsNamed();
    void choice_data();
    void choice();
    void parsePorts_data();
    void parsePorts();
    void parseClass_data();
    void parseClass();

private:
    Question question(const QString &cardKey, AnswerFormat format) const;

    Catalog m_catalog;
    NameIndex m_names;
    std::unique_ptr<DistractorPicker> m_distractors;
    std::unique_ptr<QuestionBuilder> m_builder;
    std::unique_ptr<AnswerChecker> m_checker;
};

void TestAnswerChecker::initTestCase()
{
    m_catalog = fixtureCatalog();
    m_names = NameIndex(m_catalog.protocols());
    m_distractors = std::make_unique<DistractorPicker>(m_catalog);
    m_builder = std::make_unique<QuestionBuilder>(m_catalog, *m_distractors);
    m_checker = std::make_unique<AnswerChecker>(m_catalog, m_names);
}

Question TestAnswerChecker::question(const QString &cardKey, AnswerFormat format) const
{
    const auto card = Card::fromKey(cardKey);
    if (!card)
        qFatal("bad card key in test data: %s", qPrintable(cardKey));
    return m_builder->build(*card, format, 1);
}

void TestAnswerChecker::typed_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("verdict"); // Grade::Verdict
    const int ok = int(Grade::Verdict::Correct);
    const int typo = int(Grade::Verdict::CorrectWithTypo);
    const int wrong = int(Grade::Verdict::Wrong);

    // port → protocol: acronym or full name, any case; typos only in long names
    QTest::newRow("67/68: abbreviation") << "dhcp:port-to-protocol"
                                         << "DHCP" << ok;
    QTest::newRow("67/68: lower case, padded") << "dhcp:port-to-protocol"
                                               << "  dhcp  " << ok;
    QTest::newRow("67/68: full name") << "dhcp:port-to-protocol"
                                      << "dynamic host configuration protocol" << ok;
    QTest::newRow("67/68: full name with a typo") << "dhcp:port-to-protocol"
                                                  << "Dynamic Host Configuraton Protocol" << typo;
    QTest::newRow("67/68: alias") << "dhcp:port-to-protocol"
                                  << "BOOTP" << ok;
    QTest::newRow("67/68: the study note's wrong name") << "dhcp:port-to-protocol"
                                                        << "Dynamic Host Control Protocol" << wrong;
    QTest::newRow("67/68: acronym typo") << "dhcp:port-to-protocol"
                                         << "DCHP" << wrong;
    QTest::newRow("25: SNMP is not SMTP") << "smtp:port-to-protocol"
                                          << "SNMP" << wrong;
    QTest::newRow("22: SFTP also runs there") << "ssh:port-to-protocol"
                                              << "SFTP" << ok;
    QTest::newRow("123/udp: NTS also runs there") << "ntp:port-to-protocol"
                                                  << "NTS" << ok;
    QTest::newRow("20+21: FTPS lacks port 20") << "ftp:port-to-protocol"
                                               << "FTPS" << wrong;
    QTest::newRow("587: plain SMTP is port 25") << "smtp-submission:port-to-protocol"
                                                << "SMTP" << wrong;
    QTest::newRow("587: the exam's SMTPS label") << "smtp-submission:port-to-protocol"
                                                 << "SMTPS" << ok;
    QTest::newRow("465: name without parenthesis") << "smtps-submissions:port-to-protocol"
                                                   << "Message Submission over TLS" << ok;
    QTest::newRow("empty answer") << "dhcp:port-to-protocol"
                                  << "" << wrong;
    QTest::newRow("whitespace only") << "dhcp:port-to-protocol"
                                     << " \t " << wrong;
    QTest::newRow("SQL in the answer") << "dhcp:port-to-protocol"
                                       << "'; DROP TABLE card_state; --" << wrong;
    QTest::newRow("huge answer") << "dhcp:port-to-protocol" << QString(20000, QLatin1Char('d'))
                                 << wrong;

    // protocol → port: any order, any separator
    QTest::newRow("FTP: 20, 21") << "ftp:protocol-to-port"
                                 << "20, 21" << ok;
    QTest::newRow("FTP: reversed") << "ftp:protocol-to-port"
                                   << "21 20" << ok;
    QTest::newRow("FTP: as a range") << "ftp:protocol-to-port"
                                     << "20-21" << ok;
    QTest::newRow("FTP: slash") << "ftp:protocol-to-port"
                                << "20/21" << ok;
    QTest::newRow("FTP: words and transports") << "ftp:protocol-to-port"
                                               << "tcp 21 and tcp 20" << ok;
    QTest::newRow("FTP: semicolons") << "ftp:protocol-to-port"
                                     << ";20;21;" << ok;
    QTest::newRow("FTP: repeated port") << "ftp:protocol-to-port"
                                        << "20 21 21" << ok;
    QTest::newRow("FTP: missing 20") << "ftp:protocol-to-port"
                                     << "21" << wrong;
    QTest::newRow("FTP: extra 22") << "ftp:protocol-to-port"
                                   << "20 21 22" << wrong;
    QTest::newRow("FTP: digits run together") << "ftp:protocol-to-port"
                                              << "2021" << wrong;
    QTest::newRow("FTP: implicit FTPS ports") << "ftp:protocol-to-port"
                                              << "989, 990" << wrong;
    QTest::newRow("FTP: out of range number") << "ftp:protocol-to-port"
                                              << "20 21 99999" << wrong;
    QTest::newRow("FTP: no digits") << "ftp:protocol-to-port"
                                    << "ftp ports" << wrong;
    QTest::newRow("DHCP: 68 67") << "dhcp:protocol-to-port"
                                 << "68 67" << ok;
    QTest::newRow("DHCP: only the server port") << "dhcp:protocol-to-port"
                                                << "67" << wrong;
    QTest::newRow("SNMP: with transports") << "snmp:protocol-to-port"
                                           << "161/udp, 162/udp" << ok;
    QTest::newRow("SNMP: traps only") << "snmp:protocol-to-port"
                                      << "162" << wrong;
    QTest::newRow("LDAP: 389") << "ldap:protocol-to-port"
                               << "389" << ok;
    QTest::newRow("LDAP: LDAPS port") << "ldap:protocol-to-port"
                                      << "636" << wrong;
    QTest::newRow("SIP: SIPS port") << "sip:protocol-to-port"
                                    << "5061" << wrong;

    // transport, security, range: words
    QTest::newRow("DNS: both") << "dns:transport"
                               << "both" << ok;
    QTest::newRow("DNS: tcp/udp") << "dns:transport"
                                  << "TCP/UDP" << ok;
    QTest::newRow("DNS: UDP only") << "dns:transport"
                                   << "udp" << wrong;
    QTest::newRow("TFTP: udp") << "tftp:transport"
                               << "UDP" << ok;
    QTest::newRow("transport: gibberish") << "ssh:transport"
                                          << "maybe" << wrong;
    QTest::newRow("Telnet: insecure") << "telnet:security"
                                      << "insecure" << ok;
    QTest::newRow("Telnet: not secure") << "telnet:security"
                                        << "not secure" << ok;
    QTest::newRow("Telnet: secure") << "telnet:security"
                                    << "secure" << wrong;
    QTest::newRow("SNMP: it depends") << "snmp:security"
                                      << "it depends on the version" << ok;
    QTest::newRow("SSH: secure") << "ssh:security"
                                 << "Secure" << ok;
    QTest::newRow("RDP 3389: user") << "rdp:range-class"
                                    << "user" << ok;
    QTest::newRow("RDP 3389: registered") << "rdp:range-class"
                                          << "Registered" << ok;
    QTest::newRow("RDP 3389: system") << "rdp:range-class"
                                      << "system" << wrong;
    QTest::newRow("SSH 22: well-known") << "ssh:range-class"
                                        << "well-known" << ok;

    // secure counterpart: any listed counterpart
    QTest::newRow("Telnet → SSH") << "telnet:counterpart"
                                  << "SSH" << ok;
    QTest::newRow("Telnet → Secure Shell") << "telnet:counterpart"
                                           << "secure shell" << ok;
    QTest::newRow("Telnet → SFTP") << "telnet:counterpart"
                                   << "SFTP" << wrong;
    QTest::newRow("FTP → SFTP") << "ftp:counterpart"
                                << "SFTP" << ok;
    QTest::newRow("FTP → FTPS") << "ftp:counterpart"
                                << "ftps" << ok;
    QTest::newRow("FTP → SSH") << "ftp:counterpart"
                               << "SSH" << wrong;

    // abbreviation → full name
    QTest::newRow("DNS: System") << "dns:full-name"
                                 << "Domain Name System" << ok;
    QTest::newRow("DNS: Service") << "dns:full-name"
                                  << "Domain Name Service" << wrong;
    QTest::newRow("DNS: typo") << "dns:full-name"
                               << "domain name sytem" << typo;
    QTest::newRow("IMAP: Mail is not Message") << "imap:full-name"
                                               << "Internet Mail Access Protocol" << wrong;
    QTest::newRow("HTTP: transport") << "http:full-name"
                                     << "Hypertext Transport Protocol" << wrong;
    QTest::newRow("HTTP: hyphenated") << "http:full-name"
                                      << "hypertext-transfer-protocol" << ok;
    QTest::newRow("HTTPS: without parenthesis") << "https:full-name"
                                                << "Hypertext Transfer Protocol Secure" << ok;
    QTest::newRow("POP3: version 2") << "pop3:full-name"
                                     << "Post Office Protocol version 2" << wrong;
    QTest::newRow("DHCP: the abbreviation again") << "dhcp:full-name"
                                                  << "DHCP" << wrong;
}

void TestAnswerChecker::typed()
{
    QFETCH(QString, card);
    QFETCH(QString, typed);
    QFETCH(int, verdict);
    const Question q = question(card, AnswerFormat::Typed);
    QCOMPARE(q.format, AnswerFormat::Typed);
    const Grade g = m_checker->checkTyped(q, typed);
    QCOMPARE(int(g.verdict), verdict);
    const Rating expected = g.verdict == Grade::Verdict::Correct           ? Rating::Good
                            : g.verdict == Grade::Verdict::CorrectWithTypo ? Rating::Hard
                                                                           : Rating::Again;
    QCOMPARE(g.suggested, expected);
}

void TestAnswerChecker::typoShowsDiff()
{
    const Question q = question(QStringLiteral("dhcp:full-name"), AnswerFormat::Typed);
    const Grade g = m_checker->checkTyped(q, QStringLiteral("Dynamic Host Configuraton Protocol"));
    QCOMPARE(g.verdict, Grade::Verdict::CorrectWithTypo);
    const QList<DiffSegment> expected{
        {DiffSegment::Kind::Same, QStringLiteral("Dynamic Host Configurat")},
        {DiffSegment::Kind::Missing, QStringLiteral("i")},
        {DiffSegment::Kind::Same, QStringLiteral("on Protocol")}};
    QCOMPARE(g.diff, expected);
}

void TestAnswerChecker::portDiffListsMissingAndExtra()
{
    const Question q = question(QStringLiteral("dhcp:protocol-to-port"), AnswerFormat::Typed);
    const Grade g = m_checker->checkTyped(q, QStringLiteral("67, 69"));
    QCOMPARE(g.verdict, Grade::Verdict::Wrong);
    const QList<DiffSegment> expected{{DiffSegment::Kind::Same, QStringLiteral("67")},
                                      {DiffSegment::Kind::Same, QStringLiteral(", ")},
                                      {DiffSegment::Kind::Missing, QStringLiteral("68")},
                                      {DiffSegment::Kind::Same, QStringLiteral(", ")},
                                      {DiffSegment::Kind::Extra, QStringLiteral("69")}};
    QCOMPARE(g.diff, expected);
    QVERIFY2(g.note.contains(QLatin1String("68")) && g.note.contains(QLatin1String("69")),
             qPrintable(g.note));
}

void TestAnswerChecker::wrongProtocolIsNamed()
{
    const Question q = question(QStringLiteral("smtp:port-to-protocol"), AnswerFormat::Typed);
    const Grade g = m_checker->checkTyped(q, QStringLiteral("snmp"));
    QCOMPARE(g.verdict, Grade::Verdict::Wrong);
    QVERIFY2(g.note.contains(QLatin1String("SNMP")) && g.note.contains(QLatin1String("161")),
             qPrintable(g.note));
    QVERIFY(!g.diff.isEmpty());
}

void TestAnswerChecker::choice_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<int>("offset"); // from the right option; 99 and -99 are out of range
    QTest::addColumn<bool>("right");
    QTest::newRow("right option") << "snmp:protocol-to-port" << 0 << true;
    QTest::newRow("next option") << "snmp:protocol-to-port" << 1 << false;
    QTest::newRow("classify: right class") << "dns:transport" << 0 << true;
    QTest::newRow("classify: wrong class") << "dns:transport" << 1 << false;
    QTest::newRow("index past the end") << "snmp:protocol-to-port" << 99 << false;
    QTest::newRow("negative index") << "snmp:protocol-to-port" << -99 << false;
}

void TestAnswerChecker::choice()
{
    QFETCH(QString, card);
    QFETCH(int, offset);
    QFETCH(bool, right);
    const Question q = question(card, AnswerFormat::Choice);
    QVERIFY(q.correctOption >= 0);
    const int option = qAbs(offset) == 99 ? q.correctOption + offset
                                          : (q.correctOption + offset) % int(q.options.size());
    const Grade g = m_checker->checkChoice(q, option);
    QCOMPARE(g.isCorrect(), right);
    QCOMPARE(g.suggested, right ? Rating::Good : Rating::Again);
}

void TestAnswerChecker::parsePorts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("ports");
    QTest::addColumn<QStringList>("invalid");
    QTest::newRow("comma list") << "20, 21" << QList<int>{20, 21} << QStringList{};
    QTest::newRow("any order") << "21 20" << QList<int>{20, 21} << QStringList{};
    QTest::newRow("range") << "137-139" << QList<int>{137, 138, 139} << QStringList{};
    QTest::newRow("en dash range") << "137–139" << QList<int>{137, 138, 139} << QStringList{};
    QTest::newRow("word range") << "137 to 139" << QList<int>{137, 138, 139} << QStringList{};
    QTest::newRow("far apart is two ports") << "389-636" << QList<int>{389, 636} << QStringList{};
    QTest::newRow("descending is two ports")
        << "5061-5060" << QList<int>{5060, 5061} << QStringList{};
    QTest::newRow("transports and words")
        << "port 67/udp and 68/udp" << QList<int>{67, 68} << QStringList{};
    QTest::newRow("port zero") << "0" << QList<int>{0} << QStringList{};
    QTest::newRow("highest port") << "65535" << QList<int>{65535} << QStringList{};
    QTest::newRow("above the highest port") << "65536" << QList<int>{} << QStringList{"65536"};
    QTest::newRow("absurdly long number")
        << "123456789012345678901234" << QList<int>{} << QStringList{"123456789012345678901234"};
    QTest::newRow("empty") << "" << QList<int>{} << QStringList{};
    QTest::newRow("duplicates") << "20 20 21" << QList<int>{20, 21} << QStringList{};
}

void TestAnswerChecker::parsePorts()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, ports);
    QFETCH(QStringList, invalid);
    const AnswerChecker::PortList parsed = AnswerChecker::parsePorts(text);
    QCOMPARE(parsed.ports, ports);
    QCOMPARE(parsed.invalid, invalid);
}

void TestAnswerChecker::parseClass_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("value");
    const int transport = int(CardKind::Transport);
    const int security = int(CardKind::Security);
    const int range = int(CardKind::RangeClass);
    QTest::newRow("tcp") << transport << "TCP" << 0;
    QTest::newRow("udp") << transport << "udp" << 1;
    QTest::newRow("tcp and udp") << transport << "tcp and udp" << 2;
    QTest::newRow("both") << transport << "both" << 2;
    QTest::newRow("no transport") << transport << "sctp" << -1;
    QTest::newRow("secure") << security << "secure" << 0;
    QTest::newRow("unencrypted") << security << "unencrypted" << 1;
    QTest::newRow("depends") << security << "Depends" << 2;
    QTest::newRow("no security word") << security << "yes" << -1;
    QTest::newRow("well known") << range << "well known" << 0;
    QTest::newRow("ephemeral") << range << "ephemeral" << 2;
    QTest::newRow("no range word") << range << "big" << -1;
    QTest::newRow("kind without classes") << int(CardKind::FullName) << "tcp" << -1;
}

void TestAnswerChecker::parseClass()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QFETCH(int, value);
    QCOMPARE(AnswerChecker::parseClass(CardKind(kind), text), value);
}

PORTOLAN_TEST_GUILESS_MAIN(TestAnswerChecker)
#include "tst_answerchecker.moc"
