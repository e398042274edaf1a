#pragma once

#include <QDate>
#include <QTimeZone>
#include <QtGlobal>

namespace portolan {

// Counts study days between two instants: the one rule in which Portolan's scheduler may differ
// from the reference (docs/fsrs.md §6), so it is an injected value, not a setting that
// the scheduler reads.
//
// * Utc counts UTC date changes, as ts-fsrs does: 23:50 → 00:10 the next UTC day is one day.
//   Used for conformance checks and fsrs-replay.
// * Local counts date changes of a local study day that starts at rolloverHour (04:00 by
//   default, as in Anki), in an injected time zone, so that a late-night session belongs to the
//   day it started on and tests do not depend on the machine's zone. DST is handled by working on
//   wall-clock dates, not on 24 h periods.
class DayCounter
{
public:
    enum class Mode
    {
        Utc,
        Local
    };

    static constexpr int kDefaultRolloverHour = 4;

    static DayCounter utc();
    // zone must be valid; rolloverHour must be in 0..23 (it is clamped into that range).
    static DayCounter local(const QTimeZone &zone, int rolloverHour = kDefaultRolloverHour);

    Mode mode() const { return m_mode; }
    QTimeZone timeZone() const { return m_zone; }
    int rolloverHour() const { return m_rolloverHour; }

    // The calendar date of the study day that contains the instant.
    QDate studyDate(qint64 msSinceEpoch) const;
    // Study days from the first instant to the second; negative if the second is earlier.
    int daysBetween(qint64 fromMs, qint64 toMs) const;
    // The first instant of the study day (to the minute): studyDate() is studyDay from it on
    // and the day before just before it. A handful of zone conversions per day, so a caller
    // can place many instants in days without converting each one.
    qint64 dayStartMs(const QDate &studyDay) const;

private:
    DayCounter(Mode mode, QTimeZone zone, int rolloverHour);

    Mode m_mode;
    QTimeZone m_zone;
    int m_rolloverHour;
};

} // namespace portolan
