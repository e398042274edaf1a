#include "catalog/Workspace.h"

#include "catalog/CatalogLoader.h"

#include <QDir>
#include <QStandardPaths>

namespace portolan {

QString Workspace::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("portolan.sqlite"));
}

bool Workspace::open(const QString &databasePath)
{
    m_error.clear();
    m_loadWarning.clear();
    if (!m_database.open(databasePath)) {
        m_error = m_database.errorMessage();
        return false;
    }
    CatalogLoader loader;
    if (!loader.load(m_database, &m_catalog)) {
        m_error = loader.errorText();
        return false;
    }
    m_loadWarning = loader.errorText();
    return true;
}

QString Workspace::warning() const
{
    QStringList parts;
    if (m_database.isReadOnly())
        parts << m_database.readOnlyReason();
    if (!m_loadWarning.isEmpty())
        parts << m_loadWarning;
    return parts.join(QLatin1Char(' '));
}

} // namespace portolan
