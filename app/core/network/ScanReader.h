#pragma once

#include "network/ScanReport.h"

#include <QByteArray>
#include <QString>

namespace portolan {

// Reads a scan from bytes in any format of ScanFormat, recognised by its content (never by the
// file name). Every refusal names the file and, where it has one, the line: "scan.xml:12: ...".
// Limits keep a hostile file from exhausting memory or time: kMaxBytes, kMaxPorts, and for XML
// kMaxDepth; XML is read by QXmlStreamReader, which fetches nothing, and a document that
// declares or uses entities is refused.
class ScanReader
{
public:
    static constexpr qint64 kMaxBytes = 128 * 1024 * 1024;
    static constexpr int kMaxPorts = 500000;
    static constexpr int kMaxDepth = 32;
    static constexpr int kMaxLineLength = 64 * 1024;

    static ScanFormat detect(const QByteArray &bytes);

    // False with errorText() for a file of no known format or a broken one.
    bool read(const QByteArray &bytes, const QString &name);
    const ScanReport &report() const { return m_report; }
    QString errorText() const { return m_error; }

    // "nmap XML (-oX), nmap grepable (-oG), ...": the formats a refusal names.
    static QString knownFormats();

private:
    bool readNmapXml(const QByteArray &bytes);
    bool readNmapGrepable(const QStringList &lines);
    bool readNmapNormal(const QStringList &lines);
    bool readSs(const QStringList &lines);
    bool readNetstat(const QStringList &lines);
    bool fail(int line, const QString &what);
    // tcp/udp/sctp, also with netstat's trailing 6.
    static bool parseTransportWord(QStringView text, Transport *out);
    bool addPort(ScanHost *host, const ScanPort &port, int line);

    QString m_name;
    ScanReport m_report;
    QString m_error;
    int m_ports = 0;
};

} // namespace portolan
