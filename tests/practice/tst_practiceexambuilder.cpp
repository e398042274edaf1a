// Drawing a practice exam: the same seed gives the same test, another seed another; every
// question's right answer is the entry's fact; every objective with entries is asked; no stem
// twice; questions split in proportion to the objectives.
#include "../support/TestMain.h"
#include "PracticeFixture.h"
#include "practice/PracticeExamBuilder.h"
#include "quiz/PortText.h"

#include <QSet>
#include <QTest>

using namespace portolan;
using namespace portolan::testing;

class TestPracticeExamBuilder : public QObject
{
    Q_OBJECT

private:
    static QStringList examIds()
    {
        QStringList ids;
        for (const ExamInfo &e : knownExams())
            ids << e.id;
        return ids;
    }

private slots:
    void sameSeedSameTest()
    {
        PracticeExamBuilder a(studySet(), reviewedScenarios());
        PracticeExamBuilder b(studySet(), reviewedScenarios());
        for (const QString &exam : examIds()) {
            const auto first = a.build(exam, 30, 12345);
            QCOMPARE(first.size(), 30);
            QCOMPARE(b.build(exam, 30, 12345), first);
        }
    }

    void differentSeedsDiffer()
    {
        PracticeExamBuilder builder(studySet(), reviewedScenarios());
        const auto one = builder.build(QStringLiteral("n10-009"), 30, 1);
        const auto two = builder.build(QStringLiteral("n10-009"), 30, 2);
        QVERIFY(one != two);
        QSet<QString> stems;
        for (const auto &q : one)
            stems << q.stem;
        int shared = 0;
        for (const auto &q : two)
            shared += stems.contains(q.stem);
        QVERIFY2(shared < 25, qPrintable(QString::number(shared)));
    }

    void noStemRepeats()
    {
        PracticeExamBuilder builder(studySet(), reviewedScenarios());
        for (const QString &exam : examIds()) {
            for (quint64 seed : {1ULL, 7ULL, 99ULL}) {
                const auto test = builder.build(exam, 30, seed);
                QSet<QString> stems;
                for (const auto &q : test) {
                    QVERIFY2(!stems.contains(q.stem), qPrintable(exam + u' ' + q.stem));
                    stems << q.stem;
                }
            }
        }
    }

    void coversEveryObjective()
    {
        PracticeExamBuilder builder(studySet(), reviewedScenarios());
        for (const QString &exam : examIds()) {
            QSet<QString> asked;
            for (const auto &q : builder.build(exam, 30, 5))
                asked << q.objective;
            for (const PracticeObjective &o : builder.objectives(exam))
                QVERIFY2(asked.contains(o.objective), qPrintable(exam + u' ' + o.objective));
        }
    }

    // N10-009: 28 of its 41 objective entries are in 1.4, so about two thirds of the test
    // (30 x 28/41 = 20.5).
    void proportionalToObjectives()
    {
        PracticeExamBuilder builder(studySet(), reviewedScenarios());
        int portObjective = 0;
        int scenarios = 0;
        const auto test = builder.build(QStringLiteral("n10-009"), 30, 3);
        for (const auto &q : test) {
            portObjective += q.objective == QLatin1String("1.4");
            scenarios += q.kind == PracticeKind::Scenario;
        }
        QVERIFY2(portObjective >= 18 && portObjective <= 22,
                 qPrintable(QString::number(portObjective)));
        QVERIFY2(scenarios >= 5, qPrintable(QString::number(scenarios)));
        QCOMPARE(PracticeExamBuilder::allocate({28, 1, 6, 4, 2}, {99, 99, 99, 99, 99}, 30),
                 (QList<int>{21, 1, 4, 3, 1}));
        // A capped objective gives what it cannot take to the others.
        QCOMPARE(PracticeExamBuilder::allocate({1, 1}, {2, 99}, 10), (QList<int>{2, 8}));
        // Fewer questions than objectives: the heaviest are asked.
        QCOMPARE(PracticeExamBuilder::allocate({1, 5, 3}, {9, 9, 9}, 2), (QList<int>{0, 1, 1}));
    }

