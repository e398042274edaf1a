#include "network/AtlasMatcher.h"

#include "catalog/Catalog.h"
#include "map/EphemeralRanges.h"
#include "map/PortCard.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace portolan {

namespace {

bool rowHasPort(const CatalogRow &row, int port, Transport transport)
{
    return std::any_of(row.spans.cbegin(), row.spans.cend(), [&](const PortSpan &s) {
        return s.transport == transport && s.first <= port && s.last >= port;
    });
}

bool ownsPort(const CatalogRow &row, int port, Transport transport)
{
    return std::any_of(row.spans.cbegin(), row.spans.cend(), [&](const PortSpan &s) {
        return s.ianaOwner && s.transport == transport && s.first <= port && s.last >= port;
    });
}

} // namespace

QString matchKindId(AtlasMatch::Kind kind)
{
    switch (kind) {
    case AtlasMatch::Kind::StudySet:
        return QStringLiteral("study-set");
    case AtlasMatch::Kind::Registry:
        return QStringLiteral("registry");
    case AtlasMatch::Kind::PortCard:
        return QStringLiteral("port-card");
    }
    return {};
}

QString AtlasMatch::summary() const
{
    QString out = label;
    if (kind == Kind::StudySet) {
        if (security != Security::Unclassified)
            out += QStringLiteral(" (%1)").arg(securityName(security));
        if (!counterparts.isEmpty())
            out += QCoreApplication::translate("AtlasMatch", ", secure counterpart: %1")
                       .arg(counterparts.join(QStringLiteral(", ")));
        if (!exams.isEmpty())
            out += QStringLiteral("; ") + exams.join(QStringLiteral(", "));
    } else if (kind == Kind::Registry) {
        out = QCoreApplication::translate("AtlasMatch", "IANA: %1").arg(label);
    } else {
        out = QCoreApplication::translate("AtlasMatch", "unassigned, %1").arg(range);
        if (!ephemeral.isEmpty())
            out += QCoreApplication::translate("AtlasMatch", "; client port on %1")
                       .arg(ephemeral.join(QStringLiteral(", ")));
    }
    return out;
}

QJsonObject AtlasMatch::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), matchKindId(kind)}, {QStringLiteral("label"), label}};
    if (!key.isEmpty())
        o.insert(QStringLiteral("key"), key);
    if (!name.isEmpty())
        o.insert(QStringLiteral("name"), name);
    if (kind == Kind::StudySet) {
        o.insert(QStringLiteral("security"), securityName(security));
        o.insert(QStringLiteral("securityReason"), securityReason);
        o.insert(QStringLiteral("counterparts"), QJsonArray::fromStringList(counterparts));
        o.insert(QStringLiteral("exams"), QJsonArray::fromStringList(exams));
    }
    if (!range.isEmpty())
        o.insert(QStringLiteral("range"), range);
    if (!ephemeral.isEmpty())
        o.insert(QStringLiteral("ephemeralOn"), QJsonArray::fromStringList(ephemeral));
    return o;
}

AtlasMatcher::AtlasMatcher(const Catalog &catalog) : m_catalog(catalog), m_lookup(catalog) {}

AtlasMatch AtlasMatcher::fromStudySet(int row) const
{
    const CatalogRow &r = m_catalog.rows().at(row);
    const Protocol &p = m_catalog.protocols().at(r.index);
    AtlasMatch m;
    m.kind = AtlasMatch::Kind::StudySet;
    m.row = row;
    m.key = p.key;
    m.label = p.abbreviation.isEmpty() ? p.name : p.abbreviation;
    m.name = p.name;
    m.security = p.security;
    m.securityReason = p.securityReason;
    for (const QString &k : p.counterparts) {
        const Protocol *c = m_catalog.protocol(k);
        m.counterparts << (c ? (c->abbreviation.isEmpty() ? c->name : c->abbreviation) : k);
    }
    for (const ExamTag &t : p.exams)
        if (!t.beyond)
            m.exams << t.citation();
    return m;
}

AtlasMatch AtlasMatcher::match(int port, Transport transport, const QString &serviceHint) const
{
    const QList<CatalogRow> &rows = m_catalog.rows();
    QList<int> curated;
    int registryRow = -1;
    for (int r : m_lookup.rowsIn(port, port)) {
        const CatalogRow &row = rows.at(r);
        if (!rowHasPort(row, port, transport))
            continue;
        if (row.isCurated())
            curated.append(r);
        else if (registryRow < 0)
            registryRow = r;
    }
    if (!curated.isEmpty()) {
        int best = curated.first();
        const QString hint = serviceHint.toLower();
        bool named = false;
        for (int r : std::as_const(curated)) {
            const Protocol &p = m_catalog.protocols().at(rows.at(r).index);
            const bool hit = !hint.isEmpty() &&
                             (p.key == hint || p.abbreviation.toLower() == hint ||
                              std::any_of(p.ports.cbegin(), p.ports.cend(), [&](const auto &a) {
                                  return a.ianaName.toLower() == hint;
                              }));
            if (hit) {
                best = r;
                named = true;
                break;
            }
        }
        if (!named) {
            // The one IANA registers on this transport, before one merely found there.
            for (int r : std::as_const(curated))
                if (ownsPort(rows.at(r), port, transport)) {
                    best = r;
                    break;
                }
        }
        return fromStudySet(best);
    }
    if (registryRow >= 0) {
        const RegistryRecord &rec = m_catalog.registry().at(rows.at(registryRow).index);
        AtlasMatch m;
        m.kind = AtlasMatch::Kind::Registry;
        m.row = registryRow;
        m.label = rec.service.isEmpty() ? rec.description : rec.service;
        m.name = rec.description;
        return m;
    }
    const PortCard card = PortCard::make(m_catalog, port, port);
    AtlasMatch m;
    m.kind = AtlasMatch::Kind::PortCard;
    m.range = card.rangeText();
    m.label = m.range;
    for (const EphemeralRange *e : card.ephemeral)
        m.ephemeral << e->shortName;
    m.ephemeral.removeDuplicates();
    return m;
}

} // namespace portolan
