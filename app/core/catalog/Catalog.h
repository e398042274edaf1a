#pragma once

#include "catalog/CatalogRow.h"
#include "domain/Protocol.h"
#include "domain/RegistryRecord.h"
#include "importing/OpenFrequencies.h"

#include <QHash>
#include <QList>

namespace portolan {

// The whole reference in memory: curated protocols, registry records and the table rows built
// from both (ordered by port, curated first). Immutable after setData(); cheap to query.
class Catalog
{
public:
    void setData(QList<Protocol> protocols, QList<RegistryRecord> registry,
                 OpenFrequencies frequencies = {});
    // The user's own entries (appended after the curated protocols, rows of origin Custom) and
    // labels per entry key (catalog/EntryKey.h). Replaces what an earlier call set.
    void setUserData(QList<Protocol> customEntries, QHash<QString, QStringList> labels);
    // Protocols at or past this index are the user's own.
    int firstCustomIndex() const { return m_curatedCount; }
    bool isCustomProtocol(int protocolIndex) const { return protocolIndex >= m_curatedCount; }

    const QList<Protocol> &protocols() const { return m_protocols; }
    const QList<RegistryRecord> &registry() const { return m_registry; }
    const QList<CatalogRow> &rows() const { return m_rows; }
    // "How common" per port/transport (nmap's open frequency); empty when nmap is unknown.
    const OpenFrequencies &frequencies() const { return m_frequencies; }

    // -1 when unknown.
    int protocolIndex(const QString &key) const { return m_protocolByKey.value(key, -1); }
    const Protocol *protocol(const QString &key) const;
    int rowOfProtocol(int protocolIndex) const;
    // Registry rows (row numbers) that the curated protocol explains.
    QList<int> registryRowsOf(int protocolIndex) const;
    // Registry records on the given port and transport, in registry order.
    QList<const RegistryRecord *> registryAt(int port, Transport transport) const;

private:
    struct Claim;
    void buildRows();
    // The row of registry record i; above is the registry row built just before it (or null),
    // whose folded text it shares when both records say the same.
    CatalogRow registryRow(int i, const CatalogRow *above,
                           const QMultiHash<int, Claim> &claims) const;

    QList<Protocol> m_protocols;
    int m_curatedCount = 0;
    QHash<QString, QStringList> m_labels;
    QList<RegistryRecord> m_registry;
    OpenFrequencies m_frequencies;
    QList<CatalogRow> m_rows;
    QHash<QString, int> m_protocolByKey;
    QList<int> m_rowOfProtocol;
    QMultiHash<int, int> m_registryRowsByProtocol;
};

} // namespace portolan
