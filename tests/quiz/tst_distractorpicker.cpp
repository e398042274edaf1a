#include "../support/TestMain.h"
#include "QuizFixture.h"
#include "quiz/DistractorPicker.h"
#include "quiz/PortText.h"
#include "quiz/QuestionBuilder.h"

#include <QSet>
#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// Wrong options are confusable on purpose, never right, never repeated, and reproducible.
class TestDistractorPicker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void confusable_data();
    void confusable();
    void everyChoiceQuestionIsWellFormed();
    void sameSeedSameOptions();
    void thinCatalog_data();
    void thinCatalog();
    void badTargets();

private:
    Catalog m_catalog;
};

void TestDistractorPicker::initTestCase()
{
    m_catalog = fixtureCatalog();
}

void TestDistractorPicker::confusable_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<QStringList>("offered");    // each must be among the options
    QTest::addColumn<QStringList>("notOffered"); // none may be among them
    // The classic pairs, from both sides
    QTest::newRow("161/162: SNMP's ports")
        << "snmp:protocol-to-port" << QStringList{"161", "162"} << QStringList{};
    QTest::newRow("67/68: DHCP's ports")
        << "dhcp:protocol-to-port" << QStringList{"546, 547"} << QStringList{};
    QTest::newRow("20/21 vs 989/990: FTP")
        << "ftp:protocol-to-port" << QStringList{"989, 990"} << QStringList{};
    QTest::newRow("389/636: LDAP")
        << "ldap:protocol-to-port" << QStringList{"636"} << QStringList{};
    QTest::newRow("389/636: LDAPS")
        << "ldaps:protocol-to-port" << QStringList{"389"} << QStringList{};
    QTest::newRow("5060/5061: SIP")
        << "sip:protocol-to-port" << QStringList{"5061"} << QStringList{};
    QTest::newRow("5060/5061: SIPS")
        << "sips:protocol-to-port" << QStringList{"5060"} << QStringList{};
    QTest::newRow("465/587: submission")
        << "smtp-submission:protocol-to-port" << QStringList{"465"} << QStringList{};
    QTest::newRow("465/587: submissions")
        << "smtps-submissions:protocol-to-port" << QStringList{"587"} << QStringList{};
    QTest::newRow("137-139/445: NetBIOS session")
        << "netbios-ssn:protocol-to-port" << QStringList{"445"} << QStringList{};
    QTest::newRow("137-139/445: SMB")
        << "smb:protocol-to-port" << QStringList{"137, 138, 139"} << QStringList{};
    // The same pairs asked the other way round, by name
    QTest::newRow("port 389 offers LDAPS")
        << "ldap:port-to-protocol" << QStringList{"LDAPS"} << QStringList{};
    QTest::newRow("port 5060 offers SIPS")
        << "sip:port-to-protocol" << QStringList{"SIPS"} << QStringList{};
    QTest::newRow("port 587 offers implicit-TLS submission")
        << "smtp-submission:port-to-protocol" << QStringList{"SMTPS (submissions)"}
        << QStringList{};
    QTest::newRow("port 445 offers NetBIOS")
        << "smb:port-to-protocol" << QStringList{"NetBIOS-SSN"} << QStringList{};
    QTest::newRow("ports 20/21 offer FTPS")
        << "ftp:port-to-protocol" << QStringList{"FTPS"} << QStringList{};
    QTest::newRow("67/68 offers DHCPv6")
        << "dhcp:port-to-protocol" << QStringList{"DHCPv6"} << QStringList{};
    // Other right answers are never offered as wrong ones
    QTest::newRow("port 22: SFTP is right too")
        << "ssh:port-to-protocol" << QStringList{} << QStringList{"SFTP"};
    QTest::newRow("443: DoH is right too")
        << "https:port-to-protocol" << QStringList{} << QStringList{"DoH"};
    QTest::newRow("Telnet: SFTP is on SSH's port")
        << "telnet:counterpart" << QStringList{} << QStringList{"SFTP"};
    QTest::newRow("HTTP: DoH is on HTTPS's ports")
        << "http:counterpart" << QStringList{} << QStringList{"DoH"};
    QTest::newRow("FTP counterparts: both right")
        << "ftp:counterpart" << QStringList{} << QStringList{"FTPS"};
    // Names that sound right
    QTest::newRow("DNS: Service") << "dns:full-name" << QStringList{"Domain Name Service"}
                                  << QStringList{};
    QTest::newRow("DHCP: Control")
        << "dhcp:full-name" << QStringList{"Dynamic Host Control Protocol"} << QStringList{};
    QTest::newRow("IMAP: Mail") << "imap:full-name" << QStringList{"Internet Mail Access Protocol"}
                                << QStringList{};
}

