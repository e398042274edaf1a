// Fuzz target: the browser's search language (search/SearchQuery, search/CatalogSearch). Any
// text is a query: parse never fails, and the predicate and the ranking it gives are
// consistent over a real catalog (the study set and a registry sample).

#include "FuzzCatalog.h"
#include "search/CatalogSearch.h"
#include "search/SearchQuery.h"

using namespace portolan;
using portolan::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Pasted text can be long: the query keeps its first kMaxLength characters and kMaxTerms
    // terms (with a warning), so any length stays fast. Beyond 64 KiB only the fuzzer slows.
    if (size > 64 * 1024)
        return 0;
    const Catalog &catalog = fuzz::fuzzCatalog();
    const QString text = fuzz::textOf(data, size);
    const SearchQuery query = SearchQuery::parse(text);

    for (const auto &list : {query.ports(), query.excludedPorts()}) {
        for (const SearchQuery::PortRange &r : list)
            require(r.first >= 0 && r.first <= r.last && r.last <= 65535, "port range 0-65535");
    }
    for (const SearchQuery::Word &w : query.words())
        require(!w.folded.isEmpty(), "no empty words");
    require(query.words().size() <= SearchQuery::kMaxTerms, "at most kMaxTerms words");
    if (text.size() > SearchQuery::kMaxLength)
        require(!query.warnings().isEmpty(), "a cut query says so");

    const QList<int> found = searchCatalog(catalog, query);
    int previousRank = -1;
    for (int row : found) {
        require(row >= 0 && row < catalog.rows().size(), "a result is a row");
        require(query.matches(catalog.rows().at(row)), "every result matches");
        const int rank = query.ranks() ? query.rank(catalog.rows().at(row)) : 0;
        require(rank >= 0 && rank <= 4, "rank 0-4");
        require(rank >= previousRank, "results are ordered best first");
        previousRank = rank;
    }
    if (query.isEmpty())
        require(found.size() == catalog.rows().size(), "an empty query matches everything");

    // Parsing is a pure function of the text.
    const SearchQuery again = SearchQuery::parse(text);
    require(again.warnings() == query.warnings(), "same warnings");
    for (qsizetype i = 0; i < catalog.rows().size(); i += 7)
        require(again.matches(catalog.rows().at(i)) == query.matches(catalog.rows().at(i)),
                "same predicate");
    return 0;
}
