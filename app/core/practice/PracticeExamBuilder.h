#pragma once

#include "practice/PracticeQuestion.h"
#include "practice/PracticeQuestionMaker.h"
#include "practice/Scenario.h"
#include "quiz/DistractorPicker.h"

#include <QList>
#include <QString>

namespace portolan {

class Catalog;

// One objective of an exam and the study-set entries it names.
struct PracticeObjective
{
    QString objective;  // "1.4"
    QList<int> entries; // protocol indices
};

// Draws a practice exam: N questions spread over the exam's objectives in proportion to how
// many entries each names (every objective that has entries gets at least one question when N
// allows), generated and scenario questions mixed, no stem twice, the same test for the same
// seed on every machine (a seeded generator, never the global one).
class PracticeExamBuilder
{
public:
    static constexpr int kDefaultQuestions = 30;
    static constexpr int kMaxQuestions = 200;

    // Both must outlive the builder.
    PracticeExamBuilder(const Catalog &catalog, const QList<Scenario> &scenarios);

    // The exam's objectives that name entries, in the exam's order ("1.4" before "2.1", the
    // acronym list last).
    QList<PracticeObjective> objectives(const QString &examId) const;
    // How many different questions the exam can have (the most N can be).
    int available(const QString &examId) const;
    // Fewer than count only when the exam has fewer questions (see available()).
    QList<PracticeQuestion> build(const QString &examId, int count, quint64 seed) const;

    // Splits count over weights in proportion (largest remainder), each at least 1 while count
    // allows and none above its cap; what a capped one cannot take goes to the others.
    static QList<int> allocate(const QList<int> &weights, const QList<int> &caps, int count);
    // "1.4" < "1.10" < "2.1" < "acronyms".
    static bool objectiveLess(const QString &a, const QString &b);

private:
    struct Candidate
    {
        PracticeKind kind;
        const Scenario *scenario; // for Scenario
        int entry;
    };
    QList<Candidate> candidates(const QString &examId, const PracticeObjective &o) const;
    std::optional<PracticeQuestion> make(const Candidate &c, quint64 seed) const;

    const Catalog &m_catalog;
    const QList<Scenario> &m_scenarios;
    DistractorPicker m_picker;
    PracticeQuestionMaker m_maker;
};

} // namespace portolan
