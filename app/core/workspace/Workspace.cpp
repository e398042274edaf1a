#include "workspace/Workspace.h"

#include "custom/CustomCatalog.h"
#include "storage/BackupManager.h"
#include "workspace/CatalogLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace portolan {

QString Workspace::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("portolan.sqlite"));
}

bool Workspace::open(const QString &givenPath, qint64 nowMs)
{
    m_error.clear();
    m_loadWarning.clear();
    close();
    QString busy;
    QDir().mkpath(QFileInfo(givenPath).absolutePath());
    const QString databasePath = Database::canonicalPath(givenPath);
    m_lock = std::make_unique<DatabaseLock>(databasePath);
    if (!m_lock->tryLock() && m_lock->heldByAnother())
        busy = m_lock->failureReason();
    m_database.setNowMs(nowMs);
    if (!m_database.open(databasePath, busy)) {
        m_error = m_database.errorMessage();
        return false;
    }
    return reloadCatalog();
}

void Workspace::close()
{
    m_database.close();
    m_lock.reset();
}

bool Workspace::backupIfDue(qint64 nowMs, QString *error)
{
    if (m_database.isReadOnly() || !m_database.isOpen())
        return false;
    BackupManager backups(m_database.path());
    const bool ok = backups.backupIfDue(m_database.connection(), nowMs);
    if (!ok && error)
        *error = backups.errorText();
    return ok;
}

bool Workspace::reloadCatalog()
{
    CatalogLoader loader;
    if (!loader.load(m_database, &m_catalog)) {
        m_error = loader.errorText();
        return false;
    }
    m_loadWarning = loader.errorText();
    loadUserData(m_database, &m_catalog); // the user's own entries and labels
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
