// Portolan: picks the terminal or the window. QApplication (and with it a display) is created
// only for the window, so every command works on a machine without one.
#include "CommandLine.h"
#include "GuiApplication.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("portolan"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain; // start-up benchmarks measure from here
    sinceMain.start();
    describeApplication();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (portolan::CommandLine::wantsTerminal(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return portolan::CommandLine(out, err).run(arguments);
    }
    return portolan::runGui(argc, argv, sinceMain);
}
