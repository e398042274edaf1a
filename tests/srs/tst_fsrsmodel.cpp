// Tests FsrsModel, the memory formulas of docs/fsrs.md §3. Tables come from there; values not in it
// were computed with ts-fsrs 5.4.2's FSRSAlgorithm, the reference implementation.
#include "../support/TestMain.h"
#include "srs/FsrsModel.h"

#include <QTest>
#include <cmath>

using portolan::FsrsModel;
using portolan::FsrsParameters;
using portolan::Rating;

namespace {

const FsrsParameters::Weights kFsrs5{0.40255, 1.18385, 3.173,  15.69105, 7.1949, 0.5345, 1.4604,
                                     0.0046,  1.54575, 0.1192, 1.01925,  1.9395, 0.11,   0.29605,
                                     2.2698,  0.2315,  2.9898, 0.51655,  0.6621, 0.01,   0.5};

FsrsParameters withWeights(const FsrsParameters::Weights &w)
{
    FsrsParameters p;
    p.w = w;
    return p;
}

FsrsParameters withRetention(double r)
{
    FsrsParameters p;
    p.requestRetention = r;
    return p;
}

// Every model output is rounded to 8 decimals (r8). k/1e8 computed in binary is the double
// nearest to the decimal literal k·10⁻⁸, so a correct r8 result equals the literal exactly; a
// missing rounding step shows up as a difference in the ninth decimal.
bool same(double actual, double expected)
{
    return actual == expected;
}

QByteArray show(double actual, double expected)
{
    return QStringLiteral("got %1, expected %2")
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .toUtf8();
}

} // namespace

#define QCOMPARE_R8(actual, expected)                                                              \
    QVERIFY2(same((actual), (expected)), show((actual), (expected)).constData())

class TestFsrsModel : public QObject
{
    Q_OBJECT

private slots:
    void factor_data();
    void factor();
    void retrievability_data();
    void retrievability();
    void intervalModifier_data();
    void intervalModifier();
    void initialValues_data();
    void initialValues();
    void nextDifficulty_data();
    void nextDifficulty();
    void nextStability_data();
    void nextStability();
    void nextInterval_data();
    void nextInterval();
};

void TestFsrsModel::factor_data()
{
    QTest::addColumn<FsrsParameters>("parameters");
    QTest::addColumn<double>("decay");
    QTest::addColumn<double>("factor");
    QTest::newRow("FSRS-6 default") << FsrsParameters{} << -0.1542 << 0.98034649;
    QTest::newRow("FSRS-5 decay 0.5") << withWeights(kFsrs5) << -0.5 << 0.2345679;
}

void TestFsrsModel::factor()
{
    QFETCH(FsrsParameters, parameters);
    QFETCH(double, decay);
    QFETCH(double, factor);
    const FsrsModel model(parameters);
    QCOMPARE(model.decay(), decay);
    QCOMPARE_R8(model.factor(), factor);
}

void TestFsrsModel::retrievability_data()
{
    QTest::addColumn<FsrsParameters>("parameters");
    QTest::addColumn<double>("days");
    QTest::addColumn<double>("expected");

    // docs/fsrs.md §3, S = 10.
    const double days[] = {0, 1, 5, 10, 20, 50, 100};
    const double fsrs6[] = {1, 0.98568241, 0.94034429, 0.9, 0.84588465, 0.76052756, 0.69282664};
    const double fsrs5[] = {1, 0.98847399, 0.946059, 0.9, 0.82502865, 0.67840053, 0.54671107};
    for (int i = 0; i < 7; ++i) {
        QTest::addRow("FSRS-6 t=%g", days[i]) << FsrsParameters{} << days[i] << fsrs6[i];
        QTest::addRow("FSRS-5 t=%g", days[i]) << withWeights(kFsrs5) << days[i] << fsrs5[i];
    }
}

void TestFsrsModel::retrievability()
{
    QFETCH(FsrsParameters, parameters);
    QFETCH(double, days);
    QFETCH(double, expected);
    QCOMPARE_R8(FsrsModel(parameters).retrievability(days, 10.0), expected);
}

void TestFsrsModel::intervalModifier_data()
{
    QTest::addColumn<FsrsParameters>("parameters");
    QTest::addColumn<double>("expected");

    QTest::newRow("r=0.7") << withRetention(0.7) << 9.28791122;
    QTest::newRow("r=0.8") << withRetention(0.8) << 3.3159598;
    QTest::newRow("r=0.85") << withRetention(0.85) << 1.90642614;
    QTest::newRow("r=0.9") << withRetention(0.9) << 1.0;
    QTest::newRow("r=0.95") << withRetention(0.95) << 0.40255869;
    QTest::newRow("r=0.97") << withRetention(0.97) << 0.22276844;
    // Not exactly 1: factor is rounded before the division.
    QTest::newRow("FSRS-5 r=0.9") << withWeights(kFsrs5) << 1.00000001;
}

void TestFsrsModel::intervalModifier()
{
    QFETCH(FsrsParameters, parameters);
    QFETCH(double, expected);
    QCOMPARE_R8(FsrsModel(parameters).intervalModifier(), expected);
}

void TestFsrsModel::initialValues_data()
{
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<double>("storedDifficulty");

    QTest::newRow("Again") << Rating::Again << 0.212 << 6.4133 << 6.4133;
    QTest::newRow("Hard") << Rating::Hard << 1.2931 << 5.11217071 << 5.11217071;
    QTest::newRow("Good") << Rating::Good << 2.3065 << 2.11810397 << 2.11810397;
    QTest::newRow("Easy, D0 below 1 is stored as 1") << Rating::Easy << 8.2956 << -4.7716307 << 1.0;
}

