// EphemeralRanges: the default ephemeral port range of each OS (and RFC 6335 §6), exactly.
#include "../support/TestMain.h"
#include "map/EphemeralRanges.h"

#include <QTest>

using namespace portolan;

class TestEphemeralRanges : public QObject
{
    Q_OBJECT

private slots:
    void table_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::newRow("IANA") << "iana" << 49152 << 65535;
        QTest::newRow("Linux") << "linux" << 32768 << 60999;
        QTest::newRow("Windows Vista and later") << "windows" << 49152 << 65535;
        QTest::newRow("Windows XP and earlier") << "windows-xp" << 1025 << 5000;
        QTest::newRow("macOS") << "macos" << 49152 << 65535;
        QTest::newRow("FreeBSD") << "freebsd" << 10000 << 65535;
    }
    void table()
    {
        QFETCH(QString, id);
        QFETCH(int, first);
        QFETCH(int, last);
        const EphemeralRange *r = findEphemeralRange(id);
        QVERIFY(r);
        QCOMPARE(r->first, first);
        QCOMPARE(r->last, last);
        QCOMPARE(r->size(), last - first + 1);
        QVERIFY(r->contains(first) && r->contains(last));
        QVERIFY(!r->contains(first - 1) && !r->contains(last + 1));
        QVERIFY(!r->name.isEmpty());
        QVERIFY(!r->shortName.isEmpty());
        QVERIFY(!r->setting.isEmpty());
        QCOMPARE(r->rangeText(), QStringLiteral("%1\u2013%2").arg(first).arg(last));
    }

    void orderAndUnknown()
    {
        QCOMPARE(ephemeralRanges().size(), 6);
        QCOMPARE(ephemeralRanges().first().id, QStringLiteral("iana"));
        QCOMPARE(findEphemeralRange(u"solaris"), nullptr);
    }
};

PORTOLAN_TEST_APPLESS_MAIN(TestEphemeralRanges)
#include "tst_ephemeralranges.moc"
