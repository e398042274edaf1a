// Fuzz target: the curated study-set format (catalog/ReferenceParser, db/reference/README.md).
// A study set is embedded, but a contributor's edit goes through this parser too: any bytes
// give either protocols whose every field was validated, or an error naming the file. What it
// accepts must then load into a Catalog and be searchable.

#include "FuzzSupport.h"
#include "catalog/Catalog.h"
#include "catalog/ReferenceParser.h"
#include "search/CatalogSearch.h"
#include "search/SearchQuery.h"

#include <QRegularExpression>
#include <QSet>

using namespace portolan;
using portolan::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString name = QStringLiteral("fuzz.json");
    ReferenceParser parser;
    if (!parser.parse(fuzz::bytesOf(data, size), name)) {
        require(fuzz::namesFile(parser.errorText(), name), "error names the file");
        require(parser.protocols().isEmpty() || !parser.errorText().isEmpty(), "error text");
        return 0;
    }
    require(parser.errorText().isEmpty(), "no error text on success");

    static const QRegularExpression keyRe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    QSet<QString> keys;
    for (const Protocol &p : parser.protocols()) {
        require(keyRe.match(p.key).hasMatch(), "key is lowercase letters, digits and '-'");
        require(!keys.contains(p.key), "keys are unique");
        keys.insert(p.key);
        require(!p.abbreviation.isEmpty() && !p.name.isEmpty() && !p.summary.isEmpty() &&
                    !p.notes.isEmpty() && !p.securityReason.isEmpty(),
                "required texts are present");
        require(!p.sources.isEmpty(), "at least one source");
        require(p.kind != Protocol::Kind::IpProtocol || (p.ipProtocol >= 0 && p.ipProtocol <= 255),
                "IP protocol number 0-255");
        for (const PortAssignment &a : p.ports) {
            require(a.first >= 0 && a.first <= a.last && a.last <= 65535, "port range 0-65535");
            require(a.isIanaAssigned() || !a.commonUse.isEmpty(), "iana name or common use");
        }
    }

    Catalog catalog;
    catalog.setData(parser.protocols(), {});
    require(catalog.rows().size() == parser.protocols().size(), "one row per protocol");
    for (int i = 0; i < parser.protocols().size(); ++i) {
        const Protocol &p = parser.protocols().at(i);
        require(catalog.protocolIndex(p.key) == i, "protocols are found by key");
        const int row = catalog.rowOfProtocol(i);
        require(row >= 0 && row < catalog.rows().size() && catalog.rows().at(row).index == i,
                "every protocol has its row");
        // Searching for an entry's abbreviation finds it.
        const SearchQuery query = SearchQuery::parse(QLatin1Char('"') + p.abbreviation + u'"');
        if (!p.abbreviation.contains(QLatin1Char('"')))
            require(searchCatalog(catalog, query).contains(row), "an abbreviation finds its entry");
    }
    return 0;
}
