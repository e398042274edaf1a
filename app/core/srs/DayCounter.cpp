#include "srs/DayCounter.h"

#include <QDateTime>
#include <algorithm>

namespace portolan {

DayCounter::DayCounter(Mode mode, QTimeZone zone, int rolloverHour)
    : m_mode(mode), m_zone(std::move(zone)), m_rolloverHour(std::clamp(rolloverHour, 0, 23))
{}

DayCounter DayCounter::utc()
{
    return DayCounter(Mode::Utc, QTimeZone::utc(), 0);
}

DayCounter DayCounter::local(const QTimeZone &zone, int rolloverHour)
{
    Q_ASSERT_X(zone.isValid(), "DayCounter::local", "the time zone must be valid");
    Q_ASSERT_X(rolloverHour >= 0 && rolloverHour <= 23, "DayCounter::local",
               "the rollover hour must be in 0..23");
    return DayCounter(Mode::Local, zone, rolloverHour);
}

QDate DayCounter::studyDate(qint64 msSinceEpoch) const
{
    if (m_mode == Mode::Utc)
        return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).date();
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, m_zone);
    // Compare the wall-clock time, so the day starts at 04:00 local time on DST days too
    // (subtracting four hours of elapsed time would not).
    const QDate date = local.date();
    return local.time().hour() < m_rolloverHour ? date.addDays(-1) : date;
}

int DayCounter::daysBetween(qint64 fromMs, qint64 toMs) const
{
    return static_cast<int>(studyDate(fromMs).daysTo(studyDate(toMs)));
}

qint64 DayCounter::dayStartMs(const QDate &studyDay) const
{
    constexpr qint64 kMinute = 60 * 1000;
    const QTimeZone zone = m_mode == Mode::Utc ? QTimeZone::utc() : m_zone;
    // The rollover hour's wall-clock time is the start, unless DST skips or repeats it: then
    // step by quarter hours (every offset is a multiple of one), then by minutes, to the first
    // instant whose study day is studyDay.
    qint64 t = QDateTime(studyDay, QTime(m_rolloverHour, 0), zone).toMSecsSinceEpoch();
    for (const qint64 step : {15 * kMinute, kMinute}) {
        while (studyDate(t - step) >= studyDay)
            t -= step;
        while (studyDate(t) < studyDay)
            t += step;
    }
    return t;
}

} // namespace portolan
