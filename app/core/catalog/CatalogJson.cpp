#include "catalog/CatalogJson.h"

#include "catalog/Catalog.h"

#include <QJsonArray>

namespace portolan {

namespace {

QJsonObject portToJson(int first, int last, Transport t)
{
    QJsonObject o{{QStringLiteral("port"), first}, {QStringLiteral("transport"), transportName(t)}};
    if (last != first)
        o.insert(QStringLiteral("to"), last);
    return o;
}

void insertIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace

QJsonObject catalogRowToJson(const Catalog &catalog, int rowNumber)
{
    const CatalogRow &row = catalog.rows().at(rowNumber);
    QJsonObject o;
    if (row.firstPort >= 0)
        o.insert(QStringLiteral("range_class"), rangeClassId(row.rangeClass));
    if (row.howCommon >= 0)
        o.insert(QStringLiteral("how_common"), row.howCommon);
    insertIfSet(o, "category", row.category);
    if (row.isCurated()) {
        const Protocol &p = catalog.protocols().at(row.index);
        o.insert(QStringLiteral("origin"),
                 row.isCustom() ? QStringLiteral("custom") : QStringLiteral("curated"));
        o.insert(QStringLiteral("key"), p.key);
        o.insert(QStringLiteral("abbreviation"), p.abbreviation);
        o.insert(QStringLiteral("name"), p.name);
        o.insert(QStringLiteral("summary"), p.summary);
        if (p.kind == Protocol::Kind::IpProtocol)
            o.insert(QStringLiteral("ip_protocol"), p.ipProtocol);
        QJsonArray ports;
        for (const PortAssignment &a : p.ports) {
            QJsonObject po = portToJson(a.first, a.last, a.transport);
            insertIfSet(po, "role", a.role);
            po.insert(QStringLiteral("iana"), a.ianaName.isEmpty() ? QJsonValue() : a.ianaName);
            insertIfSet(po, "common_use", a.commonUse);
            ports.append(po);
        }
        o.insert(QStringLiteral("ports"), ports);
        o.insert(QStringLiteral("security"), securityName(p.security));
        o.insert(QStringLiteral("security_reason"), p.securityReason);
        o.insert(QStringLiteral("counterparts"), QJsonArray::fromStringList(p.counterparts));
        QJsonArray exams;
        for (const ExamTag &t : p.exams) {
            QJsonObject e{{QStringLiteral("id"), t.exam}};
            insertIfSet(e, "label", t.label);
            insertIfSet(e, "objective", t.objective);
            if (t.beyond)
                e.insert(QStringLiteral("beyond"), true);
            exams.append(e);
        }
        o.insert(QStringLiteral("exams"), exams);
        insertIfSet(o, "official_vs_common", p.officialVsCommon);
        o.insert(QStringLiteral("notes"), p.notes);
        o.insert(QStringLiteral("sources"), QJsonArray::fromStringList(p.sources));
        return o;
    }
    const RegistryRecord &r = catalog.registry().at(row.index);
    o.insert(QStringLiteral("origin"), QStringLiteral("registry"));
    o.insert(QStringLiteral("service"), r.service);
    o.insert(QStringLiteral("ports"), QJsonArray{portToJson(r.first, r.last, r.transport)});
    o.insert(QStringLiteral("description"), r.description);
    insertIfSet(o, "assignee", r.assignee);
    insertIfSet(o, "contact", r.contact);
    insertIfSet(o, "registration_date", r.registered);
    insertIfSet(o, "modification_date", r.modified);
    insertIfSet(o, "reference", r.reference);
    insertIfSet(o, "service_code", r.serviceCode);
    insertIfSet(o, "unauthorized_use_reported", r.unauthorizedUse);
    insertIfSet(o, "assignment_notes", r.assignmentNotes);
    if (row.explainedBy >= 0)
        o.insert(QStringLiteral("explained_by"), catalog.protocols().at(row.explainedBy).key);
    return o;
}

} // namespace portolan
