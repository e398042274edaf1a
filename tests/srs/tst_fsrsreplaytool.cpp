// End-to-end test of the fsrs-replay executable: JSON in on stdin, JSON out on stdout, and exit
// code 2 with a located message for malformed input. CMake passes the binary's path.
#include "../support/TestMain.h"

#include <QProcess>
#include <QTest>

class TestFsrsReplayTool : public QObject
{
    Q_OBJECT

private slots:
    void replaysWorkedExample();
    void malformed_data();
    void malformed();

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QByteArray &input);
};

TestFsrsReplayTool::Result TestFsrsReplayTool::run(const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(FSRS_REPLAY_PATH), {});
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestFsrsReplayTool::replaysWorkedExample()
{
    // docs/fsrs.md §5, the "good-path" card; expected values are the table's.
    const QByteArray input = R"({"cards":[{"id":"good-path","reviews":[
        {"t":"2025-01-01T09:00:00Z","rating":3},{"t":"2025-01-01T09:10:00Z","rating":3},
        {"t":"2025-01-03T09:00:00Z","rating":3},{"t":"2025-01-14T09:00:00Z","rating":3},
        {"t":"2025-02-20T09:00:00Z","rating":1},{"t":"2025-02-20T09:10:00Z","rating":3},
        {"t":"2025-02-23T09:00:00Z","rating":4}]}]})";
    const QByteArray expected =
        R"({"cards":[{"id":"good-path","steps":[)"
        R"({"due":"2025-01-01T09:10:00.000Z","stability":2.3065,"difficulty":2.11810397,)"
        R"("scheduled_days":0,"learning_steps":1,"reps":1,"lapses":0,"state":1},)"
        R"({"due":"2025-01-03T09:10:00.000Z","stability":2.3065,"difficulty":2.11121424,)"
        R"("scheduled_days":2,"learning_steps":0,"reps":2,"lapses":0,"state":2},)"
        R"({"due":"2025-01-14T09:00:00.000Z","stability":10.97104786,"difficulty":2.1043314,)"
        R"("scheduled_days":11,"learning_steps":0,"reps":3,"lapses":0,"state":2},)"
        R"({"due":"2025-03-01T09:00:00.000Z","stability":46.31685657,"difficulty":2.09745544,)"
        R"("scheduled_days":46,"learning_steps":0,"reps":4,"lapses":0,"state":2},)"
        R"({"due":"2025-02-20T09:10:00.000Z","stability":2.86595213,"difficulty":7.38771571,)"
        R"("scheduled_days":0,"learning_steps":0,"reps":5,"lapses":1,"state":3},)"
        R"({"due":"2025-02-23T09:10:00.000Z","stability":2.86595213,"difficulty":7.37555636,)"
        R"("scheduled_days":3,"learning_steps":0,"reps":6,"lapses":1,"state":2},)"
        R"({"due":"2025-03-07T09:00:00.000Z","stability":11.95160637,"difficulty":6.48381796,)"
        R"("scheduled_days":12,"learning_steps":0,"reps":7,"lapses":1,"state":2}]}]})"
        "\n";
    const Result result = run(input);
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QByteArray());
    QCOMPARE(result.out, expected);
}

void TestFsrsReplayTool::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("rating 7")
        << QByteArray(
               R"({"cards":[{"id":"c1","reviews":[{"t":"2025-01-01T09:00:00Z","rating":7}]}]})")
        << QByteArray("fsrs-replay: cards[0].reviews[0].rating: must be 1..4, got 7\n");
    QTest::newRow("not JSON") << QByteArray("hello")
                              << QByteArray("fsrs-replay: input: not valid JSON: illegal value at "
                                            "offset 1\n");
    QTest::newRow("empty input") << QByteArray()
                                 << QByteArray(
                                        "fsrs-replay: input: not valid JSON: illegal value at "
                                        "offset 0\n");
}

void TestFsrsReplayTool::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const Result result = run(input);
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.out, QByteArray());
    QCOMPARE(result.err, message);
}

PORTOLAN_TEST_GUILESS_MAIN(TestFsrsReplayTool)
#include "tst_fsrsreplaytool.moc"
