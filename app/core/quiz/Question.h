#pragma once

#include "quiz/AnswerFormat.h"
#include "quiz/Card.h"
#include "quiz/TextDiff.h"
#include "srs/CardMemory.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// One card as it is put to the learner in one format: what to show, the options, and what
// counts as right. A plain value, so that undo can put back exactly the same question.
struct Question
{
    Card card;
    AnswerFormat format = AnswerFormat::Flashcard;
    QString cue;             // the subject, shown large: "443 TCP/UDP", "DHCP"
    QString ask;             // the question: "Which protocol is this?"
    QString hint;            // how to answer in this format (typed answers)
    QStringList options;     // Choice and Classify
    QStringList optionNotes; // per option: what a wrong option really is ("636 is LDAPS")
    int correctOption = -1;
    QString answer; // the right answer as shown after answering
    QString detail; // a sentence of context shown with the answer (plain text)

    // What the grader compares against; which fields are used depends on card.kind.
    QList<int> expectedPorts;     // ProtocolToPort: sorted, unique
    QList<int> acceptedProtocols; // PortToProtocol, Counterpart: any of these is right
    QStringList expectedNames;    // FullName: the full name and its accepted shorter forms
    int expectedClass = -1;       // Transport, Security, RangeClass: index into classes

    friend bool operator==(const Question &, const Question &) = default;
};

// The outcome of one answer: right or wrong, why, and the rating suggested for it.
struct Grade
{
    enum class Verdict
    {
        Unjudged, // a flashcard: the learner judges
        Correct,
        CorrectWithTypo, // accepted, but the spelling was off
        Wrong,
    };
    Verdict verdict = Verdict::Unjudged;
    Rating suggested = Rating::Good;
    QString given;           // what the learner answered, as shown back
    QList<DiffSegment> diff; // given against the closest right answer; empty when not useful
    QString note;            // a sentence on what was wrong (or also right), plain text
    int chosenOption = -1;

    bool isCorrect() const
    {
        return verdict == Verdict::Correct || verdict == Verdict::CorrectWithTypo;
    }
    friend bool operator==(const Grade &, const Grade &) = default;
};

} // namespace portolan
