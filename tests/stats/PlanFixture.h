#pragma once
// What the exam planner's and the plan simulator's tests share: card keys and cards in review
// (their today is kToday of TestTime.h).
#include "srs/CardMemory.h"

#include <QStringList>

namespace planfixture {

// n distinct card keys.
inline QStringList keys(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(QStringLiteral("p%1:transport").arg(i));
    return out;
}

inline portolan::CardMemory reviewCard(double stability, qint64 lastReview, qint64 due)
{
    portolan::CardMemory m;
    m.state = portolan::CardState::Review;
    m.stability = stability;
    m.difficulty = 5.0;
    m.lastReview = lastReview;
    m.due = due;
    return m;
}

} // namespace planfixture
