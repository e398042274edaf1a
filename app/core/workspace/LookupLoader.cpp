#include "workspace/LookupLoader.h"

#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "catalog/EntryKey.h"
#include "catalog/RegistryTsvReader.h"
#include "custom/CustomCatalog.h"
#include "custom/CustomEntryRepository.h"
#include "importing/NmapServicesParser.h"
#include "search/SearchQuery.h"
#include "storage/Database.h"
#include "storage/ImportRepository.h"
#include "storage/ReferenceRepository.h"

#include <QBitArray>
#include <QSqlDatabase>
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

namespace portolan {

namespace {

struct Span
{
    int first;
    int last;
};

bool overlapsAny(const QList<Span> &spans, int first, int last)
{
    return std::any_of(spans.cbegin(), spans.cend(),
                       [&](const Span &s) { return s.first <= last && first <= s.last; });
}

// The first and last port of a snapshot line (fields 2 and 3); false when they do not read as
// numbers.
bool portsOfLine(std::string_view line, int *first, int *last)
{
    const auto number = [&](std::size_t *pos, int *value) {
        int v = 0;
        std::size_t i = *pos;
        const std::size_t start = i;
        while (i < line.size() && line[i] >= '0' && line[i] <= '9' && i - start < 6)
            v = v * 10 + (line[i++] - '0');
        if (i == start || i >= line.size() || line[i] != '\t')
            return false;
        *value = v;
        *pos = i + 1;
        return true;
    };
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos)
        return false;
    std::size_t pos = tab + 1;
    return number(&pos, first) && number(&pos, last);
}

// The line has the snapshot's 13 fields, a port range and a known transport (what
// RegistryTsvReader refuses otherwise); *first and *last are its ports.
bool plausibleLine(std::string_view line, int *first, int *last)
{
    if (std::count(line.begin(), line.end(), '\t') != 12 || !portsOfLine(line, first, last) ||
        *first > *last || *last > 65535)
        return false;
    std::size_t at = 0;
    for (int i = 0; i < 3; ++i)
        at = line.find('\t', at) + 1;
    const std::string_view transport = line.substr(at, line.find('\t', at) - at);
    return transport == "tcp" || transport == "udp" || transport == "sctp" || transport == "dccp";
}

// Whether the row's folded text can contain every needle. Folding ASCII text only lower-cases
// it (TextFold), and an ASCII field reads the same in the snapshot unless it holds a backslash
// escape; any other line is kept and left to the real match.
bool mayContainAll(std::string_view line, const QList<QByteArray> &needles, std::string *lowered)
{
    // One branch-free pass (it vectorises): lower-case, and note any non-ASCII byte or backslash.
    lowered->resize(line.size());
    const auto *in = reinterpret_cast<const unsigned char *>(line.data());
    char *out = lowered->data();
    unsigned char high = 0;
    unsigned char backslash = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const unsigned char c = in[i];
        high |= c;
        backslash |= static_cast<unsigned char>(c == '\\');
        out[i] = static_cast<char>(c + (static_cast<unsigned char>(c - 'A') < 26 ? 32 : 0));
    }
    if ((high & 0x80) != 0 || backslash != 0)
        return true;
    const std::string_view text(*lowered);
    return std::all_of(needles.cbegin(), needles.cend(), [&](const QByteArray &n) {
        return text.find(std::string_view(n.constData(), std::size_t(n.size()))) !=
               std::string_view::npos;
    });
}

} // namespace

LookupLoader::Outcome LookupLoader::fallBack(const char *reason)
{
    m_reason = QString::fromLatin1(reason);
    return Outcome::NeedsFullLoad;
}

