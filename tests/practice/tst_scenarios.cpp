// The content check of the reviewed scenarios (db/reference/scenarios): every one agrees with the
// study set, every port objective's protocols have at least two, every CCNA and Security+
// objective has one, and the check itself catches a wrong answer, a distractor that is right, a
// wrong objective and a bad file.
#include "../support/TestMain.h"
#include "PracticeFixture.h"
#include "practice/PracticeExamBuilder.h"
#include "practice/PracticeQuestionMaker.h"
#include "practice/ScenarioCheck.h"
#include "practice/ScenarioParser.h"
#include "quiz/DistractorPicker.h"
#include "quiz/PortText.h"

#include <QTest>

using namespace portolan;
using namespace portolan::testing;

class TestScenarios : public QObject
{
    Q_OBJECT

private slots:
    void everyScenarioPassesTheContentCheck()
    {
        QVERIFY(reviewedScenarios().size() >= 55);
        const QStringList problems = ScenarioCheck(studySet()).problems(reviewedScenarios());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The exams' port objectives (N10-009 1.4, N10-008 1.5, 220-1101 2.1): every protocol each
    // lists has two scenarios that cite that objective.
    void twoPerProtocolOfThePortObjective_data()
    {
        QTest::addColumn<QString>("exam");
        QTest::addColumn<QString>("objective");
        QTest::addColumn<int>("protocols");
        QTest::newRow("N10-009 1.4") << "n10-009"
                                     << "1.4" << 28;
        QTest::newRow("N10-008 1.5") << "n10-008"
                                     << "1.5" << 33;
        QTest::newRow("220-1101 2.1") << "220-1101"
                                      << "2.1" << 19;
    }

    void twoPerProtocolOfThePortObjective()
    {
        QFETCH(QString, exam);
        QFETCH(QString, objective);
        QFETCH(int, protocols);
        const Catalog &c = studySet();
        QStringList thin;
        int listed = 0;
        for (const Protocol &p : c.protocols()) {
            const ExamTag *t = p.examTag(exam);
            if (!t || t->beyond || t->objective != objective)
                continue;
            ++listed;
            int n = 0;
            for (const Scenario &s : reviewedScenarios())
                n += s.fits.contains(p.key) && s.objectiveFor(exam) == objective;
            if (n < 2)
                thin << QStringLiteral("%1 has %2").arg(p.key).arg(n);
        }
        QCOMPARE(listed, protocols);
        QVERIFY2(thin.isEmpty(), qPrintable(thin.join(u'\n')));
    }

    // CCNA and Security+ have no port table: their objectives name protocols one by one (device
    // access, NTP, AAA, IPsec ...), and a practice exam asks each objective only with what is
    // tagged for it. Every objective that tags an entry has a scenario that fits such an entry,
    // so each objective can be asked as the exam asks it, as a situation, not only as recall.
    // The row's list is what the tags name today: a tag for a new objective is noticed here
    // (add it to the row, and a scenario for it), and a run that finds no objectives fails.
    void everyObjectiveOfTheExamHasAScenario_data()
    {
        QTest::addColumn<QString>("exam");
        QTest::addColumn<QString>("objectives");
        QTest::newRow("CCNA 200-301") << "ccna-200-301"
                                      << "1.5 2.6 2.8 3.4 3.5 4.2 4.3 4.4 4.5 4.9 5.5";
        QTest::newRow("SY0-701") << "sy0-701"
                                 << "3.2 4.1 4.4 4.6";
    }

    void everyObjectiveOfTheExamHasAScenario()
    {
        QFETCH(QString, exam);
        QFETCH(QString, objectives);
        // Security+'s acronym list is a tag but not an objective: it tests that a learner knows
        // what an abbreviation stands for, and a scenario cannot cite it (ScenarioParser refuses
        // "SY0-701 acronyms"). Its entries are asked with the generated questions instead.
        const QStringList notAnObjective{QStringLiteral("acronyms")};
        QMap<QString, QStringList> tagged; // objective -> the entries it names
        for (const Protocol &p : studySet().protocols()) {
            const ExamTag *t = p.examTag(exam);
            if (t && !t->beyond && !notAnObjective.contains(t->objective))
                tagged[t->objective] << p.key;
        }
        QStringList listed = tagged.keys();
        std::sort(listed.begin(), listed.end(), PracticeExamBuilder::objectiveLess);
        QCOMPARE(listed.join(u' '), objectives);

        QStringList without;
        for (const QString &objective : std::as_const(listed)) {
            const QStringList keys = tagged.value(objective);
            const bool asked = std::any_of(
                reviewedScenarios().begin(), reviewedScenarios().end(), [&](const Scenario &s) {
                    return s.objectiveFor(exam) == objective &&
                           std::any_of(s.fits.begin(), s.fits.end(),
                                       [&](const QString &k) { return keys.contains(k); });
                });
            if (!asked)
                without << QStringLiteral("%1 (%2)").arg(objective,
                                                         keys.join(QStringLiteral(", ")));
        }
        QVERIFY2(without.isEmpty(), qPrintable(QStringLiteral("no scenario for ") +
                                               without.join(QStringLiteral("; "))));
    }

    // A scenario question's right choice is the entry's fact; its wrong ones are not.
    void questionsAgreeWithTheFacts()
    {
        const Catalog &c = studySet();
        DistractorPicker picker(c);
        PracticeQuestionMaker maker(c, picker);
        int asked = 0;
        for (const Scenario &s : reviewedScenarios()) {
            for (const QString &key : s.fits) {
                const int index = c.protocolIndex(key);
                const auto q = maker.makeScenario(s, index, 42);
                QVERIFY2(q, qPrintable(s.id + u' ' + key));
                ++asked;
                QCOMPARE(q->answers.size(), 1);
                QVERIFY2(!q->stem.contains(u'{'), qPrintable(q->stem));
                const Protocol &p = c.protocols().at(index);
                const QString right = q->choices.at(q->answers.first());
                const QList<int> ports = portNumbers(p.ports);
                if (s.answer == Scenario::Answer::Port) {
                    QVERIFY2(ports.contains(right.toInt()), qPrintable(s.id + u' ' + right));
                    // A wrong choice is never the entry's port, unless the scenario marks it
                    // as the port of another role (FTP's control port when data fails).
                    QList<int> traps;
                    for (const Scenario::Distractor &d : s.distractors) {
                        if (d.roleTrap)
                            traps << d.port;
                    }
                    for (qsizetype i = 0; i < q->choices.size(); ++i) {
                        if (i != q->answers.first() && !traps.contains(q->choices.at(i).toInt()))
                            QVERIFY2(!ports.contains(q->choices.at(i).toInt()),
                                     qPrintable(s.id + u' ' + q->choices.at(i)));
                    }
                } else {
                    QCOMPARE(right, p.abbreviation);
                }
                for (qsizetype i = 0; i < q->choices.size(); ++i)
                    QCOMPARE(q->choiceNotes.at(i).isEmpty(), i == q->answers.first());
                QCOMPARE(QSet<QString>(q->choices.begin(), q->choices.end()).size(),
                         q->choices.size());
            }
        }
        QVERIFY(asked >= 56);
    }

    void checkCatchesWrongContent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const auto scenario = [](const char *body) {
            return QByteArray(R"({"scenarios": [{"id": "x", "stem": "S", "explanation": "E", )") +
                   body + "}]}";
        };
        QTest::newRow("answer not a port of the entry")
            << scenario(R"("fits": ["ssh"], "objectives": ["N10-009 1.4"], "answer": "port",
                          "port": 23)")
            << QStringLiteral("the answer 23 is not a port of SSH");
        QTest::newRow("distractor is right")
            << scenario(R"("fits": ["ftp"], "objectives": ["N10-009 1.4"], "answer": "port",
                          "port": 21, "distractors": [{"port": 20, "why": "w"},
                          {"port": 22, "why": "w"}, {"port": 23, "why": "w"}])")
            << QStringLiteral("distractor 20 is a port of FTP, so it is right");
        QTest::newRow("role trap that does not say its role")
            << scenario(R"("fits": ["ftp"], "objectives": ["N10-009 1.4"], "answer": "port",
                          "port": 20, "distractors": [{"port": 21, "role_trap": true, "why": "w"},
                          {"port": 22, "why": "w"}, {"port": 23, "why": "w"}])")
            << QStringLiteral("role_trap 21: the reason must name its role (control)");
        QTest::newRow("distractor is the answer")
            << scenario(R"("fits": ["telnet"], "objectives": ["N10-009 1.4"], "answer": "protocol",
                          "distractors": [{"entry": "telnet", "why": "w"},
                          {"entry": "ssh", "why": "w"}, {"entry": "http", "why": "w"}])")
            << QStringLiteral("distractor telnet is the answer");
        QTest::newRow("distractor claims the same port")
            << scenario(R"("fits": ["ssh"], "objectives": ["N10-009 1.4"], "answer": "protocol",
                          "distractors": [{"entry": "sftp", "why": "w"},
                          {"entry": "telnet", "why": "w"}, {"entry": "http", "why": "w"}])")
            << QStringLiteral("distractor SFTP uses the same ports as SSH");
        QTest::newRow("wrong objective")
            << scenario(R"("fits": ["radius"], "objectives": ["N10-009 1.4"], "answer": "port")")
            << QStringLiteral("cites N10-009 1.4, but RADIUS is tagged N10-009 4.1");
        QTest::newRow("unknown entry")
            << scenario(R"("fits": ["nope"], "objectives": ["N10-009 1.4"], "answer": "port")")
            << QStringLiteral("fits \"nope\", which is not in the study set");
    }

