#include "catalog/Catalog.h"

#include "catalog/EntryKey.h"
#include "catalog/SideBySide.h"
#include "domain/TextFold.h"

#include <QStringBuilder>
#include <algorithm>
#include <numeric>

namespace portolan {

namespace {

// Sort key: IP protocol numbers have no port and go after every port.
int sortPort(const CatalogRow &r)
{
    return r.firstPort >= 0 ? r.firstPort : 70000;
}

// Port and transport as one number, to find the few curated claims on a registry key without
// building a string per registry row.
int portKey(int port, Transport t)
{
    return port << 2 | int(t);
}

// Registries larger than this are folded on two threads.
constexpr int kSplitAbove = 4000;

} // namespace

// A curated protocol's claim on a port/transport under an IANA service name.
struct Catalog::Claim
{
    QString service;
    int protocol;
};

void Catalog::setData(QList<Protocol> protocols, QList<RegistryRecord> registry,
                      OpenFrequencies frequencies)
{
    m_protocols = std::move(protocols);
    m_registry = std::move(registry);
    m_frequencies = std::move(frequencies);
    m_curatedCount = int(m_protocols.size());
    m_labels.clear();
    m_protocolByKey.clear();
    for (int i = 0; i < m_protocols.size(); ++i)
        m_protocolByKey.insert(m_protocols.at(i).key, i);
    buildRows();
}

void Catalog::setUserData(QList<Protocol> customEntries, QHash<QString, QStringList> labels)
{
    // Most people have neither: the rows setData() built stay as they are.
    if (customEntries.isEmpty() && labels.isEmpty() && m_labels.isEmpty() &&
        m_protocols.size() == m_curatedCount)
        return;
    m_protocols.resize(m_curatedCount);
    // A custom key never shadows a curated one (the validator refuses it; this is the backstop).
    for (Protocol &p : customEntries) {
        if (m_protocolByKey.value(p.key, m_curatedCount) >= m_curatedCount)
            m_protocols.append(std::move(p));
    }
    m_labels = std::move(labels);
    m_protocolByKey.clear();
    for (int i = 0; i < m_protocols.size(); ++i)
        m_protocolByKey.insert(m_protocols.at(i).key, i);
    buildRows();
}

const Protocol *Catalog::protocol(const QString &key) const
{
    const int i = protocolIndex(key);
    return i < 0 ? nullptr : &m_protocols.at(i);
}

int Catalog::rowOfProtocol(int protocolIndex) const
{
    return protocolIndex >= 0 && protocolIndex < m_rowOfProtocol.size()
               ? m_rowOfProtocol.at(protocolIndex)
               : -1;
}

QList<int> Catalog::registryRowsOf(int protocolIndex) const
{
    QList<int> rows = m_registryRowsByProtocol.values(protocolIndex);
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<const RegistryRecord *> Catalog::registryAt(int port, Transport transport) const
{
    QList<const RegistryRecord *> out;
    for (const RegistryRecord &r : m_registry) {
        if (r.transport == transport && r.contains(port))
            out.append(&r);
    }
    return out;
}

CatalogRow Catalog::registryRow(int i, const CatalogRow *above,
                                const QMultiHash<int, Claim> &claims) const
{
    const RegistryRecord &r = m_registry.at(i);
    CatalogRow row;
    row.origin = CatalogRow::Origin::Registry;
    row.index = i;
    row.firstPort = r.first;
    row.transports = maskOf(r.transport);
    row.rangeClass = rangeClassOf(r.first);
    row.spans.append({r.first, r.last, r.transport});
    row.howCommon = m_frequencies.maxIn(r.first, r.last, r.transport);
    // The TCP and UDP rows of a service repeat their text: fold it once (the registry reader
    // already shares equal strings between them).
    const RegistryRecord *previous = above ? &m_registry.at(above->index) : nullptr;
    if (previous && previous->service == r.service && previous->description == r.description &&
        previous->assignmentNotes == r.assignmentNotes && above->labels.isEmpty()) {
        row.exactNames = above->exactNames;
        row.folded = above->folded;
    } else {
        if (!r.service.isEmpty())
            row.exactNames << foldText(r.service);
        row.folded = foldText(QString(r.service % QLatin1Char(' ') % r.description %
                                      QLatin1Char(' ') % r.assignmentNotes));
    }
    // A key per registry row is built only when the user labelled anything.
    if (!m_labels.isEmpty()) {
        const auto labels = m_labels.constFind(registryEntryKey(r));
        if (labels != m_labels.cend()) {
            for (const QString &l : *labels)
                row.labels << foldText(l);
            row.folded += QLatin1Char(' ') + row.labels.join(QLatin1Char(' '));
        }
    }
    // The category is clear when a study-set entry claims the row under its IANA name; of
    // several (HTTPS, DoH and HTTP/3 on 443/udp) the one named like the service decides.
    int namesake = -1;
    for (auto it = claims.constFind(portKey(r.first, r.transport));
         it != claims.cend() && it.key() == portKey(r.first, r.transport); ++it) {
        if (it->service.compare(r.service, Qt::CaseInsensitive) == 0) {
            row.explainedBy = it->protocol;
            if (m_protocols.at(it->protocol).key.compare(r.service, Qt::CaseInsensitive) == 0)
                namesake = it->protocol;
        }
    }
    if (row.explainedBy >= 0)
        row.category = m_protocols.at(namesake >= 0 ? namesake : row.explainedBy).category;
    return row;
}

void Catalog::buildRows()
{
    m_rows.clear();
    m_rows.reserve(m_protocols.size() + m_registry.size());

    // Which curated protocol explains a registry record: the one that claims its exact
    // port/transport under the record's own service name.
    QMultiHash<int, Claim> claims;
    for (int i = 0; i < m_protocols.size(); ++i) {
        const Protocol &p = m_protocols.at(i);
        CatalogRow row;
        row.origin = i < m_curatedCount ? CatalogRow::Origin::Curated : CatalogRow::Origin::Custom;
        row.index = i;
        row.security = p.security;
        for (const QString &l : m_labels.value(p.key))
            row.labels << foldText(l);
        QString text = row.labels.join(QLatin1Char(' ')) + QLatin1Char(' ') + p.abbreviation +
                       QLatin1Char(' ') + p.name + QLatin1Char(' ') +
                       p.aliases.join(QLatin1Char(' ')) + QLatin1Char(' ') + p.summary +
                       QLatin1Char(' ') + p.notes + QLatin1Char(' ') + p.key;
        row.key = p.key;
        row.category = p.category;
        row.exactNames << foldText(p.abbreviation) << foldText(p.key);
        for (const QString &a : p.aliases)
            row.exactNames << foldText(a);
        for (const PortAssignment &a : p.ports) {
            const bool owner = a.ianaName.compare(p.key, Qt::CaseInsensitive) == 0 ||
                               a.ianaName.compare(p.abbreviation, Qt::CaseInsensitive) == 0;
            row.spans.append({a.first, a.last, a.transport, owner});
            row.transports |= maskOf(a.transport);
            if (row.firstPort < 0 || a.first < row.firstPort)
                row.firstPort = a.first;
            row.howCommon =
                std::max(row.howCommon, m_frequencies.maxIn(a.first, a.last, a.transport));
            if (!a.ianaName.isEmpty()) {
                text += QLatin1Char(' ') + a.ianaName;
                claims.insert(portKey(a.first, a.transport), {a.ianaName, i});
            }
        }
        row.rangeClass = rangeClassOf(qMax(0, row.firstPort));
        for (const ExamTag &t : p.exams)
            (t.beyond ? row.beyondExams : row.exams) << t.exam;
        row.folded = foldText(text);
        m_rows.append(std::move(row));
    }
    // Registry rows depend on nothing but their record and what is read-only here, so a large
    // registry is folded in two halves on two threads (start-up builds 12,000 rows).
    const auto registryRows = [this, &claims](int from, int to, QList<CatalogRow> *out) {
        out->reserve(to - from);
        for (int i = from; i < to; ++i) {
            // Only a registry row can be a twin (the first one follows the study set).
            const bool twin =
                !out->isEmpty() && out->constLast().origin == CatalogRow::Origin::Registry;
            out->append(registryRow(i, twin ? &out->constLast() : nullptr, claims));
        }
    };
    const int count = int(m_registry.size());
    if (count < kSplitAbove) {
        registryRows(0, count, &m_rows);
    } else {
        QList<CatalogRow> second;
        runSideBySide([&] { registryRows(0, count / 2, &m_rows); },
                      [&] { registryRows(count / 2, count, &second); });
        for (CatalogRow &row : second)
            m_rows.append(std::move(row));
    }

    // Sort a permutation, then move each row once: rows are large, and moving them around
    // inside the sort cost more than the comparisons.
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int ia, int ib) {
        const CatalogRow &a = m_rows.at(ia);
        const CatalogRow &b = m_rows.at(ib);
        if (sortPort(a) != sortPort(b))
            return sortPort(a) < sortPort(b);
        if (a.isCurated() != b.isCurated())
            return a.isCurated();
        return a.transports < b.transports;
    });
    QList<CatalogRow> sorted;
    sorted.reserve(m_rows.size());
    for (int i : std::as_const(order))
        sorted.append(std::move(m_rows[i]));
    m_rows = std::move(sorted);

    m_rowOfProtocol.fill(-1, m_protocols.size());
    m_registryRowsByProtocol.clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        const CatalogRow &row = m_rows.at(r);
        if (row.isCurated())
            m_rowOfProtocol[row.index] = r;
        else if (row.explainedBy >= 0)
            m_registryRowsByProtocol.insert(row.explainedBy, r);
    }
}

} // namespace portolan
