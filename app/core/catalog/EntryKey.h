#pragma once

#include <QString>

namespace portolan {

class Catalog;
struct RegistryRecord;

// The stable text key under which user data about a table row is kept (notes, labels): the
// curated key ("https"), or "registry:SERVICE/PORT/TRANSPORT" for a registry row — never a row
// number, which changes whenever the reference is refreshed.
QString entryKey(const Catalog &catalog, int row);
QString registryEntryKey(const RegistryRecord &record);
// Whether the key names a registry row (rather than a curated or custom entry).
bool isRegistryEntryKey(const QString &key);

} // namespace portolan
