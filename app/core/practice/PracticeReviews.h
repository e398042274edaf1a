#pragma once

#include "practice/PracticeQuestion.h"
#include "quiz/Card.h"

#include <QHash>
#include <QList>
#include <optional>

namespace portolan {

class FsrsScheduler;
class QuizStore;

// Only when the learner asked ("count these answers as reviews"): turns a practice exam's
// answers into reviews of the cards they test, Good when right and Again when wrong. Only cards
// the learner has already started count (a practice exam does not bring in new cards around
// the daily limit), each at most once per exam (its first question decides).
class PracticeReviews
{
public:
    // The card a question tests: "port" asks ProtocolToPort, "protocol" PortToProtocol, a
    // scenario the one its answer is. Nothing for an entry-less question.
    static std::optional<Card> cardOf(const PracticeQuestion &q, bool scenarioAnswersPort);

    // Records the reviews; how many were written, or -1 (errorText()) when one failed.
    static int record(const QList<PracticeQuestion> &questions, const QList<QList<int>> &picked,
                      const FsrsScheduler &scheduler, QuizStore &store, qint64 nowMs,
                      QString *errorText = nullptr);
};

} // namespace portolan
