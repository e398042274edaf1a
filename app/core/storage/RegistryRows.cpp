#include "storage/RegistryRows.h"

#include "storage/BatchInsert.h"
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

bool insertAll(const QSqlDatabase &db, const QString &table, const QList<RegistryRecord> &records,
               bool numbered, QString *error, QString *code)
{
    BatchInsert insert(db, table, numbered ? QStringLiteral("seq, ") + columns() : columns(),
                       numbered ? 1 + kColumnCount : kColumnCount);
    bool ok = true;
    for (qsizetype i = 0; ok && i < records.size(); ++i)
        ok = insert.add(numbered ? QVariantList{qint64(i)} + values(records.at(i))
                                 : values(records.at(i)));
    if (ok && insert.finish())
        return true;
    *error = insert.error();
    if (insert.failedRow() >= 0) {
        const RegistryRecord &r = records.at(insert.failedRow());
        *error = QStringLiteral("%1/%2: %3").arg(r.portText(), transportName(r.transport), *error);
    }
    if (code)
        *code = insert.resultCode();
    return false;
}

} // namespace portolan::RegistryRows
