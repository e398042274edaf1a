#pragma once

// Runs the built portolan binary as a user would, for the command-line tests: no display, no
// terminal on stdin (so nothing asks a question), a fixed terminal width.

#include <QFile>
#include <QProcess>
#include <QStringList>

namespace portolan::testing {

struct CliRun
{
    int exitCode = -1; // -1: crashed or did not finish within a minute
    QString out;
    QString err;
};

// prefix runs the binary through another program (e.g. {"script", "-qec"}).
inline CliRun runPortolan(const QStringList &args, const QStringList &prefix = {})
{
    QProcess p;
    QStringList all = prefix;
    all << QStringLiteral(PORTOLAN_BINARY) << args;
    const QString program = all.takeFirst();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("COLUMNS"), QStringLiteral("120"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, all);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// A file's bytes, empty when it cannot be read.
inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace portolan::testing
