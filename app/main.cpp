// Portolan: picks the terminal or the window. QApplication (and with it a display) is created
// only for the window, so every command works on a machine without one.
#include "CommandLine.h"
#include "GuiApplication.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    // Settings live in ~/.config/portolan/portolan.conf.
    QCoreApplication::setOrganizationName(QStringLiteral("portolan"));
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
        // Only a PDF export pays for QGuiApplication, and it never needs a display.
        const bool paints = portolan::CommandLine::needsPainting(arguments);
        if (paints)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app;
        if (paints)
            app = std::make_unique<QGuiApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        portolan::Translations::install();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return portolan::CommandLine(out, err).run(arguments);
    }
    return portolan::runGui(argc, argv, sinceMain);
}
