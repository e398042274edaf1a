// portolan: the terminal commands, on Qt Core and Sql alone, and the door to the window.
//
// A lookup as a whole process has a 20 ms budget, and loading QtGui and QtWidgets with their
// libraries costs about 7 ms before main() even starts. So this program links neither: for the
// window, and for the one command that paints (a PDF export), it replaces itself with
// portolan-window (same process, same arguments), which costs the window about 3 ms.
#include "CommandLine.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

// Beside this program in a build tree; in PORTOLAN_WINDOW_DIR (relative to it) when installed.
QString windowProgram()
{
    const QString self = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QString dir = QFileInfo(self).absolutePath();
    const QString name = QStringLiteral("/portolan-window");
    for (const QString &candidate :
         {dir + name, dir + QStringLiteral("/" PORTOLAN_WINDOW_DIR) + name}) {
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    }
    return dir + QStringLiteral("/" PORTOLAN_WINDOW_DIR) + name;
}

} // namespace

int main(int argc, char **argv)
{
    int undecodable = -1;
    const QStringList arguments = portolan::CommandLine::decodeArguments(argc, argv, &undecodable);
    if (undecodable >= 0) {
        portolan::CommandLine::describeApplication();
        QCoreApplication app(argc, argv);
        portolan::Translations::install();
        QTextStream(stderr) << "portolan: "
                            << portolan::CommandLine::undecodableArgument(argv[undecodable])
                            << '\n';
        return 2;
    }

    if (!portolan::CommandLine::wantsTerminal(arguments) ||
        portolan::CommandLine::needsPainting(arguments)) {
        const QString program = windowProgram();
        const QByteArray path = program.toLocal8Bit();
        execv(path.constData(), argv);
        const int error = errno; // execv returns only when it failed
        portolan::CommandLine::describeApplication();
        QCoreApplication app(argc, argv);
        portolan::Translations::install();
        QTextStream(stderr) << "portolan: "
                            << QCoreApplication::translate("main",
                                                           "cannot start the window program %1: %2")
                                   .arg(program, QString::fromLocal8Bit(std::strerror(error)))
                            << '\n';
        return 2;
    }

    portolan::CommandLine::describeApplication();
    QCoreApplication app(argc, argv);
    portolan::Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = portolan::CommandLine(out, err).run(arguments);
    // A listing cut short (a full disk, a closed pipe's reader gone, /dev/full) must not look
    // like a complete answer to a script: say so and fail.
    out.flush();
    errno = 0;
    const bool streamFailed = out.status() != QTextStream::Ok;
    if (streamFailed || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        const QString why = streamFailed && out.device()
                                ? out.device()->errorString()
                                : QString::fromLocal8Bit(std::strerror(errno != 0 ? errno : EIO));
        err << "portolan: "
            << QCoreApplication::translate("main", "cannot write to standard output: %1").arg(why)
            << '\n';
        err.flush();
        return 2;
    }
    return code;
}
