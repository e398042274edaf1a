// Fuzz target: the embedded registry table's reader (catalog/RegistryTsvReader). The file is
// generated, but a broken generator or a hand edit must give an error with file:line, never a
// crash or a record with an impossible port. Records it accepts must load into a Catalog.

#include "FuzzSupport.h"
#include "catalog/Catalog.h"
#include "catalog/RegistryTsvReader.h"

using namespace portolan;
using portolan::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString name = QStringLiteral("fuzz.tsv");
    RegistryTsvReader reader;
    if (!reader.parse(fuzz::bytesOf(data, size), name)) {
        require(fuzz::namesFile(reader.errorText(), name), "error names the file");
        return 0;
    }
    require(reader.errorText().isEmpty(), "no error text on success");
    for (const RegistryRecord &r : reader.records())
        require(r.first >= 0 && r.first <= r.last && r.last <= 65535, "port range 0-65535");

    // Unescaping never grows a field, and text without a backslash comes back unchanged.
    const QString text = fuzz::textOf(data, size).left(256);
    const QString unescaped = RegistryTsvReader::unescape(text);
    require(unescaped.size() <= text.size(), "unescape never grows");
    if (!text.contains(QLatin1Char('\\')))
        require(unescaped == text, "no backslash, no change");

    Catalog catalog;
    catalog.setData({}, reader.records());
    require(catalog.rows().size() == reader.records().size(), "one row per record");
    for (const CatalogRow &row : catalog.rows()) {
        require(!row.isCurated() && row.index >= 0 && row.index < reader.records().size(),
                "rows point at their records");
        require(row.firstPort >= 0 && row.firstPort <= 65535, "rows have a port");
    }
    return 0;
}
