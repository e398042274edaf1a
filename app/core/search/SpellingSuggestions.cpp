#include "search/SpellingSuggestions.h"

#include "catalog/Catalog.h"
#include "domain/TextFold.h"
#include "search/SearchQuery.h"

#include <QHash>
#include <algorithm>

namespace portolan {

int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(int(n - m)) > limit)
        return limit + 1;
    // Three rows of the matrix: the one before last (for transpositions), last and current.
    QList<int> before(m + 1);
    QList<int> last(m + 1);
    QList<int> current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        last[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min({last[j] + 1, current[j - 1] + 1, last[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            best = std::min(best, d);
        }
        if (best > limit)
            return limit + 1;
        std::swap(before, last);
        std::swap(last, current);
    }
    return last[m];
}

QStringList suggestSpellings(const Catalog &catalog, const SearchQuery &query, int max)
{
    struct Hit
    {
        int distance;
        int protocol;
    };
    QList<Hit> hits;
    for (const SearchQuery::Word &w : query.words()) {
        if (w.negated || w.folded.size() < 3 || w.folded.contains(QLatin1Char(' ')))
            continue;
        // One letter off in a short word, two in a longer one.
        const int limit = w.folded.size() <= 4 ? 1 : 2;
        for (int i = 0; i < catalog.protocols().size(); ++i) {
            const Protocol &p = catalog.protocols().at(i);
            QStringList names{p.abbreviation, p.key};
            names += p.aliases;
            for (const QString &word : p.name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (word.size() >= 4)
                    names << word;
            int best = limit + 1;
            for (const QString &name : std::as_const(names))
                best = std::min(best, editDistance(w.folded, foldText(name), limit));
            if (best <= limit && best > 0)
                hits.append({best, i});
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.distance < b.distance; });
    QStringList out;
    for (const Hit &h : std::as_const(hits)) {
        const QString name = catalog.protocols().at(h.protocol).abbreviation;
        if (!out.contains(name))
            out << name;
        if (out.size() == max)
            break;
    }
    return out;
}

} // namespace portolan
