#pragma once

#include <QStringList>
#include <QTextStream>

namespace portolan {

// `portolan backups` lists the verified backups of the database; `portolan restore BACKUP|latest
// --yes` replaces the database with one (the current file is moved aside, never deleted).
int listBackups(const QString &databasePath, QTextStream &out);
int restoreBackup(const QStringList &args, const QString &databasePath, qint64 nowMs,
                  QTextStream &out, QTextStream &err);

} // namespace portolan
