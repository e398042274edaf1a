// When Portolan offers to fit the scheduler to the learner's reviews (FsrsFitOffer): after a
// month of study with enough history, on the default weights or on an old fit, never after
// "Don't ask again" and not before "Not now"'s date. Every branch, the thresholds to the day and
// the review, and counts or dates no real log gives. Also how the learner's answer is stored.
#include "../support/TestMain.h"
#include "../support/TestTime.h"
#include "settings/FsrsFitOfferChoice.h"
#include "srs/FsrsOptimizer.h"
#include "stats/FsrsFitOffer.h"

#include <QDateTime>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace portolan;
using portolan::testing::kDay;
using portolan::testing::kNow;
using portolan::testing::kToday;
using Verdict = FsrsFitOffer::Verdict;

Q_DECLARE_METATYPE(portolan::FsrsFitOffer::Verdict)
Q_DECLARE_METATYPE(portolan::StoredFsrsWeights)
Q_DECLARE_METATYPE(portolan::FsrsFitOfferChoice)

// kNow is Tuesday 10 March 2026, 09:00 UTC; study days are counted in UTC (day 0 starts at
// midnight).
namespace {

StoredFsrsWeights fittedTo(int reviews)
{
    StoredFsrsWeights w;
    w.fittedAt = kNow - 60 * kDay;
    w.reviewCount = reviews;
    w.cardCount = 80;
    return w;
}

} // namespace

class TestFsrsFitOffer : public QObject
{
    Q_OBJECT

private slots:
    void decide_data();
    void decide();
    void notNowComesBackAfterItsDays();
    void choiceRoundTrip();
    void handEditedChoice();

private:
    QTemporaryDir m_dir;
};

