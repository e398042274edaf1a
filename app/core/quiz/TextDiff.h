#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace portolan {

// One run of a diff between what the learner gave and what was expected.
struct DiffSegment
{
    enum class Kind
    {
        Same,    // given and expected agree
        Missing, // expected but not given
        Extra,   // given but not expected
    };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffSegment &, const DiffSegment &) = default;
};

// Edit distances and character diffs for grading typed answers. Strings are compared as
// given: callers normalise (case, punctuation) first where that should not count.
namespace textdiff {

// Optimal string alignment distance: insertions, deletions, substitutions and transpositions
// of neighbours each cost 1 ("protcol", "porotcol" are one edit from "protocol").
int distance(QStringView a, QStringView b);

// A character diff turning `given` into `expected`, case-insensitive, with adjacent runs of
// the same kind merged. Same and Missing runs carry the expected text, Extra runs the given.
QList<DiffSegment> diff(QStringView given, QStringView expected);

} // namespace textdiff
} // namespace portolan
