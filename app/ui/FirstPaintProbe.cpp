#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace portolan {

double millisecondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, in clock ticks since boot) follows the ")" that ends the command.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble();
    timespec boot{};
    clock_gettime(CLOCK_BOOTTIME, &boot);
    const double nowMs = boot.tv_sec * 1000.0 + boot.tv_nsec / 1e6;
    return nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

FirstPaintProbe::FirstPaintProbe(const QElapsedTimer &sinceMain, QObject *parent)
    : QObject(parent), m_sinceMain(sinceMain)
{
    qApp->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window()->isVisible()) {
            m_seen = true;
            // Quit after this paint has been flushed to the screen, not before it.
            QTimer::singleShot(0, this, [this] {
                // The monotonic clock reading lets a benchmark that started this process
                // measure from before exec(), outside the process.
                timespec now{};
                clock_gettime(CLOCK_MONOTONIC, &now);
                std::printf("first paint: %.1f ms since main(), %.1f ms since process start "
                            "(kernel clock, 10 ms resolution); monotonic clock %.3f ms\n",
                            m_sinceMain.nsecsElapsed() / 1e6, millisecondsSinceProcessStart(),
                            now.tv_sec * 1e3 + now.tv_nsec / 1e6);
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace portolan
