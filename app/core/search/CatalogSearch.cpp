#include "search/CatalogSearch.h"

#include "catalog/Catalog.h"
#include "search/SearchQuery.h"

#include <algorithm>

namespace portolan {

QList<int> searchCatalog(const Catalog &catalog, const SearchQuery &query)
{
    QList<QPair<int, int>> hits; // (rank, row)
    const auto &rows = catalog.rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (query.matches(rows.at(i)))
            hits.append({query.ranks() ? query.rank(rows.at(i)) : 0, i});
    }
    std::sort(hits.begin(), hits.end());
    QList<int> out;
    out.reserve(hits.size());
    for (const auto &h : hits)
        out.append(h.second);
    return out;
}

} // namespace portolan
