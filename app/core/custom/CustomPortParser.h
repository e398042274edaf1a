#pragma once

#include "custom/CustomEntry.h"

#include <QList>
#include <QString>

namespace portolan {

// The port syntax of the user's own entries, shared by the form and the terminal: a port
// "8443", a range "10000-10010" (en dash accepted), either with a transport "53/udp" (tcp when
// none is given), and for the form a comma-separated list of those. Pure; messages name the
// field ("Port: ...") and quote what was typed, as CustomEntryValidator's do.
class CustomPortParser
{
public:
    struct Result
    {
        QList<CustomPort> ports; // empty when there is an error
        QString error;           // the first problem; empty when everything was understood

        bool ok() const { return error.isEmpty(); }
    };

    // "443" or "8000-8010" without a transport. Empty when acceptable.
    static QString parseSpan(QStringView text, int *first, int *last);
    // One item: a span with an optional "/transport".
    static Result parseItem(QStringView text, Transport defaultTransport = Transport::Tcp);
    // Items separated by commas; empty items (a trailing comma while typing) are skipped and
    // repeated ones kept once.
    static Result parseList(QStringView text, Transport defaultTransport = Transport::Tcp);
    // The list as parseList reads it back: "8443, 10000-10010/udp".
    static QString format(const QList<CustomPort> &ports);
};

} // namespace portolan
