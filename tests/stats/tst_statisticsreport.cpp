// The report the statistics page, the PDF and `portolan stats` show, on a hand-made history:
// counts over the study set only, reviews per period, readiness on the planned exam day below
// readiness now, the range-class breakdown and card names for lists.
#include "../quiz/QuizFixture.h"
#include "../support/TestMain.h"
#include "stats/StatisticsReport.h"

#include <QTest>

using namespace portolan;
using namespace portolan::testing;

class TestStatisticsReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalog = fixtureCatalog(); }
    void countsOnlyTheStudySet();
    void reviewsPerPeriod();
    void readinessOnTheExamDate();
    void rangeClasses();
    void names();
    void recallByProtocol();

private:
    static CardMemory reviewed(double stability, qint64 last, qint64 due);
    static ReviewRecord answer(const QString &key, qint64 at, qint64 ms);

    Catalog m_catalog;
};

CardMemory TestStatisticsReport::reviewed(double stability, qint64 last, qint64 due)
{
    CardMemory m;
    m.state = CardState::Review;
    m.stability = stability;
    m.difficulty = 5;
    m.reps = 2;
    m.lastReview = last;
    m.due = due;
    return m;
}

ReviewRecord TestStatisticsReport::answer(const QString &key, qint64 at, qint64 ms)
{
    ReviewRecord r;
    r.cardKey = key;
    r.reviewedAt = at;
    r.durationMs = ms;
    r.rating = Rating::Good;
    return r;
}

void TestStatisticsReport::countsOnlyTheStudySet()
{
    const FsrsScheduler s = testScheduler();
    const StatisticsReportBuilder builder(m_catalog, s, DayCounter::utc());
    const int total = int(builder.cardKeys().size());
    QVERIFY(total > 100);
    QHash<QString, CardMemory> states;
    states.insert(QStringLiteral("ssh:transport"), reviewed(10, kMonday9am - kDay, kMonday9am));
    CardMemory learning = reviewed(1, kMonday9am - kDay, kMonday9am);
    learning.state = CardState::Learning;
    states.insert(QStringLiteral("dns:transport"), learning);
    // Progress of a protocol no longer in the study set stays stored but is not counted.
    states.insert(QStringLiteral("gopher:transport"), reviewed(10, kMonday9am - kDay, kMonday9am));
    const StatisticsReport r = builder.compute(states, {}, {}, kMonday9am);
    QCOMPARE(r.counts.total(), total);
    QCOMPARE(r.counts.review, 1);
    QCOMPARE(r.counts.learning, 1);
    QCOMPARE(r.counts.newCards, total - 2);
    // Both due today: the forecast's first day has them, no later day does.
    QCOMPARE(r.forecast.size(), 30);
    QCOMPARE(r.forecast.at(0), 2);
    QCOMPARE(r.forecast.at(1), 0);
}

