#include "storage/RegistryRows.h"

#include "storage/Statement.h"

namespace portolan::RegistryRows {

QString columns()
{
    return QStringLiteral("service, port_first, port_last, transport, description, assignee, "
                          "contact, registered, modified, reference, service_code, "
                          "unauthorized_use, assignment_notes");
}

RegistryRecord read(const Statement &q, int first)
{
    RegistryRecord r;
    r.service = q.value(first).toString();
    r.first = q.value(first + 1).toInt();
    r.last = q.value(first + 2).toInt();
    parseTransport(q.value(first + 3).toString(), &r.transport);
    r.description = q.value(first + 4).toString();
    r.assignee = q.value(first + 5).toString();
    r.contact = q.value(first + 6).toString();
    r.registered = q.value(first + 7).toString();
    r.modified = q.value(first + 8).toString();
    r.reference = q.value(first + 9).toString();
    r.serviceCode = q.value(first + 10).toString();
    r.unauthorizedUse = q.value(first + 11).toString();
    r.assignmentNotes = q.value(first + 12).toString();
    return r;
}

QVariantList values(const RegistryRecord &r)
{
    return {notNullText(r.service),
            r.first,
            r.last,
            transportName(r.transport),
            notNullText(r.description),
            notNullText(r.assignee),
            notNullText(r.contact),
            notNullText(r.registered),
            notNullText(r.modified),
            notNullText(r.reference),
            notNullText(r.serviceCode),
            notNullText(r.unauthorizedUse),
            notNullText(r.assignmentNotes)};
}

} // namespace portolan::RegistryRows
