#pragma once

#include <QString>
#include <QStringView>

namespace portolan {

// How far a bound address reaches: the question "should this be listening?" starts here.
enum class Exposure : quint8
{
    Loopback,      // 127.0.0.0/8, ::1: only programs on this machine
    OneInterface,  // a single address of this machine (a LAN, a VPN, a container bridge)
    AllInterfaces, // 0.0.0.0, :: or *: every network the machine is on
};

enum class AddressFamily : quint8
{
    IPv4,
    IPv6,
    Any, // ss's "*": both families
};

// "loopback", "interface", "all": stable ids for JSON.
QString exposureId(Exposure e);
// "loopback only", "one interface", "all interfaces", translated.
QString exposureText(Exposure e);
QString familyText(AddressFamily f); // "IPv4", "IPv6", "IPv4/IPv6"

// One end of a socket: an address in the usual text form and its port. Built from the kernel's
// hex form (/proc/net/tcp*) or from what ss, netstat and nmap print. An IPv4-mapped IPv6
// address (::ffff:a.b.c.d) is shown and judged as the IPv4 address it carries.
struct SocketAddress
{
    QString host; // "127.0.0.1", "::1", "0.0.0.0", "*"; a zone (%eth0) is kept
    int port = -1;
    AddressFamily family = AddressFamily::IPv4;
    Exposure exposure = Exposure::OneInterface;

    // /proc/net form: "0100007F" or 32 hex digits (four 32-bit words in host order) and a
    // big-endian hex port "0016". False for anything else.
    static bool fromProcHex(QStringView address, QStringView port, SocketAddress *out);
    // Text form: "0.0.0.0:22", "[::]:22", ":::22" (netstat), "*:68", "127.0.0.53%lo:53",
    // "[fe80::1]%eth0:546", "[::ffff:127.0.0.1]:80". The port may be "*" (port -1).
    static bool fromText(QStringView text, SocketAddress *out);
    // A bare host without a port ("192.168.1.10", "::1"), for nmap's host addresses.
    static bool fromHost(QStringView host, SocketAddress *out);

    // "127.0.0.1:22", "[::1]:631", "*:68".
    QString text() const;
};

} // namespace portolan
