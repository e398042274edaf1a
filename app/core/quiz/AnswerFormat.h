#pragma once

#include "quiz/Card.h"

#include <QList>
#include <QString>
#include <optional>

namespace portolan {

// How a card is answered. The ids are stored in the review log.
enum class AnswerFormat
{
    Flashcard, // reveal, then rate yourself
    Typed,     // type the answer; graded automatically
    Choice,    // four options with confusable distractors
    Classify,  // pick one of a fixed set of classes (TCP/UDP/both, secure/insecure/depends)
};

const QList<AnswerFormat> &allAnswerFormats();
QString answerFormatId(AnswerFormat format); // "flashcard", "typed", "choice", "classify"
QString answerFormatLabel(AnswerFormat format);
std::optional<AnswerFormat> parseAnswerFormat(QStringView id);

// The formats that make sense for a kind of card, most natural first. Classification cards
// have a fixed set of answers, so they get Classify instead of Choice.
QList<AnswerFormat> formatsFor(CardKind kind);

} // namespace portolan
