// Tests DayCounter: UTC date changes as the reference counts them, and local study days that roll
// over at a wall-clock hour, through DST changes. Instants are written in UTC with the local time
// alongside, so the expectations do not depend on the machine's zone.
#include "../support/TestMain.h"
#include "SrsFixture.h"
#include "srs/DayCounter.h"

#include <QDateTime>
#include <QTest>

using portolan::DayCounter;
using srsfixture::at;

class TestDayCounter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void factories();
    void daysBetween_data();
    void daysBetween();
    void studyDate_data();
    void studyDate();
};

void TestDayCounter::initTestCase()
{
    // The DST rows need real zone data; fail loudly rather than skip if it is missing.
    QVERIFY(QTimeZone("Europe/Berlin").isValid());
    QVERIFY(QTimeZone("Asia/Kolkata").isValid());
}

void TestDayCounter::factories()
{
    const DayCounter utc = DayCounter::utc();
    QCOMPARE(utc.mode(), DayCounter::Mode::Utc);
    const DayCounter local = DayCounter::local(QTimeZone("Europe/Berlin"));
    QCOMPARE(local.mode(), DayCounter::Mode::Local);
    QCOMPARE(local.rolloverHour(), 4);
    QCOMPARE(local.timeZone().id(), QByteArray("Europe/Berlin"));
}

void TestDayCounter::daysBetween_data()
{
    QTest::addColumn<QByteArray>("zone"); // empty: UTC mode
    QTest::addColumn<int>("rollover");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("days");

    const QByteArray utc;
    const QByteArray berlin("Europe/Berlin");
    // UTC mode counts date changes, not 24 h periods.
    QTest::newRow("utc 23:50 -> 00:10 is 1 day")
        << utc << 0 << at("2025-01-01T23:50:00Z") << at("2025-01-02T00:10:00Z") << 1;
    QTest::newRow("utc 00:10 -> 23:50 same date is 0")
        << utc << 0 << at("2025-01-01T00:10:00Z") << at("2025-01-01T23:50:00Z") << 0;
    QTest::newRow("utc 47 h 59 over one date change")
        << utc << 0 << at("2025-01-01T00:00:00Z") << at("2025-01-02T23:59:00Z") << 1;
    QTest::newRow("utc backwards is negative")
        << utc << 0 << at("2025-01-02T00:10:00Z") << at("2025-01-01T23:50:00Z") << -1;
    QTest::newRow("utc across 29 February")
        << utc << 0 << at("2024-02-28T12:00:00Z") << at("2024-03-01T12:00:00Z") << 2;
    QTest::newRow("utc last millisecond of the year")
        << utc << 0 << at("2024-12-31T23:59:59.999Z") << at("2025-01-01T00:00:00Z") << 1;

    // Local mode, Europe/Berlin (CET = UTC+1, CEST = UTC+2), day starts at 04:00.
    QTest::newRow("03:59 vs 04:01 same date: different study days")
        << berlin << 4 << at("2025-01-15T02:59:00Z") << at("2025-01-15T03:01:00Z") << 1;
    QTest::newRow("04:01 -> 03:59 next date: same study day")
        << berlin << 4 << at("2025-01-15T03:01:00Z") << at("2025-01-16T02:59:00Z") << 0;
    QTest::newRow("local 23:50 -> 00:10: same study day")
        << berlin << 4 << at("2025-01-15T22:50:00Z") << at("2025-01-15T23:10:00Z") << 0;
    QTest::newRow("rollover at midnight: 23:50 -> 00:10 is 1 day")
        << berlin << 0 << at("2025-01-15T22:50:00Z") << at("2025-01-15T23:10:00Z") << 1;
    // 30 March 2025: clocks jump from 02:00 CET to 03:00 CEST, the day has 23 h.
    QTest::newRow("spring DST: 04:00 -> 04:00 is 23 h and 1 day")
        << berlin << 4 << at("2025-03-29T03:00:00Z") << at("2025-03-30T02:00:00Z") << 1;
    QTest::newRow("spring DST: 03:59 CEST is still the day before")
        << berlin << 4 << at("2025-03-29T03:00:00Z") << at("2025-03-30T01:59:00Z") << 0;
    // 26 October 2025: clocks go back from 03:00 CEST to 02:00 CET, the day has 25 h.
    QTest::newRow("autumn DST: 04:00 -> 04:00 is 25 h and 1 day")
        << berlin << 4 << at("2025-10-25T02:00:00Z") << at("2025-10-26T03:00:00Z") << 1;
    QTest::newRow("autumn DST: 03:30 CET, 24.5 h later, is still the day before")
        << berlin << 4 << at("2025-10-25T02:00:00Z") << at("2025-10-26T02:30:00Z") << 0;
    // A half-hour offset zone (IST = UTC+5:30).
    QTest::newRow("Kolkata 03:30 -> 04:10")
        << QByteArray("Asia/Kolkata") << 4 << at("2025-01-15T22:00:00Z")
        << at("2025-01-15T22:40:00Z") << 1;
}

void TestDayCounter::daysBetween()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, rollover);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, days);

    const DayCounter counter =
        zone.isEmpty() ? DayCounter::utc() : DayCounter::local(QTimeZone(zone), rollover);
    QCOMPARE(counter.daysBetween(from, to), days);
    QCOMPARE(counter.daysBetween(to, from), -days);
}

void TestDayCounter::studyDate_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<QDate>("date");

    QTest::newRow("utc") << QByteArray() << at("2025-01-15T23:59:00Z") << QDate(2025, 1, 15);
    QTest::newRow("berlin 00:30 belongs to yesterday")
        << QByteArray("Europe/Berlin") << at("2025-01-15T23:30:00Z") << QDate(2025, 1, 15);
    QTest::newRow("berlin 04:00 starts today")
        << QByteArray("Europe/Berlin") << at("2025-01-16T03:00:00Z") << QDate(2025, 1, 16);
}

void TestDayCounter::studyDate()
{
    QFETCH(QByteArray, zone);
    QFETCH(qint64, instant);
    QFETCH(QDate, date);
    const DayCounter counter =
        zone.isEmpty() ? DayCounter::utc() : DayCounter::local(QTimeZone(zone));
    QCOMPARE(counter.studyDate(instant), date);
}

PORTOLAN_TEST_APPLESS_MAIN(TestDayCounter)
#include "tst_daycounter.moc"
