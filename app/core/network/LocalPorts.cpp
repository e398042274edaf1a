#include "network/LocalPorts.h"

#include "catalog/Catalog.h"

namespace portolan {

namespace {

int securityRisk(const AtlasMatch &m)
{
    switch (m.security) {
    case Security::Insecure:
        return 3;
    case Security::Depends:
        return 2;
    case Security::Unclassified:
        return 1; // unknown: between what is known to be weak and what is known to be safe
    case Security::Secure:
        return 0;
    }
    return 1;
}

int exposureRisk(Exposure e)
{
    switch (e) {
    case Exposure::Loopback:
        return 0;
    case Exposure::OneInterface:
        return 1;
    case Exposure::AllInterfaces:
        return 2;
    }
    return 1;
}

} // namespace

int LocalPort::risk() const
{
    const int exposure = exposureRisk(socket.local.exposure);
    const int security = securityRisk(match);
    // A cleartext service anyone can reach outranks everything; on loopback, nothing does.
    if (exposure == 0)
        return security;
    return exposure * 10 + security + (match.cleartextOrDepends() ? 20 : 0);
}

QJsonObject LocalPort::toJson() const
{
    QJsonObject o{{QStringLiteral("transport"), transportName(socket.transport)},
                  {QStringLiteral("port"), socket.local.port},
                  {QStringLiteral("address"), socket.local.host},
                  {QStringLiteral("family"), familyText(socket.local.family)},
                  {QStringLiteral("exposure"), exposureId(socket.local.exposure)},
                  {QStringLiteral("state"), socket.state},
                  {QStringLiteral("risk"), risk()},
                  {QStringLiteral("atlas"), match.toJson()}};
    if (!socket.listening)
        o.insert(QStringLiteral("remote"), socket.remote.text());
    if (socket.pid >= 0) {
        o.insert(QStringLiteral("pid"), socket.pid);
        o.insert(QStringLiteral("process"), socket.process);
    }
    return o;
}

QList<LocalPort> explainLocalSockets(const Catalog &catalog, const QList<LocalSocket> &sockets)
{
    const AtlasMatcher matcher(catalog);
    QList<LocalPort> out;
    out.reserve(sockets.size());
    for (const LocalSocket &s : sockets) {
        // A connection's interesting end is the service's: the local port when we listen on it,
        // else the remote one (a browser's ephemeral port says nothing).
        const bool outgoing = !s.listening && s.remote.port > 0 && s.remote.port < s.local.port;
        const int port = outgoing ? s.remote.port : s.local.port;
        out.append({s, matcher.match(port, s.transport, s.process)});
    }
    std::stable_sort(out.begin(), out.end(), [](const LocalPort &a, const LocalPort &b) {
        if (a.socket.listening != b.socket.listening)
            return a.socket.listening;
        if (a.risk() != b.risk())
            return a.risk() > b.risk();
        if (a.socket.local.port != b.socket.local.port)
            return a.socket.local.port < b.socket.local.port;
        return a.socket.transport < b.socket.transport;
    });
    return out;
}

QJsonArray localPortsJson(const QList<LocalPort> &ports)
{
    QJsonArray out;
    for (const LocalPort &p : ports)
        out.append(p.toJson());
    return out;
}

} // namespace portolan
