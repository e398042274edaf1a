#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace portolan {

// For start-up benchmarks (--quit-after-first-paint): watches the application for the first
// paint of a top-level window, then prints the milliseconds since the process started (and
// since main() began) and the CLOCK_MONOTONIC reading on stdout, and quits.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(const QElapsedTimer &sinceMain, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

// Milliseconds since the kernel started this process (from /proc/self/stat), or -1.
double millisecondsSinceProcessStart();

} // namespace portolan
