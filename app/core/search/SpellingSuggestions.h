#pragma once

#include <QStringList>

namespace portolan {

class Catalog;
class SearchQuery;

// "Did you mean": for a search that found nothing, the study-set entries whose abbreviation,
// key, alias or name is a small edit away from a word of the query (a letter missing, extra,
// wrong or two letters swapped: smpt → SMTP, telent → Telnet), closest first. Words shorter
// than three letters are left alone (too many near misses).
QStringList suggestSpellings(const Catalog &catalog, const SearchQuery &query, int max = 3);

// The optimal string alignment distance (Levenshtein with adjacent transpositions), stopping
// early above `limit` (then any value above it).
int editDistance(QStringView a, QStringView b, int limit);

} // namespace portolan
