#include "../support/TestMain.h"
#include "quiz/TextDiff.h"

#include <QTest>

using namespace portolan;

// Edit distance and the character diff shown for typed answers.
class TestTextDiff : public QObject
{
    Q_OBJECT

private slots:
    void distance_data();
    void distance();
    void diff_data();
    void diff();
};

// Writes a diff compactly: agreeing text as is, [+missing] and [-extra].
static QString markup(const QList<DiffSegment> &segments)
{
    QString out;
    for (const DiffSegment &s : segments) {
        if (s.kind == DiffSegment::Kind::Same)
            out += s.text;
        else if (s.kind == DiffSegment::Kind::Missing)
            out += QStringLiteral("[+") + s.text + QLatin1Char(']');
        else
            out += QStringLiteral("[-") + s.text + QLatin1Char(']');
    }
    return out;
}

void TestTextDiff::distance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("identical") << "protocol"
                               << "protocol" << 0;
    QTest::newRow("both empty") << ""
                                << "" << 0;
    QTest::newRow("one empty") << ""
                               << "abc" << 3;
    QTest::newRow("substitution") << "protocal"
                                  << "protocol" << 1;
    QTest::newRow("insertion") << "protcol"
                               << "protocol" << 1;
    QTest::newRow("transposition is one edit") << "protocl"
                                               << "protocol" << 1;
    QTest::newRow("swapped neighbours") << "prtoocol"
                                        << "protocol" << 1;
    QTest::newRow("kitten sitting") << "kitten"
                                    << "sitting" << 3;
    QTest::newRow("case counts") << "DHCP"
                                 << "dhcp" << 4;
    QTest::newRow("control vs configuration") << "control"
                                              << "configuration" << 8;
}

void TestTextDiff::distance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(textdiff::distance(a, b), expected);
    QCOMPARE(textdiff::distance(b, a), expected);
}

void TestTextDiff::diff_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("markup");
    QTest::newRow("equal") << "Protocol"
                           << "Protocol"
                           << "Protocol";
    QTest::newRow("case is not a difference") << "dhcp"
                                              << "DHCP"
                                              << "DHCP";
    QTest::newRow("missing letter") << "Protcol"
                                    << "Protocol"
                                    << "Prot[+o]col";
    QTest::newRow("extra letter") << "Protoccol"
                                  << "Protocol"
                                  << "Proto[-c]col";
    QTest::newRow("nothing given") << ""
                                   << "SSH"
                                   << "[+SSH]";
    QTest::newRow("nothing expected") << "xyz"
                                      << ""
                                      << "[-xyz]";
    QTest::newRow("replaced run reads as one correction") << "xy"
                                                          << "ab"
                                                          << "[-xy][+ab]";
    QTest::newRow("wrong word") << "Domain Name Service"
                                << "Domain Name System"
                                << "Domain Name S[-ervice][+ystem]";
}

void TestTextDiff::diff()
{
    QFETCH(QString, given);
    QFETCH(QString, expected);
    QFETCH(QString, markup);
    QCOMPARE(::markup(textdiff::diff(given, expected)), markup);
}

PORTOLAN_TEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
