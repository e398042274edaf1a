// study-history DB [DAYS] [SEED]: writes a scripted month of study into a Portolan database,
// for screenshots of the statistics page and for trying the exam plan. Never point it at a
// database whose history matters: it adds answers as if they had been given.
#include "StudyHistory.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.size() > 4) {
        std::fprintf(stderr, "usage: study-history DB [DAYS] [SEED]\n");
        return 2;
    }
    portolan::StudyHistory history;
    if (args.size() > 2)
        history.days = std::clamp(args.at(2).toInt(), 1, 3650);
    if (args.size() > 3)
        history.seed = args.at(3).toUInt();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    portolan::Workspace workspace;
    if (!workspace.open(args.at(1), now)) {
        std::fprintf(stderr, "study-history: %s\n", qPrintable(workspace.errorMessage()));
        return 1;
    }
    QString error;
    const int answers =
        history.write(workspace.database().connection(), workspace.catalog(), now, &error);
    if (answers < 0) {
        std::fprintf(stderr, "study-history: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d answers over %d days written to %s\n", answers, history.days,
                qPrintable(args.at(1)));
    return 0;
}
