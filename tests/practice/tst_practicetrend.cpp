// The practice exam trend the statistics show: per exam the newest tests first (at most the
// number asked for), objectives weakest first with exact shares, and nothing when none were taken.
#include "../support/TestMain.h"
#include "practice/PracticeTrend.h"
#include "storage/Database.h"

#include <QStandardPaths>
#include <QTest>

using namespace portolan;

class TestPracticeTrend : public QObject
{
    Q_OBJECT

private:
    static PracticeQuestion question(const char *objective, const char *entry)
    {
        PracticeQuestion q;
        q.objective = QLatin1String(objective);
        q.entryKey = QLatin1String(entry);
        q.kind = PracticeKind::Protocol;
        q.stem = QLatin1String(entry);
        q.choices = {QStringLiteral("a"), QStringLiteral("b")};
        q.answers = {0};
        return q;
    }
    // A test of `exam` at `takenAt` with one question per objective; `right` says which were.
    static qint64 take(PracticeResultRepository &repo, const char *exam, qint64 takenAt,
                       const QList<const char *> &objectives, const QList<bool> &right)
    {
        QList<PracticeQuestion> questions;
        QList<QList<int>> picked;
        for (qsizetype i = 0; i < objectives.size(); ++i) {
            questions.append(question(objectives.at(i), "ftp"));
            picked.append(QList<int>{right.at(i) ? 0 : 1});
        }
        PracticeResult r;
        r.examId = QLatin1String(exam);
        r.takenAt = takenAt;
        return repo.save(r, questions, picked);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void noneTaken()
    {
        Database db;
        QVERIFY(db.openInMemory());
        PracticeTrendReader reader(db.connection());
        QVERIFY(reader.read().isEmpty());
        QVERIFY(reader.errorText().isEmpty());
    }

    void newestFirstAndWeakestObjectiveFirst()
    {
        Database db;
        QVERIFY(db.openInMemory());
        PracticeResultRepository repo(db.connection());
        // Three N10-009 tests: 1.4 right 1 of 3, 1.10 right 3 of 3, 2.1 right 2 of 3, 1.9 2 of 3.
        QVERIFY(take(repo, "n10-009", 1000, {"1.4", "1.10", "2.1", "1.9"},
                     {false, true, true, true}) > 0);
        QVERIFY(take(repo, "n10-009", 2000, {"1.4", "1.10", "2.1", "1.9"},
                     {true, true, false, false}) > 0);
        QVERIFY(take(repo, "sy0-701", 2500, {"3.1"}, {true}) > 0);
        QVERIFY(take(repo, "n10-009", 3000, {"1.4", "1.10", "2.1", "1.9"},
                     {false, true, true, true}) > 0);

        PracticeTrendReader reader(db.connection());
        const QList<PracticeExamTrend> trends = reader.read(2);
        QVERIFY2(reader.errorText().isEmpty(), qPrintable(reader.errorText()));
        QCOMPARE(trends.size(), 2);
        // The exam practised last leads.
        QCOMPARE(trends.at(0).examId, QStringLiteral("n10-009"));
        QCOMPARE(trends.at(1).examId, QStringLiteral("sy0-701"));

        const PracticeExamTrend &n10 = trends.at(0);
        QCOMPARE(n10.taken, 3);
        QCOMPARE(n10.recent.size(), 2); // at most the number asked for, newest first
        QCOMPARE(n10.recent.at(0).takenAt, 3000);
        QCOMPARE(n10.recent.at(0).right, 3);
        QCOMPARE(n10.recent.at(0).questions, 4);
        QCOMPARE(n10.recent.at(1).takenAt, 2000);
        QCOMPARE(n10.recent.at(1).right, 2);

        QCOMPARE(n10.objectives.size(), 4);
        QCOMPARE(n10.objectives.at(0).objective, QStringLiteral("1.4"));
        QCOMPARE(n10.objectives.at(0).right, 1);
        QCOMPARE(n10.objectives.at(0).total, 3);
        // 1.9 and 2.1 tie at 2 of 3: numbered order, 1.9 before 2.1; 1.10 (all right) last.
        QCOMPARE(n10.objectives.at(1).objective, QStringLiteral("1.9"));
        QCOMPARE(n10.objectives.at(2).objective, QStringLiteral("2.1"));
        QCOMPARE(n10.objectives.at(3).objective, QStringLiteral("1.10"));
        QCOMPARE(n10.objectives.at(3).share(), 1.0);

        QCOMPARE(trends.at(1).taken, 1);
        QCOMPARE(trends.at(1).objectives.size(), 1);
    }

    void moreAnswersCountAsWeakerAtTheSameShare()
    {
        QList<PracticeObjectiveShare> shares{{QStringLiteral("1.1"), 1, 2},
                                             {QStringLiteral("1.2"), 5, 10},
                                             {QStringLiteral("1.3"), 0, 1}};
        PracticeTrendReader::sortWeakestFirst(shares);
        QCOMPARE(shares.at(0).objective, QStringLiteral("1.3"));
        QCOMPARE(shares.at(1).objective, QStringLiteral("1.2"));
        QCOMPARE(shares.at(2).objective, QStringLiteral("1.1"));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestPracticeTrend)
#include "tst_practicetrend.moc"
