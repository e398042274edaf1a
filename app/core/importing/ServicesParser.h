#pragma once

#include "importing/ImportParser.h"

#include <QByteArray>
#include <QString>

namespace portolan {

// Parses a services(5) file: "name port/protocol [aliases...] [# comment]" per line, '#'
// comments and blank lines ignored. Wireshark's extension of the format is read too: a port
// range ("6000-6063") and several protocols ("1/tcp/udp"). Each entry becomes one registry
// record per transport, its description the comment (aliases appended so they stay
// searchable). Entries on protocols Portolan has no ports for (ddp) are counted and skipped;
// anything malformed refuses the file with "FILE:LINE: what".
class ServicesParser : public ImportParser
{
public:
    bool parse(const QByteArray &bytes, const QString &fileName);

    // "port[-last]/proto[/proto...]" → the range and the protocol names (views into spec);
    // false when malformed, with *problem saying why. Shared with the nmap-services parser,
    // which runs it on every line of a large file at start, hence no regular expression.
    static bool parsePortSpec(QStringView spec, int *first, int *last,
                              QList<QStringView> *protocols, QString *problem);
};

} // namespace portolan
