// portolan-window: the window, and the terminal commands that paint (a PDF needs QtGui). The
// `portolan` program starts it for those (app/main.cpp); QApplication, and with it a display, is
// created only for the window, so a PDF export works on a machine without one.
#include "CheatSheetPdf.h"
#include "CommandLine.h"
#include "GuiApplication.h"
#include "i18n/Translations.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>

namespace {

QByteArray paintPdf(const portolan::Catalog &catalog, const QList<int> &rows, const QString &query,
                    portolan::Paper paper)
{
    using portolan::CheatSheetPdf;
    const QPageSize::PageSizeId size = paper == portolan::Paper::A4 ? QPageSize::A4
                                       : paper == portolan::Paper::Letter
                                           ? QPageSize::Letter
                                           : CheatSheetPdf::defaultPageSize();
    return CheatSheetPdf::render(catalog, rows, query, size);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain; // start-up benchmarks measure from here
    sinceMain.start();
    portolan::CommandLine::describeApplication();
    int undecodable = -1;
    const QStringList arguments = portolan::CommandLine::decodeArguments(argc, argv, &undecodable);
    if (undecodable >= 0) {
        QCoreApplication app(argc, argv);
        portolan::Translations::install();
        QTextStream(stderr) << "portolan: "
                            << portolan::CommandLine::undecodableArgument(argv[undecodable])
                            << '\n';
        return 2;
    }

    if (portolan::CommandLine::wantsTerminal(arguments)) {
        // Only a PDF export comes here from `portolan`, and it never needs a display; any other
        // command runs too, on QCoreApplication, when this program is started by hand.
        std::unique_ptr<QCoreApplication> app;
        if (portolan::CommandLine::needsPainting(arguments)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        portolan::Translations::install();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return portolan::CommandLine(out, err, paintPdf).run(arguments);
    }
    return portolan::runGui(argc, argv, sinceMain);
}
