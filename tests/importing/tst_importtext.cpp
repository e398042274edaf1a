// What an imported file must be before any parser looks at it: UTF-8 text, not empty, not
// binary; errors name the line of the first bad byte.
#include "../support/TestMain.h"
#include "importing/ImportText.h"

#include <QTest>

using namespace portolan;

class TestImportText : public QObject
{
    Q_OBJECT

private slots:
    void accepted_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QByteArray("a b\tc\r\n") << "a b\tc\r\n";
        QTest::newRow("utf-8") << QByteArray("Caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x9A\xA2\n")
                               << QString::fromUtf8("Café — 🚢\n");
        QTest::newRow("bom dropped") << QByteArray("\xEF\xBB\xBFx") << "x";
    }

    void accepted()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        ImportText t;
        QVERIFY2(t.decode(bytes, QStringLiteral("f")), qPrintable(t.errorText()));
        QCOMPARE(t.text(), text);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << "f:1: the file is empty";
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << "f:1: the file is empty";
        QTest::newRow("whitespace only") << QByteArray(" \n\t\n") << "f:1: the file is empty";
        QTest::newRow("nul on line 3")
            << QByteArray("a\nb\nc\0d\n", 8) << "f:3: binary data (byte 0x00)";
        QTest::newRow("escape") << QByteArray("\x1b[2J\n") << "f:1: binary data (byte 0x1b)";
        QTest::newRow("delete") << QByteArray("a\n\x7f\n") << "f:2: binary data (byte 0x7f)";
        QTest::newRow("latin-1") << QByteArray("ok\ncaf\xE9\n")
                                 << "f:2: not UTF-8 text (byte 0xe9)";
        QTest::newRow("truncated sequence")
            << QByteArray("\xE2\x80") << "f:1: not UTF-8 text (byte 0xe2)";
        QTest::newRow("overlong slash")
            << QByteArray("\xC0\xAF") << "f:1: not UTF-8 text (byte 0xc0)";
        QTest::newRow("surrogate")
            << QByteArray("\xED\xA0\x80") << "f:1: not UTF-8 text (byte 0xed)";
        QTest::newRow("above U+10FFFF")
            << QByteArray("\xF4\x90\x80\x80") << "f:1: not UTF-8 text (byte 0xf4)";
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        ImportText t;
        QVERIFY(!t.decode(bytes, QStringLiteral("f")));
        QVERIFY2(t.errorText().startsWith(error), qPrintable(t.errorText()));
        QVERIFY(t.text().isEmpty());
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestImportText)
#include "tst_importtext.moc"
