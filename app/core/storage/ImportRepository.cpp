#include "storage/ImportRepository.h"

#include "importing/ImportPlan.h"
#include "storage/ReferenceRepository.h"
#include "storage/RegistryRows.h"
#include "storage/ScopedTransaction.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace portolan {

namespace {} // namespace

ImportRepository::ImportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

bool ImportRepository::exec(const QString &sql)
{
    Statement q(m_db);
    if (q.run(sql))
        return true;
    m_error = q.error();
    return false;
}

QList<RegistryRecord> ImportRepository::importedRegistry() const
{
    QList<RegistryRecord> out;
    Statement q(m_db, QStringLiteral("SELECT ") + RegistryRows::columns() +
                          QStringLiteral(" FROM import_registry ORDER BY seq"));
    if (!q.exec() ||
        !q.forEachRow([&](const Statement &row) { out.append(RegistryRows::read(row)); }))
        m_error = q.error();
    return out;
}

QList<RegistryRecord> ImportRepository::services() const
{
    QList<RegistryRecord> out;
    Statement q(m_db, QStringLiteral("SELECT service, port_first, port_last, transport, "
                                     "description FROM import_service ORDER BY seq"));
    const auto take = [&](const Statement &row) {
        RegistryRecord r;
        r.service = row.value(0).toString();
        r.first = row.value(1).toInt();
        r.last = row.value(2).toInt();
        parseTransport(row.value(3).toString(), &r.transport);
        r.description = row.value(4).toString();
        out.append(std::move(r));
    };
    if (!q.exec() || !q.forEachRow(take))
        m_error = q.error();
    return out;
}

QList<PortFrequency> ImportRepository::frequencies() const
{
    QList<PortFrequency> out;
    Statement q(m_db, QStringLiteral("SELECT port, transport, frequency, service FROM "
                                     "import_frequency ORDER BY transport, port"));
    const auto take = [&](const Statement &row) {
        PortFrequency f;
        f.port = row.value(0).toInt();
        parseTransport(row.value(1).toString(), &f.transport);
        f.frequency = row.value(2).toDouble();
        f.service = row.value(3).toString();
        out.append(std::move(f));
    };
    if (!q.exec() || !q.forEachRow(take))
        m_error = q.error();
    return out;
}

qint64 ImportRepository::generation() const
{
    Statement q(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM import_history"));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    m_error = q.error();
    return -1;
}

int ImportRepository::importCount() const
{
    Statement q(m_db, QStringLiteral("SELECT count(*) FROM import_history"));
    if (q.exec() && q.next())
        return q.value(0).toInt();
    m_error = q.error();
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
    return RegistryRows::insertAll(m_db, QStringLiteral("import_registry"), records, true,
                                   &m_error);
}

bool ImportRepository::writeServices(const QList<RegistryRecord> &services)
{
    Statement last(m_db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM import_service"));
    if (!last.exec() || !last.next()) {
        m_error = last.error();
        return false;
    }
    qint64 seq = last.value(0).toLongLong();
    last.finish();
    // A service imported again keeps its place; only its description follows the newer file.
    Statement q(
        m_db,
        QStringLiteral(
            "INSERT INTO import_service (port_first, port_last, transport, service, description, "
            "seq) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (port_first, port_last, transport, service) "
            "DO UPDATE SET description = excluded.description"));
    for (const RegistryRecord &s : services) {
        if (!q.exec({s.first, s.last, transportName(s.transport), notNullText(s.service),
                     notNullText(s.description), ++seq})) {
            m_error = QStringLiteral("%1/%2 %3: %4")
                          .arg(s.portText(), transportName(s.transport), s.service, q.error());
            return false;
        }
    }
    return true;
}

bool ImportRepository::writeFrequencies(const QList<PortFrequency> &frequencies)
{
    Statement q(m_db,
                QStringLiteral(
                    "INSERT INTO import_frequency (port, transport, frequency, service) VALUES (?, "
                    "?, ?, ?) "
                    "ON CONFLICT (port, transport) DO UPDATE SET frequency = excluded.frequency, "
                    "service = excluded.service"));
    for (const PortFrequency &f : frequencies) {
        if (!q.exec({f.port, transportName(f.transport), f.frequency, notNullText(f.service)})) {
            m_error =
                QStringLiteral("%1/%2: %3").arg(f.port).arg(transportName(f.transport), q.error());
            return false;
        }
    }
    return true;
}

bool ImportRepository::writeHistory(const ImportPlan &plan, qint64 appliedAtMs)
{
    Statement q(m_db, QStringLiteral("INSERT INTO import_history (format, file, applied_at, "
                                     "added, changed, removed) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q.exec({importFormatId(plan.format()), notNullText(plan.fileName()), appliedAtMs,
                 plan.added(), plan.changed(), plan.removed()})) {
        m_error = q.error();
        return false;
    }
    return true;
}

} // namespace portolan
