#pragma once

#include "domain/RegistryRecord.h"
#include "domain/Transport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace portolan {

// The kinds of file Portolan imports.
enum class ImportFormat : quint8
{
    IanaCsv,      // IANA's service-names-port-numbers.csv: authoritative for the registry
    Services,     // services(5), e.g. /etc/services or Wireshark's services: adds and fills in
    NmapServices, // nmap-services: only the open frequency ("how common") per port/transport
};

QString importFormatId(ImportFormat format);    // "iana-csv", "services", "nmap"
QString importFormatTitle(ImportFormat format); // "IANA registry CSV", ...
std::optional<ImportFormat> parseImportFormat(QStringView id);
// Guesses the format from the file's first bytes and its name: IANA's header line, then
// nmap's frequency column, else services(5).
ImportFormat detectImportFormat(const QByteArray &head, const QString &fileName);

// How often nmap finds a port open (0..1) on one transport.
struct PortFrequency
{
    int port = 0;
    Transport transport = Transport::Tcp;
    double frequency = 0;
    QString service;

    friend bool operator==(const PortFrequency &, const PortFrequency &) = default;
};

// Everything one file brings, as parsed and validated, plus what it held that is not imported
// (counted so that the preview can say so).
struct ImportData
{
    ImportFormat format = ImportFormat::IanaCsv;
    QString fileName;
    QList<RegistryRecord> records;    // IANA CSV and services(5)
    QList<PortFrequency> frequencies; // nmap-services
    int entries = 0;                  // records or entries read, including the skipped ones
    int withoutPort = 0;              // IANA: service names with no port number
    int withoutTransport = 0;         // IANA: rows with no transport protocol
    int unassigned = 0;               // IANA: nameless Unassigned / De-registered rows
    int otherProtocols = 0;           // services: entries on ddp and the like
    int duplicates = 0;               // records identical to an earlier one in the same file
};

} // namespace portolan
