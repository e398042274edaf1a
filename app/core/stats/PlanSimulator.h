#pragma once

#include "srs/CardMemory.h"
#include "stats/ExamPlanner.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>
#include <functional>

namespace portolan {

class FsrsScheduler;

// The plan's future as the program's own scheduler would make it: every studied card reviewed
// on its due days (overdue ones today, brought-forward ones on their planned day), every new
// card introduced on its planned day and taken through its learning steps, answered in each
// simulated future as a learner would: a review fails with the probability of forgetting at
// its predicted recall, and a failed card relearns. The mean of several seeded futures fills
// each day's expected reviews and lapses, so a chart built on it shows the work that pacing
// new cards really brings (a week after the first new card, reviews every day).
class PlanSimulator
{
public:
    // Chooses the rating of a review: the card before it, the recall predicted for it (0 for
    // new and learning cards) and the run's random source.
    using AnswerModel =
        std::function<Rating(const CardMemory &card, double recall, QRandomGenerator &random)>;

    static constexpr int kDefaultRuns = 16;
    // A learner answers at this hour of the study day (after the day start) unless "now" is
    // later, which it is on the first day.
    static constexpr qint64 kSessionOffsetMs = 14LL * 3'600'000;

    explicit PlanSimulator(const FsrsScheduler &scheduler);

    // Fails a review with probability 1 - recall; learning steps pass.
    static Rating forgettingCurve(const CardMemory &card, double recall, QRandomGenerator &random);
    void setAnswerModel(AnswerModel model) { m_answer = std::move(model); }
    void setRuns(int runs) { m_runs = std::max(1, runs); }

    // Fills plan.days' expectedReviews / expectedLapses and the plan's mean and peak. cardKeys
    // are the exam deck's cards in the order new cards are introduced.
    void simulate(ExamPlan &plan, const QStringList &cardKeys,
                  const QHash<QString, CardMemory> &states, qint64 nowMs,
                  quint32 seed = 20261206) const;

private:
    const FsrsScheduler &m_scheduler;
    AnswerModel m_answer;
    int m_runs = kDefaultRuns;
};

} // namespace portolan
