#pragma once

#include <QPalette>
#include <QString>

namespace portolan {

class Catalog;

// Builds the details pane's document for one catalog row. Every value from the data is
// HTML-escaped, so notes and registry text always show literally. Links to other entries use
// the "portolan:protocol/KEY" scheme.
QString detailsHtml(const Catalog &catalog, int row, const QPalette &palette);

// The key a details link points to, or an empty string for any other link.
QString protocolKeyFromLink(const QString &url);

} // namespace portolan
