#pragma once

#include "importing/ImportData.h"
#include "importing/OpenFrequencies.h"

#include <QByteArray>
#include <QString>

namespace portolan {

// Parses nmap-services: "name port/protocol frequency [# comment]" per line, '#' comments
// ignored. Only the open frequency (0..1) per port/transport is kept. Entries on protocols
// Portolan has no ports for are counted and skipped; anything malformed refuses the file with
// "FILE:LINE: what".
class NmapServicesParser
{
public:
    bool parse(const QByteArray &bytes, const QString &fileName);

    const ImportData &data() const { return m_data; }
    ImportData takeData() { return std::move(m_data); }
    QString errorText() const { return m_error; }

    // Where nmap installs the file; PORTOLAN_NMAP_SERVICES overrides it (empty: none), for
    // tests and for nmap installed elsewhere.
    static QString systemFilePath();
    // The frequencies of the installed nmap-services, read at every start (nmap's licence does
    // not let Portolan ship them). Empty when the file is missing; a file that cannot be read
    // or parsed gives an empty table and *warning names the problem with file:line.
    static OpenFrequencies readSystemFile(QString *warning);

private:
    bool fail(int line, const QString &message);

    ImportData m_data;
    QString m_error;
};

} // namespace portolan
