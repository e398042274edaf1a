// Percentages read the same in the window, the PDFs and the terminal, and follow the language.
#include "../support/TestMain.h"
#include "domain/Percent.h"

#include <QTest>

using namespace portolan;

class TestPercent : public QObject
{
    Q_OBJECT

private slots:
    void text_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<double>("share");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");
        QTest::newRow("english closed up") << "en_US" << 0.235 << 1 << "23.5%";
        QTest::newRow("english whole") << "en_GB" << 0.9 << 0 << "90%";
        QTest::newRow("german comma, apart") << "de_DE" << 0.235 << 1 << "23,5\u00a0%";
        QTest::newRow("french") << "fr_FR" << 0.9 << 0 << "90\u00a0%";
        QTest::newRow("spanish") << "es_ES" << 1.0 << 1 << "100,0\u00a0%";
        QTest::newRow("rounds, not truncates") << "en_US" << 0.8996 << 1 << "90.0%";
        QTest::newRow("zero") << "de_DE" << 0.0 << 0 << "0\u00a0%";
    }

    void text()
    {
        QFETCH(QString, locale);
        QFETCH(double, share);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(percentText(share, decimals, QLocale(locale)), expected);
    }

    void signNeverBreaksFromTheNumber()
    {
        // A plain space would let a narrow label wrap "23,5" and "%" onto two lines.
        QVERIFY(!percentSign(QLocale(QStringLiteral("de_DE"))).contains(QLatin1Char(' ')));
        QCOMPARE(percentSign(QLocale(QStringLiteral("en_US"))), QStringLiteral("%"));
    }

    void percentOfTakesPercentPoints()
    {
        QCOMPARE(percentOf(12.25, 2, QLocale(QStringLiteral("en_US"))), QStringLiteral("12.25%"));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestPercent)
#include "tst_percent.moc"
