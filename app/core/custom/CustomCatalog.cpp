#include "custom/CustomCatalog.h"

#include "catalog/Catalog.h"
#include "custom/CustomEntryRepository.h"
#include "storage/Database.h"

namespace portolan {

Protocol protocolFromCustomEntry(const CustomEntry &e)
{
    Protocol p;
    p.key = e.key;
    p.name = e.name.trimmed();
    p.abbreviation = e.abbreviation.trimmed().isEmpty() ? p.name : e.abbreviation.trimmed();
    p.security = e.security;
    p.notes = e.notes;
    p.summary = e.notes.section(QLatin1Char('\n'), 0, 0).left(300);
    if (!e.counterpartKey.isEmpty())
        p.counterparts << e.counterpartKey;
    for (const CustomPort &c : e.ports) {
        PortAssignment a;
        a.first = c.first;
        a.last = c.last;
        a.transport = c.transport;
        a.role = QStringLiteral("custom");
        p.ports.append(a);
    }
    return p;
}

void loadUserData(Database &db, Catalog *catalog)
{
    if (!db.isOpen())
        return;
    const CustomEntryRepository repo(db.connection());
    QList<Protocol> custom;
    for (const CustomEntry &e : repo.entries())
        custom.append(protocolFromCustomEntry(e));
    catalog->setUserData(std::move(custom), repo.allLabels());
}

QList<const RegistryRecord *> registryConflicts(const Catalog &catalog, const Protocol &protocol)
{
    QList<const RegistryRecord *> out;
    for (const RegistryRecord &r : catalog.registry()) {
        if (r.service.isEmpty() || r.service.compare(protocol.key, Qt::CaseInsensitive) == 0 ||
            r.service.compare(protocol.abbreviation, Qt::CaseInsensitive) == 0)
            continue;
        for (const PortAssignment &a : protocol.ports) {
            if (a.transport == r.transport && a.first <= r.last && r.first <= a.last) {
                out.append(&r);
                break;
            }
        }
    }
    return out;
}

} // namespace portolan
