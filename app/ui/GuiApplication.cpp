#include "GuiApplication.h"

#include "MainWindow.h"
#include "catalog/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace portolan {

int runGui(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QApplication::translate("main", "Use this database file."),
                                QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : Workspace::defaultDatabasePath();

    Workspace workspace;
    if (!workspace.open(path)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Portolan"),
                              workspace.errorMessage());
        return 2;
    }
    MainWindow window(workspace);
    window.show();
    return app.exec();
}

} // namespace portolan
