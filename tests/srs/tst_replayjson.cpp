// Tests ReplayJson, fsrs-replay's input and output format: a good input parsed and replayed to
// the exact expected text, and every kind of malformed input reported with where and what.
#include "../support/TestMain.h"
#include "srs/ReplayJson.h"

#include <QTest>

using portolan::CardState;
using portolan::Rating;
using portolan::ReplayJson;

class TestReplayJson : public QObject
{
    Q_OBJECT

private slots:
    void parseGood();
    void defaults();
    void runFormatsLikeTheReference();
    void malformed_data();
    void malformed();
    void times_data();
    void times();
};

void TestReplayJson::parseGood()
{
    const QByteArray json = R"({"params":{"request_retention":0.85,"maximum_interval":3650,
        "enable_short_term":false,"learning_steps":["1m","2h","3d"],"relearning_steps":[],
        "w":[0.40255,1.18385,3.173,15.69105,7.1949,0.5345,1.4604,0.0046,1.54575,0.1192,1.01925,
             1.9395,0.11,0.29605,2.2698,0.2315,2.9898,0.51655,0.6621]},
      "cards":[{"id":"c1","reviews":[{"t":"2025-01-01T09:00:00Z","rating":3},
                                     {"t":"2025-01-01T10:00:00.250+01:00","rating":1}]},
               {"id":"empty","reviews":[]}]})";
    const ReplayJson::ParseResult parsed = ReplayJson::parse(json);
    QVERIFY2(parsed.input, qPrintable(parsed.error));
    const ReplayJson::Input &in = *parsed.input;
    QCOMPARE(in.parameters.requestRetention, 0.85);
    QCOMPARE(in.parameters.maximumInterval, 3650);
    QVERIFY(!in.parameters.enableShortTerm);
    QVERIFY(!in.parameters.enableFuzz);
    QCOMPARE(in.parameters.learningSteps, QList<int>({1, 120, 4320}));
    QCOMPARE(in.parameters.relearningSteps, QList<int>());
    // 19 weights migrated; short-term off keeps w19 at 0.
    QCOMPARE(in.parameters.w[3], 15.69105);
    QCOMPARE(in.parameters.w[19], 0.0);
    QCOMPARE(in.parameters.w[20], 0.5);
    QCOMPARE(in.cards.size(), 2);
    QCOMPARE(in.cards[0].id, QStringLiteral("c1"));
    QCOMPARE(in.cards[0].reviews.size(), 2);
    QCOMPARE(in.cards[0].reviews[0].timeMs, Q_INT64_C(1735722000000));
    QCOMPARE(in.cards[0].reviews[0].rating, Rating::Good);
    QCOMPARE(in.cards[0].reviews[1].timeMs, Q_INT64_C(1735722000250));
    QCOMPARE(in.cards[0].reviews[1].rating, Rating::Again);
    QVERIFY(in.cards[1].reviews.isEmpty());
}

void TestReplayJson::defaults()
{
    const ReplayJson::ParseResult parsed = ReplayJson::parse(R"({"cards":[]})");
    QVERIFY2(parsed.input, qPrintable(parsed.error));
    const portolan::FsrsParameters defaults;
    QCOMPARE(parsed.input->parameters.w, defaults.w);
    QCOMPARE(parsed.input->parameters.learningSteps, defaults.learningSteps);
    QCOMPARE(parsed.input->parameters.relearningSteps, defaults.relearningSteps);
    QCOMPARE(parsed.input->parameters.requestRetention, 0.9);
    QCOMPARE(ReplayJson::run(*parsed.input), QByteArray(R"({"cards":[]})"));
}

