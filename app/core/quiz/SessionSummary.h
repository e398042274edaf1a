#pragma once

#include "quiz/Card.h"

#include <QList>
#include <QtGlobal>

namespace portolan {

// What a session amounts to, shown when it ends: how much, how well, how long, and which
// cards need another look.
struct SessionSummary
{
    int answers = 0; // every answer, re-asks included
    int cards = 0;   // distinct cards answered
    int correct = 0; // answers not rated Again
    qint64 timeMs = 0;
    bool practice = false;
    int leftUnanswered = 0; // cards still queued when the learner ended the session (Esc)
    QList<Card> missed;     // rated Again at least once this session
    QList<Card> leeches;    // cards of the deck that lapsed too often

    double accuracy() const { return answers > 0 ? double(correct) / answers : 0.0; }
    friend bool operator==(const SessionSummary &, const SessionSummary &) = default;
};

} // namespace portolan
