#include "PortsCatalog.h"

#include "search/SearchQuery.h"
#include "workspace/LookupLoader.h"

namespace portolan {

bool PortsCatalog::load(const QString &databasePath, QList<int> ports)
{
    std::sort(ports.begin(), ports.end());
    ports.erase(std::unique(ports.begin(), ports.end()), ports.end());
    if (!ports.isEmpty() && ports.size() <= kMaxNarrowedPorts) {
        QStringList words;
        for (int p : std::as_const(ports))
            words << QString::number(p);
        const SearchQuery query = SearchQuery::parse(words.join(u','));
        LookupLoader loader;
        if (query.warnings().isEmpty() &&
            loader.load(databasePath, query, &m_narrowed) == LookupLoader::Outcome::Loaded) {
            m_narrowedLoaded = true;
            m_warning = loader.warning();
            return true;
        }
    }
    if (!m_workspace.open(databasePath)) {
        m_error = m_workspace.errorMessage();
        return false;
    }
    m_warning = m_workspace.warning();
    return true;
}

} // namespace portolan
