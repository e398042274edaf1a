#include "GuiApplication.h"

#include "DatabaseRecovery.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "MainWindowHost.h"
#include "QuitOnSignal.h"
#include "Theme.h"
#include "i18n/Translations.h"
#include "settings/Preferences.h"
#include "storage/BackupManager.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QIcon>
#include <QPointer>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

namespace portolan {

namespace {
constexpr int kBackupDelayMs = 5000;
} // namespace

int runGui(int &argc, char **argv, const QElapsedTimer &sinceMain)
{
    // The reverse-DNS id ties the running window to the installed .desktop file, AppStream
    // component and theme icon. The window icon is embedded, so it shows installed or not.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.portolan.Portolan"));
    QApplication app(argc, argv);
    const Preferences preferences = Preferences::load();
    Translations::install(preferences.language);
    if (preferences.theme != Preferences::Theme::System || preferences.fontPointSize > 0)
        theme::applyAppearance(preferences.theme, preferences.fontPointSize);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.portolan.Portolan.svg")));
    QCommandLineParser parser;
    QCommandLineOption dbOption(QStringLiteral("db"),
                                QApplication::translate("main", "Use this database file."),
                                QStringLiteral("FILE"));
    QCommandLineOption firstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QApplication::translate(
            "main", "Print the start-up time when the window first paints, then quit."));
    parser.addOption(dbOption);
    parser.addOption(firstPaintOption);
    parser.process(app);
    if (parser.isSet(firstPaintOption))
        new FirstPaintProbe(sinceMain, &app);
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : Workspace::defaultDatabasePath();

    // The wall clock is read here, in the application layer; core only ever gets times passed.
    const auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    Workspace workspace;
    if (!workspace.open(path, now()) && !recoverDatabase(workspace, path, now(), nullptr))
        return 2;
    MainWindowHost window(workspace); // builds the window again after an import
    const QuitOnSignal quitOnSignal;  // a logout or `kill` closes the window as the user would
    window.show();
    // A first start asks for the exam (once; Help → Welcome asks again). Not while measuring
    // the first paint, which must quit on its own.
    if (!parser.isSet(firstPaintOption) && !Preferences::load().welcomed) {
        QTimer::singleShot(0, &window, [&window] {
            if (window.window())
                window.window()->showWelcome();
        });
    }
    // The daily backup waits until the window has been up a moment and runs on a thread of its
    // own: copying a database of years of reviews takes seconds. A failure is said.
    if (!workspace.database().isReadOnly()) {
        QTimer::singleShot(kBackupDelayMs, &window, [&window, &workspace, now] {
            const QString path = workspace.database().path();
            const qint64 at = now();
            const QPointer<MainWindowHost> host(&window);
            QThread *thread = QThread::create([host, path, at] {
                BackupManager backups(path);
                if (backups.backupFileIfDue(at))
                    return;
                const QString message =
                    QCoreApplication::translate("GuiApplication", "⚠ Today's backup failed: %1")
                        .arg(backups.errorText());
                QMetaObject::invokeMethod(qApp, [host, message] {
                    if (host && host->window())
                        host->window()->statusBar()->showMessage(message);
                });
            });
            QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
            thread->start(QThread::LowPriority);
        });
    }
    return app.exec();
}

} // namespace portolan