    // Every generated question's right choice agrees with the entry's facts.
    void answersAgreeWithTheEntries()
    {
        const Catalog &c = studySet();
        PracticeExamBuilder builder(c, reviewedScenarios());
        int checked = 0;
        for (const QString &exam : examIds()) {
            for (quint64 seed = 1; seed <= 5; ++seed) {
                for (const PracticeQuestion &q : builder.build(exam, 40, seed)) {
                    const Protocol *p = c.protocol(q.entryKey);
                    QVERIFY2(p, qPrintable(q.entryKey));
                    QVERIFY(!q.answers.isEmpty());
                    QVERIFY(q.choices.size() > q.answers.size());
                    const ExamTag *tag = p->examTag(exam);
                    QVERIFY(tag);
                    QCOMPARE(q.objective, tag->objective);
                    QStringList right;
                    for (int a : q.answers)
                        right << q.choices.at(a);
                    const QList<int> ports = portNumbers(p->ports);
                    switch (q.kind) {
                    case PracticeKind::Protocol:
                        QCOMPARE(right.first(), p->abbreviation);
                        break;
                    case PracticeKind::Port:
                        QCOMPARE(right.first(), p->ports.isEmpty() ? QString::number(p->ipProtocol)
                                                                   : portSetText(ports));
                        break;
                    case PracticeKind::SelectTwo: {
                        QCOMPARE(q.answers.size(), 2);
                        QList<int> picked{right.at(0).toInt(), right.at(1).toInt()};
                        std::sort(picked.begin(), picked.end());
                        QCOMPARE(picked, ports);
                        break;
                    }
                    case PracticeKind::Counterpart:
                        QVERIFY2(std::any_of(p->counterparts.begin(), p->counterparts.end(),
                                             [&](const QString &k) {
                                                 return c.protocol(k)->abbreviation ==
                                                        right.first();
                                             }),
                                 qPrintable(q.stem));
                        break;
                    case PracticeKind::Security: {
                        QCOMPARE(right.first(), p->abbreviation);
                        // Each wrong choice is of the opposite class.
                        for (qsizetype i = 0; i < q.choices.size(); ++i) {
                            if (q.answers.contains(int(i)))
                                continue;
                            for (const Protocol &o : c.protocols()) {
                                if (o.abbreviation == q.choices.at(i))
                                    QVERIFY2(o.security != p->security &&
                                                 o.security != Security::Depends,
                                             qPrintable(q.stem + u' ' + o.key));
                            }
                        }
                        break;
                    }
                    case PracticeKind::Transport:
                    case PracticeKind::Scenario:
                        break; // tst_scenarios checks scenarios against the facts
                    }
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 500);
    }

    void transportAnswers()
    {
        const Catalog &c = studySet();
        DistractorPicker picker(c);
        PracticeQuestionMaker maker(c, picker);
        const auto answerOf = [&](const char *key) {
            const auto q =
                maker.make(PracticeKind::Transport, c.protocolIndex(QLatin1String(key)), 1);
            return q ? q->choices.at(q->answers.first()) : QString();
        };
        QCOMPARE(answerOf("ssh"), QStringLiteral("TCP"));
        QCOMPARE(answerOf("tftp"), QStringLiteral("UDP"));
        QCOMPARE(answerOf("dns"), QStringLiteral("Both TCP and UDP"));
        QVERIFY(!maker.make(PracticeKind::Transport, c.protocolIndex(QStringLiteral("gre")), 1));
        QVERIFY(!maker.make(PracticeKind::Counterpart, c.protocolIndex(QStringLiteral("ssh")), 1));
    }

    void selectTwoForFtp()
    {
        const Catalog &c = studySet();
        DistractorPicker picker(c);
        PracticeQuestionMaker maker(c, picker);
        const auto q =
            maker.make(PracticeKind::SelectTwo, c.protocolIndex(QStringLiteral("ftp")), 3);
        QVERIFY(q);
        QCOMPARE(q->choose(), 2);
        QVERIFY(q->stem.contains(QLatin1String("Choose two")));
        QList<int> right;
        for (int a : q->answers)
            right << q->choices.at(a).toInt();
        std::sort(right.begin(), right.end());
        QCOMPARE(right, (QList<int>{20, 21}));
        QVERIFY(q->isRight(q->answers));
        QVERIFY(!q->isRight({q->answers.first()})); // one of two is wrong, as on the exam
    }

    void tooManyQuestionsGivesWhatThereIs()
    {
        PracticeExamBuilder builder(studySet(), reviewedScenarios());
        const int available = builder.available(QStringLiteral("ccna-200-301"));
        QVERIFY(available > 30);
        const auto test = builder.build(QStringLiteral("ccna-200-301"), available + 50, 1);
        QVERIFY(test.size() <= available);
        QVERIFY(builder.build(QStringLiteral("no-such-exam"), 30, 1).isEmpty());
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestPracticeExamBuilder)
#include "tst_practiceexambuilder.moc"
