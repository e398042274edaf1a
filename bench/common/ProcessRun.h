#pragma once
// Whole processes measured from outside, for the benchmarks: fork(), execve() and wait4(), so
// a figure includes everything the program does before main() and the peak resident memory.
#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace portolan::bench {

inline double monotonicMs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

struct Run
{
    bool ok = false;
    double startedMs = 0; // monotonic, just before fork()
    double wallMs = 0;    // fork() to exit
    long maxRssKb = 0;
    QByteArray out;
};

// Runs program with args and the environment env (KEY=VALUE), capturing stdout.
inline Run spawn(const QString &program, const QStringList &args, const QStringList &env)
{
    Run run;
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return run;
    std::vector<QByteArray> argBytes{program.toLocal8Bit()};
    for (const QString &a : args)
        argBytes.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> envBytes;
    for (const QString &e : env)
        envBytes.push_back(e.toLocal8Bit());
    std::vector<char *> envp;
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    run.startedMs = monotonicMs();
    const pid_t pid = fork();
    if (pid < 0) {
        close(pipeFds[0]);
        close(pipeFds[1]);
        return run;
    }
    if (pid == 0) {
        dup2(pipeFds[1], STDOUT_FILENO);
        const int devNull = ::open("/dev/null", O_WRONLY);
        if (devNull >= 0) {
            dup2(devNull, STDERR_FILENO);
            close(devNull);
        }
        close(pipeFds[0]);
        close(pipeFds[1]);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    close(pipeFds[1]);
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(pipeFds[0], buffer, sizeof buffer)) > 0)
        run.out.append(buffer, n);
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.wallMs = monotonicMs() - run.startedMs;
    run.maxRssKb = usage.ru_maxrss;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) <= 1; // a lookup finding nothing is 1
    return run;
}

// fork() to the first painted window, from the monotonic reading the probe prints.
inline double toFirstPaintMs(const Run &run)
{
    static const QRegularExpression re(QStringLiteral("monotonic clock ([0-9.]+) ms"));
    const auto m = re.match(QString::fromUtf8(run.out));
    return m.hasMatch() ? m.captured(1).toDouble() - run.startedMs : -1;
}

} // namespace portolan::bench
