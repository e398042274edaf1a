#pragma once
// Sockets a test opens on its own: a TCP listener on all interfaces, one on loopback and a
// bound UDP socket, each on a port the kernel picks. POSIX only (the core links no QtNetwork).
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace networktest {

struct Listener
{
    int fd = -1;
    int port = -1;
};

// type: SOCK_STREAM (listens) or SOCK_DGRAM; address in network order (INADDR_ANY, ...).
inline Listener openListener(int type, quint32 address)
{
    Listener l;
#ifdef Q_OS_UNIX
    l.fd = ::socket(AF_INET, type, 0);
    if (l.fd < 0)
        return l;
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = address;
    a.sin_port = 0;
    socklen_t size = sizeof a;
    if (::bind(l.fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 ||
        (type == SOCK_STREAM && ::listen(l.fd, 4) != 0) ||
        ::getsockname(l.fd, reinterpret_cast<sockaddr *>(&a), &size) != 0) {
        ::close(l.fd);
        l.fd = -1;
        return l;
    }
    l.port = ntohs(a.sin_port);
#else
    Q_UNUSED(type)
    Q_UNUSED(address)
#endif
    return l;
}

inline void closeListener(Listener &l)
{
#ifdef Q_OS_UNIX
    if (l.fd >= 0)
        ::close(l.fd);
#endif
    l.fd = -1;
}

} // namespace networktest
