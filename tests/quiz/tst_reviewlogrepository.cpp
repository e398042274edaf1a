#include "../support/TestMain.h"
#include "QuizFixture.h"
#include "storage/ReviewLogRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace portolan;
using namespace portolan::testing;

// The review log keeps every answer whole, and only ever grows.
class TestReviewLogRepository : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void sinceSkipsUndone();
    void undoOnlyOnce();
    void summaryInSqlEqualsTheRecords();
    void historyCounts();
    void historyCountsOfADamagedLog();
    void appendOnly_data();
    void appendOnly();
    void badRecordsAreRefused_data();
    void badRecordsAreRefused();
};

static ReviewRecord sample(bool wasNew)
{
    ReviewRecord r;
    r.cardKey = QStringLiteral("dhcp:protocol-to-port");
    r.reviewedAt = kMonday9am;
    r.rating = Rating::Hard;
    r.answerFormat = QStringLiteral("typed");
    r.durationMs = 4200;
    r.after.state = CardState::Review;
    r.after.due = kMonday9am + 3 * kDay;
    r.after.stability = 11.95160637;
    r.after.difficulty = 6.48381796;
    r.after.elapsedDays = 3;
    r.after.scheduledDays = 3;
    r.after.reps = 5;
    r.after.lapses = 1;
    r.after.lastReview = kMonday9am;
    if (!wasNew) {
        CardMemory b;
        b.state = CardState::Relearning;
        b.due = kMonday9am - kMinute;
        b.stability = 2.86595213;
        b.difficulty = 7.38771571;
        b.learningSteps = 0;
        b.reps = 4;
        b.lapses = 1;
        b.lastReview = kMonday9am - 11 * kMinute;
        r.before = b;
    }
    return r;
}

void TestReviewLogRepository::roundTrip_data()
{
    QTest::addColumn<bool>("wasNew");
    QTest::newRow("first answer of a new card") << true;
    QTest::newRow("answer of a card in relearning") << false;
}

void TestReviewLogRepository::roundTrip()
{
    QFETCH(bool, wasNew);
    TempDatabase tmp;
    ReviewLogRepository log(tmp.db.connection());
    const ReviewRecord r = sample(wasNew);
    const auto id = log.append(r);
    QVERIFY2(id, qPrintable(log.errorText()));
    ReviewRecord expected = r;
    expected.id = *id;
    QCOMPARE(log.find(*id), std::optional<ReviewRecord>(expected));
    QCOMPARE(log.ids(), QList<qint64>{*id});
}

void TestReviewLogRepository::sinceSkipsUndone()
{
    TempDatabase tmp;
    ReviewLogRepository log(tmp.db.connection());
    ReviewRecord early = sample(true);
    early.reviewedAt -= kDay;
    early.after.lastReview = early.reviewedAt;
    const qint64 a = *log.append(early);
    const qint64 b = *log.append(sample(false));
    const qint64 c = *log.append(sample(false));
    QVERIFY(log.markUndone(c, kMonday9am + 1));
    const QList<ReviewRecord> today = log.since(kMonday9am - kMinute);
    QCOMPARE(today.size(), 1);
    QCOMPARE(today.first().id, b);
    QCOMPARE(log.since(0, true).size(), 3);
    QVERIFY(log.find(c)->undone);
    QVERIFY(!log.find(a)->undone);
}

// The statistics read the log summed by SQLite; the sums must be what the records say: totals,
// 15-minute slots, young and mature reviews passed and failed, undone answers and answers after
// "until" left out, answers before the window only in the totals.
void TestReviewLogRepository::summaryInSqlEqualsTheRecords()
{
    TempDatabase tmp;
    ReviewLogRepository log(tmp.db.connection());
    QList<ReviewRecord> records;
    for (int i = 0; i < 400; ++i) {
        ReviewRecord r = sample(i % 7 == 0);
        r.reviewedAt = kMonday9am - 40 * kDay + qint64(i) * 2 * 3600 * 1000 + (i % 13) * kMinute;
        r.after.lastReview = r.reviewedAt;
        r.rating = i % 5 == 0 ? Rating::Again : Rating::Good;
        r.durationMs = 1000 + i;
        if (r.before) {
            r.before->state = i % 3 == 0 ? CardState::Learning : CardState::Review;
            r.before->scheduledDays = i % 40;
        }
        const std::optional<qint64> id = log.append(r);
        QVERIFY2(id, qPrintable(log.errorText()));
        r.id = *id;
        if (i % 11 == 0) {
            QVERIFY(log.markUndone(*id, r.reviewedAt + 1));
            r.undone = true;
        }
        records << r;
    }
    const qint64 from = kMonday9am - 30 * kDay;
    const qint64 until = kMonday9am - 2 * kDay;
    const std::optional<ReviewSummary> sql = log.summarize(from, until);
    QVERIFY2(sql, qPrintable(log.errorText()));
    const ReviewSummary expected = ReviewSummary::fromRecords(records, from, until);
    QVERIFY(expected.totalReviews > 200 && expected.quarters.size() > 100);
    QVERIFY(expected.quarters.first().startMs >= from - ReviewSlot::kLengthMs);
    int mature = 0;
    int young = 0;
    for (const ReviewSlot &q : expected.quarters) {
        mature += q.matureReviews;
        young += q.youngReviews;
    }
    QVERIFY(mature > 0 && young > 0);
    QCOMPARE(sql->totalReviews, expected.totalReviews);
    QCOMPARE(sql->totalDurationMs, expected.totalDurationMs);
    QCOMPARE(sql->quarters.size(), expected.quarters.size());
    for (qsizetype i = 0; i < expected.quarters.size(); ++i)
        QVERIFY2(sql->quarters.at(i) == expected.quarters.at(i), qPrintable(QString::number(i)));
}

