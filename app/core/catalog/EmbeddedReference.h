#pragma once

#include "domain/Protocol.h"
#include "domain/RegistryRecord.h"

#include <QList>
#include <QString>

namespace portolan {

// The reference data compiled into the program: the curated study set (db/reference/*.json)
// and the IANA registry (db/registry/iana-registry.tsv). version() changes whenever any of
// those files change (a hash taken at build time), which is what triggers a refresh of the
// reference tables in a user's database.
class EmbeddedReference
{
public:
    static QString version();

    // Parses everything; false with errorText() naming the file and line on a bad file.
    bool load();
    const QList<Protocol> &protocols() const { return m_protocols; }
    const QList<RegistryRecord> &registry() const { return m_registry; }
    QString errorText() const { return m_error; }

private:
    QList<Protocol> m_protocols;
    QList<RegistryRecord> m_registry;
    QString m_error;
};

} // namespace portolan
