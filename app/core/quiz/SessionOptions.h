#pragma once

#include "quiz/AnswerFormat.h"
#include "quiz/Deck.h"

#include <QList>
#include <QSet>

namespace portolan {

// What a study session drills and how. Defaults follow Anki where it has an equivalent.
struct SessionOptions
{
    Deck deck = Deck::builtIn().constFirst();
    // Practice drills the deck without reading or writing the schedule.
    bool practice = false;
    // New cards introduced per study day, counted across sessions from the review log.
    int newCardsPerDay = 20;
    int maxReviews = 200;
    // How many cards a practice session draws from the deck.
    int practiceCards = 20;
    // Formats to mix; a card is asked only in formats that suit it (see formatsFor()).
    QList<AnswerFormat> formats = allAnswerFormats();
    // A learning card due within this much is asked again in the same session (Anki's "learn
    // ahead limit"); later ones wait for a later session.
    qint64 learnAheadMs = 20 * 60 * 1000;
    // A card that lapses this often is a leech: flagged and listed for extra attention.
    int leechLapses = 8;
    // A missed card comes back after at least this many other answers, when there are others.
    int reaskGap = 3;
    // Review cards an exam plan brought forward: due today although the schedule says later.
    QSet<QString> broughtForward;
};

} // namespace portolan
