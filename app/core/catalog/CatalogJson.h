#pragma once

#include <QJsonObject>

namespace portolan {

class Catalog;

// The JSON shape of one table row, shared by `portolan lookup --json` and exports: curated
// rows carry the whole study entry, registry rows every IANA field that is known.
QJsonObject catalogRowToJson(const Catalog &catalog, int row);

} // namespace portolan
