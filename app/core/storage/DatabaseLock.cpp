#include "storage/DatabaseLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace portolan {

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_lock(std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock"))),
      m_path(databasePath)
{
    // Never treat a live owner's lock as stale, however long the session lasts.
    m_lock->setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock() = default;

bool DatabaseLock::tryLock()
{
    m_reason.clear();
    m_heldByAnother = false;
    if (m_lock->tryLock(0))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError && takeOverUnreadableLock())
        return true;
    const QString shown = QDir::toNativeSeparators(m_path);
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        m_heldByAnother = true;
        qint64 pid = 0;
        QString host;
        QString app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_reason = QCoreApplication::translate("DatabaseLock",
                                               "%1 is in use by another Portolan (process %2 on "
                                               "%3); this one only reads it.")
                       .arg(shown)
                       .arg(pid)
                       .arg(host);
        break;
    }
    case QLockFile::PermissionError:
        m_reason = QCoreApplication::translate("DatabaseLock", "No permission to lock %1.").arg(shown);
        break;
    default:
        m_reason = QCoreApplication::translate("DatabaseLock", "Cannot lock %1.").arg(shown);
        break;
    }
    return false;
}

bool DatabaseLock::takeOverUnreadableLock()
{
    // QLockFile creates the file and then writes its owner into it; a process killed between
    // the two leaves a file that names nobody. With no owner to ask and the stale time at 0,
    // QLockFile would refuse it forever. A live process writes its owner in the very next
    // call after creating the file, so one still unreadable after a short wait is a leftover.
    qint64 pid = 0;
    QString host;
    QString app;
    if (m_lock->getLockInfo(&pid, &host, &app))
        return false;
    const QFileInfo file(m_path + QStringLiteral(".lock"));
    const qint64 ageMs = file.lastModified().msecsTo(QDateTime::currentDateTime());
    if (ageMs >= 0 && ageMs < kUnreadableGraceMs)
        QThread::msleep(unsigned(kUnreadableGraceMs - ageMs));
    if (m_lock->getLockInfo(&pid, &host, &app))
        return false; // it was being written after all
    return m_lock->removeStaleLockFile() && m_lock->tryLock(0);
}

bool DatabaseLock::isLocked() const
{
    return m_lock->isLocked();
}

void DatabaseLock::unlock()
{
    m_lock->unlock();
}

} // namespace portolan
