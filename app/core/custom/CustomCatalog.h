#pragma once

#include "custom/CustomEntry.h"
#include "domain/Protocol.h"
#include "domain/RegistryRecord.h"

#include <QList>

namespace portolan {

class Catalog;
class Database;

// A custom entry as the Protocol the catalog, search, quiz and exports work with. Its notes go
// to Protocol::notes and its counterpart to counterparts.
Protocol protocolFromCustomEntry(const CustomEntry &entry);

// Reads the user's entries and labels from db into the catalog (Catalog::setUserData). Leaves
// the catalog as it was when the tables cannot be read (an older read-only database).
void loadUserData(Database &db, Catalog *catalog);

// Registry records that IANA assigns on a port of the protocol to another service (a name other
// than the protocol's key or abbreviation), in registry order: what a custom entry collides
// with. Shown, never refused.
QList<const RegistryRecord *> registryConflicts(const Catalog &catalog, const Protocol &protocol);

} // namespace portolan
