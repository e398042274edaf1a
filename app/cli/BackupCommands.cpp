#include "BackupCommands.h"

#include "storage/BackupManager.h"
#include "storage/DatabaseLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace portolan {

int listBackups(const QString &databasePath, QTextStream &out)
{
    const BackupManager backups(databasePath);
    const auto list = backups.backups();
    if (list.isEmpty()) {
        out << QCoreApplication::translate("BackupCommands",
                                           "No backups of %1 yet (they are kept in %2).")
                   .arg(QDir::toNativeSeparators(databasePath),
                        QDir::toNativeSeparators(backups.folder()))
            << '\n';
        return 1;
    }
    for (const BackupManager::Backup &b : list) {
        out << b.time.toString(Qt::ISODate) << "  " << b.kind.leftJustified(14) << "  "
            << QDir::toNativeSeparators(b.path) << '\n';
    }
    return 0;
}

int createBackupNow(const QString &databasePath, qint64 nowMs, QTextStream &out, QTextStream &err)
{
    if (!QFileInfo(databasePath).isFile()) {
        err << "portolan: "
            << QCoreApplication::translate("BackupCommands", "there is no database at %1.")
                   .arg(QDir::toNativeSeparators(databasePath))
            << '\n';
        return 2;
    }
    BackupManager backups(databasePath);
    QString path;
    if (!backups.backupFileNow(nowMs, &path)) {
        err << "portolan: " << backups.errorText() << '\n';
        return 2;
    }
    out << QCoreApplication::translate("BackupCommands",
                                       "Backup written and verified: %1 (kept until you delete "
                                       "it; `portolan restore` puts it back).")
               .arg(QDir::toNativeSeparators(path))
        << '\n';
    return 0;
}

int restoreBackup(const QStringList &args, const QString &databasePath, qint64 nowMs,
                  QTextStream &out, QTextStream &err)
{
    bool yes = false;
    QString which;
    for (const QString &a : args) {
        if (a == QLatin1String("--yes"))
            yes = true;
        else if (which.isEmpty())
            which = a;
        else {
            err << "portolan: "
                << QCoreApplication::translate("BackupCommands", "restore takes one backup.")
                << '\n';
            return 2;
        }
    }
    BackupManager backups(databasePath);
    if (which.isEmpty() || which == QLatin1String("latest")) {
        const auto list = backups.backups();
        if (list.isEmpty()) {
            err << "portolan: "
                << QCoreApplication::translate("BackupCommands", "there is no backup to restore.")
                << '\n';
            return 2;
        }
        which = list.first().path;
    }
    if (!QFileInfo::exists(which)) {
        err << "portolan: "
            << QCoreApplication::translate("BackupCommands", "no backup file %1.")
                   .arg(QDir::toNativeSeparators(which))
            << '\n';
        return 2;
    }
    if (!yes) {
        out << QCoreApplication::translate(
                   "BackupCommands",
                   "Would replace %1 with %2 (the current file is moved aside). Run again with "
                   "--yes to do it.")
                   .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(which))
            << '\n';
        return 1;
    }
    DatabaseLock lock(databasePath);
    if (QFileInfo::exists(databasePath) && !lock.tryLock()) {
        err << "portolan: " << lock.failureReason() << ' '
            << QCoreApplication::translate("BackupCommands", "Close it before restoring.") << '\n';
        return 2;
    }
    if (!backups.restore(which, nowMs)) {
        err << "portolan: " << backups.errorText() << '\n';
        return 2;
    }
    out << QCoreApplication::translate("BackupCommands", "Restored %1 from %2.")
               .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(which))
        << '\n';
    if (!backups.movedAsidePath().isEmpty())
        out << QCoreApplication::translate("BackupCommands", "The previous file is kept as %1.")
                   .arg(QDir::toNativeSeparators(backups.movedAsidePath()))
            << '\n';
    return 0;
}

} // namespace portolan
