#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// What a practice question asks. The names are stable text (the CLI's JSON, the results table).
enum class PracticeKind
{
    Scenario,    // a reviewed situation from db/reference/scenarios
    Protocol,    // which protocol uses this port (or IP protocol number)
    Port,        // which port (or IP protocol number) does this protocol use
    Counterpart, // which protocol replaces this one securely
    Security,    // which of these is insecure (or secure) by design
    Transport,   // TCP, UDP or both
    SelectTwo,   // which two ports (choose two), where the exam asks it that way
};

QString practiceKindName(PracticeKind kind); // "scenario", "protocol", "port", "select-two", ...
bool parsePracticeKind(QStringView name, PracticeKind *out);

// One multiple-choice question of a practice exam, with everything needed to grade and explain
// it. A plain value: a test is a list of these, fixed by its seed.
struct PracticeQuestion
{
    QString objective; // "1.4"; the exam's own numbering
    PracticeKind kind = PracticeKind::Protocol;
    QString stem;
    QStringList choices;
    QStringList choiceNotes; // per choice: why it is wrong (empty for a right one)
    QList<int> answers;      // indices into choices; two for select-two
    QString explanation;
    QString entryKey;   // the entry the question is about
    QString scenarioId; // for scenario questions

    int choose() const { return int(answers.size()); } // how many choices to pick
    // Whether the picked choices are exactly the right ones (order does not matter).
    bool isRight(const QList<int> &picked) const;

    friend bool operator==(const PracticeQuestion &, const PracticeQuestion &) = default;
};

} // namespace portolan
