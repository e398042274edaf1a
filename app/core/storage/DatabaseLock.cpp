#include "storage/DatabaseLock.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace portolan {

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_lock(std::make_unique<QLockFile>(Database::canonicalPath(databasePath) +
                                         QStringLiteral(".lock"))),
      m_path(Database::canonicalPath(databasePath))
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
    if (m_lock->error() == QLockFile::LockFailedError && (takeOverLeftovers() || takeOverUnheld()))
        return true;
    const QString shown = QDir::toNativeSeparators(m_path);
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        m_heldByAnother = true;
        qint64 pid = 0;
        QString host;
        QString app;
        const QString lockFile = QDir::toNativeSeparators(m_path + QStringLiteral(".lock"));
        if (!m_lock->getLockInfo(&pid, &host, &app) || pid <= 0) {
            // Not a lock Portolan wrote (a folder of that name, an unreadable file): say what
            // stands in the way instead of "process 0".
            m_reason = QCoreApplication::translate("DatabaseLock",
                                                   "%1 cannot be locked: %2 is in the way and is "
                                                   "not a lock of a running Portolan; remove it "
                                                   "if no Portolan uses the database. This one "
                                                   "only reads it.")
                           .arg(shown, lockFile);
            break;
        }
        const bool here = host == QSysInfo::machineHostName();
        m_reason = here ? QCoreApplication::translate("DatabaseLock",
                                                      "%1 is in use by another Portolan (process "
                                                      "%2 on %3); this one only reads it.")
                              .arg(shown)
                              .arg(pid)
                              .arg(host)
                        : QCoreApplication::translate("DatabaseLock",
                                                      "%1 is in use by a Portolan on another "
                                                      "computer (%3, process %2); this one only "
                                                      "reads it. If that computer no longer runs "
                                                      "it, remove %4.")
                              .arg(shown)
                              .arg(pid)
                              .arg(host, lockFile);
        break;
    }
    case QLockFile::PermissionError:
        m_reason =
            QCoreApplication::translate("DatabaseLock", "No permission to lock %1.").arg(shown);
        break;
    default:
        m_reason = QCoreApplication::translate("DatabaseLock", "Cannot lock %1.").arg(shown);
        break;
    }
    return false;
}

namespace {

// QLockFile creates a lock file and then writes its owner into it; a process killed between the
// two leaves a file that names nobody. With no owner to ask (and, for the database lock, the
// stale time at 0) QLockFile would refuse it for good. A live process writes its owner in the
// very next call after creating the file, so one still unreadable after a short wait is a
// leftover: it is removed and the lock taken.
bool takeOverUnreadable(QLockFile &lock, const QString &fileName, qint64 graceMs)
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (lock.getLockInfo(&pid, &host, &app))
        return false;
    const QFileInfo file(fileName);
    if (!file.exists())
        return lock.tryLock(0);
    const qint64 ageMs = file.lastModified().msecsTo(QDateTime::currentDateTime());
    // A file dated in the future (a clock set back) waits the whole grace.
    if (ageMs < graceMs)
        QThread::msleep(unsigned(ageMs < 0 ? graceMs : graceMs - ageMs));
    if (lock.getLockInfo(&pid, &host, &app))
        return false; // it was being written after all
    return lock.removeStaleLockFile() && lock.tryLock(0);
}

} // namespace

bool DatabaseLock::takeOverLeftovers()
{
    const QString lockName = m_path + QStringLiteral(".lock");
    if (takeOverUnreadable(*m_lock, lockName, kUnreadableGraceMs))
        return true;
    // QLockFile removes a dead owner's lock under a second lock, FILE.lock.rmlock; a crash in
    // that moment leaves the .rmlock behind and blocks the removal. A .rmlock whose owner is
    // gone (or which names nobody) is cleared, then the database lock is tried again.
    const QString rmName = lockName + QStringLiteral(".rmlock");
    if (!QFileInfo::exists(rmName))
        return false;
    QLockFile rm(rmName);
    rm.setStaleLockTime(0);
    if (!rm.tryLock(0) && !takeOverUnreadable(rm, rmName, kUnreadableGraceMs))
        return false;
    rm.unlock();
    return m_lock->tryLock(0);
}

namespace {

enum class FileLock
{
    Held,
    Free,
    Unknown
};

// Whether some open file holds the flock() that QLockFile's owner keeps on its lock file for as
// long as it lives. The kernel drops it when the owner dies, whatever became of its pid.
FileLock flockState(const QString &fileName)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(fileName).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return FileLock::Unknown;
    FileLock state = FileLock::Unknown;
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0)
        state = FileLock::Free; // closing the descriptor below lets go of it again
    else if (errno == EWOULDBLOCK)
        state = FileLock::Held;
    ::close(fd);
    return state;
#else
    Q_UNUSED(fileName);
    return FileLock::Unknown;
#endif
}

} // namespace

bool DatabaseLock::takeOverUnheld()
{
    // QLockFile asks whether the pid in the file runs a program of the same name. A pid is
    // reused, though: in a container or sandbox Portolan often gets the same small pid at every
    // start, so after a crash the file names a "running Portolan" that is this very process
    // (or another one). The owner's flock() settles it: nobody holds it, nobody owns the lock.
    // Only a complete file (pid, program, host of this machine) gets here: an owner writes its
    // flock before its first byte.
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app) || pid <= 0 || host != QSysInfo::machineHostName())
        return false;
    if (flockState(m_path + QStringLiteral(".lock")) != FileLock::Free)
        return false;
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
