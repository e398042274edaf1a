#pragma once

#include <QtGlobal>
#include <optional>

namespace portolan {

// The learner's answer to a card. The numeric values are FSRS's grades G used in the formulas;
// the reference's Rating.Manual (0) only exists for rescheduling and is deliberately absent.
enum class Rating
{
    Again = 1,
    Hard,
    Good,
    Easy
};

// Where a card is in its life cycle; the values match ts-fsrs and are stored in the database.
enum class CardState
{
    New = 0,
    Learning,
    Review,
    Relearning
};

// The scheduling state of one card, exactly the fields an FSRS card carries.
// Times are milliseconds since the Unix epoch (UTC), so the value type holds no time zone and
// compares bit for bit.
struct CardMemory
{
    qint64 due = 0;
    double stability = 0.0;
    double difficulty = 0.0;
    // Study days between the previous review and this one; the reference marks it deprecated but
    // still fills it in, so we do too.
    int elapsedDays = 0;
    int scheduledDays = 0;
    // Index of the current (re)learning step.
    int learningSteps = 0;
    int reps = 0;
    int lapses = 0;
    CardState state = CardState::New;
    std::optional<qint64> lastReview;

    // A card that has never been reviewed and is due at dueMs.
    static CardMemory newCard(qint64 dueMs)
    {
        CardMemory card;
        card.due = dueMs;
        return card;
    }

    friend bool operator==(const CardMemory &, const CardMemory &) = default;
};

} // namespace portolan
