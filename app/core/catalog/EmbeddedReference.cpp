#include "catalog/EmbeddedReference.h"

#include "ReferenceVersion.h"
#include "catalog/ReferenceParser.h"
#include "catalog/RegistryTsvReader.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace portolan {

QString EmbeddedReference::version()
{
    return QStringLiteral(PORTOLAN_REFERENCE_VERSION);
}

bool EmbeddedReference::load()
{
    m_protocols.clear();
    m_registry.clear();
    m_error.clear();

    const QDir dir(QStringLiteral(":/db/reference"));
    QSet<QString> keys;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("%1: cannot be read").arg(name);
            return false;
        }
        ReferenceParser parser;
        if (!parser.parse(f.readAll(), name)) {
            m_error = parser.errorText();
            return false;
        }
        for (const Protocol &p : parser.protocols()) {
            if (keys.contains(p.key)) {
                m_error = QStringLiteral("%1: key \"%2\" is defined in another file too")
                              .arg(name, p.key);
                return false;
            }
            keys.insert(p.key);
            m_protocols.append(p);
        }
    }

    QFile registry(QStringLiteral(":/db/registry/iana-registry.tsv"));
    if (registry.exists()) {
        if (!registry.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("iana-registry.tsv: cannot be read");
            return false;
        }
        RegistryTsvReader reader;
        if (!reader.parse(registry.readAll(), QStringLiteral("iana-registry.tsv"))) {
            m_error = reader.errorText();
            return false;
        }
        m_registry = reader.records();
    }
    return true;
}

} // namespace portolan
