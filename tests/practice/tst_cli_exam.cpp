// `portolan exam` run as a user would: a test for a seed is the same every time, the JSON has
// what a question needs, answers are scored per objective, and bad input exits 2 with a message.
#include "../support/RunPortolan.h"
#include "../support/TestMain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using portolan::testing::runPortolan;
using Run = portolan::testing::CliRun;

class TestCliExam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void jsonForASeed()
    {
        const QStringList args{QStringLiteral("exam"), QStringLiteral("n10-009"),
                               QStringLiteral("--seed"), QStringLiteral("7"),
                               QStringLiteral("--json")};
        const Run r = runPortolan(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("exam")).toString(), QStringLiteral("n10-009"));
        const QJsonArray questions = root.value(QLatin1String("questions")).toArray();
        QCOMPARE(questions.size(), 30);
        bool scenario = false;
        for (const QJsonValue &v : questions) {
            const QJsonObject q = v.toObject();
            QVERIFY(!q.value(QLatin1String("objective")).toString().isEmpty());
            QVERIFY(!q.value(QLatin1String("stem")).toString().isEmpty());
            QVERIFY(!q.value(QLatin1String("explanation")).toString().isEmpty());
            QVERIFY(!q.value(QLatin1String("entry")).toString().isEmpty());
            const int choices = int(q.value(QLatin1String("choices")).toArray().size());
            QVERIFY(choices >= 3);
            if (q.contains(QLatin1String("answers")))
                QCOMPARE(q.value(QLatin1String("answers")).toArray().size(), 2);
            else
                QVERIFY(q.value(QLatin1String("answer")).toInt(-1) >= 0 &&
                        q.value(QLatin1String("answer")).toInt() < choices);
            scenario |= q.value(QLatin1String("kind")).toString() == QLatin1String("scenario");
        }
        QVERIFY(scenario);
        QCOMPARE(runPortolan(args).out, r.out);
    }

    void scoresAnswers()
    {
        // 3 questions answered A each: whatever is right, the report adds up.
        const Run r =
            runPortolan({QStringLiteral("exam"), QStringLiteral("sy0-701"), QStringLiteral("-n"),
                         QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("1"),
                         QStringLiteral("--answers"), QStringLiteral("A,A,A,A,A")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Score: ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Objective ")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown exam")
            << QStringList{QStringLiteral("n10-010")} << QStringLiteral("unknown exam 'n10-010'");
        QTest::newRow("no exam") << QStringList{} << QStringLiteral("which exam?");
        QTest::newRow("zero questions")
            << QStringList{QStringLiteral("n10-009"), QStringLiteral("--questions"),
                           QStringLiteral("0")}
            << QStringLiteral("--questions needs a number from 1 to 200, not '0'");
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("n10-009"), QStringLiteral("--questions"),
                           QStringLiteral("many")}
            << QStringLiteral("not 'many'");
        QTest::newRow("more than there is")
            << QStringList{QStringLiteral("ccna-200-301"), QStringLiteral("--questions"),
                           QStringLiteral("200")}
            << QStringLiteral("has material for at most");
        QTest::newRow("bad seed") << QStringList{QStringLiteral("n10-009"),
                                                 QStringLiteral("--seed"), QStringLiteral("-3")}
                                  << QStringLiteral("--seed needs a whole number");
        QTest::newRow("answers count")
            << QStringList{QStringLiteral("n10-009"), QStringLiteral("-n"), QStringLiteral("2"),
                           QStringLiteral("--answers"), QStringLiteral("A")}
            << QStringLiteral("--answers has 1 items for 2 questions");
        QTest::newRow("answer not a choice")
            << QStringList{QStringLiteral("n10-009"), QStringLiteral("-n"), QStringLiteral("1"),
                           QStringLiteral("--answers"), QStringLiteral("Z")}
            << QStringLiteral("--answers item 1: 'Z' is not one of its choices");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("n10-009"), QStringLiteral("--timer")}
            << QStringLiteral("unknown option '--timer'");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runPortolan(QStringList{QStringLiteral("exam")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCliExam)
#include "tst_cli_exam.moc"
