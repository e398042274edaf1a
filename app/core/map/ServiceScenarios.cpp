#include "map/ServiceScenarios.h"

#include "domain/Protocol.h"

namespace portolan {

using namespace scenario;

ServiceScenarios::ServiceScenarios(const ExchangeKit &kit) : m_kit(kit) {}

QList<ExchangeScenario> ServiceScenarios::forProtocol(const Protocol &p) const
{
    const QString &k = p.key;
    if (k == QLatin1String("dhcp") || k == QLatin1String("dhcpv6"))
        return dhcp(k == QLatin1String("dhcpv6"));
    if (k == QLatin1String("dns"))
        return dns();
    // RTP has no port of its own: its ports are negotiated by SIP, so it is shown in a call.
    if (k == QLatin1String("sip") || k == QLatin1String("rtp"))
        return sip(false);
    if (k == QLatin1String("sips") || k == QLatin1String("srtp"))
        return sip(true);
    if (k == QLatin1String("snmp"))
        return snmp();
    if (k == QLatin1String("hsrp"))
        return hello(p, 1985, tr("224.0.0.2 (HSRPv1; v2 uses 224.0.0.102)"));
    if (k == QLatin1String("glbp"))
        return hello(p, 3222, QStringLiteral("224.0.0.102"));
    return {};
}

QList<ExchangeScenario> ServiceScenarios::dhcp(bool v6) const
{
    const Transport t = Transport::Udp;
    const int client = v6 ? 546 : 68;
    const int server = v6 ? 547 : 67;
    const Delivery toServer = v6 ? Delivery::Multicast : Delivery::Broadcast;
    const QString group = v6 ? QStringLiteral("ff02::1:2") : QStringLiteral("255.255.255.255");
    Exchange e;
    e.protocolKey = v6 ? QStringLiteral("dhcpv6") : QStringLiteral("dhcp");
    e.client = tr("Client without an address");
    e.server = v6 ? tr("DHCPv6 server") : tr("DHCP server");
    const QStringList names =
        v6 ? QStringList{QStringLiteral("SOLICIT"), QStringLiteral("ADVERTISE"),
                         QStringLiteral("REQUEST"), QStringLiteral("REPLY")}
           : QStringList{QStringLiteral("DHCPDISCOVER"), QStringLiteral("DHCPOFFER"),
                         QStringLiteral("DHCPREQUEST"), QStringLiteral("DHCPACK")};
    e.title = v6 ? tr("DHCPv6: solicit, advertise, request, reply")
                 : tr("DHCP: discover, offer, request, acknowledge");
    e.steps << makeStep(kUp, client, server, t, names.at(0),
                        tr("No address yet: the client sends from port %1 to %2, port %3.")
                            .arg(client)
                            .arg(group)
                            .arg(server),
                        Kind::Control, toServer);
    e.steps << makeStep(
        kDown, client, server, t, names.at(1),
        v6 ? tr("A server offers an address, back to the client's port %1.").arg(client)
           : tr("A server offers an address, back to port %1 (often broadcast, as "
                "the client has no address).")
                 .arg(client),
        Kind::Control, v6 ? Delivery::Unicast : Delivery::Broadcast);
    e.steps << makeStep(kUp, client, server, t, names.at(2),
                        tr("The client requests the offered address, again to %1, so every server "
                           "learns its choice.")
                            .arg(group),
                        Kind::Control, toServer);
    e.steps << makeStep(kDown, client, server, t, names.at(3),
                        tr("The server confirms the lease to port %1; the client configures the "
                           "address.")
                            .arg(client),
                        Kind::Control, v6 ? Delivery::Unicast : Delivery::Broadcast);
    e.summary = v6 ? tr("Fixed ports on both sides: client %1, server %2, over link-local "
                        "multicast.")
                         .arg(client)
                         .arg(server)
                   : tr("Fixed ports on both sides (client 68, server 67): replies may be "
                        "broadcast, and a fixed client port keeps them away from other programs.");
    return {singleScenario(e)};
}

QList<ExchangeScenario> ServiceScenarios::dns() const
{
    Exchange udp;
    udp.protocolKey = QStringLiteral("dns");
    udp.client = tr("Stub resolver");
    udp.server = tr("DNS resolver");
    udp.title = tr("DNS over UDP: one question, one answer");
    const int c = m_kit.clientPort();
    udp.ephemeralPorts << c;
    udp.steps << makeStep(kUp, c, 53, Transport::Udp, tr("Query A www.example.com"),
                          tr("One datagram from %1 to port 53; the random port also makes forged "
                             "answers harder.")
                              .arg(m_kit.origin(c)));
    udp.steps << makeStep(kDown, c, 53, Transport::Udp, tr("Answer A 192.0.2.10"),
                          tr("The answer returns from 53 to port %1; if it is too big, it is "
                             "truncated (TC) and the client retries over TCP.")
                              .arg(c));
    udp.summary = tr("Ordinary lookups use UDP 53: no connection, so a lookup costs one round "
                     "trip.");

    Exchange tcp;
    tcp.protocolKey = udp.protocolKey;
    tcp.client = udp.client;
    tcp.server = udp.server;
    tcp.title = tr("DNS over TCP: large answers and zone transfers");
    const int t = m_kit.clientPort();
    tcp.ephemeralPorts << t;
    tcp.steps << makeStep(kUp, t, 53, Transport::Tcp, tr("SYN"),
                          tr("The client connects from %1 to TCP port 53.").arg(m_kit.origin(t)));
    tcp.steps << makeStep(kDown, t, 53, Transport::Tcp, tr("SYN-ACK"),
                          tr("The server accepts from 53 to port %1.").arg(t));
    tcp.steps << makeStep(kUp, t, 53, Transport::Tcp, tr("Query (2-byte length first)"),
                          tr("Over TCP every DNS message is preceded by its length; AXFR zone "
                             "transfers use this too."));
    tcp.steps << makeStep(
        kDown, t, 53, Transport::Tcp, tr("Full answer"),
        tr("The whole answer, however large, comes back from 53 to port %1.").arg(t));
    tcp.summary = tr("TCP 53 carries answers too large for a datagram and zone transfers "
                     "between servers.");
    return {singleScenario(udp), singleScenario(tcp)};
}

QList<ExchangeScenario> ServiceScenarios::sip(bool secure) const
{
    const int signalling = secure ? 5061 : 5060;
    const Transport t = secure ? Transport::Tcp : Transport::Udp;
    Exchange e;
    e.protocolKey = secure ? QStringLiteral("sips") : QStringLiteral("sip");
    e.secure = secure;
    e.client = tr("Phone A (caller)");
    e.server = tr("Phone B (callee)");
    e.title = secure ? tr("SIPS call with SRTP media") : tr("SIP call with RTP media");
    const int c = m_kit.clientPort();
    int mediaA = m_kit.otherClientPort(c);
    if (mediaA % 2 != 0)
        mediaA = mediaA > m_kit.os().first ? mediaA - 1 : mediaA + 1;
    const int mediaB = m_kit.serverDynamicPort(true);
    e.ephemeralPorts << c << mediaA;
    if (secure) {
        e.steps << makeStep(kUp, c, signalling, t, tr("SYN, TLS handshake"),
                            tr("SIPS runs over TLS on TCP 5061: from %1, connection and TLS come "
                               "first.")
                                .arg(m_kit.origin(c)));
    }
    e.steps << makeStep(
        kUp, c, signalling, t, tr("INVITE (SDP: audio on %1)").arg(mediaA),
        secure ? tr("The call request, encrypted, offers to receive audio on port %1.").arg(mediaA)
               : tr("The call request goes from %1 to port 5060 (many phones send "
                    "from 5060 too).")
                     .arg(m_kit.origin(c)));
    e.steps << makeStep(
        kDown, c, signalling, t, tr("200 OK (SDP: audio on %1)").arg(mediaB),
        tr("Phone B accepts from %1 and names its own media port %2.").arg(signalling).arg(mediaB));
    e.steps << makeStep(
        kUp, c, signalling, t, tr("ACK"),
        tr("The three-way INVITE handshake is complete; signalling stays on %1.").arg(signalling));
    const QString media = secure ? tr("SRTP audio (encrypted)") : tr("RTP audio");
    e.steps << makeStep(
        kUp, mediaA, mediaB, Transport::Udp, media,
        tr("Voice flows directly between the negotiated ports %1 and %2 (even; RTCP takes "
           "the next odd port).")
            .arg(mediaA)
            .arg(mediaB),
        Kind::Media);
    e.steps << makeStep(
        kDown, mediaA, mediaB, Transport::Udp, media,
        tr("Each side sends to the port the other announced: media never uses %1.").arg(signalling),
        Kind::Media);
    e.steps << makeStep(
        kUp, c, signalling, t, tr("BYE"),
        tr("Hanging up is signalled on %1 again; the media ports are released.").arg(signalling));
    for (ExchangeStep &s : e.steps)
        s.encrypted = secure;
    e.summary = secure ? tr("Signalling on TCP 5061 inside TLS; media as SRTP on ports "
                            "negotiated per call.")
                       : tr("Signalling on 5060; the media ports are chosen per call and "
                            "announced in SDP.");
    return {singleScenario(e)};
}

QList<ExchangeScenario> ServiceScenarios::snmp() const
{
    const Transport u = Transport::Udp;
    Exchange poll;
    poll.protocolKey = QStringLiteral("snmp");
    poll.client = tr("Manager (NMS)");
    poll.server = tr("Agent (device)");
    poll.title = tr("SNMP: the manager polls an agent on 161");
    const int c = m_kit.clientPort();
    poll.ephemeralPorts << c;
    poll.steps << makeStep(kUp, c, 161, u, tr("GetRequest sysUpTime"),
                           tr("From %1 to the agent's port 161; v1/v2c carry the community in "
                              "cleartext.")
                               .arg(m_kit.origin(c)));
    poll.steps << makeStep(kDown, c, 161, u, tr("Response"),
                           tr("The agent answers from 161 to port %1.").arg(c));
    poll.summary = tr("Polling: the manager asks, the agent on UDP 161 answers.");

    Exchange trap;
    trap.protocolKey = poll.protocolKey;
    trap.client = tr("Agent (device)");
    trap.server = tr("Manager (NMS)");
    trap.title = tr("SNMP: the agent reports to 162");
    const int a = m_kit.clientPort();
    trap.ephemeralPorts << a;
    trap.steps << makeStep(
        kUp, a, 162, u, tr("Trap linkDown"),
        tr("Unasked, the agent sends from %1 to the manager's port 162; no reply.")
            .arg(m_kit.origin(a)));
    trap.steps << makeStep(kUp, a, 162, u, tr("InformRequest"),
                           tr("An inform is a notification that the manager must acknowledge."));
    trap.steps << makeStep(kDown, a, 162, u, tr("Response"),
                           tr("The acknowledgement returns from 162 to port %1, so the agent stops "
                              "resending.")
                               .arg(a));
    trap.summary = tr("Notifications run the other way: the device sends to the manager's 162.");
    return {singleScenario(poll), singleScenario(trap)};
}

QList<ExchangeScenario> ServiceScenarios::hello(const Protocol &p, int port,
                                                const QString &group) const
{
    const QString &name = p.abbreviation;
    const Transport u = Transport::Udp;
    Exchange e;
    e.protocolKey = p.key;
    e.client = tr("Gateway router A");
    e.server = tr("Gateway router B");
    e.title = tr("%1 hellos between gateway routers").arg(name);
    e.steps << makeStep(
        kUp, port, port, u, tr("Hello to %1").arg(group),
        tr("Routers send hellos from port %1 to the group address on port %1, every "
           "3 seconds by default.")
            .arg(port),
        Kind::Control, Delivery::Multicast);
    e.steps << makeStep(
        kDown, port, port, u, tr("Hello to %1").arg(group),
        tr("The other router does the same; if the active one falls silent, another "
           "takes over."),
        Kind::Control, Delivery::Multicast);
    e.summary = tr("Peers, not client and server: both ends use the fixed port %1.").arg(port);
    return {singleScenario(e)};
}

} // namespace portolan
