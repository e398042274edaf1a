// Text folding for search and the escaping of untrusted text for display.
#include "../support/TestMain.h"
#include "domain/RangeClass.h"
#include "domain/SafeText.h"
#include "domain/TextFold.h"

#include <QTest>

using namespace portolan;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii") << "HTTPS Secure"
                               << "https secure";
        QTest::newRow("accents") << QString::fromUtf8("Résumé Café") << "resume cafe";
        QTest::newRow("german sharp s") << QString::fromUtf8("Straße") << "strasse";
        QTest::newRow("ligature") << QString::fromUtf8("ﬁle") << "file";
        QTest::newRow("turkish dotted I") << QString::fromUtf8("İ") << "i";
        QTest::newRow("empty") << ""
                               << "";
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldText(input), expected);
        QString owned = input;
        owned.detach();
        QCOMPARE(foldText(std::move(owned)), expected);
    }

    // Folding a temporary that shares its buffer with another string leaves that one as it was.
    void foldingATemporaryLeavesItsTwinAlone()
    {
        const QString original = QStringLiteral("HTTPS Secure");
        QString copy = original; // shares the buffer
        QCOMPARE(foldText(std::move(copy)), QStringLiteral("https secure"));
        QCOMPARE(original, QStringLiteral("HTTPS Secure"));
    }

    void visible_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Message Submission"
                               << "Message Submission";
        QTest::newRow("escape sequence") << QStringLiteral("a\x1b[31mred") << "a\\x1b[31mred";
        QTest::newRow("newline and tab") << "one\ntwo\tthree"
                                         << "one two three";
        QTest::newRow("rtl override") << QString::fromUtf8("abc\u202Edef") << "abc<U+202E>def";
        QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                             << "a\\x00b";
        QTest::newRow("html stays literal") << "<b>bold</b>"
                                            << "<b>bold</b>";
    }

    void visible()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(visibleText(input), expected);
    }

    void rangeClassEdges_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("expected");
        QTest::newRow("0") << 0 << int(RangeClass::System);
        QTest::newRow("1023") << 1023 << int(RangeClass::System);
        QTest::newRow("1024") << 1024 << int(RangeClass::User);
        QTest::newRow("49151") << 49151 << int(RangeClass::User);
        QTest::newRow("49152") << 49152 << int(RangeClass::Dynamic);
        QTest::newRow("65535") << 65535 << int(RangeClass::Dynamic);
    }

    void rangeClassEdges()
    {
        QFETCH(int, port);
        QFETCH(int, expected);
        QCOMPARE(int(rangeClassOf(port)), expected);
    }

    void rangeClassNames()
    {
        RangeClass c;
        QVERIFY(parseRangeClass(u"Well-Known", &c) && c == RangeClass::System);
        QVERIFY(parseRangeClass(u"registered", &c) && c == RangeClass::User);
        QVERIFY(parseRangeClass(u"ephemeral", &c) && c == RangeClass::Dynamic);
        QVERIFY(!parseRangeClass(u"reserved", &c));
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
