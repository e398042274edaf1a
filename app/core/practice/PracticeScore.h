#pragma once

#include "practice/PracticeQuestion.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

struct ObjectiveScore
{
    QString objective; // "1.4"
    int right = 0;
    int total = 0;
    friend bool operator==(const ObjectiveScore &, const ObjectiveScore &) = default;
};

// A question answered wrongly (or left open), with what it takes to learn from it.
struct PracticeMiss
{
    int question = 0; // index in the test
    QString objective;
    QString entryKey;
    QString stem;
    QString given; // the picked choices, "" when none
    QString right; // the right choices
    QString explanation;
};

// The score of a practice exam: overall and per objective (in the exam's order), and every
// miss. Unanswered counts as wrong, as on the exam.
struct PracticeScore
{
    int right = 0;
    int total = 0;
    QList<ObjectiveScore> objectives;
    QList<PracticeMiss> misses;

    // picked[i] are the choices picked for question i (empty: unanswered).
    static PracticeScore grade(const QList<PracticeQuestion> &questions,
                               const QList<QList<int>> &picked);

    int percent() const { return total > 0 ? (right * 100 + total / 2) / total : 0; }
    // The missed entries, each once, in test order.
    QStringList missedEntries() const;
    // A search for the missed entries ("key:ftp,dhcp"), from which a quiz deck is made; empty
    // when nothing was missed.
    QString drillQuery() const;
};

} // namespace portolan
