#pragma once

#include <QString>
#include <QtGlobal>

namespace portolan {

// The transport protocols that IANA assigns port numbers for.
enum class Transport : quint8 { Tcp, Udp, Sctp, Dccp };

// A set of transports, one bit per Transport value.
using TransportMask = quint8;

constexpr TransportMask maskOf(Transport t)
{
    return TransportMask(1u << static_cast<unsigned>(t));
}

QString transportName(Transport t); // "tcp", "udp", ...
// Accepts any case; returns false (and leaves *out alone) for anything else.
bool parseTransport(QStringView text, Transport *out);
// "TCP", "UDP", "TCP/UDP"... in the fixed order tcp, udp, sctp, dccp.
QString transportMaskLabel(TransportMask mask);

} // namespace portolan
