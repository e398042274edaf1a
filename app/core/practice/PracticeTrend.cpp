#include "PracticeTrend.h"

#include <QCollator>
#include <QHash>
#include <algorithm>

namespace portolan {

PracticeTrendReader::PracticeTrendReader(QSqlDatabase db) : m_db(std::move(db)) {}

void PracticeTrendReader::sortWeakestFirst(QList<PracticeObjectiveShare> &objectives)
{
    // "1.10" after "1.9": objectives are numbered, not spelled.
    QCollator numeric(QLocale::c());
    numeric.setNumericMode(true);
    std::stable_sort(objectives.begin(), objectives.end(),
                     [&numeric](const PracticeObjectiveShare &a, const PracticeObjectiveShare &b) {
                         // Compared as fractions, so that 1/3 and 2/6 are equal exactly.
                         const qint64 left = qint64(a.right) * b.total;
                         const qint64 right = qint64(b.right) * a.total;
                         if (left != right)
                             return left < right;
                         if (a.total != b.total)
                             return a.total > b.total;
                         return numeric.compare(a.objective, b.objective) < 0;
                     });
}

QList<PracticeExamTrend> PracticeTrendReader::read(int recentCount)
{
    m_error.clear();
    PracticeResultRepository repo(m_db);
    const QList<PracticeResult> all = repo.results();
    if (!repo.errorText().isEmpty()) {
        m_error = repo.errorText();
        return {};
    }
    QList<PracticeExamTrend> trends;
    QHash<QString, qsizetype> indexOf;
    // results() is oldest first: walking it backwards gives each exam's newest first.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        auto found = indexOf.constFind(it->examId);
        if (found == indexOf.cend()) {
            found = indexOf.insert(it->examId, trends.size());
            PracticeExamTrend trend;
            trend.examId = it->examId;
            trends.append(trend);
        }
        PracticeExamTrend &trend = trends[*found];
        ++trend.taken;
        if (trend.recent.size() < recentCount)
            trend.recent.append(*it);
    }
    for (PracticeExamTrend &trend : trends) {
        const auto totals = repo.objectiveTotals(trend.examId);
        if (!repo.errorText().isEmpty()) {
            m_error = repo.errorText();
            return {};
        }
        for (const auto &t : totals)
            trend.objectives.append(
                PracticeObjectiveShare{t.first, t.second.first, t.second.second});
        sortWeakestFirst(trend.objectives);
    }
    return trends;
}

} // namespace portolan