void TestReplayJson::runFormatsLikeTheReference()
{
    // Rows 1-2 of the worked example in docs/fsrs.md §5, in the key order and number format that
    // ts-fsrs's JSON.stringify produces (the conformance vectors rely on both).
    const ReplayJson::ParseResult parsed = ReplayJson::parse(
        R"({"cards":[{"id":"c1","reviews":[{"t":"2025-01-01T09:00:00Z","rating":3},)"
        R"({"t":"2025-01-01T09:10:00Z","rating":3}]},{"id":"q\"uote","reviews":[]}]})");
    QVERIFY2(parsed.input, qPrintable(parsed.error));
    const QByteArray expected =
        R"({"cards":[{"id":"c1","steps":[)"
        R"({"due":"2025-01-01T09:10:00.000Z","stability":2.3065,"difficulty":2.11810397,)"
        R"("scheduled_days":0,"learning_steps":1,"reps":1,"lapses":0,"state":1},)"
        R"({"due":"2025-01-03T09:10:00.000Z","stability":2.3065,"difficulty":2.11121424,)"
        R"("scheduled_days":2,"learning_steps":0,"reps":2,"lapses":0,"state":2}]},)"
        R"({"id":"q\"uote","steps":[]}]})";
    QCOMPARE(ReplayJson::run(*parsed.input), expected);
}

void TestReplayJson::malformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const auto card = [](const char *reviews) {
        return QByteArray(R"({"cards":[{"id":"c1","reviews":[)") + reviews + "]}]}";
    };
    const auto params = [](const char *p) {
        return QByteArray(R"({"params":{)") + p + R"(},"cards":[]})";
    };
    const char *ok = R"({"t":"2025-01-01T09:00:00Z","rating":3})";

    QTest::newRow("not JSON") << QByteArray("{\"cards\":")
                              << "input: not valid JSON: unterminated object at offset 9";
    QTest::newRow("not an object") << QByteArray("[]") << "input: must be a JSON object";
    QTest::newRow("missing cards") << QByteArray("{}") << "cards: missing";
    QTest::newRow("cards not an array")
        << QByteArray(R"({"cards":{}})") << "cards: must be an array, got an object";
    QTest::newRow("unknown top-level key")
        << QByteArray(R"({"cards":[],"card":[]})") << "card: unknown key";
    QTest::newRow("card not an object")
        << QByteArray(R"({"cards":[1]})") << "cards[0]: must be an object, got 1";
    QTest::newRow("missing id") << QByteArray(R"({"cards":[{"reviews":[]}]})")
                                << "cards[0].id: must be a string, got nothing";
    QTest::newRow("missing reviews") << QByteArray(R"({"cards":[{"id":"c1"}]})")
                                     << "cards[0].reviews: must be an array, got nothing";
    QTest::newRow("rating 7") << card((QByteArray(ok) + "," + ok +
                                       R"(,{"t":"2025-01-02T09:00:00Z","rating":7})")
                                          .constData())
                              << "cards[0].reviews[2].rating: must be 1..4, got 7";
    QTest::newRow("rating 0 (Manual)") << card(R"({"t":"2025-01-01T09:00:00Z","rating":0})")
                                       << "cards[0].reviews[0].rating: must be 1..4, got 0";
    QTest::newRow("fractional rating") << card(R"({"t":"2025-01-01T09:00:00Z","rating":2.5})")
                                       << "cards[0].reviews[0].rating: must be 1..4, got 2.5";
    QTest::newRow("rating as a string") << card(R"({"t":"2025-01-01T09:00:00Z","rating":"Good"})")
                                        << "cards[0].reviews[0].rating: must be 1..4, got \"Good\"";
    QTest::newRow("missing rating") << card(R"({"t":"2025-01-01T09:00:00Z"})")
                                    << "cards[0].reviews[0].rating: must be 1..4, got nothing";
    QTest::newRow("bad time") << card(R"({"t":"yesterday","rating":3})")
                              << "cards[0].reviews[0].t: must be an ISO 8601 time with a zone, "
                                 "like \"2025-01-01T09:00:00Z\", got \"yesterday\"";
    QTest::newRow("time without zone")
        << card(R"({"t":"2025-01-01T09:00:00","rating":3})")
        << "cards[0].reviews[0].t: must be an ISO 8601 time with a zone, like "
           "\"2025-01-01T09:00:00Z\", got \"2025-01-01T09:00:00\"";
    QTest::newRow("impossible date") << card(R"({"t":"2025-02-30T09:00:00Z","rating":3})")
                                     << "cards[0].reviews[0].t: must be an ISO 8601 time with a "
                                        "zone, like \"2025-01-01T09:00:00Z\", got "
                                        "\"2025-02-30T09:00:00Z\"";
    QTest::newRow("reviews out of order")
        << card((QByteArray(ok) + R"(,{"t":"2025-01-01T08:59:59+00:00","rating":3})").constData())
        << "cards[0].reviews[1].t: 2025-01-01T08:59:59.000Z is earlier than the previous review "
           "(2025-01-01T09:00:00.000Z)";
    QTest::newRow("unknown review key")
        << card(R"({"t":"2025-01-01T09:00:00Z","rating":3,"grade":3})")
        << "cards[0].reviews[0].grade: unknown key";
    QTest::newRow("params not an object")
        << QByteArray(R"({"params":[],"cards":[]})") << "params: must be an object, got an array";
    QTest::newRow("bad step unit") << params(R"("learning_steps":["1m","10x"])")
                                   << "params.learning_steps[1]: must be a step like \"10m\", "
                                      "\"1h\" or \"2d\", got \"10x\"";
    QTest::newRow("step as a number") << params(R"("relearning_steps":[10])")
                                      << "params.relearning_steps[0]: must be a step like "
                                         "\"10m\", \"1h\" or \"2d\", got 10";
    QTest::newRow("steps not an array")
        << params(R"("learning_steps":"1m")")
        << "params.learning_steps: must be an array of steps, got \"1m\"";
    QTest::newRow("wrong w length")
        << params(R"("w":[1,2,3,4,5])") << "params.w: must have 17, 19 or 21 weights, got 5";
    QTest::newRow("w element not a number")
        << params(R"("w":[1,2,"x"])") << "params.w[2]: must be a number, got \"x\"";
    QTest::newRow("retention out of range")
        << params(R"("request_retention":1.5)")
        << "params.request_retention: must be in (0, 1], got 1.5";
    QTest::newRow("retention zero") << params(R"("request_retention":0)")
                                    << "params.request_retention: must be in (0, 1], got 0";
    QTest::newRow("fractional maximum interval")
        << params(R"("maximum_interval":10.5)")
        << "params.maximum_interval: must be a whole number of days, 1 or more, got 10.5";
    QTest::newRow("short-term not a bool") << params(R"("enable_short_term":1)")
                                           << "params.enable_short_term: must be true or false, "
                                              "got 1";
    QTest::newRow("fuzz cannot be turned on")
        << params(R"("enable_fuzz":true)") << "params.enable_fuzz: unknown key";
}

