// Tests FsrsParameters: defaults, validation, clamping, 17/19-weight migration and step parsing.
// Expected weights come from docs/fsrs.md §2 and were cross-checked with ts-fsrs 5.4.2's
// clipParameters() / migrateParameters().
#include "../support/TestMain.h"
#include "srs/FsrsParameters.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <vector>

using portolan::FsrsParameters;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

const std::vector<double> kFsrs5Weights{0.40255, 1.18385, 3.173,  15.69105, 7.1949, 0.5345, 1.4604,
                                        0.0046,  1.54575, 0.1192, 1.01925,  1.9395, 0.11,   0.29605,
                                        2.2698,  0.2315,  2.9898, 0.51655,  0.6621};
const std::vector<double> kFsrs45Weights{0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298,
                                         0.8975, 0.031,  1.6474, 0.1367,  1.0461, 2.1072,
                                         0.0793, 0.3246, 1.587,  0.2272,  2.8755};

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestFsrsParameters : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void validate_data();
    void validate();
    void clamping_data();
    void clamping();
    void shortTermCeiling_data();
    void shortTermCeiling();
    void migration_data();
    void migration();
    void badWeights_data();
    void badWeights();
    void parseStep_data();
    void parseStep();
};

void TestFsrsParameters::defaults()
{
    const FsrsParameters p;
    QCOMPARE(p.requestRetention, 0.9);
    QCOMPARE(p.maximumInterval, 36500);
    QVERIFY(p.enableShortTerm);
    QVERIFY(!p.enableFuzz);
    QCOMPARE(p.learningSteps, QList<int>({1, 10}));
    QCOMPARE(p.relearningSteps, QList<int>({10}));
    const std::vector<double> spec{0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                                   0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                                   1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    QCOMPARE(std::vector<double>(p.w.begin(), p.w.end()), spec);
    QVERIFY(p.validate().isEmpty());
    // The defaults are inside the bounds, so clamping must not change them.
    FsrsParameters clamped = p;
    clamped.clampWeights();
    QCOMPARE(clamped.w, p.w);
}

void TestFsrsParameters::validate_data()
{
    QTest::addColumn<FsrsParameters>("parameters");
    QTest::addColumn<QString>("error");

    FsrsParameters p;
    QTest::newRow("defaults") << p << QString();
    p.requestRetention = 1.0;
    QTest::newRow("retention 1 is allowed") << p << QString();
    p.requestRetention = 0.0;
    QTest::newRow("retention 0") << p << "request_retention: must be in (0, 1], got 0";
    p.requestRetention = 1.01;
    QTest::newRow("retention above 1") << p << "request_retention: must be in (0, 1], got 1.01";
    p.requestRetention = std::nan("");
    QTest::newRow("retention NaN") << p << "request_retention: must be in (0, 1], got nan";
    p = {};
    p.maximumInterval = 0;
    QTest::newRow("maximum interval 0") << p << "maximum_interval: must be at least 1 day, got 0";
    p = {};
    p.learningSteps = {1, -5};
    QTest::newRow("negative learning step")
        << p << "learning_steps[1]: must not be negative, got -5";
    p = {};
    p.relearningSteps = {-1};
    QTest::newRow("negative relearning step")
        << p << "relearning_steps[0]: must not be negative, got -1";
    p = {};
    p.w[7] = std::numeric_limits<double>::infinity();
    QTest::newRow("infinite weight") << p << "w[7]: must be a finite number";
}

void TestFsrsParameters::validate()
{
    QFETCH(FsrsParameters, parameters);
    QFETCH(QString, error);
    QCOMPARE(parameters.validate(), error);
}

void TestFsrsParameters::clamping_data()
{
    QTest::addColumn<bool>("shortTerm");
    QTest::addColumn<std::vector<double>>("input");
    QTest::addColumn<std::vector<double>>("expected");

    // Every weight pushed past a bound; expected values from docs/fsrs.md §2's table.
    const std::vector<double> wild{0, 200, -1, 101, 0.5, 0,   5,  0.9, -1, 0.9, 0,
                                   6, 0.3, 1,  -1,  2,   0.5, -1, 3,   0,  0.05};
    QTest::newRow("below and above, short-term on")
        << true << wild
        << std::vector<double>{0.001, 100,  0.001, 100, 1, 0.001, 4, 0.75, 0,    0.8, 0.001,
                               5,     0.25, 0.9,   0,   1, 1,     0, 2,    0.01, 0.1};
    QTest::newRow("below and above, short-term off")
        << false << wild
        << std::vector<double>{0.001, 100,  0.001, 100, 1, 0.001, 4, 0.75, 0, 0.8, 0.001,
                               5,     0.25, 0.9,   0,   1, 1,     0, 2,    0, 0.1};
    std::vector<double> high(FsrsParameters::kDefaultWeights.begin(),
                             FsrsParameters::kDefaultWeights.end());
    high[19] = 0.9;
    high[20] = 0.9;
    std::vector<double> highExpected = high;
    highExpected[19] = 0.8;
    highExpected[20] = 0.8;
    QTest::newRow("w19 and w20 ceilings") << true << high << highExpected;
}

void TestFsrsParameters::clamping()
{
    QFETCH(bool, shortTerm);
    QFETCH(std::vector<double>, input);
    QFETCH(std::vector<double>, expected);

    FsrsParameters base;
    base.enableShortTerm = shortTerm;
    const portolan::FsrsParametersResult result = FsrsParameters::withWeights(base, input);
    QVERIFY2(result.parameters, qPrintable(result.error));
    QCOMPARE(std::vector<double>(result.parameters->w.begin(), result.parameters->w.end()),
             expected);

    // Clamping a hand-set w gives the same result as the factory.
    FsrsParameters manual = base;
    std::copy(input.begin(), input.end(), manual.w.begin());
    manual.clampWeights();
    QCOMPARE(manual.w, result.parameters->w);
}

void TestFsrsParameters::shortTermCeiling_data()
{
    QTest::addColumn<QList<int>>("relearningSteps");
    QTest::addColumn<double>("ceiling");

    // C = clamp(r8(sqrt(max(0, −(ln w11 + ln(2^w13 − 1) + 0.3·w14)/n))), 0.01, 2), default w.
    QTest::newRow("one step: no ceiling") << QList<int>{10} << 2.0;
    QTest::newRow("two steps") << QList<int>{10, 60} << 0.60045935;
    QTest::newRow("three steps") << QList<int>{5, 10, 60} << 0.49027301;
}

void TestFsrsParameters::shortTermCeiling()
{
    QFETCH(QList<int>, relearningSteps);
    QFETCH(double, ceiling);

    FsrsParameters p;
    p.relearningSteps = relearningSteps;
    p.w[17] = 3.0;
    p.w[18] = 3.0;
    p.clampWeights();
    QVERIFY2(near(p.w[17], ceiling), qPrintable(QString::number(p.w[17], 'g', 17)));
    QVERIFY2(near(p.w[18], ceiling), qPrintable(QString::number(p.w[18], 'g', 17)));
}

void TestFsrsParameters::migration_data()
{
    QTest::addColumn<std::vector<double>>("input");
    QTest::addColumn<bool>("shortTerm");
    QTest::addColumn<std::vector<double>>("expected");

    std::vector<double> fsrs5 = kFsrs5Weights;
    fsrs5.insert(fsrs5.end(), {0.01, 0.5});
    QTest::newRow("FSRS-5, short-term on: w19 clipped up to 0.01")
        << kFsrs5Weights << true << fsrs5;
    fsrs5[19] = 0.0;
    QTest::newRow("FSRS-5, short-term off: w19 stays 0") << kFsrs5Weights << false << fsrs5;

    // w4 ← 2·w5 + w4, w5 ← ln(3·w5 + 1)/3, w6 ← w6 + 0.5, each to 8 decimals.
    QTest::newRow("FSRS-4.5") << kFsrs45Weights << true
                              << std::vector<double>{
                                     0.4872, 1.4003, 3.7145, 13.8206, 7.6214, 0.51510155, 1.3975,
                                     0.031,  1.6474, 0.1367, 1.0461,  2.1072, 0.0793,     0.3246,
                                     1.587,  0.2272, 2.8755, 0,       0,      0.01,       0.5};
    // The second clip caps the migrated w4 and w6.
    std::vector<double> big = kFsrs45Weights;
    big[4] = 9.0;
    big[5] = 2.0;
    big[6] = 3.9;
    QTest::newRow("FSRS-4.5 migrated past the bounds")
        << big << false
        << std::vector<double>{0.4872, 1.4003, 3.7145, 13.8206, 10.0,   0.64863672, 4.0,
                               0.031,  1.6474, 0.1367, 1.0461,  2.1072, 0.0793,     0.3246,
                               1.587,  0.2272, 2.8755, 0,       0,      0,          0.5};
}

void TestFsrsParameters::migration()
{
    QFETCH(std::vector<double>, input);
    QFETCH(bool, shortTerm);
    QFETCH(std::vector<double>, expected);

    FsrsParameters base;
    base.enableShortTerm = shortTerm;
    const portolan::FsrsParametersResult result = FsrsParameters::withWeights(base, input);
    QVERIFY2(result.parameters, qPrintable(result.error));
    QVERIFY(result.error.isEmpty());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QVERIFY2(near(result.parameters->w[i], expected[i]),
                 qPrintable(QStringLiteral("w[%1] = %2, expected %3")
                                .arg(i)
                                .arg(result.parameters->w[i], 0, 'g', 17)
                                .arg(expected[i], 0, 'g', 17)));
    }
}

