#pragma once

#include "network/AtlasMatcher.h"
#include "network/LocalSocketReader.h"

#include <QJsonArray>
#include <QList>

namespace portolan {

// A socket of this machine read against the atlas.
struct LocalPort
{
    LocalSocket socket;
    AtlasMatch match;

    // Higher is worse: how far the socket reaches, then how little its protocol protects.
    // Cleartext or "depends" services on all interfaces come first.
    int risk() const;
    QJsonObject toJson() const;
};

// Matches sockets to the atlas and orders them by risk (then transport and port), so that the
// first lines of `portolan local` and of the This machine page are the ones to look at.
QList<LocalPort> explainLocalSockets(const Catalog &catalog, const QList<LocalSocket> &sockets);
QJsonArray localPortsJson(const QList<LocalPort> &ports);

} // namespace portolan
