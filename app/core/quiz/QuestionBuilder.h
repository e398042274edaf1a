#pragma once

#include "quiz/Question.h"

namespace portolan {

class Catalog;
class DistractorPicker;

// Turns a card and an answer format into the question put to the learner: the prompt, the
// options with their distractors, and what counts as a right answer. Deterministic for a seed.
class QuestionBuilder
{
public:
    static constexpr int kChoiceOptions = 4;

    // Both must outlive the builder.
    QuestionBuilder(const Catalog &catalog, const DistractorPicker &distractors);

    // Choice and Classify are swapped to whichever fits the card; a card that cannot get two
    // options, or whose protocol is gone from the catalog, is asked as a flashcard.
    Question build(const Card &card, AnswerFormat format, quint64 seed) const;
    // One line naming a card in lists: "DHCP · Protocol → port".
    QString describe(const Card &card) const;

private:
    void fillPortToProtocol(Question &q, int protocol, quint64 seed) const;
    void fillProtocolToPort(Question &q, int protocol, quint64 seed) const;
    void fillCounterpart(Question &q, int protocol, quint64 seed) const;
    void fillFullName(Question &q, int protocol, quint64 seed) const;
    void fillClass(Question &q, int protocol) const;
    static void shuffleOptions(Question &q, QStringList options, QStringList notes, quint64 seed);

    const Catalog &m_catalog;
    const DistractorPicker &m_distractors;
};

} // namespace portolan
