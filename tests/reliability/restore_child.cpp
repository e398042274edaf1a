// restore-child DB BACKUP_A BACKUP_B: restores the two backups onto DB in turn, forever, as
// `portolan restore` does (tst_restorecrash kills it at random moments). Prints "ready" once.
#include "storage/BackupManager.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    std::printf("ready\n");
    std::fflush(stdout);
    for (qint64 n = 0;; ++n) {
        portolan::BackupManager backups(args.at(1));
        if (!backups.restore(args.at(2 + int(n % 2)), 1741597200000LL + n * 1000)) {
            std::fprintf(stderr, "%s\n", qPrintable(backups.errorText()));
            return 1;
        }
    }
}
