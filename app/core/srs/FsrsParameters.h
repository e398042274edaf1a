#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <array>
#include <optional>
#include <span>

namespace portolan {

struct FsrsParametersResult;

// The tunable inputs of the FSRS-6 scheduler with ts-fsrs 5.4.2's defaults (docs/fsrs.md §2).
// A plain value: FsrsScheduler clamps the weights again when it is built, so a hand-edited w can
// never leave the bounds the reference enforces.
struct FsrsParameters
{
    static constexpr int kWeightCount = 21;
    using Weights = std::array<double, kWeightCount>;

    // FSRS-6 defaults; w20 = 0.1542 is the decay (FSRS-5 used 0.5).
    static constexpr Weights kDefaultWeights{
        0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    double requestRetention = 0.9;
    int maximumInterval = 36500; // days
    bool enableShortTerm = true;
    // Off by default as in the reference, so that defaults reproduce its output; the app turns it
    // on for real study sessions.
    bool enableFuzz = false;
    // Steps in whole minutes; ts-fsrs accepts only integer m/h/d values, which this preserves.
    QList<int> learningSteps{1, 10};
    QList<int> relearningSteps{10};
    Weights w = kDefaultWeights;

    // An empty string when the parameters can be used, otherwise "field: problem" for the first
    // problem found, using the reference's field names.
    QString validate() const;

    // Clamps w in place (bounds: docs/fsrs.md §2). The w17/w18 ceiling depends on the number of
    // relearning steps and the w19 floor on enableShortTerm, so call it after changing either.
    void clampWeights();

    // base with its weights replaced by weights: 21 (FSRS-6) are clamped, 19 (FSRS-5) and
    // 17 (FSRS-4.5) are migrated exactly as ts-fsrs migrates them. Any other length or a
    // non-finite weight is an error; the reference would silently fall back to the defaults.
    static FsrsParametersResult withWeights(const FsrsParameters &base,
                                            std::span<const double> weights);

    // What the app studies with: the defaults with fuzz on, so reviews due the same day spread.
    static FsrsParameters product()
    {
        FsrsParameters p;
        p.enableFuzz = true;
        return p;
    }

    // Minutes in a step written as ts-fsrs writes them ("1m", "6h", "2d"). Stricter than the
    // reference's parseInt(): only digits followed by one unit letter are accepted.
    static std::optional<int> parseStep(QStringView step);
};

// What FsrsParameters::withWeights() returns: parameters, or the reason there are none.
struct FsrsParametersResult
{
    std::optional<FsrsParameters> parameters;
    QString error;
};

} // namespace portolan