void TestFsrsModel::initialValues()
{
    QFETCH(Rating, rating);
    QFETCH(double, stability);
    QFETCH(double, difficulty);
    QFETCH(double, storedDifficulty);

    const FsrsModel model{FsrsParameters{}};
    QCOMPARE_R8(model.initialStability(rating), stability);
    QCOMPARE_R8(model.initialDifficulty(rating), difficulty);
    const FsrsModel::Memory first = model.next({}, 0, rating);
    QCOMPARE_R8(first.stability, stability);
    QCOMPARE_R8(first.difficulty, storedDifficulty);
}

void TestFsrsModel::nextDifficulty_data()
{
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("expected");

    QTest::newRow("worked example, Good") << 2.11810397 << Rating::Good << 2.11121424;
    QTest::newRow("worked example, Again") << 2.09745544 << Rating::Again << 7.38771571;
    QTest::newRow("worked example, Easy") << 7.37555636 << Rating::Easy << 6.48381796;
    QTest::newRow("D=5 Again") << 5.0 << Rating::Again << 8.34176237;
    QTest::newRow("D=5 Hard") << 5.0 << Rating::Hard << 6.66599536;
    QTest::newRow("D=5 Good") << 5.0 << Rating::Good << 4.99022837;
    QTest::newRow("D=5 Easy") << 5.0 << Rating::Easy << 3.31446137;
    QTest::newRow("damped near 10") << 9.9 << Rating::Again << 9.95235905;
    QTest::newRow("clamped at 1") << 1.0 << Rating::Easy << 1.0;
}

void TestFsrsModel::nextDifficulty()
{
    QFETCH(double, difficulty);
    QFETCH(Rating, rating);
    QFETCH(double, expected);
    QCOMPARE_R8(FsrsModel(FsrsParameters{}).nextDifficulty(difficulty, rating), expected);
}

void TestFsrsModel::nextStability_data()
{
    QTest::addColumn<bool>("shortTerm");
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("difficulty");
    QTest::addColumn<int>("days");
    QTest::addColumn<Rating>("rating");
    QTest::addColumn<double>("expected");

    // Same day, short-term on: sinc formula for every grade, never lower for Hard/Good/Easy.
    QTest::newRow("same day Again")
        << true << 2.3065 << 2.11810397 << 0 << Rating::Again << 0.77508398;
    QTest::newRow("same day Hard (sinc < 1, kept)")
        << true << 2.3065 << 2.11810397 << 0 << Rating::Hard << 2.3065;
    QTest::newRow("same day Good (sinc < 1, kept)")
        << true << 2.3065 << 2.11810397 << 0 << Rating::Good << 2.3065;
    QTest::newRow("same day Easy")
        << true << 2.3065 << 2.11810397 << 0 << Rating::Easy << 3.94605407;
    // Recall after 2 days (R = 0.90949326), worked example row 3 and its siblings.
    QTest::newRow("recall Hard") << true << 2.3065 << 2.11121424 << 2 << Rating::Hard << 7.51735908;
    QTest::newRow("recall Good") << true << 2.3065 << 2.11121424 << 2 << Rating::Good
                                 << 10.97104786;
    QTest::newRow("recall Easy") << true << 2.3065 << 2.11121424 << 2 << Rating::Easy
                                 << 18.53433169;
    // Lapse after 37 days, worked example row 5.
    QTest::newRow("lapse") << true << 46.31685657 << 2.09745544 << 37 << Rating::Again
                           << 2.86595213;
    // Short-term off: a same-day review has R = 1, so a pass keeps S and Again is min(S, S_f).
    QTest::newRow("long-term same day Good")
        << false << 2.3065 << 2.11810397 << 0 << Rating::Good << 2.3065;
    QTest::newRow("long-term same day Again (S_f wins)")
        << false << 46.31685657 << 2.09745544 << 0 << Rating::Again << 2.4899438;
}

void TestFsrsModel::nextStability()
{
    QFETCH(bool, shortTerm);
    QFETCH(double, stability);
    QFETCH(double, difficulty);
    QFETCH(int, days);
    QFETCH(Rating, rating);
    QFETCH(double, expected);

    FsrsParameters p;
    p.enableShortTerm = shortTerm;
    const FsrsModel::Memory next = FsrsModel(p).next({stability, difficulty}, days, rating);
    QCOMPARE_R8(next.stability, expected);
}

void TestFsrsModel::nextInterval_data()
{
    QTest::addColumn<FsrsParameters>("parameters");
    QTest::addColumn<double>("stability");
    QTest::addColumn<int>("days");

    QTest::newRow("S rounds to nearest") << FsrsParameters{} << 10.97104786 << 11;
    QTest::newRow("at least one day") << FsrsParameters{} << 0.212 << 1;
    QTest::newRow("S_MAX") << FsrsParameters{} << 36500.0 << 36500;
    FsrsParameters capped;
    capped.maximumInterval = 30;
    QTest::newRow("maximum interval") << capped << 46.3 << 30;
    QTest::newRow("r=0.8 stretches") << withRetention(0.8) << 10.0 << 33;
}

void TestFsrsModel::nextInterval()
{
    QFETCH(FsrsParameters, parameters);
    QFETCH(double, stability);
    QFETCH(int, days);
    QCOMPARE(FsrsModel(parameters).nextInterval(stability), days);
}

PORTOLAN_TEST_APPLESS_MAIN(TestFsrsModel)
#include "tst_fsrsmodel.moc"
