#pragma once

#include "srs/DayCounter.h"
#include "srs/FsrsOptimizer.h"
#include "srs/FsrsParameters.h"

#include <QHash>
#include <QList>

namespace portolan {

// Reviews a day that two weight sets imply over the same days: what the fit dialog and
// `portolan fsrs optimize` show beside log loss and RMSE, so that the learner sees the work
// new weights bring at the retention they chose.
struct FsrsWorkloadEstimate
{
    double current = 0.0; // expected reviews a day with the weights in use
    double fitted = 0.0;  // the same with the fitted weights
    int horizonDays = 0;
    int cards = 0; // cards studied (the ones simulated)
};

// The workload weights imply for the learner's own cards: each card's memory is rebuilt by
// replaying its answers from the log with the weights (as if they had been in use all along, so
// that both figures are made the same way), then PlanSimulator runs the coming days with a
// learner who forgets as those weights predict, at the desired retention and learning steps of
// `base`. New cards are left out: how many to start is the learner's setting, not the weights'.
// Pure and deterministic (fuzz off, fixed seeds); safe to run on a worker thread.
class FsrsWorkload
{
public:
    static constexpr int kHorizonDays = 30;

    // base: the learner's retention and steps; its weights are replaced by each weight set.
    FsrsWorkload(FsrsParameters base, DayCounter days);

    // Each card's memory after its answers, oldest first, with `weights`. A card whose first
    // answer is not in the log starts from New at its first answer there.
    QHash<QString, CardMemory> replay(const QList<FsrsLogEntry> &log,
                                      const FsrsParameters::Weights &weights) const;
    // Mean expected reviews a day over the `horizonDays` study days from nowMs.
    double reviewsPerDay(const QList<FsrsLogEntry> &log, const FsrsParameters::Weights &weights,
                         qint64 nowMs, int horizonDays = kHorizonDays) const;
    FsrsWorkloadEstimate compare(const QList<FsrsLogEntry> &log,
                                 const FsrsParameters::Weights &current,
                                 const FsrsParameters::Weights &fitted, qint64 nowMs,
                                 int horizonDays = kHorizonDays) const;

private:
    FsrsParameters parametersWith(const FsrsParameters::Weights &weights) const;

    FsrsParameters m_base;
    DayCounter m_days;
};

} // namespace portolan
