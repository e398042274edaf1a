// Fuzz target: services(5) files with Wireshark's extensions (importing/ServicesParser). Any
// bytes give either records that are valid ports or an error naming the file and line.

#include "FuzzSupport.h"
#include "importing/ServicesParser.h"

using namespace portolan;
using portolan::fuzz::require;

namespace {

// The port/protocol reader is shared with nmap-services; here it also sees text that the line
// splitter never hands it (the start of the input, spaces and all).
void checkPortSpec(QStringView spec)
{
    int first = 0;
    int last = 0;
    QList<QStringView> protocols;
    QString problem;
    if (ServicesParser::parsePortSpec(spec, &first, &last, &protocols, &problem)) {
        require(first >= 0 && first <= last && last <= 65535, "spec port range 0-65535");
        require(!protocols.isEmpty(), "a spec names a protocol");
        for (QStringView p : protocols)
            require(!p.isEmpty() && spec.contains(p), "protocols are views into the spec");
    } else {
        require(!problem.isEmpty(), "a refused spec says why");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QString name = QStringLiteral("services");
    (void)detectImportFormat(bytes.left(4096), name);
    const QString text = fuzz::textOf(data, size);
    checkPortSpec(QStringView(text).left(64));

    ServicesParser parser;
    const bool ok = parser.parse(bytes, name);
    const ImportData &d = parser.data();
    if (!ok) {
        require(fuzz::namesFile(parser.errorText(), name), "error names the file");
        require(d.records.isEmpty(), "no records after an error");
        return 0;
    }
    require(parser.errorText().isEmpty(), "no error text on success");
    require(!d.records.isEmpty(), "a successful import has records");
    require(d.entries > 0 && d.otherProtocols <= d.entries, "entries are counted");
    for (const RegistryRecord &r : d.records) {
        require(r.first >= 0 && r.first <= r.last && r.last <= 65535, "port range 0-65535");
        require(!r.service.isEmpty() && !r.service.contains(QLatin1Char('#')),
                "a service name, without the comment");
    }
    return 0;
}
