#include "workspace/CatalogLoader.h"

#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "importing/EffectiveRegistry.h"
#include "importing/NmapServicesParser.h"
#include "storage/Database.h"
#include "storage/ImportRepository.h"
#include "storage/ReferenceRepository.h"

#include <QCoreApplication>
#include <QDir>

namespace portolan {

namespace {

// The registry the user sees: the embedded one, or the last imported IANA CSV in its place,
// with the imported services(5) entries laid over it.
QList<RegistryRecord> effectiveRegistry(const QList<RegistryRecord> &embedded,
                                        const ImportRepository &imports)
{
    QList<RegistryRecord> imported = imports.importedRegistry();
    EffectiveRegistry registry(imported.isEmpty() ? embedded : std::move(imported));
    registry.addServices(imports.services());
    return registry.takeRecords();
}

} // namespace

bool CatalogLoader::load(Database &db, Catalog *catalog)
{
    m_refreshed = false;
    m_error.clear();
    ReferenceRepository repo(db.connection());
    const ImportRepository imports(db.connection());
    QString nmapWarning;
    OpenFrequencies frequencies = NmapServicesParser::readSystemFile(&nmapWarning)
                                      .overriddenBy(OpenFrequencies(imports.frequencies()));
    if (repo.storedVersion() != EmbeddedReference::version()) {
        EmbeddedReference embedded;
        if (!embedded.load()) {
            m_error = embedded.errorText();
            return false;
        }
        QList<RegistryRecord> registry = effectiveRegistry(embedded.registry(), imports);
        if (db.isReadOnly() ||
            !repo.replaceAll(embedded.protocols(), registry, EmbeddedReference::version())) {
            // Not fatal: browsing works from the embedded copy; only the cache is stale.
            if (!db.isReadOnly()) {
                const QString shown = QDir::toNativeSeparators(db.path());
                m_error = repo.diskFull()
                              ? QCoreApplication::translate(
                                    "CatalogLoader",
                                    "the disk holding %1 is full, so the port data could not be "
                                    "stored there and is read from the program itself; nothing "
                                    "of yours was changed. Free some space and start again.")
                                    .arg(shown)
                              : QCoreApplication::translate(
                                    "CatalogLoader",
                                    "the port data could not be stored in %1 (%2) and is read "
                                    "from the program itself; nothing of yours was changed.")
                                    .arg(shown, repo.errorText());
            }
            catalog->setData(embedded.protocols(), std::move(registry), std::move(frequencies));
            return true;
        }
        m_refreshed = true;
    }
    catalog->setData(repo.loadProtocols(), repo.loadRegistry(), std::move(frequencies));
    if (!repo.errorText().isEmpty()) {
        m_error = repo.errorText();
        return false;
    }
    m_error = nmapWarning; // a warning only: the catalog is whole
    return true;
}

} // namespace portolan
