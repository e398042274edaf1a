// Fuzz target: IANA's service-names-port-numbers.csv (importing/IanaCsvParser, CsvReader,
// ImportText). Any bytes give either records that are valid ports or an error naming the file
// and line; never a crash, a hang or a half-filled result.

#include "FuzzSupport.h"
#include "importing/IanaCsvParser.h"

using namespace portolan;
using portolan::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QString name = QStringLiteral("fuzz.csv");
    // The import dialog sniffs the format from the first bytes before choosing a parser.
    (void)detectImportFormat(bytes.left(4096), name);

    IanaCsvParser parser;
    const bool ok = parser.parse(bytes, name);
    const ImportData &d = parser.data();
    if (!ok) {
        require(fuzz::namesFile(parser.errorText(), name), "error names the file");
        require(d.records.isEmpty(), "no records after an error");
        return 0;
    }
    require(parser.errorText().isEmpty(), "no error text on success");
    require(!d.records.isEmpty(), "a successful import has records");
    require(d.format == ImportFormat::IanaCsv, "format");
    require(d.entries >= d.records.size() + d.withoutPort + d.withoutTransport + d.unassigned,
            "every record and every skipped row is counted as an entry");
    for (const RegistryRecord &r : d.records) {
        require(r.first >= 0 && r.first <= r.last && r.last <= 65535, "port range 0-65535");
        require(r.service == r.service.trimmed(), "fields are trimmed");
    }
    return 0;
}
