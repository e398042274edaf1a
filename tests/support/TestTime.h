#pragma once
// Lengths of time in milliseconds, as the review log and the scheduler count them. One
// definition for every test: the tests of a folder are compiled together.
#include <QDate>
#include <QDateTime>

namespace portolan::testing {

inline constexpr qint64 kMinute = 60'000;
inline constexpr qint64 kHour = 3'600'000;
inline constexpr qint64 kDay = 86'400'000;

// The day most tests study on, and 09:00 UTC on it: before the simulated learner's usual study
// hour.
inline const QDate kToday(2026, 3, 10);
inline const qint64 kNow = QDateTime(kToday, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
// Noon UTC on that day.
inline const qint64 kNoon = QDateTime(kToday, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

} // namespace portolan::testing
