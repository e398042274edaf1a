// The optimizer against the reference (docs/fsrs.md §9.6): for every review log in
// optimizer/logs, recorded with fsrs-rs's own optimizer (optimizer/generate.mjs), the project's
// evaluation must give the reference's figures for the same weights, and the project's fit must
// reach a log loss within 1 % of the reference's fit, both measured by that same evaluation.
#include "../support/TestMain.h"
#include "srs/FsrsOptimizer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <cmath>

using namespace portolan;

namespace {

const QString kDir = QStringLiteral(PORTOLAN_SOURCE_DIR "/tests/srs/optimizer");

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

FsrsTrainingSet setFrom(const QJsonObject &log)
{
    QList<QList<FsrsTrainingSet::OrderedReview>> cards;
    for (const auto &card : log[u"cards"].toArray()) {
        QList<FsrsTrainingSet::OrderedReview> reviews;
        for (const auto &r : card.toArray()) {
            const QJsonArray a = r.toArray();
            reviews.append(FsrsTrainingSet::OrderedReview{qint64(a[0].toDouble()),
                                                          {a[1].toInt(), a[2].toInt()}});
        }
        cards.append(reviews);
    }
    return FsrsTrainingSet::fromHistories(cards);
}

FsrsParameters::Weights weightsFrom(const QJsonArray &a)
{
    FsrsParameters::Weights w{};
    for (int i = 0; i < FsrsParameters::kWeightCount; ++i)
        w[std::size_t(i)] = a[i].toDouble();
    return w;
}

} // namespace

class TestFsrsOptimizerConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void log_data();
    void log();

private:
    QJsonObject m_expected;
};

void TestFsrsOptimizerConformance::initTestCase()
{
    m_expected = readJson(kDir + QStringLiteral("/expected.json"));
    QVERIFY(m_expected[u"reference"].toString().startsWith(u"@open-spaced-repetition/binding"));
    // One entry per committed log: a log without figures (or figures without a log) fails.
    const QStringList logs =
        QDir(kDir + QStringLiteral("/logs")).entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(logs.size() >= 4);
    QCOMPARE(m_expected[u"logs"].toObject().keys(), logs);
}

void TestFsrsOptimizerConformance::log_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : m_expected[u"logs"].toObject().keys())
        QTest::addRow("%s", qPrintable(name)) << name;
}

void TestFsrsOptimizerConformance::log()
{
    QFETCH(QString, name);
    const QJsonObject expected = m_expected[u"logs"].toObject()[name].toObject();
    const FsrsTrainingSet set = setFrom(readJson(kDir + QStringLiteral("/logs/") + name));
    QCOMPARE(set.reviewCount(), expected[u"reviews"].toInt());
    QCOMPARE(set.cardCount(), expected[u"cards"].toInt());
    QCOMPARE(int(set.items().size()), expected[u"items"].toInt());

    // The evaluation is the reference's: same figures for the same weights (it computes in
    // single precision, hence the tolerance).
    const auto refWeights = weightsFrom(expected[u"parameters"].toArray());
    const FsrsEvaluation onReference = FsrsOptimizer::evaluate(set, refWeights);
    const FsrsEvaluation onDefaults = FsrsOptimizer::evaluate(set, FsrsParameters::kDefaultWeights);
    const QJsonObject refFitted = expected[u"fitted"].toObject();
    const QJsonObject refDefaults = expected[u"defaults"].toObject();
    QVERIFY2(std::abs(onReference.logLoss - refFitted[u"logLoss"].toDouble()) < 2e-4,
             qPrintable(QString::number(onReference.logLoss, 'g', 9)));
    QVERIFY2(std::abs(onReference.rmseBins - refFitted[u"rmseBins"].toDouble()) < 2e-4,
             qPrintable(QString::number(onReference.rmseBins, 'g', 9)));
    QVERIFY(std::abs(onDefaults.logLoss - refDefaults[u"logLoss"].toDouble()) < 2e-4);
    QVERIFY(std::abs(onDefaults.rmseBins - refDefaults[u"rmseBins"].toDouble()) < 2e-4);

    // Pre-training finds the reference's initial stabilities (it searches in double precision
    // too; the grid of its ternary search and single-precision inputs leave small differences).
    const auto s0 = FsrsOptimizer::pretrain(set);
    QVERIFY(s0);
    const QJsonArray refS0 = expected[u"pretrained"].toArray();
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(std::abs((*s0)[i] - refS0[i].toDouble()) <= 1e-3 * refS0[i].toDouble() + 1e-5,
                 qPrintable(QStringLiteral("S0(%1): %2 vs %3")
                                .arg(i + 1)
                                .arg((*s0)[i])
                                .arg(refS0[i].toDouble())));
    }

    // The project's fit, measured the same way, is within 1 % of the reference's fit.
    const FsrsOptimizer::Result result =
        FsrsOptimizer().optimize(set, FsrsParameters::kDefaultWeights);
    QCOMPARE(result.status, FsrsOptimizer::Result::Status::Fitted);
    qInfo("%s: log loss defaults %.5f, reference %.5f, Portolan %.5f; RMSE %.4f / %.4f / %.4f",
          qPrintable(name), onDefaults.logLoss, onReference.logLoss, result.fitted.logLoss,
          onDefaults.rmseBins, onReference.rmseBins, result.fitted.rmseBins);
    QVERIFY2(result.fitted.logLoss <= onReference.logLoss * 1.01,
             qPrintable(QStringLiteral("Portolan %1 vs reference %2")
                            .arg(result.fitted.logLoss)
                            .arg(onReference.logLoss)));
    // Both fits beat the defaults on these logs, which a hidden memory unlike them produced.
    QVERIFY(result.fitted.logLoss < onDefaults.logLoss);
}

PORTOLAN_TEST_GUILESS_MAIN(TestFsrsOptimizerConformance)
#include "tst_fsrsoptimizerconformance.moc"
