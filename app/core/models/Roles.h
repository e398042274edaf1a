#pragma once

#include <Qt>

namespace portolan {

// Custom item roles shared by the core models and the views. Views pick colours, icons and
// fonts from these semantic values; the models never choose a colour.
enum Role
{
    SecurityRole = Qt::UserRole + 1, // int(Security)
    OriginRole,                      // int(CatalogRow::Origin)
    KeyRole,                         // curated key, or "registry:<index>"
    SortPortRole,                    // lowest port as int (IP protocols after all ports)
    CatalogRowRole,                  // row number in Catalog::rows()
    HowCommonRole,                   // nmap's open frequency 0..1 as double; invalid when unknown
};

} // namespace portolan
