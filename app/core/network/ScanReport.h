#pragma once

#include "domain/Transport.h"
#include "network/SocketAddress.h"

#include <QList>
#include <QString>

namespace portolan {

// The formats Portolan reads a scan from, recognised by their content.
enum class ScanFormat : quint8
{
    Unknown,
    NmapXml,      // nmap -oX
    NmapGrepable, // nmap -oG
    NmapNormal,   // nmap -oN (what nmap prints)
    Ss,           // ss -tulpn, ss -tan
    Netstat,      // netstat -tlnp, netstat -anp
};

QString scanFormatId(ScanFormat f);   // "nmap-xml", "nmap-grepable", ..., "ss", "netstat"
QString scanFormatName(ScanFormat f); // "nmap XML (-oX)" and the like, for people

// One port of one host as the scanner reported it.
struct ScanPort
{
    Transport transport = Transport::Tcp;
    int port = 0;
    QString state;   // "open", "closed", "filtered", "open|filtered"; ss/netstat: "listen", ...
    QString service; // nmap's guess ("ssh", "ssl/http"); empty for ss/netstat
    QString product; // nmap -sV: "OpenSSH"
    QString version; // nmap -sV: "9.2p1 Debian 2+deb12u3"
    QString extraInfo;
    bool tlsEvidence = false; // nmap saw TLS or STARTTLS (an ssl tunnel, ssl-cert, STARTTLS)
    SocketAddress local;      // ss/netstat: the bound address; nmap: the host's address
    QString peer;             // ss/netstat connections: the other end
    qint64 pid = -1;
    QString process;
    int line = 0; // where it was read, for messages

    // Open to a client: nmap's open (and open|filtered), a listening or bound socket.
    bool isOpen() const;
};

struct ScanHost
{
    QString address;  // "192.168.1.10"; ss/netstat: empty (this machine)
    QString hostname; // the PTR or user-given name, when known
    QString status;   // "up", "down", or empty
    QList<ScanPort> ports;
};

struct ScanReport
{
    ScanFormat format = ScanFormat::Unknown;
    QString scanner; // "nmap 7.93", "ss", "netstat"
    QString command; // nmap's command line when the file records it
    QList<ScanHost> hosts;
};

} // namespace portolan
