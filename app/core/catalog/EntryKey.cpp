#include "catalog/EntryKey.h"

#include "catalog/Catalog.h"

namespace portolan {

QString entryKey(const Catalog &catalog, int row)
{
    if (row < 0 || row >= catalog.rows().size())
        return {};
    const CatalogRow &r = catalog.rows().at(row);
    if (r.isCurated())
        return catalog.protocols().at(r.index).key;
    return registryEntryKey(catalog.registry().at(r.index));
}

namespace {
constexpr QLatin1StringView kRegistryPrefix("registry:");
}

bool isRegistryEntryKey(const QString &key)
{
    return key.startsWith(kRegistryPrefix);
}

QString registryEntryKey(const RegistryRecord &rec)
{
    return (kRegistryPrefix + QStringLiteral("%1/%2/%3"))
        .arg(rec.service, rec.portText(), transportName(rec.transport));
}

} // namespace portolan