void TestFsrsParameters::badWeights_data()
{
    QTest::addColumn<std::vector<double>>("input");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << std::vector<double>{} << "w: must have 17, 19 or 21 weights, got 0";
    QTest::newRow("18") << std::vector<double>(18, 1.0)
                        << "w: must have 17, 19 or 21 weights, got 18";
    QTest::newRow("22") << std::vector<double>(22, 1.0)
                        << "w: must have 17, 19 or 21 weights, got 22";
    std::vector<double> nan(21, 1.0);
    nan[3] = std::nan("");
    QTest::newRow("NaN") << nan << "w[3]: must be a finite number";
}

void TestFsrsParameters::badWeights()
{
    QFETCH(std::vector<double>, input);
    QFETCH(QString, error);
    const portolan::FsrsParametersResult result = FsrsParameters::withWeights({}, input);
    QVERIFY(!result.parameters);
    QCOMPARE(result.error, error);
}

void TestFsrsParameters::parseStep_data()
{
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("minutes"); // -1: invalid

    QTest::newRow("1m") << "1m" << 1;
    QTest::newRow("10m") << "10m" << 10;
    QTest::newRow("0m") << "0m" << 0;
    QTest::newRow("6h") << "6h" << 360;
    QTest::newRow("2d") << "2d" << 2880;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("unit only") << "m" << -1;
    QTest::newRow("no unit") << "10" << -1;
    QTest::newRow("unknown unit") << "10x" << -1;
    QTest::newRow("upper-case unit") << "10M" << -1;
    QTest::newRow("fraction") << "1.5m" << -1;
    QTest::newRow("negative") << "-1m" << -1;
    QTest::newRow("leading space") << " 1m" << -1;
    QTest::newRow("overflows int") << "9999999999d" << -1;
}

void TestFsrsParameters::parseStep()
{
    QFETCH(QString, step);
    QFETCH(int, minutes);
    const std::optional<int> parsed = FsrsParameters::parseStep(step);
    QCOMPARE(parsed.value_or(-1), minutes);
}

PORTOLAN_TEST_APPLESS_MAIN(TestFsrsParameters)
#include "tst_fsrsparameters.moc"
