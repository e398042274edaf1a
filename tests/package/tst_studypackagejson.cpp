// Tests StudyPackageJson, the study package's file format: everything written is read back
// unchanged, and each kind of bad field is refused with its path.
#include "../support/TestMain.h"
#include "package/StudyPackageJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace portolan;

namespace {

CardMemory memory(qint64 at, int reps)
{
    CardMemory m;
    m.due = at + 86'400'000;
    m.stability = 2.5 + reps;
    m.difficulty = 5.25;
    m.elapsedDays = 1;
    m.scheduledDays = 2;
    m.reps = reps;
    m.state = CardState::Review;
    m.lastReview = at;
    return m;
}

StudyPackageData sample()
{
    StudyPackageData d;
    d.exportedAt = 1741597200000LL;
    d.cards.insert(QStringLiteral("ssh:port-to-protocol"), memory(1741597200000LL, 2));
    PackageReview first;
    first.review.cardKey = QStringLiteral("ssh:port-to-protocol");
    first.review.reviewedAt = 1741597100000LL;
    first.review.rating = Rating::Good;
    first.review.answerFormat = QStringLiteral("typed");
    first.review.durationMs = 3000;
    first.review.after = memory(1741597100000LL, 1);
    PackageReview second = first;
    second.review.reviewedAt = 1741597200000LL;
    second.review.rating = Rating::Again;
    second.review.before = first.review.after;
    second.review.after = memory(1741597200000LL, 2);
    second.review.undone = true;
    second.undoneAt = 1741597201000LL;
    d.reviews = {first, second};
    d.notes = {{QStringLiteral("ssh"), QStringLiteral("line one\nline two"), 17}};
    CustomEntry e;
    e.key = QStringLiteral("custom-lab");
    e.name = QStringLiteral("Lab");
    e.ports = {{8000, 8010, Transport::Udp}};
    e.security = Security::Depends;
    d.customEntries = {{e, 42}};
    d.labels.insert(QStringLiteral("custom-lab"), {QStringLiteral("home")});
    StoredExamPlan plan;
    plan.examId = QStringLiteral("sy0-701");
    plan.examDate = QDate(2026, 3, 20);
    plan.target = 0.9;
    plan.createdAt = 5;
    plan.closedAt = 9;
    d.examPlans = {plan};
    d.savedSearches = {{QStringLiteral("Web"), QStringLiteral("80,443"), 7}};
    PackagePracticeExam exam;
    exam.result.examId = QStringLiteral("n10-009");
    exam.result.takenAt = 1741597000000LL;
    exam.result.seed = 0xfedcba9876543210ULL; // above 2^53: travels as text
    exam.result.durationMs = 61'000;
    exam.result.questions = 2;
    exam.result.right = 1;
    exam.result.countedAsReviews = true;
    exam.answers = {{QStringLiteral("1.5"), QStringLiteral("port"), QStringLiteral("ssh"), true},
                    {QStringLiteral("4.1"), QStringLiteral("select-two"), QString(), false}};
    d.practiceExams = {exam};
    StoredFsrsWeights weights;
    weights.weights[0] = 0.4567891234;
    weights.weights[20] = 0.2;
    weights.fittedAt = 1741597300000LL;
    weights.reviewCount = 1234;
    weights.cardCount = 56;
    d.fsrsWeights = weights;
    return d;
}

} // namespace

class TestStudyPackageJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void refused_data();
    void refused();
    void twoNotesForOneEntryAreRefused();
    void defaultWeightsAreNotWritten();
};

void TestStudyPackageJson::roundTrip()
{
    const StudyPackageData d = sample();
    QString error;
    const std::optional<StudyPackageData> back =
        StudyPackageJson::fromJson(StudyPackageJson::toJson(d), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->exportedAt, d.exportedAt);
    QCOMPARE(back->cards, d.cards);
    QCOMPARE(back->reviews.size(), 2);
    for (int i = 0; i < 2; ++i) {
        ReviewRecord expected = d.reviews.at(i).review;
        expected.id = back->reviews.at(i).review.id;
        QCOMPARE(back->reviews.at(i).review, expected);
        QCOMPARE(back->reviews.at(i).undoneAt, d.reviews.at(i).undoneAt);
    }
    QCOMPARE(back->notes.first().body, d.notes.first().body);
    QCOMPARE(back->customEntries.first().entry, d.customEntries.first().entry);
    QCOMPARE(back->customEntries.first().updatedAt, 42);
    QCOMPARE(back->labels, d.labels);
    QCOMPARE(back->examPlans.first().closedAt, std::optional<qint64>(9));
    QCOMPARE(back->savedSearches.first().query, QStringLiteral("80,443"));
    QCOMPARE(back->practiceExams.size(), 1);
    const PracticeResult &result = back->practiceExams.first().result;
    const PracticeResult &sent = d.practiceExams.first().result;
    QCOMPARE(result.examId, sent.examId);
    QCOMPARE(result.takenAt, sent.takenAt);
    QCOMPARE(result.seed, sent.seed);
    QCOMPARE(result.durationMs, sent.durationMs);
    QCOMPARE(result.questions, 2);
    QCOMPARE(result.right, 1);
    QVERIFY(result.countedAsReviews);
    QCOMPARE(back->practiceExams.first().answers, d.practiceExams.first().answers);
    QCOMPARE(back->fsrsWeights, d.fsrsWeights); // every weight exactly
}