    void checkCatchesWrongContent()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        ScenarioParser parser;
        QVERIFY2(parser.parse(json, QStringLiteral("t.json")), qPrintable(parser.errorText()));
        const QStringList problems = ScenarioCheck(studySet()).problems(parser.scenarios());
        QVERIFY2(problems.join(u'\n').contains(expected), qPrintable(problems.join(u'\n')));
    }

    void parserNamesFileLineAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\n\"scenarios\": [\n")
                                  << QStringLiteral("t.json:");
        QTest::newRow("no why")
            << QByteArray("{\"scenarios\": [\n{\"id\": \"a\", \"fits\": [\"ssh\"], "
                          "\"objectives\": [\"N10-009 1.4\"], \"stem\": \"s\", \"explanation\": "
                          "\"e\", \"answer\": \"port\", \"distractors\": [{\"port\": 23}, "
                          "{\"port\": 24, \"why\": \"w\"}, {\"port\": 25, \"why\": \"w\"}]}]}")
            << QStringLiteral(
                   "t.json:2: scenarios[0].distractors[0].why: must say why it is wrong");
        QTest::newRow("unknown slot")
            << QByteArray("{\"scenarios\": [{\"id\": \"a\", \"fits\": [\"ssh\"], \"objectives\": "
                          "[\"N10-009 1.4\"], \"stem\": \"{proto}\", \"explanation\": \"e\", "
                          "\"answer\": \"port\"}]}")
            << QStringLiteral("scenarios[0].stem: unknown slot {proto}");
        QTest::newRow("objective not cited like the exam")
            << QByteArray("{\"scenarios\": [{\"id\": \"a\", \"fits\": [\"ssh\"], \"objectives\": "
                          "[\"n10-009\"], \"stem\": \"s\", \"explanation\": \"e\", "
                          "\"answer\": \"port\"}]}")
            << QStringLiteral("scenarios[0].objectives[0]: \"n10-009\" is not an exam objective");
        QTest::newRow("answer kind")
            << QByteArray("{\"scenarios\": [{\"id\": \"a\", \"fits\": [\"ssh\"], \"objectives\": "
                          "[\"N10-009 1.4\"], \"stem\": \"s\", \"explanation\": \"e\", "
                          "\"answer\": \"action\"}]}")
            << QStringLiteral("scenarios[0].answer: must be port or protocol");
    }

    void parserNamesFileLineAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        ScenarioParser parser;
        QVERIFY(!parser.parse(json, QStringLiteral("t.json")));
        QVERIFY2(parser.errorText().contains(expected), qPrintable(parser.errorText()));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
