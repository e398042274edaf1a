#pragma once

#include <QStringList>
#include <QTextStream>

namespace portolan {

// `portolan backups` lists the verified backups of the database; `portolan restore BACKUP|latest
// --yes` replaces the database with one (the current file is moved aside, never deleted).
int listBackups(const QString &databasePath, QTextStream &out);
// `portolan backup`: a verified copy now, the safe way to copy a database that may be open
// (a plain file copy can miss what is still in its write-ahead log).
int createBackupNow(const QString &databasePath, qint64 nowMs, QTextStream &out, QTextStream &err);
int restoreBackup(const QStringList &args, const QString &databasePath, qint64 nowMs,
                  QTextStream &out, QTextStream &err);

} // namespace portolan
