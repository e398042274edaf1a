#pragma once

#include "srs/FsrsParameters.h"

#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace portolan {

class Catalog;

// A scripted learner for screenshots, demos and tests: studies a deck once a day for `days`
// days ending at endMs (due reviews, then up to newPerDay new cards), answering right about
// `accuracy` of the time, through the product's own QuizSession and QuizStore.
struct StudyHistory
{
    QString deckSearch = QStringLiteral("exam:n10-009");
    int days = 30;
    int newPerDay = 12;
    double accuracy = 0.85;
    quint32 seed = 1;
    // When set, the learner's answers follow a hidden memory: each card's recall is drawn from
    // FSRS's forgetting curve under these weights (not the scheduler's), so that an optimizer
    // fitted to the log can be checked against the weights that made it. `accuracy` is then
    // unused.
    std::optional<FsrsParameters::Weights> hiddenMemory;

    // Weights unlike the defaults for hiddenMemory: a learner who forgets faster at first,
    // gains less from each success and whose memory decays with a flatter curve.
    static FsrsParameters::Weights hiddenLearnerWeights();
    // `days` of such a learner, starting newPerDay cards a day, always the same for a seed.
    static StudyHistory hiddenLearner(int days, int newPerDay = 6, quint32 seed = 11);

    // Answers written to db; -1 with *error set on failure.
    int write(const QSqlDatabase &db, const Catalog &catalog, qint64 endMs, QString *error) const;
};

} // namespace portolan
