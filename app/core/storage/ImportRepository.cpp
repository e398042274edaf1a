#include "storage/ImportRepository.h"

#include "importing/ImportPlan.h"
#include "storage/ReferenceRepository.h"
#include "storage/ScopedTransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace portolan {

namespace {

// Qt binds a null QString as SQL NULL; the columns are NOT NULL text.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

ImportRepository::ImportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool ImportRepository::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

QList<RegistryRecord> ImportRepository::importedRegistry() const
{
    QList<RegistryRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT service, port_first, port_last, transport, description, assignee, contact, "
            "registered, modified, reference, service_code, unauthorized_use, assignment_notes "
            "FROM import_registry ORDER BY seq"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        RegistryRecord r;
        r.service = q.value(0).toString();
        r.first = q.value(1).toInt();
        r.last = q.value(2).toInt();
        parseTransport(q.value(3).toString(), &r.transport);
        r.description = q.value(4).toString();
        r.assignee = q.value(5).toString();
        r.contact = q.value(6).toString();
        r.registered = q.value(7).toString();
        r.modified = q.value(8).toString();
        r.reference = q.value(9).toString();
        r.serviceCode = q.value(10).toString();
        r.unauthorizedUse = q.value(11).toString();
        r.assignmentNotes = q.value(12).toString();
        out.append(std::move(r));
    }
    return out;
}

QList<RegistryRecord> ImportRepository::services() const
{
    QList<RegistryRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT service, port_first, port_last, transport, description "
                               "FROM import_service ORDER BY seq"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        RegistryRecord r;
        r.service = q.value(0).toString();
        r.first = q.value(1).toInt();
        r.last = q.value(2).toInt();
        parseTransport(q.value(3).toString(), &r.transport);
        r.description = q.value(4).toString();
        out.append(std::move(r));
    }
    return out;
}

QList<PortFrequency> ImportRepository::frequencies() const
{
    QList<PortFrequency> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT port, transport, frequency, service FROM import_frequency "
                               "ORDER BY transport, port"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        PortFrequency f;
        f.port = q.value(0).toInt();
        parseTransport(q.value(1).toString(), &f.transport);
        f.frequency = q.value(2).toDouble();
        f.service = q.value(3).toString();
        out.append(std::move(f));
    }
    if (q.lastError().isValid())
        m_error = q.lastError().text();
    return out;
}

qint64 ImportRepository::generation() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM import_history")) && q.next())
        return q.value(0).toLongLong();
    m_error = q.lastError().text();
    return -1;
}

int ImportRepository::importCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM import_history")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool ImportRepository::apply(const ImportPlan &plan, qint64 appliedAtMs)
{
    m_error.clear();
    ScopedTransaction tx(m_db);
    if (!tx.isActive()) {
        m_error = tx.errorText();
        return false;
    }
    // Checked inside the write transaction, so no other import can slip in between.
    if (generation() != plan.generation()) {
        m_error = QCoreApplication::translate("ImportRepository",
                                              "The database changed since this preview (another "
                                              "import was applied). Preview the file again.");
        return false;
    }
    bool ok = true;
    ReferenceRepository reference(m_db);
    switch (plan.format()) {
    case ImportFormat::IanaCsv:
        ok = writeImportedRegistry(plan.registry()) &&
             exec(QStringLiteral("DELETE FROM import_service"));
        break;
    case ImportFormat::Services:
        ok = writeServices(plan.services());
        break;
    case ImportFormat::NmapServices:
        ok = writeFrequencies(plan.frequencies());
        break;
    }
    if (ok && plan.format() != ImportFormat::NmapServices &&
        !reference.replaceRegistry(plan.registry())) {
        m_error = reference.errorText();
        ok = false;
    }
    if (!ok || !writeHistory(plan, appliedAtMs))
        return false; // the transaction rolls back: nothing of the import remains
    if (!tx.commit()) {
        m_error = tx.errorText();
        return false;
    }
    return true;
}

bool ImportRepository::writeImportedRegistry(const QList<RegistryRecord> &records)
{
    if (!exec(QStringLiteral("DELETE FROM import_registry")))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO import_registry (seq, service, port_first, port_last, transport, "
        "description, assignee, contact, registered, modified, reference, service_code, "
        "unauthorized_use, assignment_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const RegistryRecord &r = records.at(i);
        q.addBindValue(qint64(i));
        q.addBindValue(text(r.service));
        q.addBindValue(r.first);
        q.addBindValue(r.last);
        q.addBindValue(transportName(r.transport));
        q.addBindValue(text(r.description));
        q.addBindValue(text(r.assignee));
        q.addBindValue(text(r.contact));
        q.addBindValue(text(r.registered));
        q.addBindValue(text(r.modified));
        q.addBindValue(text(r.reference));
        q.addBindValue(text(r.serviceCode));
        q.addBindValue(text(r.unauthorizedUse));
        q.addBindValue(text(r.assignmentNotes));
        if (!q.exec()) {
            m_error = QStringLiteral("%1/%2: %3")
                          .arg(r.portText(), transportName(r.transport), q.lastError().text());
            return false;
        }
    }
    return true;
}

bool ImportRepository::writeServices(const QList<RegistryRecord> &services)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM import_service")) || !q.next()) {
        m_error = q.lastError().text();
        return false;
    }
    qint64 seq = q.value(0).toLongLong();
    q.finish();
    // A service imported again keeps its place; only its description follows the newer file.
    q.prepare(QStringLiteral(
        "INSERT INTO import_service (port_first, port_last, transport, service, description, seq) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (port_first, port_last, transport, service) "
        "DO UPDATE SET description = excluded.description"));
    for (const RegistryRecord &s : services) {
        q.addBindValue(s.first);
        q.addBindValue(s.last);
        q.addBindValue(transportName(s.transport));
        q.addBindValue(text(s.service));
        q.addBindValue(text(s.description));
        q.addBindValue(++seq);
        if (!q.exec()) {
            m_error =
                QStringLiteral("%1/%2 %3: %4")
                    .arg(s.portText(), transportName(s.transport), s.service, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool ImportRepository::writeFrequencies(const QList<PortFrequency> &frequencies)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO import_frequency (port, transport, frequency, service) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (port, transport) DO UPDATE SET frequency = excluded.frequency, "
        "service = excluded.service"));
    for (const PortFrequency &f : frequencies) {
        q.addBindValue(f.port);
        q.addBindValue(transportName(f.transport));
        q.addBindValue(f.frequency);
        q.addBindValue(text(f.service));
        if (!q.exec()) {
            m_error = QStringLiteral("%1/%2: %3")
                          .arg(f.port)
                          .arg(transportName(f.transport), q.lastError().text());
            return false;
        }
    }
    return true;
}

bool ImportRepository::writeHistory(const ImportPlan &plan, qint64 appliedAtMs)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO import_history (format, file, applied_at, added, "
                             "changed, removed) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(importFormatId(plan.format()));
    q.addBindValue(text(plan.fileName()));
    q.addBindValue(appliedAtMs);
    q.addBindValue(plan.added());
    q.addBindValue(plan.changed());
    q.addBindValue(plan.removed());
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace portolan
