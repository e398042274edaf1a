#pragma once

#include "domain/RegistryRecord.h"

#include <QList>
#include <QString>

namespace portolan {

// The registry as the user sees it, built from layers: a base (the embedded registry, or the
// last imported IANA CSV, which replaces it) with the services(5) imports laid over it. The
// same code builds it at a reference refresh and when an import is planned, so both agree.
class EffectiveRegistry
{
public:
    explicit EffectiveRegistry(QList<RegistryRecord> base);

    // Lays services(5) entries over the registry. An entry whose service already runs on its
    // port(s) and transport fills that record's description when it is empty; any other entry
    // adds a record. Returns the entries that changed something, in file order.
    QList<RegistryRecord> addServices(const QList<RegistryRecord> &services);

    // In registry order: by first port, then transport, then as listed.
    const QList<RegistryRecord> &records() const { return m_records; }
    QList<RegistryRecord> takeRecords() { return std::move(m_records); }

    // What identifies a record across imports: its ports, transport and service name (any
    // case); several services on one port/transport are several records.
    static QString identity(const RegistryRecord &r);
    static void sort(QList<RegistryRecord> *records);

private:
    QList<RegistryRecord> m_records;
};

} // namespace portolan
