#include "GuiApplication.h"

#include "DatabaseRecovery.h"
#include "MainWindow.h"
#include "catalog/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QIcon>
#include <QTimer>

namespace portolan {

int runGui(int &argc, char **argv)
{
    // The reverse-DNS id ties the running window to the installed .desktop file, AppStream
    // component and theme icon. The window icon is embedded, so it shows installed or not.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.portolan.Portolan"));
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.portolan.Portolan.svg")));
    QCommandLineParser parser;
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QApplication::translate("main", "Use this database file."),
                                QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : Workspace::defaultDatabasePath();

    // The wall clock is read here, in the application layer; core only ever gets times passed.
    const auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    Workspace workspace;
    if (!workspace.open(path, now()) && !recoverDatabase(workspace, path, now(), nullptr))
        return 2;
    MainWindow window(workspace);
    window.show();
    // The daily backup waits until the window is up, so start-up does not pay for it.
    QTimer::singleShot(0, &window, [&workspace, now] { workspace.backupIfDue(now()); });
    return app.exec();
}

} // namespace portolan
