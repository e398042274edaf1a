#include "map/PortExchange.h"

#include "catalog/Catalog.h"
#include "map/ExchangeKit.h"
#include "map/RandomSource.h"
#include "map/ServiceScenarios.h"
#include "map/TransferScenarios.h"

#include <algorithm>

namespace portolan {

namespace {

using Direction = ExchangeStep::Direction;
using Delivery = ExchangeStep::Delivery;

// How a protocol's generic exchange is worded: who talks, what they say, and the protocols
// whose client does not use an ephemeral port. Anything not listed is "Client"/"request".
struct Flavour
{
    const char *key;
    const char *client;
    const char *server;
    const char *request;
    const char *response;       // nullptr: one-way, nothing comes back
    bool sameFixedPort = false; // the client sends from the server's port (IKE, NetBIOS)
    Delivery delivery = Delivery::Unicast;
};

const Flavour kFlavours[] = {
    {"http", QT_TRANSLATE_NOOP("PortExchange", "Browser"),
     QT_TRANSLATE_NOOP("PortExchange", "Web server"),
     QT_TRANSLATE_NOOP("PortExchange", "GET / HTTP/1.1"),
     QT_TRANSLATE_NOOP("PortExchange", "HTTP/1.1 200 OK")},
    {"https", QT_TRANSLATE_NOOP("PortExchange", "Browser"),
     QT_TRANSLATE_NOOP("PortExchange", "Web server"),
     QT_TRANSLATE_NOOP("PortExchange", "GET / (encrypted)"),
     QT_TRANSLATE_NOOP("PortExchange", "200 OK (encrypted)")},
    {"doh", QT_TRANSLATE_NOOP("PortExchange", "Stub resolver"),
     QT_TRANSLATE_NOOP("PortExchange", "DoH resolver"),
     QT_TRANSLATE_NOOP("PortExchange", "DNS query as an HTTPS request"),
     QT_TRANSLATE_NOOP("PortExchange", "DNS answer in the HTTPS response")},
    {"dot", QT_TRANSLATE_NOOP("PortExchange", "Stub resolver"),
     QT_TRANSLATE_NOOP("PortExchange", "DoT resolver"),
     QT_TRANSLATE_NOOP("PortExchange", "DNS query"),
     QT_TRANSLATE_NOOP("PortExchange", "DNS answer")},
    {"ssh", QT_TRANSLATE_NOOP("PortExchange", "SSH client"),
     QT_TRANSLATE_NOOP("PortExchange", "SSH server"),
     QT_TRANSLATE_NOOP("PortExchange", "Login, shell commands"),
     QT_TRANSLATE_NOOP("PortExchange", "Shell output")},
    {"sftp", QT_TRANSLATE_NOOP("PortExchange", "SFTP client"),
     QT_TRANSLATE_NOOP("PortExchange", "SSH server"),
     QT_TRANSLATE_NOOP("PortExchange", "SFTP read request"),
     QT_TRANSLATE_NOOP("PortExchange", "File data")},
    {"telnet", QT_TRANSLATE_NOOP("PortExchange", "Terminal"),
     QT_TRANSLATE_NOOP("PortExchange", "Telnet server"),
     QT_TRANSLATE_NOOP("PortExchange", "Username, password, keystrokes"),
     QT_TRANSLATE_NOOP("PortExchange", "Prompt and output")},
    {"smtp", QT_TRANSLATE_NOOP("PortExchange", "Sending mail server"),
     QT_TRANSLATE_NOOP("PortExchange", "Receiving mail server"),
     QT_TRANSLATE_NOOP("PortExchange", "EHLO, MAIL FROM, RCPT TO, DATA"),
     QT_TRANSLATE_NOOP("PortExchange", "250 OK")},
    {"smtp-submission", QT_TRANSLATE_NOOP("PortExchange", "Mail client"),
     QT_TRANSLATE_NOOP("PortExchange", "Submission server"),
     QT_TRANSLATE_NOOP("PortExchange", "EHLO, STARTTLS, AUTH, message"),
     QT_TRANSLATE_NOOP("PortExchange", "250 OK")},
    {"smtps-submissions", QT_TRANSLATE_NOOP("PortExchange", "Mail client"),
     QT_TRANSLATE_NOOP("PortExchange", "Submission server"),
     QT_TRANSLATE_NOOP("PortExchange", "AUTH, MAIL FROM, DATA"),
     QT_TRANSLATE_NOOP("PortExchange", "250 OK")},
    {"pop3", QT_TRANSLATE_NOOP("PortExchange", "Mail client"),
     QT_TRANSLATE_NOOP("PortExchange", "POP3 server"),
     QT_TRANSLATE_NOOP("PortExchange", "USER, PASS, RETR 1"),
     QT_TRANSLATE_NOOP("PortExchange", "+OK, the message")},
    {"pop3s", QT_TRANSLATE_NOOP("PortExchange", "Mail client"),
     QT_TRANSLATE_NOOP("PortExchange", "POP3 server"),
     QT_TRANSLATE_NOOP("PortExchange", "USER, PASS, RETR 1"),
     QT_TRANSLATE_NOOP("PortExchange", "+OK, the message")},
    {"imap", QT_TRANSLATE_NOOP("PortExchange", "Mail client"),
     QT_TRANSLATE_NOOP("PortExchange", "IMAP server"),
     QT_TRANSLATE_NOOP("PortExchange", "LOGIN, SELECT INBOX, FETCH"),
     QT_TRANSLATE_NOOP("PortExchange", "* FETCH, the message")},
    {"imaps", QT_TRANSLATE_NOOP("PortExchange", "Mail client"),
     QT_TRANSLATE_NOOP("PortExchange", "IMAP server"),
     QT_TRANSLATE_NOOP("PortExchange", "LOGIN, SELECT INBOX, FETCH"),
     QT_TRANSLATE_NOOP("PortExchange", "* FETCH, the message")},
    {"ntp", QT_TRANSLATE_NOOP("PortExchange", "NTP client"),
     QT_TRANSLATE_NOOP("PortExchange", "Time server"),
     QT_TRANSLATE_NOOP("PortExchange", "Request (mode 3)"),
     QT_TRANSLATE_NOOP("PortExchange", "Reply (mode 4) with timestamps")},
    {"ldap", QT_TRANSLATE_NOOP("PortExchange", "Directory client"),
     QT_TRANSLATE_NOOP("PortExchange", "Directory server"),
     QT_TRANSLATE_NOOP("PortExchange", "Bind, search"),
     QT_TRANSLATE_NOOP("PortExchange", "Search results")},
    {"ldaps", QT_TRANSLATE_NOOP("PortExchange", "Directory client"),
     QT_TRANSLATE_NOOP("PortExchange", "Directory server"),
     QT_TRANSLATE_NOOP("PortExchange", "Bind, search"),
     QT_TRANSLATE_NOOP("PortExchange", "Search results")},
    {"ldap-gc", QT_TRANSLATE_NOOP("PortExchange", "Directory client"),
     QT_TRANSLATE_NOOP("PortExchange", "Global Catalog"),
     QT_TRANSLATE_NOOP("PortExchange", "Forest-wide search"),
     QT_TRANSLATE_NOOP("PortExchange", "Search results")},
    {"ldap-gc-ssl", QT_TRANSLATE_NOOP("PortExchange", "Directory client"),
     QT_TRANSLATE_NOOP("PortExchange", "Global Catalog"),
     QT_TRANSLATE_NOOP("PortExchange", "Forest-wide search"),
     QT_TRANSLATE_NOOP("PortExchange", "Search results")},
    {"smb", QT_TRANSLATE_NOOP("PortExchange", "SMB client"),
     QT_TRANSLATE_NOOP("PortExchange", "File server"),
     QT_TRANSLATE_NOOP("PortExchange", "NEGOTIATE, SESSION_SETUP, TREE_CONNECT"),
     QT_TRANSLATE_NOOP("PortExchange", "Responses, file data")},
    {"netbios-ssn", QT_TRANSLATE_NOOP("PortExchange", "SMB client"),
     QT_TRANSLATE_NOOP("PortExchange", "File server"),
     QT_TRANSLATE_NOOP("PortExchange", "Session request, then SMB"),
     QT_TRANSLATE_NOOP("PortExchange", "Positive session response")},
    {"netbios-ns", QT_TRANSLATE_NOOP("PortExchange", "Host"),
     QT_TRANSLATE_NOOP("PortExchange", "Name owner or WINS"),
     QT_TRANSLATE_NOOP("PortExchange", "Name query (broadcast)"),
     QT_TRANSLATE_NOOP("PortExchange", "Positive name query response"), true, Delivery::Broadcast},
    {"netbios-dgm", QT_TRANSLATE_NOOP("PortExchange", "Host"),
     QT_TRANSLATE_NOOP("PortExchange", "Hosts on the segment"),
     QT_TRANSLATE_NOOP("PortExchange", "Browser announcement"), nullptr, true, Delivery::Broadcast},
    {"syslog", QT_TRANSLATE_NOOP("PortExchange", "Device"),
     QT_TRANSLATE_NOOP("PortExchange", "Syslog collector"),
     QT_TRANSLATE_NOOP("PortExchange", "<34> log message"), nullptr},
    {"syslog-reliable", QT_TRANSLATE_NOOP("PortExchange", "Device"),
     QT_TRANSLATE_NOOP("PortExchange", "Syslog collector"),
     QT_TRANSLATE_NOOP("PortExchange", "Log messages"), nullptr},
    {"syslog-tls", QT_TRANSLATE_NOOP("PortExchange", "Device"),
     QT_TRANSLATE_NOOP("PortExchange", "Syslog collector"),
     QT_TRANSLATE_NOOP("PortExchange", "Log messages (encrypted)"), nullptr},
    {"mssql", QT_TRANSLATE_NOOP("PortExchange", "Application"),
     QT_TRANSLATE_NOOP("PortExchange", "SQL Server"),
     QT_TRANSLATE_NOOP("PortExchange", "Login, SQL query"),
     QT_TRANSLATE_NOOP("PortExchange", "Result rows")},
    {"mysql", QT_TRANSLATE_NOOP("PortExchange", "Application"),
     QT_TRANSLATE_NOOP("PortExchange", "MySQL server"),
     QT_TRANSLATE_NOOP("PortExchange", "Login, SQL query"),
     QT_TRANSLATE_NOOP("PortExchange", "Result rows")},
    {"oracle-tns", QT_TRANSLATE_NOOP("PortExchange", "Application"),
     QT_TRANSLATE_NOOP("PortExchange", "Oracle listener"),
     QT_TRANSLATE_NOOP("PortExchange", "CONNECT"),
     QT_TRANSLATE_NOOP("PortExchange", "ACCEPT (or a redirect)")},
    {"rdp", QT_TRANSLATE_NOOP("PortExchange", "RDP client"),
     QT_TRANSLATE_NOOP("PortExchange", "Remote desktop"),
     QT_TRANSLATE_NOOP("PortExchange", "Keyboard and mouse input"),
     QT_TRANSLATE_NOOP("PortExchange", "Screen updates")},
    {"kerberos", QT_TRANSLATE_NOOP("PortExchange", "Client"),
     QT_TRANSLATE_NOOP("PortExchange", "Key Distribution Center"),
     QT_TRANSLATE_NOOP("PortExchange", "AS-REQ"),
     QT_TRANSLATE_NOOP("PortExchange", "AS-REP (ticket)")},
    {"radius", QT_TRANSLATE_NOOP("PortExchange", "Access server (NAS)"),
     QT_TRANSLATE_NOOP("PortExchange", "RADIUS server"),
     QT_TRANSLATE_NOOP("PortExchange", "Access-Request"),
     QT_TRANSLATE_NOOP("PortExchange", "Access-Accept or Access-Reject")},
    {"radsec", QT_TRANSLATE_NOOP("PortExchange", "Access server (NAS)"),
     QT_TRANSLATE_NOOP("PortExchange", "RADIUS server"),
     QT_TRANSLATE_NOOP("PortExchange", "Access-Request"),
     QT_TRANSLATE_NOOP("PortExchange", "Access-Accept or Access-Reject")},
    {"ike", QT_TRANSLATE_NOOP("PortExchange", "IPsec peer A"),
     QT_TRANSLATE_NOOP("PortExchange", "IPsec peer B"),
     QT_TRANSLATE_NOOP("PortExchange", "IKE_SA_INIT"),
     QT_TRANSLATE_NOOP("PortExchange", "IKE_SA_INIT response"), true},
    {"irc", QT_TRANSLATE_NOOP("PortExchange", "IRC client"),
     QT_TRANSLATE_NOOP("PortExchange", "IRC server"),
     QT_TRANSLATE_NOOP("PortExchange", "NICK, USER, JOIN #channel"),
     QT_TRANSLATE_NOOP("PortExchange", "Channel messages")},
    {"ircs", QT_TRANSLATE_NOOP("PortExchange", "IRC client"),
     QT_TRANSLATE_NOOP("PortExchange", "IRC server"),
     QT_TRANSLATE_NOOP("PortExchange", "NICK, USER, JOIN #channel"),
     QT_TRANSLATE_NOOP("PortExchange", "Channel messages")},
    {"nntp", QT_TRANSLATE_NOOP("PortExchange", "News reader"),
     QT_TRANSLATE_NOOP("PortExchange", "News server"),
     QT_TRANSLATE_NOOP("PortExchange", "GROUP, ARTICLE"),
     QT_TRANSLATE_NOOP("PortExchange", "The article")},
    {"nntps", QT_TRANSLATE_NOOP("PortExchange", "News reader"),
     QT_TRANSLATE_NOOP("PortExchange", "News server"),
     QT_TRANSLATE_NOOP("PortExchange", "GROUP, ARTICLE"),
     QT_TRANSLATE_NOOP("PortExchange", "The article")},
    {"capwap", QT_TRANSLATE_NOOP("PortExchange", "Access point"),
     QT_TRANSLATE_NOOP("PortExchange", "WLAN controller"),
     QT_TRANSLATE_NOOP("PortExchange", "Discovery / Join request"),
     QT_TRANSLATE_NOOP("PortExchange", "Discovery / Join response")},
};

// Where one port of an entry carries other messages than the rest, its own wording.
struct PortFlavour
{
    int port;
    Transport transport;
    Flavour flavour;
};

const PortFlavour kPortFlavours[] = {
    // RFC 8915: NTS-KE runs once over TLS on 4460/tcp; time then comes over NTP itself.
    {123,
     Transport::Udp,
     {"nts", QT_TRANSLATE_NOOP("PortExchange", "NTP client"),
      QT_TRANSLATE_NOOP("PortExchange", "Time server"),
      QT_TRANSLATE_NOOP("PortExchange", "NTP request with an NTS cookie and authenticator"),
      QT_TRANSLATE_NOOP("PortExchange", "NTP reply, authenticated, with a fresh cookie")}},
    {4460,
     Transport::Tcp,
     {"nts", QT_TRANSLATE_NOOP("PortExchange", "NTP client"),
      QT_TRANSLATE_NOOP("PortExchange", "NTS-KE server"),
      QT_TRANSLATE_NOOP("PortExchange", "NTS-KE request"),
      QT_TRANSLATE_NOOP("PortExchange", "Keys and cookies")}},
    // RFC 2866: accounting has its own port and messages.
    {1813,
     Transport::Udp,
     {"radius", QT_TRANSLATE_NOOP("PortExchange", "Access server (NAS)"),
      QT_TRANSLATE_NOOP("PortExchange", "RADIUS accounting server"),
      QT_TRANSLATE_NOOP("PortExchange", "Accounting-Request (Start, Interim-Update, Stop)"),
      QT_TRANSLATE_NOOP("PortExchange", "Accounting-Response")}},
    // MC-SQLR: the SQL Server Browser tells which TCP port a named instance listens on.
    {1434,
     Transport::Udp,
     {"mssql", QT_TRANSLATE_NOOP("PortExchange", "Application"),
      QT_TRANSLATE_NOOP("PortExchange", "SQL Server Browser"),
      QT_TRANSLATE_NOOP("PortExchange", "Which port does instance SALES use? (CLNT_UCAST_INST)"),
      QT_TRANSLATE_NOOP("PortExchange", "Instance SALES is on TCP 49172 (SVR_RESP)")}},
    // RFC 5415: 5246 carries control (Discovery, Join, ...), 5247 the data channel.
    {5247,
     Transport::Udp,
     {"capwap", QT_TRANSLATE_NOOP("PortExchange", "Access point"),
      QT_TRANSLATE_NOOP("PortExchange", "WLAN controller"),
      QT_TRANSLATE_NOOP("PortExchange", "Wireless clients' frames, tunnelled (data channel)"),
      QT_TRANSLATE_NOOP("PortExchange", "Frames for the wireless clients (data channel)")}},
    // Connectionless LDAP (RFC 1798, AD's "LDAP ping") searches without any bind.
    {389,
     Transport::Udp,
     {"ldap", QT_TRANSLATE_NOOP("PortExchange", "Directory client"),
      QT_TRANSLATE_NOOP("PortExchange", "Domain controller"),
      QT_TRANSLATE_NOOP("PortExchange", "Search without a bind (\"LDAP ping\")"),
      QT_TRANSLATE_NOOP("PortExchange", "Search result: the DC's site and flags")}},
};

const Flavour *flavourOf(const QString &key, int port, Transport transport)
{
    for (const PortFlavour &pf : kPortFlavours) {
        if (pf.port == port && pf.transport == transport && key == QLatin1String(pf.flavour.key))
            return &pf.flavour;
    }
    for (const Flavour &f : kFlavours) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

QString tx(const char *text)
{
    return QCoreApplication::translate("PortExchange", text);
}

ExchangeStep genericStep(Direction d, int client, int server, Transport t, QString message,
                         QString why, bool encrypted = false)
{
    ExchangeStep s;
    s.direction = d;
    s.clientPort = client;
    s.serverPort = server;
    s.transport = t;
    s.message = std::move(message);
    s.explanation = std::move(why);
    s.encrypted = encrypted;
    return s;
}

enum class Handshake
{
    None,
    Tls,
    Ssh,
    Quic,
    Dtls
};

// Which security layer a secure protocol sets up before its first request. Protocols not
// named here protect their own messages (Kerberos, IKE, WireGuard, OpenVPN, NTS's NTP
// packets), and everything else secure on TCP starts with TLS.
Handshake handshakeOf(const QString &key, Transport t)
{
    const auto is = [&](std::initializer_list<const char *> keys) {
        return std::any_of(keys.begin(), keys.end(),
                           [&](const char *k) { return key == QLatin1String(k); });
    };
    if (is({"ssh", "sftp", "netconf"}))
        return Handshake::Ssh;
    if (t == Transport::Udp) {
        if (is({"https", "http3", "doh", "doq"}))
            return Handshake::Quic;
        return is({"snmp-tls", "radsec", "coaps", "turn-tls", "ipfixs"}) ? Handshake::Dtls
                                                                         : Handshake::None;
    }
    if (t != Transport::Tcp)
        return Handshake::None;
    return is({"kerberos", "kpasswd", "kerberos-adm", "openvpn", "teamviewer", "adws"})
               ? Handshake::None
               : Handshake::Tls;
}

// The second half of a request's explanation: who can read it.
QString protectionNote(Security security, Handshake handshake)
{
    switch (security) {
    case Security::Secure:
        return handshake == Handshake::None
                   ? QCoreApplication::translate("PortExchange",
                                                 "The protocol protects its own messages.")
                   : QString();
    case Security::Insecure:
        return QCoreApplication::translate("PortExchange",
                                           "Cleartext: anyone on the path can read it.");
    case Security::Depends:
        return QCoreApplication::translate("PortExchange",
                                           "Protection depends on version or configuration.");
    case Security::Unclassified:
        break;
    }
    return QCoreApplication::translate("PortExchange",
                                       "The registry does not say if it is encrypted.");
}

} // namespace

PortExchange::PortExchange(const Catalog &catalog, RandomSource &random)
    : m_catalog(catalog), m_random(random)
{}

int PortExchange::drawPort(const EphemeralRange &range) const
{
    return range.first + int(m_random.bounded(quint32(range.size())));
}

QList<ExchangeScenario> PortExchange::scenariosForRow(int catalogRow,
                                                      const EphemeralRange &os) const
{
    if (catalogRow < 0 || catalogRow >= m_catalog.rows().size())
        return {};
    const CatalogRow &row = m_catalog.rows().at(catalogRow);
    if (row.isCurated())
        return scenariosForProtocol(m_catalog.protocols().at(row.index).key, os);
    // A registry record that a study entry explains is shown as that entry.
    if (row.explainedBy >= 0)
        return scenariosForProtocol(m_catalog.protocols().at(row.explainedBy).key, os);
    const RegistryRecord &r = m_catalog.registry().at(row.index);
    const QString name = r.service.isEmpty() ? tr("port %1").arg(r.first) : r.service;
    Exchange e = generic(QString(), name, r.first, r.transport, Security::Unclassified, os);
    e.title = tr("%1 on %2/%3").arg(name).arg(r.first).arg(transportName(r.transport));
    e.summary = tr("A generic exchange: the registry says which port %1 is registered on, "
                   "not how it talks.")
                    .arg(name);
    return {ExchangeScenario{e.title, {e}}};
}

QList<ExchangeScenario> PortExchange::scenariosForProtocol(const QString &key,
                                                           const EphemeralRange &os) const
{
    const Protocol *p = m_catalog.protocol(key);
    if (!p)
        return {};
    QList<ExchangeScenario> out = ownScenarios(*p, os);
    out += comparisons(*p, os);
    return out;
}

QList<ExchangeScenario> PortExchange::ownScenarios(const Protocol &p,
                                                   const EphemeralRange &os) const
{
    const ExchangeKit kit(*this, os);
    QList<ExchangeScenario> out = TransferScenarios(kit).forProtocol(p);
    if (out.isEmpty())
        out = ServiceScenarios(kit).forProtocol(p);
    if (!out.isEmpty())
        return out;
    if (p.ports.isEmpty()) {
        Exchange e;
        e.protocolKey = p.key;
        e.title = p.abbreviation;
        e.secure = p.security == Security::Secure;
        e.summary = p.kind == Protocol::Kind::IpProtocol
                        ? tr("%1 is IP protocol %2: it is carried directly in IP packets, "
                             "beside TCP and UDP, so it has no ports at all.")
                              .arg(p.abbreviation)
                              .arg(p.ipProtocol)
                        : tr("%1 has no fixed port.").arg(p.abbreviation);
        return {ExchangeScenario{e.title, {e}}};
    }
    // One scenario per distinct port and transport (HTTPS: TCP, and UDP for HTTP/3).
    for (const PortAssignment &a : p.ports) {
        if (out.size() == 4)
            break;
        Exchange e = generic(p.key, p.abbreviation, a.first, a.transport, p.security, os);
        // The role tells assignments apart; a protocol with one port needs no more.
        e.title = a.role.isEmpty() || p.ports.size() == 1
                      ? tr("%1 on %2").arg(p.abbreviation, a.label())
                      : tr("%1 on %2: %3").arg(p.abbreviation, a.label(), a.role);
        out.append(ExchangeScenario{e.title, {e}});
    }
    return out;
}

Exchange PortExchange::primaryExchange(const Protocol &p, const EphemeralRange &os) const
{
    const QList<ExchangeScenario> own = ownScenarios(p, os);
    return own.isEmpty() || own.first().columns.isEmpty() ? Exchange{}
                                                          : own.first().columns.first();
}

QList<ExchangeScenario> PortExchange::comparisons(const Protocol &p, const EphemeralRange &os) const
{
    // Cleartext on the left, its secure counterpart on the right, whichever was selected.
    QList<QPair<const Protocol *, const Protocol *>> pairs;
    for (const QString &key : p.counterparts) {
        if (const Protocol *c = m_catalog.protocol(key))
            pairs.append(qMakePair(&p, c));
    }
    if (p.security == Security::Secure) {
        // Those that name it first are its closest relatives: HTTP before TFTP for HTTPS.
        QList<const Protocol *> plain;
        for (const Protocol &other : m_catalog.protocols()) {
            if (other.counterparts.contains(p.key))
                plain.append(&other);
        }
        std::stable_sort(plain.begin(), plain.end(), [&](const Protocol *a, const Protocol *b) {
            return a->counterparts.indexOf(p.key) < b->counterparts.indexOf(p.key);
        });
        for (const Protocol *other : plain)
            pairs.append(qMakePair(other, &p));
    }
    QList<ExchangeScenario> out;
    for (const auto &[plain, secure] : pairs) {
        if (out.size() == 2)
            break;
        if (plain->ports.isEmpty() && secure->ports.isEmpty())
            continue;
        const Protocol *other = plain == &p ? secure : plain;
        out.append(ExchangeScenario{tr("Side by side with %1").arg(other->abbreviation),
                                    {primaryExchange(*plain, os), primaryExchange(*secure, os)}});
    }
    return out;
}

Exchange PortExchange::generic(const QString &key, const QString &name, int serverPort,
                               Transport transport, Security security,
                               const EphemeralRange &os) const
{
    const Flavour *f = flavourOf(key, serverPort, transport);
    const bool secure = security == Security::Secure;
    Exchange e;
    e.protocolKey = key;
    e.secure = secure;
    e.client = f ? tx(f->client) : tr("Client");
    e.server = f ? tx(f->server) : tr("%1 server").arg(name);
    e.title = tr("%1 over %2").arg(name, transportName(transport).toUpper());
    const bool sameFixed = f && f->sameFixedPort;
    const int c = sameFixed ? serverPort : drawPort(os);
    if (!sameFixed)
        e.ephemeralPorts << c;
    const int s = serverPort;
    const Transport t = transport;
    const QString origin =
        sameFixed ? tr("its fixed port %1").arg(c)
                  : tr("ephemeral port %1 (%2 range %3)").arg(c).arg(os.shortName, os.rangeText());
    const Handshake handshake = secure ? handshakeOf(key, t) : Handshake::None;

    bool originSaid = false;
    if (t != Transport::Udp) {
        const QString open = t == Transport::Sctp   ? tr("INIT")
                             : t == Transport::Dccp ? tr("DCCP-Request")
                                                    : tr("SYN");
        const QString accept = t == Transport::Sctp   ? tr("INIT-ACK")
                               : t == Transport::Dccp ? tr("DCCP-Response")
                                                      : tr("SYN-ACK");
        e.steps << genericStep(
            Direction::ToServer, c, s, t, open,
            tr("The client connects from %1 to the server's port %2.").arg(origin).arg(s));
        e.steps << genericStep(Direction::ToClient, c, s, t, accept,
                               tr("The server accepts from %1 back to port %2; the client's ACK "
                                  "completes the handshake.")
                                   .arg(s)
                                   .arg(c));
        originSaid = true;
    }
    if (handshake != Handshake::None) {
        QString hello = tr("TLS ClientHello");
        QString reply = tr("ServerHello, certificate");
        QString why = tr("TLS starts at once on this connection (implicit TLS).");
        if (handshake == Handshake::Ssh) {
            hello = tr("SSH version, key exchange");
            reply = tr("Host key, key exchange reply");
            why = tr("Client and server agree on session keys before anything else.");
        } else if (t == Transport::Udp) {
            const bool quic = handshake == Handshake::Quic;
            hello = quic ? tr("QUIC Initial (TLS ClientHello)") : tr("DTLS ClientHello");
            reply = quic ? tr("QUIC Handshake (certificate)") : tr("DTLS ServerHello");
            why = tr("The handshake runs in datagrams from %1 to port %2: no TCP connection.")
                      .arg(origin)
                      .arg(s);
            originSaid = true;
        }
        e.steps << genericStep(Direction::ToServer, c, s, t, hello, why);
        e.steps << genericStep(Direction::ToClient, c, s, t, reply,
                               handshake == Handshake::Ssh
                                   ? tr("The server proves who it is with its host key; from here "
                                        "on everything is encrypted.")
                                   : tr("The server proves who it is with its certificate; from "
                                        "here on everything is encrypted."));
    }
    const QString request = f ? tx(f->request) : tr("Request");
    QString why;
    if (!originSaid) {
        why = tr("One datagram, no connection: from %1 to port %2.").arg(origin).arg(s);
    } else if (handshake != Handshake::None) {
        why = tr("The request travels encrypted from port %1 to port %2.").arg(c).arg(s);
    } else {
        why = tr("The request travels from port %1 to port %2.").arg(c).arg(s);
    }
    const QString note = protectionNote(security, handshake);
    ExchangeStep ask = genericStep(Direction::ToServer, c, s, t, request,
                                   note.isEmpty() ? why : why + QLatin1Char(' ') + note,
                                   handshake != Handshake::None);
    if (f)
        ask.delivery = f->delivery;
    e.steps << ask;
    if (f && !f->response) {
        e.summary = tr("One-way: the receiver on port %1 sends nothing back.").arg(s);
        return e;
    }
    e.steps << genericStep(Direction::ToClient, c, s, t, f ? tx(f->response) : tr("Response"),
                           tr("The reply goes from port %1 back to port %2, which tells the "
                              "client's OS which program it is for.")
                               .arg(s)
                               .arg(c),
                           handshake != Handshake::None);
    e.summary = sameFixed ? tr("Both ends use port %1.").arg(s)
                          : tr("The server's port %1 is fixed; the client's port changes "
                               "with every connection.")
                                .arg(s);
    return e;
}

} // namespace portolan
