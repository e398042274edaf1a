#include "../support/TestMain.h"
#include "QuizFixture.h"
#include "quiz/NameIndex.h"

#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// Which protocol a typed name means, and how far a misspelling may go.
class TestNameIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void normalize_data();
    void normalize();
    void closeEnough_data();
    void closeEnough();
    void lookup_data();
    void lookup();

private:
    QList<Protocol> m_protocols;
    NameIndex m_index;
};

void TestNameIndex::initTestCase()
{
    m_protocols = fixtureProtocols();
    m_index = NameIndex(m_protocols);
}

void TestNameIndex::normalize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case and padding") << "  SMB/CIFS "
                                      << "smb cifs";
    QTest::newRow("punctuation") << "SQL*Net"
                                 << "sql net";
    QTest::newRow("accents") << "Résumé"
                             << "resume";
    QTest::newRow("runs of separators") << "a -- b,,c"
                                        << "a b c";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("only punctuation") << "!!! ???"
                                      << "";
}

void TestNameIndex::normalize()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(NameIndex::normalize(text), expected);
}

void TestNameIndex::closeEnough_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("close");
    QTest::addColumn<int>("distance");
    QTest::newRow("one typo in a long word") << "dynamic host configuraton protocol"
                                             << "dynamic host configuration protocol" << true << 1;
    QTest::newRow("transposed letters") << "kerberso"
                                        << "kerberos" << true << 1;
    QTest::newRow("spacing only") << "realtime transport protocol"
                                  << "real time transport protocol" << true << 0;
    QTest::newRow("control is not configuration")
        << "dynamic host control protocol"
        << "dynamic host configuration protocol" << false << 0;
    QTest::newRow("service is not system") << "domain name service"
                                           << "domain name system" << false << 0;
    QTest::newRow("transport is not transfer") << "simple mail transport protocol"
                                               << "simple mail transfer protocol" << false << 0;
    QTest::newRow("digits must match") << "post office protocol version 2"
                                       << "post office protocol version 3" << false << 0;
    QTest::newRow("acronyms must match") << "smtp"
                                         << "snmp" << false << 0;
    QTest::newRow("short words must match") << "ldap over tls"
                                            << "dns over tls" << false << 0;
    QTest::newRow("a missing word") << "dynamic configuration protocol"
                                    << "dynamic host configuration protocol" << false << 0;
    QTest::newRow("too many typos in total") << "dinamic hots configuraton protocl"
                                             << "dynamic host configuration protocol" << false << 0;
}

void TestNameIndex::closeEnough()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);
    QFETCH(bool, close);
    QFETCH(int, distance);
    int d = -1;
    QCOMPARE(NameIndex::isCloseEnough(given, expected, &d), close);
    if (close)
        QCOMPARE(d, distance);
}

void TestNameIndex::lookup_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("distance");
    QTest::newRow("abbreviation") << "DHCP" << QStringList{"dhcp"} << 0;
    QTest::newRow("padded lower case") << "  dhcp " << QStringList{"dhcp"} << 0;
    QTest::newRow("full name") << "Dynamic Host Configuration Protocol" << QStringList{"dhcp"} << 0;
    QTest::newRow("full name with a typo")
        << "Dynamic Host Configuraton Protocol" << QStringList{"dhcp"} << 1;
    QTest::newRow("alias") << "BOOTP" << QStringList{"dhcp"} << 0;
    QTest::newRow("key") << "netbios-ssn" << QStringList{"netbios-ssn"} << 0;
    QTest::newRow("key written with a space") << "NetBIOS SSN" << QStringList{"netbios-ssn"} << 0;
    QTest::newRow("SMTP means port 25 only") << "SMTP" << QStringList{"smtp"} << 0;
    QTest::newRow("SMTPS is an alias of both submission ports")
        << "smtps" << QStringList{"smtp-submission", "smtps-submissions"} << 0;
    QTest::newRow("name without its parenthesis")
        << "Message Submission" << QStringList{"smtp-submission"} << 0;
    QTest::newRow("shortened name taken by another protocol")
        << "Global Catalog" << QStringList{"ldap-gc"} << 0;
    QTest::newRow("acronym typo is not forgiven") << "DCHP" << QStringList{} << 0;
    QTest::newRow("unknown") << "gopher" << QStringList{} << 0;
    QTest::newRow("empty") << "" << QStringList{} << 0;
    QTest::newRow("punctuation only") << "/-*" << QStringList{} << 0;
    QTest::newRow("very long text") << QString(5000, QLatin1Char('x')) << QStringList{} << 0;
}

void TestNameIndex::lookup()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, keys);
    QFETCH(int, distance);
    const NameIndex::Match match = m_index.lookup(typed);
    QStringList found;
    for (int i : match.protocols)
        found << m_protocols.at(i).key;
    found.sort();
    keys.sort();
    QCOMPARE(found, keys);
    QCOMPARE(match.distance, distance);
}

PORTOLAN_TEST_GUILESS_MAIN(TestNameIndex)
#include "tst_nameindex.moc"
