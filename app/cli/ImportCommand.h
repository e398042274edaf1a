#pragma once

#include <QStringList>
#include <QTextStream>

namespace portolan {

class ImportPlan;

// `portolan import FILE [--format iana-csv|services|nmap] [--yes]`: prints what the file would
// change, then applies it with --yes, or after a "y" on a terminal. Exit codes: 0 applied or
// nothing to do, 1 declined (or not confirmed without a terminal), 2 usage error, a refused
// file (FILE:LINE on stderr) or a database error.
class ImportCommand
{
public:
    ImportCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &args, const QString &databasePath);

private:
    int fail(const QString &message, bool showHelp = false);
    void printPlan(const ImportPlan &plan);
    bool confirm();

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace portolan