// Weights are written only when fitted; a package without any reads as "no weights".
void TestStudyPackageJson::defaultWeightsAreNotWritten()
{
    StudyPackageData d = sample();
    d.fsrsWeights.reset();
    const QJsonObject root = QJsonDocument::fromJson(StudyPackageJson::toJson(d)).object();
    QVERIFY(!root.contains(QStringLiteral("fsrsWeights")));
    QString error;
    const auto back = StudyPackageJson::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(!back->fsrsWeights);
}

void TestStudyPackageJson::refused_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("rating 0") << "reviews"
                              << "rating" << QJsonValue(0) << "reviews[0].rating: must be 1 to 4";
    QTest::newRow("rating 2.5") << "reviews"
                                << "rating" << QJsonValue(2.5)
                                << "reviews[0].rating: must be 1 to 4";
    QTest::newRow("rating as text")
        << "reviews"
        << "rating" << QJsonValue(QStringLiteral("3")) << "reviews[0].rating: must be 1 to 4";
    QTest::newRow("unknown answer format")
        << "reviews"
        << "answerFormat" << QJsonValue(QStringLiteral("oral"))
        << "reviews[0].answerFormat: must be flashcard, typed, choice or classify";
    QTest::newRow("card key ends in colon")
        << "reviews"
        << "card" << QJsonValue(QStringLiteral("ssh:")) << "reviews[0].card: must be a card key";
    QTest::newRow("negative time")
        << "reviews"
        << "reviewedAt" << QJsonValue(-5) << "reviews[0].reviewedAt: must be a time";
    QTest::newRow("undone not a bool")
        << "reviews"
        << "undone" << QJsonValue(1) << "reviews[0].undone: must be true or false";
    QTest::newRow("state 4") << "cards"
                             << "state" << QJsonValue(4) << "cards[0].state: must be 0 to 3";
    QTest::newRow("note not text") << "notes"
                                   << "body" << QJsonValue(12) << "notes[0].body: must be text";
    QTest::newRow("empty entry name")
        << "customEntries"
        << "name" << QJsonValue(QString()) << "customEntries[0]: Name: must not be empty.";
    QTest::newRow("bad exam date") << "examPlans"
                                   << "examDate" << QJsonValue(QStringLiteral("2026-02-30"))
                                   << "examPlans[0].examDate: must be a date";
    QTest::newRow("built-in search name")
        << "savedSearches"
        << "name" << QJsonValue(QStringLiteral("Mail"))
        << "savedSearches[0]: Name: \"Mail\" is a built-in search.";
    QTest::newRow("missing field")
        << "reviews"
        << "after" << QJsonValue(QJsonValue::Undefined) << "reviews[0].after: missing";
    QTest::newRow("practice exam without an exam")
        << "practiceExams"
        << "exam" << QJsonValue(QJsonValue::Undefined) << "practiceExams[0].exam: missing";
    QTest::newRow("practice seed with a sign")
        << "practiceExams"
        << "seed" << QJsonValue(QStringLiteral("-5"))
        << "practiceExams[0].seed: must be a whole number from 0 to 18446744073709551615";
    QTest::newRow("practice seed too large")
        << "practiceExams"
        << "seed" << QJsonValue(QStringLiteral("18446744073709551616"))
        << "practiceExams[0].seed: must be a whole number";
    QTest::newRow("no questions") << "practiceExams"
                                  << "questionCount" << QJsonValue(0)
                                  << "practiceExams[0].questionCount: must be 1 to 1000";
    QTest::newRow("more right than questions")
        << "practiceExams"
        << "rightCount" << QJsonValue(3) << "practiceExams[0].rightCount: must be 0 to 2";
    QTest::newRow("fewer answers than questions")
        << "practiceExams"
        << "questionCount" << QJsonValue(3)
        << "practiceExams[0].answers: 2 answers for 3 questions";
    QTest::newRow("counted as reviews not a bool")
        << "practiceExams"
        << "countedAsReviews" << QJsonValue(QStringLiteral("yes"))
        << "practiceExams[0].countedAsReviews: must be true or false";
    QTest::newRow("answers not a list") << "practiceExams"
                                        << "answers" << QJsonValue(QStringLiteral("all right"))
                                        << "practiceExams[0].answers: must be a list";
}

void TestStudyPackageJson::refused()
{
    QFETCH(QString, list);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);

    QJsonObject root = QJsonDocument::fromJson(StudyPackageJson::toJson(sample())).object();
    QJsonArray array = root.value(list).toArray();
    QJsonObject item = array.at(0).toObject();
    if (value.isUndefined())
        item.remove(field);
    else
        item.insert(field, value);
    array[0] = item;
    root.insert(list, array);

    QString error;
    QVERIFY(!StudyPackageJson::fromJson(QJsonDocument(root).toJson(), &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

// Before: both notes were read and the one written last won, by the order in the file.
void TestStudyPackageJson::twoNotesForOneEntryAreRefused()
{
    StudyPackageData d = sample();
    d.notes.append({QStringLiteral("dns"), QStringLiteral("one"), 17});
    d.notes.append({QStringLiteral("ssh"), QStringLiteral("another"), 18});
    QString error;
    QVERIFY(!StudyPackageJson::fromJson(StudyPackageJson::toJson(d), &error));
    QVERIFY2(error.startsWith(QStringLiteral("notes[2].protocol: \"ssh\" appears twice")),
             qPrintable(error));
}

PORTOLAN_TEST_GUILESS_MAIN(TestStudyPackageJson)
#include "tst_studypackagejson.moc"