void TestStatisticsReport::reviewsPerPeriod()
{
    const FsrsScheduler s = testScheduler();
    const StatisticsReportBuilder builder(m_catalog, s, DayCounter::utc());
    QList<ReviewRecord> log;
    log << answer(QStringLiteral("ssh:transport"), kMonday9am - 2 * kDay, 10'000)   // 2 days ago
        << answer(QStringLiteral("ssh:transport"), kMonday9am - 10 * kDay, 20'000)  // 10 days ago
        << answer(QStringLiteral("dns:transport"), kMonday9am - 100 * kDay, 30'000) // 100 days
        << answer(QStringLiteral("dns:transport"), kMonday9am - 400 * kDay, 40'000) // > a year
        << answer(QStringLiteral("dns:transport"), kMonday9am + kDay, 50'000);      // future
    const StatisticsReport r = builder.compute({}, log, {}, kMonday9am);
    QCOMPARE(r.lastYear.size(), 365);
    QCOMPARE(r.lastYear.constLast().date, QDate(2025, 3, 10));
    QCOMPARE(r.reviewsInLast(7), 1);
    QCOMPARE(r.reviewsInLast(30), 2);
    QCOMPARE(r.reviewsInLast(365), 3);
    QCOMPARE(r.totalReviews, 4); // the future one is not counted
    QCOMPARE(r.timeSpentMs, 100'000);
    QCOMPARE(r.timeSpentTodayMs, 0);
}

void TestStatisticsReport::readinessOnTheExamDate()
{
    const FsrsScheduler s = testScheduler();
    const StatisticsReportBuilder builder(m_catalog, s, DayCounter::utc());
    const QStringList exam = builder.examCardKeys(QStringLiteral("n10-009"));
    QVERIFY(exam.size() > 10);
    QHash<QString, CardMemory> states;
    for (const QString &key : exam.mid(0, exam.size() / 2))
        states.insert(key, reviewed(5, kMonday9am, kMonday9am + 5 * kDay));

    const auto readinessOf = [](const StatisticsReport &r, const QString &id) {
        for (const Readiness &x : r.exams)
            if (x.group == id)
                return x;
        return Readiness{};
    };
    const StatisticsReport now = builder.compute(states, {}, {}, kMonday9am);
    const Readiness n10now = readinessOf(now, QStringLiteral("n10-009"));
    QCOMPARE(n10now.cards, int(exam.size()));
    QCOMPARE(n10now.studied, int(exam.size() / 2));
    // Just reviewed, half the deck: half of it recalled, the unstudied half counts as zero.
    QVERIFY(qAbs(n10now.expected - double(exam.size() / 2) / exam.size()) < 1e-6);

    StoredExamPlan plan;
    plan.examId = QStringLiteral("n10-009");
    plan.examDate = QDate(2025, 3, 30);
    const StatisticsReport planned = builder.compute(states, {}, {plan}, kMonday9am);
    const Readiness n10exam = readinessOf(planned, QStringLiteral("n10-009"));
    QVERIFY(n10exam.expected < n10now.expected);
    QVERIFY(n10exam.expected > 0);
    QCOMPARE(planned.examDateOf(QStringLiteral("n10-009")), plan.examDate);
    QCOMPARE(planned.plans.size(), 1);
    QCOMPARE(planned.plans.first().plan.unseenCards, int(exam.size() - exam.size() / 2));
    // Another exam is still measured now.
    QVERIFY(!planned.examDateOf(QStringLiteral("sy0-701")).isValid());
}

void TestStatisticsReport::rangeClasses()
{
    const FsrsScheduler s = testScheduler();
    const StatisticsReportBuilder builder(m_catalog, s, DayCounter::utc());
    const StatisticsReport r = builder.compute({}, {}, {}, kMonday9am);
    int cards = 0;
    QStringList groups;
    for (const Readiness &g : r.rangeClasses) {
        cards += g.cards;
        groups << g.group;
        QCOMPARE(g.studied, 0);
        QCOMPARE(g.expected, 0.0);
    }
    QCOMPARE(cards, r.counts.total());
    QVERIFY(groups.contains(QStringLiteral("system")));
    QVERIFY(groups.contains(QStringLiteral("user")));
}

void TestStatisticsReport::names()
{
    const FsrsScheduler s = testScheduler();
    const StatisticsReportBuilder builder(m_catalog, s, DayCounter::utc());
    QVERIFY(builder.describe(QStringLiteral("ssh:transport")).startsWith(QStringLiteral("SSH")));
    QCOMPARE(StatisticsReportBuilder::protocolOf(QStringLiteral("ssh:transport")),
             QStringLiteral("ssh"));
    // Whatever an old database holds, a list never shows less than the key itself.
    QCOMPARE(builder.describe(QStringLiteral("not a key")), QStringLiteral("not a key"));
    QVERIFY(StatisticsReportBuilder::protocolOf(QStringLiteral("not a key")).isEmpty());
}

// What the range map's mastery bars show: one figure per studied protocol, the mean recall of
// its studied cards (new cards left out), nothing for protocols never studied.
void TestStatisticsReport::recallByProtocol()
{
    const FsrsScheduler s = testScheduler();
    const StatisticsReportBuilder builder(m_catalog, s, DayCounter::utc());
    QHash<QString, CardMemory> states;
    states.insert(QStringLiteral("ssh:transport"), reviewed(10, kMonday9am, kMonday9am + kDay));
    states.insert(QStringLiteral("ssh:security"), reviewed(1, kMonday9am - 30 * kDay, kMonday9am));
    CardMemory fresh;
    fresh.state = CardState::New;
    states.insert(QStringLiteral("dns:transport"), fresh);
    states.insert(QStringLiteral("gopher:transport"), reviewed(10, kMonday9am, kMonday9am));
    const QHash<QString, double> recall = builder.recallByProtocol(states, kMonday9am);
    QCOMPARE(recall.size(), 1);
    const double justReviewed = 1.0;
    const double forgotten =
        s.retrievability(states.value(QStringLiteral("ssh:security")), kMonday9am);
    QVERIFY(forgotten < 0.8);
    QCOMPARE(recall.value(QStringLiteral("ssh")), (justReviewed + forgotten) / 2);
}

PORTOLAN_TEST_GUILESS_MAIN(TestStatisticsReport)
#include "tst_statisticsreport.moc"
