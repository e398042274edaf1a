#include "catalog/CatalogLoader.h"

#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

namespace portolan {

bool CatalogLoader::load(Database &db, Catalog *catalog)
{
    m_refreshed = false;
    m_error.clear();
    ReferenceRepository repo(db.connection());
    if (repo.storedVersion() != EmbeddedReference::version()) {
        EmbeddedReference embedded;
        if (!embedded.load()) {
            m_error = embedded.errorText();
            return false;
        }
        if (db.isReadOnly() || !repo.replaceAll(embedded.protocols(), embedded.registry(),
                                                EmbeddedReference::version())) {
            // Not fatal: browsing works from the embedded copy; only the cache is stale.
            if (!db.isReadOnly())
                m_error = repo.errorText();
            catalog->setData(embedded.protocols(), embedded.registry());
            return true;
        }
        m_refreshed = true;
    }
    catalog->setData(repo.loadProtocols(), repo.loadRegistry());
    if (!repo.errorText().isEmpty()) {
        m_error = repo.errorText();
        return false;
    }
    return true;
}

} // namespace portolan
