// Practice results as stored: a test and its answers in their own tables, per-objective totals,
// and no card or review touched; a test taken elsewhere (a study package) stored as recorded.
#include "../support/TestMain.h"
#include "practice/PracticeResultRepository.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QStandardPaths>
#include <QTest>

using namespace portolan;

class TestPracticeResultRepository : public QObject
{
    Q_OBJECT

private:
    static PracticeQuestion question(const char *objective, const char *entry, int answer)
    {
        PracticeQuestion q;
        q.objective = QLatin1String(objective);
        q.entryKey = QLatin1String(entry);
        q.kind = PracticeKind::Scenario;
        q.stem = QLatin1String(entry);
        q.choices = {QStringLiteral("a"), QStringLiteral("b")};
        q.answers = {answer};
        return q;
    }
    static int count(Database &db, const QString &table)
    {
        Statement q(db.connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveAndRead()
    {
        Database db;
        QVERIFY(db.openInMemory());
        PracticeResultRepository repo(db.connection());
        const QList<PracticeQuestion> test{question("1.4", "ftp", 0), question("1.4", "ssh", 1),
                                           question("2.1", "ospf", 0)};
        PracticeResult r;
        r.examId = QStringLiteral("n10-009");
        r.takenAt = 1000;
        r.seed = 0xfedcba9876543210ULL; // above INT64_MAX: kept as its bit pattern
        r.durationMs = 90000;
        const qint64 id = repo.save(r, test, {{0}, {0}, {0}});
        QVERIFY2(id > 0, qPrintable(repo.errorText()));
        const QList<PracticeResult> all = repo.results(QStringLiteral("n10-009"));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().questions, 3);
        QCOMPARE(all.first().right, 2);
        QCOMPARE(all.first().seed, 0xfedcba9876543210ULL);
        QCOMPARE(all.first().durationMs, 90000);
        QVERIFY(!all.first().countedAsReviews);
        QVERIFY(repo.results(QStringLiteral("sy0-701")).isEmpty());
        QCOMPARE(repo.results().size(), 1);

        auto totals = repo.objectiveTotals(QStringLiteral("n10-009"));
        std::sort(totals.begin(), totals.end());
        QCOMPARE(totals.size(), 2);
        QCOMPARE(totals.at(0).first, QStringLiteral("1.4"));
        QCOMPARE(totals.at(0).second, qMakePair(1, 2));
        QCOMPARE(totals.at(1).second, qMakePair(1, 1));

        // A practice test is not a review: no card and no review log row appears.
        QCOMPARE(count(db, QStringLiteral("review_log")), 0);
        QCOMPARE(count(db, QStringLiteral("practice_answer")), 3);
    }

    void addStoresAnswersAsRecorded()
    {
        Database db;
        QVERIFY(db.openInMemory());
        PracticeResultRepository repo(db.connection());
        PracticeResult r;
        r.examId = QStringLiteral("sy0-701");
        r.takenAt = 2000;
        r.seed = 0xfedcba9876543210ULL;
        r.questions = 2;
        r.right = 1;
        r.countedAsReviews = true;
        const QList<PracticeAnswerRecord> answers{
            {QStringLiteral("2.2"), QStringLiteral("select-two"), QString(), false},
            {QStringLiteral("3.1"), QStringLiteral("port"), QStringLiteral("https"), true}};
        const qint64 id = repo.add(r, answers);
        QVERIFY2(id > 0, qPrintable(repo.errorText()));
        QCOMPARE(repo.allAnswers().value(id), answers);
        const QList<PracticeResult> all = repo.results();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().seed, r.seed);
        QVERIFY(all.first().countedAsReviews);

        // The schema's own check (more right than questions) refuses the test and its answers.
        r.takenAt = 3000;
        r.right = 3;
        QCOMPARE(repo.add(r, answers), 0);
        QVERIFY(!repo.errorText().isEmpty());
        QCOMPARE(count(db, QStringLiteral("practice_exam")), 1);
        QCOMPARE(count(db, QStringLiteral("practice_answer")), 2);
    }

    void emptyTestRefused()
    {
        Database db;
        QVERIFY(db.openInMemory());
        PracticeResultRepository repo(db.connection());
        PracticeResult r;
        r.examId = QStringLiteral("n10-009");
        QCOMPARE(repo.save(r, {}, {}), 0);
        QVERIFY(!repo.errorText().isEmpty());
        QCOMPARE(count(db, QStringLiteral("practice_exam")), 0);
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestPracticeResultRepository)
#include "tst_practiceresultrepository.moc"
