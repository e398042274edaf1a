// Conformance with the reference: replays every history in vectors/vectors.json (recorded from
// ts-fsrs 5.4.2 by vectors/generate.mjs, fuzz off, UTC days) through FsrsScheduler and compares
// every step: stability and difficulty to 1e-6 relative, everything else exactly.
#include "../support/TestMain.h"
#include "srs/DayCounter.h"
#include "srs/FsrsScheduler.h"
#include "srs/ReplayJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace portolan;

class TestFsrsConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void history_data();
    void history();
    void cleanupTestCase();

private:
    QJsonArray m_cases;
    int m_histories = 0;
    int m_steps = 0;
    int m_bitExactSteps = 0;
};

void TestFsrsConformance::initTestCase()
{
    QFile file(QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/srs/vectors/vectors.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.object()[u"generator"].toString().contains(u"ts-fsrs 5.4.2"));
    m_cases = document.object()[u"cases"].toArray();
    // The generator writes 22 parameter sets of 10 histories; a truncated file must not pass.
    QCOMPARE(m_cases.size(), 22);
}

void TestFsrsConformance::history_data()
{
    QTest::addColumn<int>("caseIndex");
    QTest::addColumn<int>("cardIndex");
    for (int i = 0; i < m_cases.size(); ++i) {
        const QJsonObject c = m_cases[i].toObject();
        const QJsonArray cards = c[u"input"].toObject()[u"cards"].toArray();
        for (int j = 0; j < cards.size(); ++j) {
            QTest::addRow("%s", qPrintable(cards[j].toObject()[u"id"].toString())) << i << j;
        }
    }
}

void TestFsrsConformance::history()
{
    QFETCH(int, caseIndex);
    QFETCH(int, cardIndex);

    const QJsonObject c = m_cases[caseIndex].toObject();
    const QByteArray input = QJsonDocument(c[u"input"].toObject()).toJson();
    const ReplayJson::ParseResult parsed = ReplayJson::parse(input);
    QVERIFY2(parsed.input, qPrintable(parsed.error));
    const ReplayJson::Card &card = parsed.input->cards.at(cardIndex);
    const QJsonArray expected =
        c[u"output"].toObject()[u"cards"].toArray()[cardIndex].toObject()[u"steps"].toArray();
    QCOMPARE(expected.size(), card.reviews.size());
    QVERIFY(!card.reviews.isEmpty());

    // The product's code path: a scheduler with UTC days, one next() per review.
    const FsrsScheduler scheduler(parsed.input->parameters, DayCounter::utc());
    CardMemory memory = CardMemory::newCard(card.reviews.first().timeMs);
    for (qsizetype i = 0; i < card.reviews.size(); ++i) {
        memory = scheduler.next(memory, card.reviews[i].timeMs, card.reviews[i].rating);
        const QJsonObject want = expected[i].toObject();
        const QByteArray where = "step " + QByteArray::number(i);
        const double s = want[u"stability"].toDouble();
        const double d = want[u"difficulty"].toDouble();
        QVERIFY2(std::abs(memory.stability - s) <= 1e-6 * std::abs(s),
                 where + ": stability " + QByteArray::number(memory.stability, 'g', 17) +
                     ", reference " + QByteArray::number(s, 'g', 17));
        QVERIFY2(std::abs(memory.difficulty - d) <= 1e-6 * std::abs(d),
                 where + ": difficulty " + QByteArray::number(memory.difficulty, 'g', 17) +
                     ", reference " + QByteArray::number(d, 'g', 17));
        QCOMPARE(ReplayJson::formatTime(memory.due), want[u"due"].toString());
        QCOMPARE(memory.scheduledDays, want[u"scheduled_days"].toInt(-1));
        QCOMPARE(memory.learningSteps, want[u"learning_steps"].toInt(-1));
        QCOMPARE(memory.reps, want[u"reps"].toInt(-1));
        QCOMPARE(memory.lapses, want[u"lapses"].toInt(-1));
        QCOMPARE(static_cast<int>(memory.state), want[u"state"].toInt(-1));
        ++m_steps;
        // Not required by the spec, but worth knowing: identical to the last bit.
        if (memory.stability == s && memory.difficulty == d)
            ++m_bitExactSteps;
    }
    ++m_histories;
}

void TestFsrsConformance::cleanupTestCase()
{
    qInfo("%d histories, %d steps agree with ts-fsrs 5.4.2 (%d with bit-identical S and D)",
          m_histories, m_steps, m_bitExactSteps);
}

PORTOLAN_TEST_APPLESS_MAIN(TestFsrsConformance)
#include "tst_fsrsconformance.moc"
