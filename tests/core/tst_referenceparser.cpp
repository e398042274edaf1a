// The curated study-set file format: good entries load whole; every mistake is named by file,
// line and field.
#include "../support/TestMain.h"
#include "catalog/ReferenceParser.h"

#include <QTest>

using namespace portolan;

#include "referencefixtures.h"

class TestReferenceParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesAGoodEntry()
    {
        ReferenceParser parser;
        QVERIFY2(parser.parse(file({entry()}), QStringLiteral("core.json")),
                 qPrintable(parser.errorText()));
        QCOMPARE(parser.protocols().size(), 1);
        const Protocol &p = parser.protocols().first();
        QCOMPARE(p.key, QStringLiteral("dhcp"));
        QCOMPARE(p.security, Security::Insecure);
        QCOMPARE(p.ports.size(), 2);
        QCOMPARE(p.ports.at(1).first, 68);
        QCOMPARE(p.ports.at(1).transport, Transport::Udp);
        QCOMPARE(p.ports.at(1).ianaName, QStringLiteral("bootpc"));
        QCOMPARE(p.examLabel(u"220-1101"), QStringLiteral("DHCP"));
        QVERIFY(p.hasExam(u"n10-009"));
        QVERIFY(!p.hasExam(u"sy0-701"));
        QCOMPARE(p.examTag(u"n10-009")->objective, QStringLiteral("1.4"));
        QCOMPARE(p.examTag(u"220-1101")->citation(), QStringLiteral("220-1101 2.1"));
        QCOMPARE(p.category, QStringLiteral("infrastructure"));
    }

    void beyondTheObjectivesIsApart()
    {
        ReferenceParser parser;
        const QByteArray e = entry().replace(R"({"id": "n10-009", "objective": "1.4"},)",
                                             R"({"id": "n10-009", "objective": "1.4"},
                  {"id": "sy0-701", "beyond": true},
                  {"id": "ccna-200-301", "objective": "4.3"},)");
        QVERIFY2(parser.parse(file({e}), QStringLiteral("core.json")),
                 qPrintable(parser.errorText()));
        const Protocol &p = parser.protocols().first();
        QVERIFY(!p.hasExam(u"sy0-701"));
        QVERIFY(p.isBeyond(u"sy0-701"));
        QVERIFY(!p.isBeyond(u"n10-009"));
        QCOMPARE(p.examTag(u"ccna-200-301")->citation(), QStringLiteral("CCNA 4.3"));
        QCOMPARE(p.exams.at(1).citation(), QStringLiteral("SY0-701 beyond"));
    }

    void rangesAndCommonUse()
    {
        ReferenceParser parser;
        const QByteArray x11 = x11Entry();
        const QByteArray oracle = oracleEntry();
        QVERIFY2(parser.parse(file({x11, oracle}), QStringLiteral("f.json")),
                 qPrintable(parser.errorText()));
        QCOMPARE(parser.protocols().at(0).ports.first().last, 6063);
        QVERIFY(!parser.protocols().at(1).ports.first().isIanaAssigned());
        QCOMPARE(parser.protocols().at(1).ports.first().commonUse,
                 QStringLiteral("Oracle's default listener"));
    }

    void errorsNameFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray second = entry().replace("\"dhcp\"", "\"dhcp2\"");
        QTest::newRow("not json") << QByteArray("{\n\"protocols\": [\n,]}") << "bad.json:3:";
        QTest::newRow("no list") << QByteArray("{}") << "bad.json: protocols: missing";
        QTest::newRow("port too high")
            << file({entry(), QByteArray(second).replace("\"port\": 68", "\"port\": 70000")})
            << "bad.json:12: protocols[1].ports[1].port: must be a port number 0–65535";
        QTest::newRow("reversed range")
            << file({QByteArray(entry()).replace("\"port\": 67,", "\"port\": 67, \"to\": 60,")})
            << "protocols[0].ports[0].to: must not be below port";
        QTest::newRow("bad transport")
            << file({QByteArray(entry()).replace("\"udp\", \"role\": \"server\"",
                                                 "\"ipx\", \"role\": \"server\"")})
            << "protocols[0].ports[0].transport: must be tcp, udp, sctp or dccp";
        QTest::newRow("null iana without reason")
            << file({QByteArray(entry()).replace("\"bootps\"", "null")})
            << "protocols[0].ports[0].common_use: required when iana is null";
        QTest::newRow("bad security")
            << file({QByteArray(entry()).replace("\"insecure\"", "\"safe-ish\"")})
            << "protocols[0].security: must be secure, insecure or depends";
        QTest::newRow("unknown exam")
            << file({QByteArray(entry()).replace("\"n10-009\"", "\"n10-001\"")})
            << "protocols[0].exams[0].id: unknown exam \"n10-001\"";
        QTest::newRow("exam tag without objective")
            << file({QByteArray(entry()).replace(R"({"id": "n10-009", "objective": "1.4"})",
                                                 R"({"id": "n10-009"})")})
            << "protocols[0].exams[0].objective: must cite the exam's objective";
        QTest::newRow("objective that is not one")
            << file({QByteArray(entry()).replace("\"1.4\"", "\"port table\"")})
            << "protocols[0].exams[0].objective: must cite the exam's objective";
        QTest::newRow("beyond mark with an objective")
            << file({QByteArray(entry()).replace(R"("objective": "1.4")",
                                                 R"("objective": "1.4", "beyond": true)")})
            << "protocols[0].exams[0].objective: a beyond-the-objectives mark has no objective";
        QTest::newRow("beyond that is not a flag")
            << file({QByteArray(entry()).replace(R"("objective": "1.4")",
                                                 R"("objective": "1.4", "beyond": "yes")")})
            << "protocols[0].exams[0].beyond: must be true or false";
        QTest::newRow("exam listed twice")
            << file({QByteArray(entry()).replace(R"("id": "220-1101")", R"("id": "n10-009")")})
            << "protocols[0].exams[1].id: exam \"n10-009\" listed twice";
        QTest::newRow("no sources") << file({QByteArray(entry()).replace("[\"RFC 2131\"]", "[]")})
                                    << "protocols[0].sources: at least one source";
        QTest::newRow("empty notes")
            << file({QByteArray(entry()).replace("\"Configuration, not Control.\"", "\"  \"")})
            << "protocols[0].notes: must be a non-empty text";
        QTest::newRow("key with capitals")
            << file({QByteArray(entry()).replace("\"dhcp\"", "\"DHCP v4\"")})
            << "protocols[0].key: \"DHCP v4\" must be lowercase";
        QTest::newRow("duplicate key")
            << file({entry(), entry()}) << "protocols[1].key: duplicate key \"dhcp\"";
        // Every entry sits in one category of the documented list; the message lists them.
        QTest::newRow("no category")
            << file({QByteArray(entry()).replace(R"("category": "infrastructure",)", "")})
            << "protocols[0].category: missing: one of web, mail, name-services,";
        QTest::newRow("unknown category")
            << file({QByteArray(entry()).replace("\"infrastructure\"", "\"plumbing\"")})
            << "protocols[0].category: \"plumbing\" is not a category; one of web, mail,";
        QTest::newRow("category that is not a text")
            << file({QByteArray(entry()).replace("\"infrastructure\"", "7")})
            << "protocols[0].category: \"7\" is not a category";
        QTest::newRow("ip protocol without number")
            << file({QByteArray(entry()).replace("\"service\"", "\"ip-protocol\"")})
            << "protocols[0].ip_protocol: must be 0–255";
    }

    void errorsNameFileLineAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        ReferenceParser parser;
        QVERIFY(!parser.parse(json, QStringLiteral("bad.json")));
        QVERIFY2(parser.errorText().contains(expected),
                 qPrintable(parser.errorText() + QStringLiteral(" / expected: ") + expected));
        QVERIFY(parser.protocols().isEmpty() || !parser.errorText().isEmpty());
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestReferenceParser)
#include "tst_referenceparser.moc"