void TestDistractorPicker::confusable()
{
    QFETCH(QString, card);
    QFETCH(QStringList, offered);
    QFETCH(QStringList, notOffered);
    const DistractorPicker picker(m_catalog);
    const QuestionBuilder builder(m_catalog, picker);
    // Every seed must offer the classic confusion, not just a lucky one.
    for (quint64 seed : {1ULL, 2ULL, 77ULL, 0xdeadbeefULL}) {
        const Question q = builder.build(*Card::fromKey(card), AnswerFormat::Choice, seed);
        QCOMPARE(q.format, AnswerFormat::Choice);
        for (const QString &o : std::as_const(offered))
            QVERIFY2(q.options.contains(o), qPrintable(q.options.join(QLatin1String(" | "))));
        for (const QString &o : std::as_const(notOffered))
            QVERIFY2(!q.options.contains(o) || q.options.at(q.correctOption) == o,
                     qPrintable(q.options.join(QLatin1String(" | "))));
    }
}

void TestDistractorPicker::everyChoiceQuestionIsWellFormed()
{
    const DistractorPicker picker(m_catalog);
    const QuestionBuilder builder(m_catalog, picker);
    for (int i = 0; i < m_catalog.protocols().size(); ++i) {
        for (CardKind kind : {CardKind::PortToProtocol, CardKind::ProtocolToPort,
                              CardKind::Counterpart, CardKind::FullName}) {
            const Card card{m_catalog.protocols().at(i).key, kind};
            const Question q = builder.build(card, AnswerFormat::Choice, quint64(i));
            if (q.format != AnswerFormat::Choice)
                continue; // the card does not exist for this protocol
            const QString what =
                card.key() + QLatin1String(": ") + q.options.join(QLatin1String(" | "));
            QVERIFY2(q.options.size() == QuestionBuilder::kChoiceOptions, qPrintable(what));
            QCOMPARE(QSet<QString>(q.options.begin(), q.options.end()).size(), q.options.size());
            QVERIFY2(q.correctOption >= 0 && q.correctOption < q.options.size(), qPrintable(what));
            QCOMPARE(q.optionNotes.size(), q.options.size());
        }
    }
}

void TestDistractorPicker::sameSeedSameOptions()
{
    const DistractorPicker picker(m_catalog);
    const int snmp = m_catalog.protocolIndex(QStringLiteral("snmp"));
    QCOMPARE(picker.portSets(snmp, 3, 42), picker.portSets(snmp, 3, 42));
    QCOMPARE(picker.protocols(snmp, {}, 3, 42), picker.protocols(snmp, {}, 3, 42));
    QCOMPARE(picker.names(snmp, 3, 42), picker.names(snmp, 3, 42));
    QCOMPARE(picker.counterparts(snmp, {}, 3, 42), picker.counterparts(snmp, {}, 3, 42));
}

void TestDistractorPicker::thinCatalog_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("card");
    QTest::addColumn<int>("options");
    QTest::newRow("two protocols: port sets still fill up")
        << QStringList{"ldap", "ldaps"} << "ldap:protocol-to-port" << 4;
    QTest::newRow("two protocols: only one other name")
        << QStringList{"ldap", "ldaps"} << "ldap:port-to-protocol" << 2;
    QTest::newRow("alone: a misnomer is still wrong enough")
        << QStringList{"rdp"} << "rdp:full-name" << 2;
    QTest::newRow("alone, nothing to confuse: flashcard instead")
        << QStringList{"ssh"} << "ssh:port-to-protocol" << 0;
}

void TestDistractorPicker::thinCatalog()
{
    QFETCH(QStringList, keys);
    QFETCH(QString, card);
    QFETCH(int, options);
    const Catalog catalog = smallCatalog(keys);
    const DistractorPicker picker(catalog);
    const QuestionBuilder builder(catalog, picker);
    const Question q = builder.build(*Card::fromKey(card), AnswerFormat::Choice, 5);
    QCOMPARE(q.options.size(), options);
    QCOMPARE(q.format, options > 0 ? AnswerFormat::Choice : AnswerFormat::Flashcard);
}

void TestDistractorPicker::badTargets()
{
    const DistractorPicker picker(m_catalog);
    QVERIFY(picker.protocols(-1, {}, 3, 1).isEmpty());
    QVERIFY(picker.portSets(100000, 3, 1).isEmpty());
    QVERIFY(picker.names(-5, 3, 1).isEmpty());
    QVERIFY(picker.counterparts(int(m_catalog.protocols().size()), {}, 3, 1).isEmpty());
    // An IP protocol has no ports to confuse.
    QVERIFY(picker.portSets(m_catalog.protocolIndex(QStringLiteral("gre")), 3, 1).isEmpty());
    QVERIFY(picker.protocols(0, {}, 0, 1).isEmpty());
}

PORTOLAN_TEST_GUILESS_MAIN(TestDistractorPicker)
#include "tst_distractorpicker.moc"