void TestFsrsFitOffer::decide_data()
{
    QTest::addColumn<int>("reviews");
    QTest::addColumn<int>("cards");
    QTest::addColumn<qint64>("firstReviewMs");
    QTest::addColumn<StoredFsrsWeights>("inUse");
    QTest::addColumn<FsrsFitOfferChoice>("choice");
    QTest::addColumn<Verdict>("verdict");

    const int minR = FsrsOptimizer::kMinimumReviews;
    const int minC = FsrsOptimizer::kMinimumCards;
    const qint64 monthAgo = kNow - 30 * kDay;
    const StoredFsrsWeights defaults;
    const FsrsFitOfferChoice none;
    FsrsFitOfferChoice never;
    never.neverAgain = true;
    FsrsFitOfferChoice tomorrow;
    tomorrow.notBefore = kToday.addDays(1);
    FsrsFitOfferChoice today;
    today.notBefore = kToday;
    FsrsFitOfferChoice past;
    past.notBefore = kToday.addDays(-100);
    FsrsFitOfferChoice lastDayPutOff;
    lastDayPutOff.notBefore = kToday.addDays(FsrsFitOffer::kPutOffDays);
    FsrsFitOfferChoice beyond;
    beyond.notBefore = kToday.addDays(FsrsFitOffer::kPutOffDays + 1);

    QTest::newRow("a month, enough, defaults: offer")
        << 2000 << 300 << monthAgo << defaults << none << Verdict::Offer;
    QTest::newRow("exactly the minimum reviews and cards")
        << minR << minC << monthAgo << defaults << none << Verdict::Offer;
    QTest::newRow("one review short")
        << minR - 1 << minC << monthAgo << defaults << none << Verdict::TooLittle;
    QTest::newRow("one card short")
        << minR << minC - 1 << monthAgo << defaults << none << Verdict::TooLittle;
    QTest::newRow("first answer exactly 30 study days ago, late in its day")
        << 2000 << 300 << QDateTime(kToday.addDays(-30), QTime(23, 59), Qt::UTC).toMSecsSinceEpoch()
        << defaults << none << Verdict::Offer;
    QTest::newRow("29 study days")
        << 2000 << 300 << QDateTime(kToday.addDays(-29), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()
        << defaults << none << Verdict::TooSoon;
    QTest::newRow("too soon is said before too little")
        << 10 << 5 << kNow - kDay << defaults << none << Verdict::TooSoon;
    QTest::newRow("empty log") << 0 << 0 << qint64(0) << defaults << none << Verdict::NoHistory;
    QTest::newRow("negative counts")
        << -5 << -1 << monthAgo << defaults << none << Verdict::NoHistory;
    QTest::newRow("reviews without a first time")
        << 2000 << 300 << qint64(0) << defaults << none << Verdict::NoHistory;
    QTest::newRow("more cards than reviews")
        << 100 << 300 << monthAgo << defaults << none << Verdict::NoHistory;
    QTest::newRow("first answer in the future (clock set back)")
        << 2000 << 300 << kNow + 90 * kDay << defaults << none << Verdict::TooSoon;
    QTest::newRow("fitted to exactly half of today's reviews: recent")
        << 2000 << 300 << monthAgo << fittedTo(1000) << none << Verdict::RecentFit;
    QTest::newRow("fitted to one review less than half: old")
        << 2000 << 300 << monthAgo << fittedTo(999) << none << Verdict::OfferRefit;
    QTest::newRow("fitted elsewhere to more reviews than this log")
        << 2000 << 300 << monthAgo << fittedTo(50000) << none << Verdict::RecentFit;
    QTest::newRow("fitted, stored without a count")
        << 2000 << 300 << monthAgo << fittedTo(0) << none << Verdict::OfferRefit;
    QTest::newRow("don't ask again")
        << 2000 << 300 << monthAgo << defaults << never << Verdict::DeclinedForGood;
    QTest::newRow("don't ask again, even on an old fit")
        << 2000 << 300 << monthAgo << fittedTo(10) << never << Verdict::DeclinedForGood;
    QTest::newRow("not now, until tomorrow")
        << 2000 << 300 << monthAgo << defaults << tomorrow << Verdict::PutOff;
    QTest::newRow("not now, until the last day it can set")
        << 2000 << 300 << monthAgo << defaults << lastDayPutOff << Verdict::PutOff;
    QTest::newRow("not now, its day is today")
        << 2000 << 300 << monthAgo << defaults << today << Verdict::Offer;
    QTest::newRow("not now, its day long past")
        << 2000 << 300 << monthAgo << defaults << past << Verdict::Offer;
    QTest::newRow("a date further ahead than not now sets is ignored")
        << 2000 << 300 << monthAgo << defaults << beyond << Verdict::Offer;
    QTest::newRow("put off, and too little anyway")
        << 10 << 5 << monthAgo << defaults << tomorrow << Verdict::PutOff;
}

void TestFsrsFitOffer::decide()
{
    QFETCH(int, reviews);
    QFETCH(int, cards);
    QFETCH(qint64, firstReviewMs);
    QFETCH(StoredFsrsWeights, inUse);
    QFETCH(FsrsFitOfferChoice, choice);
    QFETCH(Verdict, verdict);
    const Verdict got = FsrsFitOffer::decide(ReviewHistoryCounts{reviews, cards, firstReviewMs},
                                             inUse, choice, DayCounter::utc(), kNow);
    QCOMPARE(int(got), int(verdict));
    QCOMPARE(FsrsFitOffer::offers(got),
             verdict == Verdict::Offer || verdict == Verdict::OfferRefit);
}

// "Not now" on day D: hidden through D + 29, offered again on D + 30, in study days (the
// rollover hour counts, not midnight).
void TestFsrsFitOffer::notNowComesBackAfterItsDays()
{
    const DayCounter days = DayCounter::local(QTimeZone::utc(), 4);
    const ReviewHistoryCounts counts{3000, 400, kNow - 200 * kDay};
    const FsrsFitOfferChoice choice = FsrsFitOffer::putOff({}, days, kNow);
    QCOMPARE(choice.notBefore, kToday.addDays(FsrsFitOffer::kPutOffDays));
    QVERIFY(!choice.neverAgain);
    const auto at = [&](int day, int hour) {
        return QDateTime(kToday.addDays(day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
    };
    QCOMPARE(FsrsFitOffer::decide(counts, {}, choice, days, at(29, 23)), Verdict::PutOff);
    // 03:00 on day 30 is still study day 29.
    QCOMPARE(FsrsFitOffer::decide(counts, {}, choice, days, at(30, 3)), Verdict::PutOff);
    QCOMPARE(FsrsFitOffer::decide(counts, {}, choice, days, at(30, 4)), Verdict::Offer);
    // putOff() sets the date and leaves the rest of the answer as it was.
    FsrsFitOfferChoice never;
    never.neverAgain = true;
    QVERIFY(FsrsFitOffer::putOff(never, days, kNow).neverAgain);
}

void TestFsrsFitOffer::choiceRoundTrip()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("choice.conf"));
    {
        const QSettings empty(path, QSettings::IniFormat);
        QCOMPARE(FsrsFitOfferChoice::load(empty), FsrsFitOfferChoice{});
    }
    FsrsFitOfferChoice c;
    c.notBefore = kToday.addDays(30);
    {
        QSettings s(path, QSettings::IniFormat);
        c.save(s);
    }
    {
        const QSettings s(path, QSettings::IniFormat);
        QCOMPARE(FsrsFitOfferChoice::load(s), c);
    }
    c.neverAgain = true;
    c.notBefore = QDate(); // no date: the key goes
    {
        QSettings s(path, QSettings::IniFormat);
        c.save(s);
        QVERIFY(!s.contains(QStringLiteral("fsrsOffer/notBefore")));
    }
    const QSettings s(path, QSettings::IniFormat);
    QCOMPARE(FsrsFitOfferChoice::load(s), c);
}

void TestFsrsFitOffer::handEditedChoice()
{
    const QString path = m_dir.filePath(QStringLiteral("edited.conf"));
    {
        QSettings s(path, QSettings::IniFormat);
        s.setValue(QStringLiteral("fsrsOffer/notBefore"), QStringLiteral("next tuesday"));
        s.setValue(QStringLiteral("fsrsOffer/neverAgain"), QStringLiteral("perhaps"));
    }
    const QSettings s(path, QSettings::IniFormat);
    const FsrsFitOfferChoice c = FsrsFitOfferChoice::load(s);
    QVERIFY(!c.notBefore.isValid());
    QVERIFY(!c.neverAgain);
    QCOMPARE(FsrsFitOffer::decide({3000, 400, kNow - 200 * kDay}, {}, c, DayCounter::utc(), kNow),
             Verdict::Offer);
}

PORTOLAN_TEST_APPLESS_MAIN(TestFsrsFitOffer)
#include "tst_fsrsfitoffer.moc"
