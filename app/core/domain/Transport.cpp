#include "domain/Transport.h"

#include <QStringList>

namespace portolan {

QString transportName(Transport t)
{
    switch (t) {
    case Transport::Tcp:
        return QStringLiteral("tcp");
    case Transport::Udp:
        return QStringLiteral("udp");
    case Transport::Sctp:
        return QStringLiteral("sctp");
    case Transport::Dccp:
        return QStringLiteral("dccp");
    }
    return {};
}

bool parseTransport(QStringView text, Transport *out)
{
    for (Transport t : {Transport::Tcp, Transport::Udp, Transport::Sctp, Transport::Dccp}) {
        if (text.compare(transportName(t), Qt::CaseInsensitive) == 0) {
            *out = t;
            return true;
        }
    }
    return false;
}

QString transportMaskLabel(TransportMask mask)
{
    QStringList parts;
    for (Transport t : {Transport::Tcp, Transport::Udp, Transport::Sctp, Transport::Dccp}) {
        if (mask & maskOf(t))
            parts << transportName(t).toUpper();
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace portolan
