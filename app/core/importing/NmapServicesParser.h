#pragma once

#include "importing/ImportParser.h"
#include "importing/OpenFrequencies.h"

#include <QBitArray>
#include <QByteArray>
#include <QString>

namespace portolan {

// Parses nmap-services: "name port/protocol frequency [# comment]" per line, '#' comments
// ignored. Only the open frequency (0..1) per port/transport is kept. Entries on protocols
// Portolan has no ports for are counted and skipped; anything malformed refuses the file with
// "FILE:LINE: what".
class NmapServicesParser : public ImportParser
{
public:
    bool parse(const QByteArray &bytes, const QString &fileName);

    // Where nmap installs the file; PORTOLAN_NMAP_SERVICES overrides it (empty: none), for
    // tests and for nmap installed elsewhere.
    static QString systemFilePath();
    // The frequencies of the installed nmap-services, read at every start (nmap's licence does
    // not let Portolan ship them). Empty when the file is missing; a file that cannot be read
    // or parsed gives an empty table and *warning names the problem with file:line. With ports
    // (65,536 bits), only the entries of the ports set are kept: a lookup shows a few rows, and
    // building the whole table was a fifth of its time. The whole file is still checked.
    static OpenFrequencies readSystemFile(QString *warning, const QBitArray &ports = {});
};

} // namespace portolan
