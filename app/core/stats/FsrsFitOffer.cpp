#include "stats/FsrsFitOffer.h"

#include "srs/FsrsOptimizer.h"

namespace portolan {

FsrsFitOffer::Verdict FsrsFitOffer::decide(const ReviewHistoryCounts &counts,
                                           const StoredFsrsWeights &inUse,
                                           const FsrsFitOfferChoice &choice, const DayCounter &days,
                                           qint64 nowMs)
{
    if (choice.neverAgain)
        return Verdict::DeclinedForGood;
    const QDate today = days.studyDate(nowMs);
    // A date further ahead than "Not now" can set (a clock that ran ahead, a hand edit) would
    // hide the offer for years: it is not taken as the learner's answer.
    if (choice.notBefore.isValid() && today < choice.notBefore &&
        today.daysTo(choice.notBefore) <= kPutOffDays)
        return Verdict::PutOff;
    if (counts.reviews <= 0 || counts.cards <= 0 || counts.firstReviewMs <= 0 ||
        counts.cards > counts.reviews)
        return Verdict::NoHistory;
    // Study days, as the scheduler counts them: a first answer "in the future" (a clock set
    // back) gives a negative count, which is too soon.
    if (days.studyDate(counts.firstReviewMs).daysTo(today) < kStudyDays)
        return Verdict::TooSoon;
    if (counts.reviews < FsrsOptimizer::kMinimumReviews ||
        counts.cards < FsrsOptimizer::kMinimumCards)
        return Verdict::TooLittle;
    if (inUse.isDefault())
        return Verdict::Offer;
    // A fit to less than half of the reviews there are now has not seen most of the learner's
    // forgetting; weights fitted elsewhere to more reviews than this log holds (a study
    // package) count as recent.
    if (qint64(inUse.reviewCount) * 2 < qint64(counts.reviews))
        return Verdict::OfferRefit;
    return Verdict::RecentFit;
}

FsrsFitOfferChoice FsrsFitOffer::putOff(const FsrsFitOfferChoice &choice, const DayCounter &days,
                                        qint64 nowMs)
{
    FsrsFitOfferChoice out = choice;
    out.notBefore = days.studyDate(nowMs).addDays(kPutOffDays);
    return out;
}

} // namespace portolan
