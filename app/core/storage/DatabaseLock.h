#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace portolan {

// One writer per database: a lock file beside it (FILE.lock) held while this process may
// write. A second Portolan finds it taken and opens the database read-only instead. Locks left
// by a process that died are recognised (QLockFile checks the owner's pid) and taken over, as
// are files a crash left empty and the .rmlock QLockFile uses while it removes a stale lock.
class DatabaseLock
{
public:
    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock();

    bool tryLock();
    bool isLocked() const;
    // After a failed tryLock(): true when a live process holds it (not a permission problem).
    bool heldByAnother() const { return m_heldByAnother; }
    void unlock();
    // Why tryLock() failed, for the user: "in use by Portolan (process 1234 on host)".
    QString failureReason() const { return m_reason; }

private:
    // How long a lock file may stay unreadable before it is taken to be a crash's leftover.
    static constexpr qint64 kUnreadableGraceMs = 250;
    // Locks a crash left behind: an unreadable lock file, or QLockFile's own .rmlock.
    bool takeOverLeftovers();
    // A lock file whose pid now names another live process (a reused pid): nobody holds the
    // owner's flock on it any more.
    bool takeOverUnheld();

    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
    QString m_reason;
    bool m_heldByAnother = false;
};

} // namespace portolan
