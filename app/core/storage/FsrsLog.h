#pragma once

#include "srs/FsrsOptimizer.h"
#include "storage/ReviewLogRepository.h"

#include <QList>

namespace portolan {

// The review log as the FSRS optimizer reads it (docs/fsrs.md §9.1): every answer that was not
// undone, with whether the card was new before it.
inline QList<FsrsLogEntry> fsrsLogFrom(const QList<ReviewRecord> &records)
{
    QList<FsrsLogEntry> out;
    out.reserve(records.size());
    for (const ReviewRecord &r : records) {
        if (!r.undone)
            out.append(FsrsLogEntry{r.cardKey, r.reviewedAt, r.rating, !r.before.has_value()});
    }
    return out;
}

} // namespace portolan
