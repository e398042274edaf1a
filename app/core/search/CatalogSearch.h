#pragma once

#include <QList>

namespace portolan {

class Catalog;
class SearchQuery;

// Runs a query over the whole catalog and returns the matching row numbers, best first (the
// same order the browser shows when sorted by port).
QList<int> searchCatalog(const Catalog &catalog, const SearchQuery &query);

} // namespace portolan
