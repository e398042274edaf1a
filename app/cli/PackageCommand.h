#pragma once

#include <QStringList>
#include <QTextStream>

namespace portolan {

// `portolan package export FILE` and `portolan package import FILE [--yes]`: carries the
// learner's progress between machines. Import prints what the merge would change, then applies
// it with --yes or after a "y" on a terminal. Exit codes: 0 written, applied or nothing to do;
// 1 not applied; 2 usage error, a refused package or a database error.
class PackageCommand
{
public:
    PackageCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &args, const QString &databasePath, qint64 nowMs);

private:
    int fail(const QString &message, bool showHelp = false);
    int exportPackage(const QString &file, const QString &databasePath, qint64 nowMs);
    int importPackage(const QString &file, bool yes, const QString &databasePath, qint64 nowMs);
    bool confirm();

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace portolan
