#pragma once

#include "domain/Transport.h"

#include <QString>

namespace portolan {

// One claim of a protocol on a port (or a contiguous range) over one transport, as the study
// set states it. ianaName is the service name IANA registers for exactly this key; when IANA
// assigns the port to something else or to nothing, it is empty and commonUse says why the
// protocol is found there anyway.
struct PortAssignment
{
    int first = 0;
    int last = 0;
    Transport transport = Transport::Tcp;
    QString role;
    QString ianaName;
    QString commonUse;

    bool contains(int port) const { return port >= first && port <= last; }
    bool overlaps(int lo, int hi) const { return first <= hi && lo <= last; }
    bool isIanaAssigned() const { return !ianaName.isEmpty(); }
    QString portText() const; // "6000-6063" or "443"
    QString label() const;    // "67/udp" or "6000-6063/tcp"

    friend bool operator==(const PortAssignment &, const PortAssignment &) = default;
};

} // namespace portolan
