#pragma once

#include "quiz/Clock.h"

#include <QDateTime>

namespace portolan {

// The wall clock, for the window's quiz sessions: the one place the quiz reads real time.
class QuizSystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

} // namespace portolan
