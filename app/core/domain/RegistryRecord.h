#pragma once

#include "domain/Transport.h"

#include <QString>

namespace portolan {

// One row of the IANA Service Name and Transport Protocol Port Number Registry: a service (or
// a reserved slot, with an empty service) on a port or range over one transport.
struct RegistryRecord
{
    QString service;
    int first = 0;
    int last = 0;
    Transport transport = Transport::Tcp;
    QString description;
    QString assignee;
    QString contact;
    QString registered;
    QString modified;
    QString reference;
    QString serviceCode;
    QString unauthorizedUse;
    QString assignmentNotes;

    bool contains(int port) const { return port >= first && port <= last; }
    QString portText() const;

    friend bool operator==(const RegistryRecord &, const RegistryRecord &) = default;
};

} // namespace portolan
