// Fuzz target: scans (network/ScanReader: nmap -oX/-oG/-oN, ss, netstat, recognised by
// content) and their explanation against the atlas. Any bytes give either a report of valid
// ports or an error naming the file (and, in a file of a known format, its line); the
// explanation of any report never fails, and its exports are never empty.

#include "FuzzCatalog.h"
#include "FuzzSupport.h"
#include "network/ScanExplanation.h"
#include "network/ScanReader.h"

#include <QJsonObject>

using namespace portolan;
using portolan::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QString name = QStringLiteral("scan");
    const ScanFormat detected = ScanReader::detect(bytes);
    ScanReader reader;
    const bool ok = reader.read(bytes, name);
    if (!ok) {
        require(fuzz::namesFile(reader.errorText(), name), "error names the file");
        require(reader.report().hosts.isEmpty(), "no hosts after an error");
        if (detected == ScanFormat::Unknown)
            require(reader.errorText().contains(QLatin1String("-oX")), "the formats are named");
        return 0;
    }
    require(detected != ScanFormat::Unknown, "only a known format is read");
    require(reader.report().format == detected, "the report says its format");
    int ports = 0;
    for (const ScanHost &h : reader.report().hosts)
        for (const ScanPort &p : h.ports) {
            require(p.port >= 0 && p.port <= 65535, "port 0-65535");
            require(p.line >= 1, "every port has its line");
            ++ports;
        }
    require(ports <= ScanReader::kMaxPorts, "the port cap holds");
    const ScanExplanation e = ScanExplanation::make(fuzz::fuzzCatalog(), reader.report(), name);
    require(e.hosts().size() == reader.report().hosts.size(), "every host is explained");
    require(!e.toMarkdown().isEmpty() && !e.toJson().isEmpty() && !e.textLines().isEmpty(),
            "the exports say something");
    return 0;
}
