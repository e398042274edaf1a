#pragma once

#include "srs/DayCounter.h"
#include "srs/FsrsParameters.h"

#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace portolan {

// What the learner chose in Preferences, stored with QSettings. Values read back are clamped
// into range, so a hand-edited settings file can never produce an unusable scheduler.
struct Preferences
{
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    QString language; // "" follows the system; "en", "de", "es", "fr"
    Theme theme = Theme::System;
    int fontPointSize = 0; // 0 = the system's
    double desiredRetention = 0.9;
    int newCardsPerDay = 20;
    QList<int> learningSteps{1, 10}; // minutes
    int rolloverHour = DayCounter::kDefaultRolloverHour;
    QString portsInActionOs = QStringLiteral("linux");
    // The exam the learner studies for ("n10-009"), empty for "just browsing": the quiz's
    // default deck and the statistics' headline. Chosen in the welcome, changed in Preferences.
    QString examId;
    // The welcome was shown (and finished or skipped): it does not open by itself again.
    bool welcomed = false;
    // A practice exam's answers also count as reviews of the learner's cards (off: a practice
    // exam never reschedules). Asked on the practice exam's start, remembered here.
    bool practiceCountsAsReviews = false;

    static constexpr double kMinRetention = 0.70;
    static constexpr double kMaxRetention = 0.97;
    static constexpr int kMaxNewCardsPerDay = 500;
    static constexpr int kMinFontPointSize = 6;
    static constexpr int kMaxFontPointSize = 32;

    static Preferences load();
    static Preferences load(const QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    // The scheduler the quiz uses with these preferences (FSRS-6 defaults, fuzz on).
    FsrsParameters fsrsParameters() const;
    // Study days in the system's time zone, starting at rolloverHour.
    DayCounter dayCounter() const;

    // "1m 10m" for {1, 10}; hours and days where they divide evenly ("1h", "1d").
    static QString stepsText(const QList<int> &minutes);
    // Parses "1m 10m", "1 10", "1m, 1h"; nullopt (and *error) for anything else.
    static std::optional<QList<int>> parseSteps(QStringView text, QString *error = nullptr);

    static QString themeId(Theme theme);
    static Theme parseTheme(QStringView id);

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace portolan