LookupLoader::Outcome LookupLoader::load(const QString &databasePath, const SearchQuery &query,
                                         Catalog *catalog)
{
    m_warning.clear();
    m_reason.clear();
    m_kept = m_total = 0;

    // The words a row must contain. The folded row text joins its fields with spaces, so a
    // phrase may span fields: its pieces are looked for one by one.
    QList<QByteArray> needles;
    for (const SearchQuery::Word &w : query.words()) {
        if (w.negated)
            continue;
        for (QStringView piece : QStringView(w.folded).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            needles << piece.toUtf8();
    }
    QList<Span> asked;
    for (const SearchQuery::PortRange &r : query.ports())
        asked.append({r.first, r.last});
    // Otherwise only the registry records beside matching protocols are needed.
    const bool registryCanMatch = !query.excludesRegistryRows() && query.tags().isEmpty();
    if (registryCanMatch && asked.isEmpty() && needles.isEmpty())
        return fallBack("the query has no port and no word to narrow the registry by");

    QList<Protocol> protocols;
    QList<Protocol> custom;
    QHash<QString, QStringList> labels;
    QList<PortFrequency> imported;
    QByteArray tsv;
    qint64 rowCount = 0;
    {
        Database db;
        if (!db.openForReading(databasePath))
            return fallBack("the database needs a full open");
        // One read transaction: what is read below is one state of the file, even while
        // another Portolan writes to it.
        QSqlDatabase connection = db.connection();
        if (!connection.transaction())
            return fallBack("the database cannot be read");
        const ReferenceRepository reference(connection);
        if (reference.storedVersion() != EmbeddedReference::version())
            return fallBack("the stored reference is to be refreshed");
        protocols = reference.loadProtocols();
        if (!reference.errorText().isEmpty() || !reference.readRegistrySnapshot(&tsv, &rowCount))
            return fallBack("the reference cannot be read");
        const CustomEntryRepository user(connection);
        for (const CustomEntry &e : user.entries())
            custom.append(protocolFromCustomEntry(e));
        const bool entriesRead = user.errorText().isEmpty();
        labels = user.allLabels();
        const ImportRepository imports(connection);
        imported = imports.frequencies();
        // Whatever cannot be read is the full open's to report (it checks the whole file).
        if (!entriesRead || !user.errorText().isEmpty() || !imports.errorText().isEmpty())
            return fallBack("the user's data cannot be read");
        connection.commit();
    }
    // A label on a registry row is searchable text of that row that the snapshot lacks.
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (isRegistryEntryKey(it.key()))
            return fallBack("registry rows carry labels");
    }

    // The protocols that match: registry records on their ports are shown beside them.
    QList<Span> near;
    {
        Catalog protocolsOnly;
        protocolsOnly.setData(protocols, {}, {}); // matching needs no frequencies
        protocolsOnly.setUserData(custom, labels);
        for (const CatalogRow &row : protocolsOnly.rows()) {
            if (!query.matches(row))
                continue;
            for (const PortSpan &s : row.spans)
                near.append({s.first, s.last});
        }
    }

    // The port card of a port search names the nearest assigned ports below and above each
    // asked range: those registry lines are kept too (a few at most).
    struct Neighbour
    {
        int port = -1;
        std::string_view line;
    };
    QList<Neighbour> below(asked.size());
    QList<Neighbour> above(asked.size());
    QList<std::string_view> keptLines; // in the snapshot's order
    std::string lowered;
    bool headerSeen = false;
    const char *p = tsv.constData();
    const char *const end = p + tsv.size();
    while (p < end) {
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', std::size_t(end - p)));
        const char *lineEnd = newline ? newline : end;
        std::string_view line(p, std::size_t(lineEnd - p));
        p = newline ? newline + 1 : end;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        bool keep = !headerSeen;
        if (headerSeen) {
            ++m_total;
            int first = 0;
            int last = 0;
            // Every line is checked as the full load checks it (which then ignores the whole
            // snapshot): a line it would refuse sends this lookup there too.
            if (!plausibleLine(line, &first, &last))
                return fallBack("the registry snapshot has a line it cannot read");
            for (qsizetype a = 0; a < asked.size(); ++a) {
                if (last < asked.at(a).first && last > below.at(a).port)
                    below[a] = {last, line};
                if (first > asked.at(a).last && (above.at(a).port < 0 || first < above.at(a).port))
                    above[a] = {first, line};
            }
            const bool asPort = asked.isEmpty() || overlapsAny(asked, first, last);
            keep = overlapsAny(near, first, last) ||
                   (registryCanMatch && asPort &&
                    (needles.isEmpty() || mayContainAll(line, needles, &lowered)));
        }
        headerSeen = true;
        if (keep)
            keptLines.append(line);
    }
    for (const QList<Neighbour> *side : {&below, &above})
        for (const Neighbour &n : *side)
            if (n.port >= 0)
                keptLines.append(n.line);
    // Back in the snapshot's order (the neighbours came last), each line once.
    std::sort(keptLines.begin(), keptLines.end(),
              [](std::string_view a, std::string_view b) { return a.data() < b.data(); });
    keptLines.erase(
        std::unique(keptLines.begin(), keptLines.end(),
                    [](std::string_view a, std::string_view b) { return a.data() == b.data(); }),
        keptLines.end());
    QByteArray kept;
    for (std::string_view line : std::as_const(keptLines)) {
        kept.append(line.data(), qsizetype(line.size()));
        kept.append('\n');
    }
    // The rows are the truth; a snapshot that disagrees is ignored (ReferenceRepository).
    if (m_total != rowCount)
        return fallBack("the registry snapshot disagrees with the registry rows");
    RegistryTsvReader reader;
    if (!reader.parse(kept, QStringLiteral("registry_snapshot")))
        return fallBack("the registry snapshot cannot be read");
    m_kept = reader.records().size();

    // How common a port is, for the ports the rows and the port cards can show.
    QBitArray shown(65536);
    const auto show = [&shown](int first, int last) {
        first = std::max(first, 0);
        last = std::min(last, 65535);
        if (first <= last)
            shown.fill(true, first, last + 1);
    };
    for (const QList<Protocol> *list : {&protocols, &custom})
        for (const Protocol &p : *list)
            for (const PortAssignment &a : p.ports)
                show(a.first, a.last);
    for (const RegistryRecord &r : reader.records())
        show(r.first, r.last);
    for (const Span &a : std::as_const(asked))
        show(a.first, a.last);
    const OpenFrequencies frequencies = NmapServicesParser::readSystemFile(&m_warning, shown)
                                            .overriddenBy(OpenFrequencies(imported));
    catalog->setData(std::move(protocols), reader.records(), frequencies);
    catalog->setUserData(std::move(custom), labels);
    return Outcome::Loaded;
}

} // namespace portolan
