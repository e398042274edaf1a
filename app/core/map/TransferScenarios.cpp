#include "map/TransferScenarios.h"

#include "domain/Protocol.h"

namespace portolan {

using namespace scenario;

TransferScenarios::TransferScenarios(const ExchangeKit &kit) : m_kit(kit) {}

QList<ExchangeScenario> TransferScenarios::forProtocol(const Protocol &p) const
{
    if (p.key == QLatin1String("ftp"))
        return ftp();
    if (p.key == QLatin1String("ftps"))
        return ftps();
    if (p.key == QLatin1String("tftp"))
        return tftp();
    return {};
}

Exchange TransferScenarios::ftpExchange(bool passive) const
{
    const Transport t = Transport::Tcp;
    Exchange e;
    e.protocolKey = QStringLiteral("ftp");
    e.client = tr("FTP client");
    e.server = tr("FTP server");
    const int control = m_kit.clientPort();
    const int data = m_kit.otherClientPort(control);
    e.steps << makeStep(kUp, control, 21, t, tr("Connect, USER, PASS"),
                        tr("Control connection from %1 to port 21; the login crosses in cleartext.")
                            .arg(m_kit.origin(control)));
    if (passive) {
        e.title = tr("FTP passive mode (PASV)");
        const int serverData = m_kit.serverDynamicPort();
        e.ephemeralPorts << control << data;
        e.steps << makeStep(kUp, control, 21, t, tr("PASV"),
                            tr("The client asks for passive mode: it will open the data connection "
                               "itself."));
        e.steps << makeStep(
            kDown, control, 21, t,
            tr("227 Entering Passive Mode (…,%1,%2)").arg(serverData / 256).arg(serverData % 256),
            tr("The server announces data port %1 (%2×256+%3), a port of its own "
               "passive range.")
                .arg(serverData)
                .arg(serverData / 256)
                .arg(serverData % 256));
        e.steps << makeStep(kUp, data, serverData, t, tr("Connect, then RETR on control"),
                            tr("The client opens the data connection from port %1 to port %2: this "
                               "works through client firewalls and NAT.")
                                .arg(data)
                                .arg(serverData),
                            Kind::Data);
        e.steps << makeStep(kDown, data, serverData, t, tr("File data"),
                            tr("The file flows from port %1 to port %2; the data connection then "
                               "closes.")
                                .arg(serverData)
                                .arg(data),
                            Kind::Data);
        e.summary = tr("Two connections, both opened by the client: control to 21, data to a "
                       "port the server names.");
    } else {
        e.title = tr("FTP active mode (PORT)");
        e.ephemeralPorts << control << data;
        e.steps << makeStep(kUp, control, 21, t,
                            tr("PORT …,%1,%2 and RETR").arg(data / 256).arg(data % 256),
                            tr("The client listens on port %1 and announces it (%2×256+%3).")
                                .arg(data)
                                .arg(data / 256)
                                .arg(data % 256));
        e.steps << makeStep(kDown, data, 20, t, tr("Connect from port 20"),
                            tr("The server opens the data connection from its port 20 to port %1: "
                               "client firewalls and NAT often block this.")
                                .arg(data),
                            Kind::Data);
        e.steps << makeStep(kDown, data, 20, t, tr("File data"),
                            tr("The file flows from port 20 to port %1.").arg(data), Kind::Data);
        e.summary = tr("The server connects back to the client for data: from port 20 to a "
                       "port the client names.");
    }
    e.steps << makeStep(kDown, control, 21, t, tr("226 Transfer complete"),
                        tr("The result comes back on the control connection, which stays open."));
    return e;
}

QList<ExchangeScenario> TransferScenarios::ftp() const
{
    return {singleScenario(ftpExchange(true)), singleScenario(ftpExchange(false))};
}

QList<ExchangeScenario> TransferScenarios::ftps() const
{
    QList<ExchangeScenario> out;
    for (const bool implicit : {false, true}) {
        const int server = implicit ? 990 : 21;
        const Transport t = Transport::Tcp;
        Exchange e;
        e.protocolKey = QStringLiteral("ftps");
        e.secure = true;
        e.client = tr("FTP client");
        e.server = tr("FTP server");
        e.title = implicit ? tr("FTPS, implicit TLS on 990") : tr("FTPS, explicit TLS on 21");
        const int c = m_kit.clientPort();
        e.ephemeralPorts << c;
        e.steps << makeStep(
            kUp, c, server, t, tr("SYN"),
            tr("The client connects from %1 to port %2.").arg(m_kit.origin(c)).arg(server));
        if (!implicit) {
            e.steps << makeStep(kUp, c, server, t, tr("AUTH TLS"),
                                tr("On the ordinary FTP port the client asks to upgrade to TLS "
                                   "before logging in."));
        }
        e.steps << makeStep(kDown, c, server, t, tr("TLS handshake, certificate"),
                            implicit
                                ? tr("On 990 TLS starts at once, before any FTP command.")
                                : tr("The server agrees (234) and TLS is negotiated on the same "
                                     "connection."));
        e.steps << makeStep(
            kUp, c, server, t, tr("USER, PASS, PASV (encrypted)"),
            tr("Login and commands are now encrypted; data connections follow as in "
               "FTP, protected by TLS too."));
        // Everything after the TLS handshake is encrypted: the last step only.
        e.steps.last().encrypted = true;
        e.summary = tr("FTP with TLS: same two-connection design, the login can no longer be "
                       "read on the wire.");
        out << singleScenario(e);
    }
    return out;
}

QList<ExchangeScenario> TransferScenarios::tftp() const
{
    const Transport u = Transport::Udp;
    Exchange e;
    e.protocolKey = QStringLiteral("tftp");
    e.client = tr("TFTP client");
    e.server = tr("TFTP server");
    e.title = tr("TFTP read: the server answers from a new port");
    const int c = m_kit.clientPort();
    const int tid = m_kit.serverDynamicPort();
    e.ephemeralPorts << c;
    e.steps << makeStep(
        kUp, c, 69, u, tr("RRQ boot.img (read request)"),
        tr("The request goes from %1 to port 69; there is no login.").arg(m_kit.origin(c)));
    e.steps << makeStep(kDown, c, tid, u, tr("DATA block 1 (512 bytes)"),
                        tr("The server answers from a new port %1, not 69: it identifies this "
                           "transfer and keeps 69 free.")
                            .arg(tid),
                        Kind::Data);
    e.steps << makeStep(kUp, c, tid, u, tr("ACK block 1"),
                        tr("The client now sends to port %1; packets from any other port are "
                           "rejected.")
                            .arg(tid));
    e.steps << makeStep(kDown, c, tid, u, tr("DATA block 2 (under 512 bytes)"),
                        tr("A block shorter than 512 bytes is the last one."), Kind::Data);
    e.steps << makeStep(kUp, c, tid, u, tr("ACK block 2"),
                        tr("The final ACK ends the transfer; nothing was authenticated or "
                           "encrypted."));
    e.summary = tr("Each side's port is its transfer ID: 69 only receives the first request.");
    return {singleScenario(e)};
}

} // namespace portolan