// What the "fit to my reviews" offer asks: answers, distinct cards and the first answer's time,
// undone answers left out (an undone first answer does not date the history).
void TestReviewLogRepository::historyCounts()
{
    TempDatabase tmp;
    ReviewLogRepository log(tmp.db.connection());
    const auto empty = log.historyCounts();
    QVERIFY2(empty, qPrintable(log.errorText()));
    QCOMPARE(*empty, ReviewHistoryCounts{});

    const auto add = [&log](const QString &key, qint64 at) {
        ReviewRecord r = sample(false);
        r.cardKey = key;
        r.reviewedAt = at;
        r.after.lastReview = at;
        return *log.append(r);
    };
    const qint64 first = add(QStringLiteral("dns:protocol-to-port"), kMonday9am - 50 * kDay);
    add(QStringLiteral("ssh:protocol-to-port"), kMonday9am - 40 * kDay);
    const qint64 sshLater = add(QStringLiteral("ssh:protocol-to-port"), kMonday9am - 20 * kDay);
    const qint64 onlyTelnet = add(QStringLiteral("telnet:port-to-protocol"), kMonday9am);
    // Added later but answered earlier (an imported history): the minimum is by time, not id.
    add(QStringLiteral("ssh:protocol-to-port"), kMonday9am - 45 * kDay);
    QCOMPARE(*log.historyCounts(), (ReviewHistoryCounts{5, 3, kMonday9am - 50 * kDay}));

    QVERIFY(log.markUndone(first, kMonday9am));
    QVERIFY(log.markUndone(onlyTelnet, kMonday9am));
    QVERIFY(log.markUndone(sshLater, kMonday9am));
    // dns and telnet had only the undone answers: two fewer cards; ssh keeps two answers and
    // counts once; the first answer is ssh's.
    QCOMPARE(*log.historyCounts(), (ReviewHistoryCounts{2, 1, kMonday9am - 45 * kDay}));
}

void TestReviewLogRepository::historyCountsOfADamagedLog()
{
    TempDatabase tmp;
    ReviewLogRepository log(tmp.db.connection());
    QSqlQuery q(tmp.db.connection());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE review_undo RENAME TO review_undo_gone")));
    QVERIFY(!log.historyCounts());
    // SQLite's own message, with the statement.
    QVERIFY2(log.errorText().contains(QLatin1String("no such table: review_undo")),
             qPrintable(log.errorText()));
}

void TestReviewLogRepository::undoOnlyOnce()
{
    TempDatabase tmp;
    ReviewLogRepository log(tmp.db.connection());
    const qint64 id = *log.append(sample(true));
    QVERIFY(log.markUndone(id, 1));
    QVERIFY(!log.markUndone(id, 2));
    QVERIFY(!log.markUndone(id + 100, 2)); // no such answer (foreign key)
    QVERIFY(!log.find(id + 100));
}

void TestReviewLogRepository::appendOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update") << "UPDATE review_log SET rating = 4";
    QTest::newRow("delete") << "DELETE FROM review_log";
}

void TestReviewLogRepository::appendOnly()
{
    QFETCH(QString, sql);
    TempDatabase tmp;
    ReviewLogRepository log(tmp.db.connection());
    const qint64 id = *log.append(sample(false));
    QSqlQuery q(tmp.db.connection());
    QVERIFY(!q.exec(sql));
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")),
             qPrintable(q.lastError().text()));
    QCOMPARE(log.find(id)->rating, Rating::Hard);
}

void TestReviewLogRepository::badRecordsAreRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown answer format") << "format";
    QTest::newRow("card key without kind") << "key";
    QTest::newRow("negative duration") << "duration";
}

void TestReviewLogRepository::badRecordsAreRefused()
{
    QFETCH(QString, field);
    TempDatabase tmp;
    ReviewLogRepository log(tmp.db.connection());
    ReviewRecord r = sample(true);
    if (field == QLatin1String("format"))
        r.answerFormat = QStringLiteral("essay");
    else if (field == QLatin1String("key"))
        r.cardKey = QStringLiteral("dhcp");
    else
        r.durationMs = -5;
    QVERIFY(!log.append(r));
    QVERIFY(!log.errorText().isEmpty());
    QVERIFY(log.ids().isEmpty());
}

PORTOLAN_TEST_GUILESS_MAIN(TestReviewLogRepository)
#include "tst_reviewlogrepository.moc"
