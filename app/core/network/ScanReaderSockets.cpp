// ScanReader's socket listings of this machine: `ss -tulpn` and `netstat -tulpn` (ScanReader.cpp
// reads the nmap formats and chooses).
#include "domain/SafeText.h"
#include "network/ScanReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace portolan {

namespace {

// ss's process column: users:(("sshd",pid=612,fd=3),...): the first program and its PID.
void readSsUsers(const QString &text, ScanPort *port)
{
    static const QRegularExpression re(QStringLiteral("\\(\\(\"([^\"]*)\",pid=(\\d+)"));
    const QRegularExpressionMatch m = re.match(text);
    if (m.hasMatch()) {
        port->process = m.captured(1);
        port->pid = m.captured(2).toLongLong();
    }
}

QString normalState(const QString &ssState)
{
    const QString s = ssState.toLower();
    if (s == QLatin1String("unconn"))
        return QStringLiteral("bound");
    if (s == QLatin1String("estab"))
        return QStringLiteral("established");
    return s;
}

} // namespace

bool ScanReader::readSs(const QStringList &lines)
{
    m_report.scanner = QStringLiteral("ss");
    ScanHost host;
    bool netid = false;
    bool header = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString l = lines.at(i).trimmed();
        const int lineNo = int(i + 1);
        if (l.isEmpty())
            continue;
        if (!header) {
            if (l.contains(QLatin1String("Local Address:Port"))) {
                header = true;
                netid = l.startsWith(QLatin1String("Netid"));
            }
            continue;
        }
        const QStringList f = l.split(u' ', Qt::SkipEmptyParts);
        const int base = netid ? 1 : 0;
        if (f.size() < base + 5)
            return fail(lineNo, QCoreApplication::translate(
                                    "ScanReader", "expected %1 columns or more, found %2.")
                                    .arg(base + 5)
                                    .arg(f.size()));
        ScanPort p;
        p.line = lineNo;
        p.state = normalState(f.at(base));
        if (netid) {
            if (!parseTransportWord(f.at(0), &p.transport)) {
                // ss -a lists unix, raw and netlink sockets too: they have no port.
                continue;
            }
        } else {
            // ss -tan has no Netid column; an unconnected socket there can only be UDP.
            p.transport = p.state == QLatin1String("bound") ? Transport::Udp : Transport::Tcp;
        }
        if (!SocketAddress::fromText(f.at(base + 3), &p.local))
            return fail(lineNo, QCoreApplication::translate("ScanReader",
                                                            "'%1' is not an address and port.")
                                    .arg(visibleText(f.at(base + 3).left(60))));
        if (p.local.port < 0)
            continue; // a socket bound to no port yet
        p.port = p.local.port;
        if (!p.isOpen())
            p.peer = f.at(base + 4);
        if (f.size() > base + 5)
            readSsUsers(f.mid(base + 5).join(u' '), &p);
        if (!addPort(&host, p, lineNo))
            return false;
    }
    if (!header)
        return fail(
            0, QCoreApplication::translate("ScanReader", "no \"Local Address:Port\" header line."));
    m_report.hosts.append(host);
    return true;
}

bool ScanReader::readNetstat(const QStringList &lines)
{
    m_report.scanner = QStringLiteral("netstat");
    ScanHost host;
    static const QRegularExpression pidRe(QStringLiteral("^(\\d+)/(.*)$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString l = lines.at(i).trimmed();
        const int lineNo = int(i + 1);
        if (l.isEmpty() || l.startsWith(QLatin1String("Active Internet")) ||
            l.startsWith(QLatin1String("Proto")))
            continue;
        // netstat -a goes on with UNIX domain sockets, which have no ports.
        if (l.startsWith(QLatin1String("Active ")))
            break;
        const QStringList f = l.split(u' ', Qt::SkipEmptyParts);
        if (f.size() < 5)
            return fail(lineNo, QCoreApplication::translate("ScanReader",
                                                            "expected 5 columns or more, found %1.")
                                    .arg(f.size()));
        ScanPort p;
        p.line = lineNo;
        if (!parseTransportWord(f.at(0), &p.transport))
            return fail(lineNo, QCoreApplication::translate("ScanReader", "unknown protocol '%1'.")
                                    .arg(visibleText(f.at(0))));
        if (!SocketAddress::fromText(f.at(3), &p.local))
            return fail(lineNo, QCoreApplication::translate("ScanReader",
                                                            "'%1' is not an address and port.")
                                    .arg(visibleText(f.at(3).left(60))));
        if (p.local.port < 0)
            continue;
        p.port = p.local.port;
        // UDP rows have no state column: what follows the peer is the PID/program, if any.
        qsizetype next = 5;
        QString state = f.value(5);
        if (state.isEmpty() || state == u'-' || pidRe.match(state).hasMatch()) {
            state.clear();
            next = 5;
        } else {
            next = 6;
        }
        if (state.isEmpty())
            p.state = f.at(4).endsWith(QLatin1String(":*")) ? QStringLiteral("bound")
                                                            : QStringLiteral("connected");
        else
            p.state = normalState(state);
        if (!p.isOpen())
            p.peer = f.at(4);
        if (next < f.size()) {
            const QRegularExpressionMatch m = pidRe.match(f.mid(next).join(u' '));
            if (m.hasMatch()) {
                p.pid = m.captured(1).toLongLong();
                p.process = m.captured(2).trimmed();
            }
        }
        if (!addPort(&host, p, lineNo))
            return false;
    }
    m_report.hosts.append(host);
    return true;
}

} // namespace portolan
