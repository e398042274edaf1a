#pragma once

#include <QtGlobal>

namespace portolan {

// Where the quiz reads "now" from. Core never reads the wall clock itself: the window passes
// the system clock, tests and tools pass a ManualClock they move by hand.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch (UTC).
    virtual qint64 nowMs() const = 0;
};

// A clock that only moves when told to: makes session flow, learning steps and day boundaries
// reproducible in tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 0) : m_now(nowMs) {}

    qint64 nowMs() const override { return m_now; }
    void setNowMs(qint64 nowMs) { m_now = nowMs; }
    void advanceMs(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace portolan
