// Scoring a practice exam: overall and per objective, select-two all or nothing, unanswered is
// wrong, each miss keeps its explanation and entry, and the misses become a drill search.
#include "../support/TestMain.h"
#include "practice/PracticeScore.h"

#include <QTest>

using namespace portolan;

class TestPracticeScore : public QObject
{
    Q_OBJECT

private:
    static PracticeQuestion question(const char *objective, const char *entry, QList<int> answers)
    {
        PracticeQuestion q;
        q.objective = QLatin1String(objective);
        q.entryKey = QLatin1String(entry);
        q.stem = QStringLiteral("Which for %1?").arg(QLatin1String(entry));
        q.choices = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                     QStringLiteral("d")};
        q.answers = answers;
        q.explanation = QStringLiteral("because %1").arg(QLatin1String(entry));
        return q;
    }

private slots:
    void perObjective()
    {
        const QList<PracticeQuestion> test{
            question("2.1", "ospf", {0}), question("1.4", "ftp", {1, 3}),
            question("1.4", "ssh", {2}), question("1.10", "x", {0}), question("1.4", "dns", {0})};
        // ospf right; ftp one of two (wrong); ssh right; x unanswered; dns wrong.
        const PracticeScore s = PracticeScore::grade(test, {{0}, {1}, {2}, {}, {3}});
        QCOMPARE(s.right, 2);
        QCOMPARE(s.total, 5);
        QCOMPARE(s.percent(), 40);
        QCOMPARE(s.objectives, (QList<ObjectiveScore>{{QStringLiteral("1.4"), 1, 3},
                                                      {QStringLiteral("1.10"), 0, 1},
                                                      {QStringLiteral("2.1"), 1, 1}}));
        QCOMPARE(s.misses.size(), 3);
        QCOMPARE(s.misses.at(0).entryKey, QStringLiteral("ftp"));
        QCOMPARE(s.misses.at(0).given, QStringLiteral("b"));
        QCOMPARE(s.misses.at(0).right, QStringLiteral("b, d"));
        QCOMPARE(s.misses.at(0).explanation, QStringLiteral("because ftp"));
        QCOMPARE(s.misses.at(1).given, QString());
        QCOMPARE(s.drillQuery(), QStringLiteral("key:ftp,x,dns"));
    }

    void selectTwoInAnyOrder()
    {
        const auto q = question("1.4", "ftp", {1, 3});
        QVERIFY(q.isRight({3, 1}));
        QVERIFY(!q.isRight({1, 2}));
        QVERIFY(!q.isRight({1, 3, 2}));
        QVERIFY(!q.isRight({}));
    }

    void allRightNothingToDrill()
    {
        const PracticeScore s = PracticeScore::grade({question("1.4", "ssh", {2})}, {{2}});
        QCOMPARE(s.percent(), 100);
        QVERIFY(s.misses.isEmpty());
        QVERIFY(s.drillQuery().isEmpty());
        QCOMPARE(PracticeScore::grade({}, {}).percent(), 0);
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestPracticeScore)
#include "tst_practicescore.moc"