void TestReplayJson::malformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const ReplayJson::ParseResult parsed = ReplayJson::parse(json);
    QVERIFY(!parsed.input);
    QCOMPARE(parsed.error, error);
}

void TestReplayJson::times_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: rejected
    QTest::addColumn<QString>("formatted");

    QTest::newRow("Z") << "2025-01-01T09:00:00Z" << Q_INT64_C(1735722000000)
                       << "2025-01-01T09:00:00.000Z";
    QTest::newRow("milliseconds") << "2025-01-01T09:00:00.123Z" << Q_INT64_C(1735722000123)
                                  << "2025-01-01T09:00:00.123Z";
    QTest::newRow("offset") << "2025-01-01T11:00:00+02:00" << Q_INT64_C(1735722000000)
                            << "2025-01-01T09:00:00.000Z";
    QTest::newRow("negative half-hour offset")
        << "2025-01-01T06:30:00.5-02:30" << Q_INT64_C(1735722000500) << "2025-01-01T09:00:00.500Z";
    QTest::newRow("no zone") << "2025-01-01T09:00:00" << Q_INT64_C(-1) << "";
    QTest::newRow("date only") << "2025-01-01" << Q_INT64_C(-1) << "";
    QTest::newRow("garbage") << "soon" << Q_INT64_C(-1) << "";
}

void TestReplayJson::times()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(QString, formatted);
    const std::optional<qint64> parsed = ReplayJson::parseTime(text);
    QCOMPARE(parsed.value_or(-1), ms);
    if (parsed)
        QCOMPARE(ReplayJson::formatTime(*parsed), formatted);
}

PORTOLAN_TEST_APPLESS_MAIN(TestReplayJson)
#include "tst_replayjson.moc"
