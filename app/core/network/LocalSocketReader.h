#pragma once

#include "domain/Transport.h"
#include "network/SocketAddress.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

// One socket of this machine as the kernel lists it.
struct LocalSocket
{
    Transport transport = Transport::Tcp;
    SocketAddress local;
    SocketAddress remote;
    QString state;          // "listen", "bound" (UDP unconnected), "established", "time-wait", ...
    bool listening = false; // TCP LISTEN, or a UDP socket with no peer
    quint64 inode = 0;
    qint64 pid = -1; // -1: not known (another user's process, or no /proc access)
    QString process; // the command name (/proc/PID/comm), empty when pid is -1
};

// Reads the sockets of this machine from procfs (net/tcp, tcp6, udp, udp6), without root and
// without running ss: listening TCP and bound UDP sockets, and with all also connections. The
// owning process comes from the socket inodes under PID/fd, which the kernel shows only for the
// user's own processes (or all of them to root); the rest silently have no process. The root
// is injectable so that tests read fixture files; a missing table (no IPv6) is no error.
class LocalSocketReader
{
public:
    explicit LocalSocketReader(QString procRoot = QStringLiteral("/proc"));

    // Sockets in table order (tcp, tcp6, udp, udp6), each listening address once.
    QList<LocalSocket> read(bool includeConnections);
    // Lines that could not be read ("net/tcp:7: ..."); they are skipped, not fatal.
    const QStringList &problems() const { return m_problems; }
    // False when not one table could be opened (no procfs: not Linux, or a sandbox).
    bool available() const { return m_tablesRead > 0; }

    // The state name of a kernel TCP state number (include/net/tcp_states.h).
    static QString tcpStateName(int state);

private:
    void readTable(const QString &relative, Transport transport, bool includeConnections,
                   QList<LocalSocket> *out);
    void findOwners(QList<LocalSocket> *sockets) const;

    QString m_root;
    QStringList m_problems;
    int m_tablesRead = 0;
};

} // namespace portolan
