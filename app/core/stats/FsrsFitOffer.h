#pragma once

#include "settings/FsrsFitOfferChoice.h"
#include "srs/DayCounter.h"
#include "storage/FsrsParametersRepository.h"
#include "storage/ReviewLogRepository.h"

namespace portolan {

// Whether to offer, once, to fit the scheduler to the learner's own reviews (docs/fsrs.md
// §9.5): after a month of study, with enough history for a fit, on the default weights or on a
// fit made from less than half of today's reviews, unless the learner put the offer off or
// declined it for good. Pure: the counts, the weights in use, the learner's answer and "now"
// come in as values (from ReviewLogRepository::historyCounts(), FsrsParametersRepository and
// FsrsFitOfferChoice), so every branch is tested without a database or a window.
class FsrsFitOffer
{
public:
    enum class Verdict
    {
        Offer,          // on the default weights
        OfferRefit,     // on weights fitted to less than half of the reviews there are now
        NoHistory,      // nothing answered yet (or a count that makes no sense)
        TooSoon,        // the first answer is less than kStudyDays study days ago
        TooLittle,      // fewer reviews or cards than the optimizer needs
        RecentFit,      // the weights in use were fitted to at least half of today's reviews
        PutOff,         // "Not now", and its date has not come
        DeclinedForGood // "Don't ask again"
    };

    // A month of study: forgetting over weeks is in the log by then.
    static constexpr int kStudyDays = 30;
    // "Not now" puts the offer off this long.
    static constexpr int kPutOffDays = 30;

    static Verdict decide(const ReviewHistoryCounts &counts, const StoredFsrsWeights &inUse,
                          const FsrsFitOfferChoice &choice, const DayCounter &days, qint64 nowMs);
    static bool offers(Verdict verdict)
    {
        return verdict == Verdict::Offer || verdict == Verdict::OfferRefit;
    }

    // The learner's answer "Not now" given at nowMs: asked again kPutOffDays study days later.
    static FsrsFitOfferChoice putOff(const FsrsFitOfferChoice &choice, const DayCounter &days,
                                     qint64 nowMs);
};

} // namespace portolan
