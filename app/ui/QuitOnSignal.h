#pragma once

#include <QObject>

class QSocketNotifier;

namespace portolan {

// Turns SIGTERM, SIGHUP and SIGINT (a logout, a closed terminal, `kill`) into an orderly quit:
// every window is closed as if the user had closed it, so what is being typed (a note) is saved
// and the session remembered, instead of the process ending on the spot. The signal handler
// only writes a byte to a socket pair; the rest runs in the event loop. One per process.
class QuitOnSignal : public QObject
{
    Q_OBJECT

public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

    bool isInstalled() const { return m_notifier != nullptr; }

signals:
    // Emitted in the event loop for each signal caught, before the windows close.
    void caught(int signal);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace portolan
