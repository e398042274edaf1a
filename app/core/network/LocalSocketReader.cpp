#include "network/LocalSocketReader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace portolan {

namespace {

constexpr int kTcpEstablished = 1;
constexpr int kTcpClose = 7;
constexpr int kTcpListen = 10;
// A table is a few hundred lines on a busy server; a procfs that lies is not read forever.
constexpr qint64 kMaxTableBytes = 64 * 1024 * 1024;
constexpr int kMaxProcesses = 100000;
constexpr int kMaxFdsPerProcess = 65536;

// "socket:[12345]" -> 12345, else 0.
quint64 socketInode(const QByteArray &link)
{
    if (!link.startsWith("socket:[") || !link.endsWith(']'))
        return 0;
    bool ok = false;
    const quint64 inode = link.mid(8, link.size() - 9).toULongLong(&ok);
    return ok ? inode : 0;
}

QByteArray readLink(const QString &path)
{
#ifdef Q_OS_UNIX
    char buffer[128];
    const QByteArray encoded = QFile::encodeName(path);
    const ssize_t n = ::readlink(encoded.constData(), buffer, sizeof buffer);
    if (n > 0)
        return QByteArray(buffer, qsizetype(n));
#else
    Q_UNUSED(path)
#endif
    return {};
}

} // namespace

LocalSocketReader::LocalSocketReader(QString procRoot) : m_root(std::move(procRoot)) {}

QString LocalSocketReader::tcpStateName(int state)
{
    static const char *const names[] = {
        "",      "established", "syn-sent", "syn-recv", "fin-wait1", "fin-wait2",   "time-wait",
        "close", "close-wait",  "last-ack", "listen",   "closing",   "new-syn-recv"};
    if (state < 1 || state >= int(std::size(names)))
        return QStringLiteral("unknown");
    return QString::fromLatin1(names[state]);
}

QList<LocalSocket> LocalSocketReader::read(bool includeConnections)
{
    m_problems.clear();
    m_tablesRead = 0;
    QList<LocalSocket> out;
    readTable(QStringLiteral("net/tcp"), Transport::Tcp, includeConnections, &out);
    readTable(QStringLiteral("net/tcp6"), Transport::Tcp, includeConnections, &out);
    readTable(QStringLiteral("net/udp"), Transport::Udp, includeConnections, &out);
    readTable(QStringLiteral("net/udp6"), Transport::Udp, includeConnections, &out);
    findOwners(&out);
    // SO_REUSEPORT and forking servers list one address several times: shown once.
    QSet<QString> seen;
    QList<LocalSocket> unique;
    for (const LocalSocket &s : std::as_const(out)) {
        const QString id = QStringLiteral("%1|%2|%3|%4|%5")
                               .arg(int(s.transport))
                               .arg(s.local.text(), s.remote.text(), s.state)
                               .arg(s.pid);
        if (!seen.contains(id)) {
            seen.insert(id);
            unique.append(s);
        }
    }
    return unique;
}

void LocalSocketReader::readTable(const QString &relative, Transport transport,
                                  bool includeConnections, QList<LocalSocket> *out)
{
    QFile file(m_root + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        return;
    ++m_tablesRead;
    // procfs files report size 0; read until end, up to the cap.
    const QByteArray bytes = file.read(kMaxTableBytes);
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 1 is the header
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.simplified().split(' ');
        auto problem = [&](const char *what) {
            m_problems << QStringLiteral("%1:%2: %3")
                              .arg(relative)
                              .arg(i + 1)
                              .arg(QString::fromLatin1(what));
        };
        if (f.size() < 10) {
            problem("too few fields");
            continue;
        }
        const QList<QByteArray> local = f.at(1).split(':');
        const QList<QByteArray> remote = f.at(2).split(':');
        LocalSocket s;
        s.transport = transport;
        if (local.size() != 2 || remote.size() != 2 ||
            !SocketAddress::fromProcHex(QString::fromLatin1(local.at(0)),
                                        QString::fromLatin1(local.at(1)), &s.local) ||
            !SocketAddress::fromProcHex(QString::fromLatin1(remote.at(0)),
                                        QString::fromLatin1(remote.at(1)), &s.remote)) {
            problem("not an address");
            continue;
        }
        bool ok = false;
        const int state = f.at(3).toInt(&ok, 16);
        if (!ok) {
            problem("not a state");
            continue;
        }
        s.inode = f.at(9).toULongLong(&ok);
        if (!ok) {
            problem("not an inode");
            continue;
        }
        if (transport == Transport::Tcp) {
            s.state = tcpStateName(state);
            s.listening = state == kTcpListen;
        } else {
            // A UDP socket with no peer receives from anyone: it is UDP's "listening".
            s.listening = state == kTcpClose && s.remote.port == 0;
            s.state = s.listening ? QStringLiteral("bound")
                                  : (state == kTcpEstablished ? QStringLiteral("connected")
                                                              : tcpStateName(state));
        }
        if (s.listening || includeConnections)
            out->append(s);
    }
}

void LocalSocketReader::findOwners(QList<LocalSocket> *sockets) const
{
    QHash<quint64, int> wanted; // inode -> index
    for (int i = 0; i < sockets->size(); ++i)
        if (sockets->at(i).inode != 0)
            wanted.insert(sockets->at(i).inode, i);
    if (wanted.isEmpty())
        return;
    QDir root(m_root);
    const QStringList entries = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Unsorted);
    int processes = 0;
    for (const QString &name : entries) {
        bool isPid = false;
        const qint64 pid = name.toLongLong(&isPid);
        if (!isPid || ++processes > kMaxProcesses)
            continue;
        // Another user's fd folder cannot be listed: that process stays anonymous.
        QDir fds(m_root + u'/' + name + QStringLiteral("/fd"));
        const QStringList links =
            fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Unsorted);
        QString command;
        int n = 0;
        for (const QString &fd : links) {
            if (++n > kMaxFdsPerProcess)
                break;
            const quint64 inode = socketInode(readLink(fds.filePath(fd)));
            const auto it = wanted.constFind(inode);
            if (inode == 0 || it == wanted.constEnd())
                continue;
            if (command.isNull()) {
                QFile comm(m_root + u'/' + name + QStringLiteral("/comm"));
                command = comm.open(QIODevice::ReadOnly)
                              ? QString::fromUtf8(comm.read(256)).trimmed()
                              : QStringLiteral("");
            }
            // A socket shared by a parent and its children is shown with the lowest PID.
            for (int i = 0; i < sockets->size(); ++i) {
                LocalSocket &s = (*sockets)[i];
                if (s.inode == inode && (s.pid < 0 || pid < s.pid)) {
                    s.pid = pid;
                    s.process = command;
                }
            }
        }
    }
}

} // namespace portolan
