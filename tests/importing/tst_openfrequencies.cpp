// The "how common" table: lookups, range maxima, overrides, and the way it is written.
#include "../support/TestMain.h"
#include "importing/OpenFrequencies.h"

#include <QTest>

using namespace portolan;

class TestOpenFrequencies : public QObject
{
    Q_OBJECT

private:
    static OpenFrequencies sample()
    {
        return OpenFrequencies({{80, Transport::Tcp, 0.48, {}},
                                {6001, Transport::Tcp, 0.0003, {}},
                                {6000, Transport::Tcp, 0.0019, {}},
                                {80, Transport::Udp, 0.01, {}},
                                {53, Transport::Udp, 0.21, {}}});
    }

private slots:
    void lookups_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("transport");
        QTest::addColumn<double>("expected");
        QTest::newRow("listed") << 80 << 80 << int(Transport::Tcp) << 0.48;
        QTest::newRow("other transport") << 80 << 80 << int(Transport::Udp) << 0.01;
        QTest::newRow("not listed") << 81 << 81 << int(Transport::Tcp) << -1.0;
        QTest::newRow("sctp unknown") << 80 << 80 << int(Transport::Sctp) << -1.0;
        QTest::newRow("range takes the most common")
            << 6000 << 6063 << int(Transport::Tcp) << 0.0019;
        QTest::newRow("range without entries") << 7000 << 7999 << int(Transport::Tcp) << -1.0;
        QTest::newRow("whole space") << 0 << 65535 << int(Transport::Udp) << 0.21;
    }

    void lookups()
    {
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, transport);
        QFETCH(double, expected);
        QCOMPARE(sample().maxIn(first, last, Transport(transport)), expected);
    }

    void laterEntriesWin()
    {
        const OpenFrequencies f({{22, Transport::Tcp, 0.1, {}}, {22, Transport::Tcp, 0.2, {}}});
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(22, Transport::Tcp), 0.2);
    }

    void overridesLayOver()
    {
        const OpenFrequencies over({{80, Transport::Tcp, 0.5, {}}, {443, Transport::Tcp, 0.2, {}}});
        const OpenFrequencies merged = sample().overriddenBy(over);
        QCOMPARE(merged.size(), 6);
        QCOMPARE(merged.at(80, Transport::Tcp), 0.5);
        QCOMPARE(merged.at(443, Transport::Tcp), 0.2);
        QCOMPARE(merged.at(53, Transport::Udp), 0.21);
        QCOMPARE(OpenFrequencies().overriddenBy(over), over);
        QCOMPARE(over.overriddenBy({}), over);
        const QList<PortFrequency> entries = merged.entries();
        QCOMPARE(entries.first().port, 80); // tcp first, by port
        QCOMPARE(entries.last().transport, Transport::Udp);
    }

    void formatting_data()
    {
        QTest::addColumn<double>("frequency");
        QTest::addColumn<QString>("text");
        QTest::newRow("unknown") << -1.0 << "";
        QTest::newRow("zero") << 0.0 << "0%";
        QTest::newRow("http") << 0.484143 << "48.4%";
        QTest::newRow("one percent") << 0.01 << "1.0%";
        QTest::newRow("small") << 0.001995 << "0.2%";
        QTest::newRow("smaller") << 0.0000138 << "0.0014%";
        QTest::newRow("tiny") << 0.000000001 << "<0.001%";
        QTest::newRow("all") << 1.0 << "100.0%";
    }

    void formatting()
    {
        QFETCH(double, frequency);
        QFETCH(QString, text);
        QCOMPARE(formatHowCommon(frequency), text);
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestOpenFrequencies)
#include "tst_openfrequencies.moc"
