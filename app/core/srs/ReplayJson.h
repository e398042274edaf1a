#pragma once

#include "srs/CardMemory.h"
#include "srs/FsrsParameters.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace portolan {

// Reads and writes the JSON of the fsrs-replay tool, so that the tool, the conformance test and
// the generated vectors share one definition of the format.
//
// Input:  {"params":{...optional...},"cards":[{"id":"c1","reviews":[{"t":ISO,"rating":1..4}]}]}
// Output: {"cards":[{"id":"c1","steps":[{"due","stability","difficulty","scheduled_days",
//          "learning_steps","reps","lapses","state"}]}]}, one step per review, keys in that order.
// The replay is the reference's setting for conformance: UTC day counting and no fuzz.
class ReplayJson
{
public:
    struct Review
    {
        qint64 timeMs = 0;
        Rating rating = Rating::Good;
    };
    struct Card
    {
        QString id;
        QList<Review> reviews;
    };
    struct Input
    {
        FsrsParameters parameters;
        QList<Card> cards;
    };
    struct ParseResult
    {
        std::optional<Input> input;
        // "where: what", e.g. "cards[0].reviews[2].rating: must be 1..4, got 7".
        QString error;
    };

    // Unknown keys are errors, so a misspelt parameter cannot silently fall back to a default.
    // Times must carry a zone ("Z" or "+02:00"): a bare local time would depend on the machine.
    static ParseResult parse(const QByteArray &json);

    // Each card replayed from New, one CardMemory per review, in input order.
    static QList<QList<CardMemory>> replay(const Input &input);
    static QByteArray format(const Input &input, const QList<QList<CardMemory>> &steps);
    static QByteArray run(const Input &input) { return format(input, replay(input)); }

    // ISO 8601 in UTC with milliseconds, as JavaScript's Date.toISOString() writes it.
    static QString formatTime(qint64 msSinceEpoch);
    static std::optional<qint64> parseTime(const QString &text);
};

} // namespace portolan
