#include "practice/PracticeScore.h"

#include "practice/PracticeExamBuilder.h"

#include <algorithm>

namespace portolan {

PracticeScore PracticeScore::grade(const QList<PracticeQuestion> &questions,
                                   const QList<QList<int>> &picked)
{
    PracticeScore score;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const PracticeQuestion &q = questions.at(i);
        const QList<int> mine = picked.value(i);
        auto it = std::find_if(score.objectives.begin(), score.objectives.end(),
                               [&](const ObjectiveScore &o) { return o.objective == q.objective; });
        if (it == score.objectives.end()) {
            score.objectives.append({q.objective, 0, 0});
            it = score.objectives.end() - 1;
        }
        ++it->total;
        ++score.total;
        if (q.isRight(mine)) {
            ++it->right;
            ++score.right;
            continue;
        }
        PracticeMiss miss;
        miss.question = int(i);
        miss.objective = q.objective;
        miss.entryKey = q.entryKey;
        miss.stem = q.stem;
        QStringList given;
        for (int c : mine)
            given << q.choices.value(c);
        QStringList right;
        for (int c : q.answers)
            right << q.choices.value(c);
        miss.given = given.join(QStringLiteral(", "));
        miss.right = right.join(QStringLiteral(", "));
        miss.explanation = q.explanation;
        score.misses << miss;
    }
    std::sort(score.objectives.begin(), score.objectives.end(),
              [](const ObjectiveScore &a, const ObjectiveScore &b) {
                  return PracticeExamBuilder::objectiveLess(a.objective, b.objective);
              });
    return score;
}

QStringList PracticeScore::missedEntries() const
{
    QStringList keys;
    for (const PracticeMiss &m : misses) {
        if (!keys.contains(m.entryKey))
            keys << m.entryKey;
    }
    return keys;
}

QString PracticeScore::drillQuery() const
{
    const QStringList keys = missedEntries();
    return keys.isEmpty() ? QString() : QStringLiteral("key:") + keys.join(QLatin1Char(','));
}

} // namespace portolan
