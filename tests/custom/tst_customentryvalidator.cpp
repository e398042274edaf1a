#include "../support/TestMain.h"
#include "custom/CustomEntryValidator.h"

#include <QTest>

using namespace portolan;

Q_DECLARE_METATYPE(portolan::CustomEntry)

namespace {

CustomEntry good()
{
    CustomEntry e;
    e.key = QStringLiteral("custom-internal-api");
    e.name = QStringLiteral("Internal API");
    e.ports = {{8443, 8443, Transport::Tcp}};
    e.security = Security::Secure;
    return e;
}

} // namespace

class TestCustomEntryValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<CustomEntry>("entry");
        QTest::addColumn<QString>("problem"); // empty: accepted; else a substring of the message

        using T = Transport;
        const auto with = [](auto change) {
            CustomEntry e = good();
            change(e);
            return e;
        };
        QTest::newRow("accepted: plain") << good() << QString();
        QTest::newRow("accepted: port 0") << with([](CustomEntry &e) {
            e.ports = {{0, 0, T::Udp}};
        }) << QString();
        QTest::newRow("accepted: port 65535") << with([](CustomEntry &e) {
            e.ports = {{65535, 65535, T::Sctp}};
        }) << QString();
        QTest::newRow("accepted: range") << with([](CustomEntry &e) {
            e.ports = {{9000, 9100, T::Dccp}};
        }) << QString();
        QTest::newRow("accepted: name of 200")
            << with([](CustomEntry &e) { e.name = QString(200, u'x'); }) << QString();
        QTest::newRow("accepted: notes with newlines")
            << with([](CustomEntry &e) { e.notes = QStringLiteral("line 1\nline 2\tx"); })
            << QString();
        QTest::newRow("accepted: accents and CJK name")
            << with([](CustomEntry &e) { e.name = QStringLiteral("Café 服务"); }) << QString();
        QTest::newRow("accepted: tags") << with([](CustomEntry &e) {
            e.tags = {QStringLiteral("edge"), QStringLiteral("lab")};
        }) << QString();

        QTest::newRow("refused: empty name") << with([](CustomEntry &e) { e.name.clear(); })
                                             << QStringLiteral("Name: must not be empty");
        QTest::newRow("refused: blank name")
            << with([](CustomEntry &e) { e.name = QStringLiteral("  \t "); })
            << QStringLiteral("Name: must not be empty");
        QTest::newRow("refused: name of 201")
            << with([](CustomEntry &e) { e.name = QString(201, u'x'); })
            << QStringLiteral("Name: at most 200");
        QTest::newRow("refused: NUL in name")
            << with([](CustomEntry &e) { e.name = QStringLiteral("a") + QChar(0) + u'b'; })
            << QStringLiteral("Name: contains a control");
        QTest::newRow("refused: newline in name")
            << with([](CustomEntry &e) { e.name = QStringLiteral("a\nb"); })
            << QStringLiteral("Name: contains a control");
        QTest::newRow("refused: RLO in name")
            << with([](CustomEntry &e) { e.name = QStringLiteral("evil\u202Etxt.exe"); })
            << QStringLiteral("U+202E");
        QTest::newRow("refused: isolate in name")
            << with([](CustomEntry &e) { e.name = QStringLiteral("x\u2067y"); })
            << QStringLiteral("Name: contains a control or text-direction character (U+2067");
        QTest::newRow("refused: ESC in notes")
            << with([](CustomEntry &e) { e.notes = QStringLiteral("\x1b[31mred"); })
            << QStringLiteral("Notes: contain a control");
        QTest::newRow("refused: notes of 10001")
            << with([](CustomEntry &e) { e.notes = QString(10001, u'n'); })
            << QStringLiteral("Notes: at most 10000");
        QTest::newRow("refused: no port") << with([](CustomEntry &e) { e.ports.clear(); })
                                          << QStringLiteral("Port: at least one");
        QTest::newRow("refused: port 65536") << with([](CustomEntry &e) {
            e.ports = {{65536, 65536, T::Tcp}};
        }) << QStringLiteral("outside 0–65535");
        QTest::newRow("refused: port -1") << with([](CustomEntry &e) {
            e.ports = {{-1, -1, T::Tcp}};
        }) << QStringLiteral("outside 0–65535");
        QTest::newRow("refused: backwards range") << with([](CustomEntry &e) {
            e.ports = {{9100, 9000, T::Tcp}};
        }) << QStringLiteral("runs backwards");
        QTest::newRow("refused: bad transport value") << with([](CustomEntry &e) {
            e.ports = {{1, 1, Transport(9)}};
        }) << QStringLiteral("Transport: must be tcp, udp, sctp or dccp");
        QTest::newRow("refused: empty key") << with([](CustomEntry &e) { e.key.clear(); })
                                            << QStringLiteral("Key: must not be empty");
        QTest::newRow("refused: key without prefix")
            << with([](CustomEntry &e) { e.key = QStringLiteral("https"); })
            << QStringLiteral("Key: must look like");
        QTest::newRow("refused: key with SQL")
            << with([](CustomEntry &e) { e.key = QStringLiteral("custom-x'; DROP TABLE x;--"); })
            << QStringLiteral("Key: must look like");
        QTest::newRow("refused: duplicate key")
            << with([](CustomEntry &e) { e.key = QStringLiteral("custom-taken"); })
            << QStringLiteral("Key: \"custom-taken\" is already taken");
        QTest::newRow("refused: counterpart is itself")
            << with([](CustomEntry &e) { e.counterpartKey = e.key; })
            << QStringLiteral("Counterpart:");
        QTest::newRow("refused: tag of 41")
            << with([](CustomEntry &e) { e.tags = {QString(41, u't')}; })
            << QStringLiteral("Tag: at most 40");
        QTest::newRow("refused: tag with bidi")
            << with([](CustomEntry &e) { e.tags = {QStringLiteral("a\u202Db")}; })
            << QStringLiteral("Tag: contains a control");
        QTest::newRow("refused: empty tag") << with([](CustomEntry &e) { e.tags = {QString()}; })
                                            << QStringLiteral("Tag: must not be empty");
    }

    void validate()
    {
        QFETCH(CustomEntry, entry);
        QFETCH(QString, problem);
        CustomEntryValidator v;
        v.setTakenKeys({QStringLiteral("custom-taken"), QStringLiteral("https")});
        const auto problems = v.validate(entry);
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
            return;
        }
        QVERIFY(!problems.isEmpty());
        QStringList messages;
        for (const auto &p : problems)
            messages << p.message;
        QVERIFY2(messages.join(u'|').contains(problem), qPrintable(messages.join(u'|')));
    }

    void parsePortSpan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("single") << "443" << true << 443 << 443;
        QTest::newRow("zero") << "0" << true << 0 << 0;
        QTest::newRow("top") << "65535" << true << 65535 << 65535;
        QTest::newRow("range") << "8000-8010" << true << 8000 << 8010;
        QTest::newRow("en dash") << QStringLiteral("1\u20132") << true << 1 << 2;
        QTest::newRow("spaces") << " 10 - 20 " << true << 10 << 20;
        QTest::newRow("too big") << "65536" << false << 0 << 0;
        QTest::newRow("huge") << "99999999999" << false << 0 << 0;
        QTest::newRow("backwards") << "20-10" << false << 0 << 0;
        QTest::newRow("negative") << "-5" << false << 0 << 0;
        QTest::newRow("word") << "http" << false << 0 << 0;
        QTest::newRow("empty") << "" << false << 0 << 0;
        QTest::newRow("arabic digits") << QStringLiteral("\u0664\u0664\u0663") << false << 0 << 0;
    }

    void parsePortSpan()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        int first = 0;
        int last = 0;
        QCOMPARE(CustomEntryValidator::parsePortSpan(text, &first, &last), ok);
        if (ok) {
            QTEST(first, "first");
            QTEST(last, "last");
        }
    }

    void keyFromName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("words") << "Internal API"
                               << "custom-internal-api";
        QTest::newRow("accents") << QStringLiteral("Café Proxy") << "custom-cafe-proxy";
        QTest::newRow("punctuation") << "  --Kafka (lab)!! "
                                     << "custom-kafka-lab";
        QTest::newRow("nothing usable") << QStringLiteral("服务") << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void keyFromName()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(CustomEntryValidator::keyFromName(name), key);
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCustomEntryValidator)
#include "tst_customentryvalidator.moc"
