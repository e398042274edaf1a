#include "storage/ReferenceRepository.h"

#include "catalog/RegistryTsvReader.h"
#include "storage/BatchInsert.h"
#include "storage/RegistryRows.h"
#include "storage/ScopedTransaction.h"
#include "storage/Statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace portolan {

namespace {

const QString kVersionKey = QStringLiteral("reference_version");
// The registry as one text value, written with its rows: reading 12,000 rows column by column
// through Qt SQL costs most of start-up, reading one value and splitting it a fraction.
const QString kSnapshotName = QStringLiteral("registry_snapshot");

QString kindName(Protocol::Kind k)
{
    return k == Protocol::Kind::IpProtocol ? QStringLiteral("ip-protocol")
                                           : QStringLiteral("service");
}

QByteArray encodeLists(const Protocol &p)
{
    QJsonArray exams;
    for (const ExamTag &t : p.exams) {
        QJsonObject o{{QStringLiteral("id"), t.exam}};
        if (!t.label.isEmpty())
            o.insert(QStringLiteral("label"), t.label);
        if (!t.objective.isEmpty())
            o.insert(QStringLiteral("objective"), t.objective);
        if (t.beyond)
            o.insert(QStringLiteral("beyond"), true);
        exams.append(o);
    }
    const QJsonObject lists{
        {QStringLiteral("aliases"), QJsonArray::fromStringList(p.aliases)},
        {QStringLiteral("counterparts"), QJsonArray::fromStringList(p.counterparts)},
        {QStringLiteral("related"), QJsonArray::fromStringList(p.related)},
        {QStringLiteral("exams"), exams},
        {QStringLiteral("sources"), QJsonArray::fromStringList(p.sources)},
    };
    return QJsonDocument(lists).toJson(QJsonDocument::Compact);
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

void decodeLists(const QByteArray &json, Protocol *p)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    p->aliases = toStringList(o.value(QLatin1String("aliases")));
    p->counterparts = toStringList(o.value(QLatin1String("counterparts")));
    p->related = toStringList(o.value(QLatin1String("related")));
    p->sources = toStringList(o.value(QLatin1String("sources")));
    for (const QJsonValue &v : o.value(QLatin1String("exams")).toArray()) {
        const QJsonObject e = v.toObject();
        p->exams.append({e.value(QLatin1String("id")).toString(),
                         e.value(QLatin1String("label")).toString(),
                         e.value(QLatin1String("objective")).toString(),
                         e.value(QLatin1String("beyond")).toBool()});
    }
}

} // namespace

ReferenceRepository::ReferenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString ReferenceRepository::storedVersion() const
{
    Statement q(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (q.exec({kVersionKey}) && q.next())
        return q.value(0).toString();
    m_error = q.error();
    return {};
}

bool ReferenceRepository::fail(const Statement &statement, const QString &where) const
{
    return fail(statement.error(), statement.resultCode(), where);
}

bool ReferenceRepository::fail(const BatchInsert &insert, const QString &where) const
{
    return fail(insert.error(), insert.resultCode(), where);
}

bool ReferenceRepository::fail(const QString &error, const QString &code,
                               const QString &where) const
{
    m_error = where.isEmpty() ? error : QStringLiteral("%1: %2").arg(where, error);
    m_diskFull = code == QLatin1String("13"); // SQLITE_FULL
    return false;
}

bool ReferenceRepository::replaceAll(const QList<Protocol> &protocols,
                                     const QList<RegistryRecord> &registry, const QString &version)
{
    ScopedTransaction tx(m_db);
    if (!tx.isActive()) {
        m_error = tx.errorText();
        return false;
    }
    Statement q(m_db);
    for (const char *sql :
         {"DELETE FROM ref_port", "DELETE FROM ref_protocol", "DELETE FROM registry"}) {
        if (!q.run(QLatin1String(sql)))
            return fail(q);
    }
    if (!insertProtocols(protocols) || !insertRegistry(registry))
        return false;
    if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) ||
        !q.exec({kVersionKey, version}))
        return fail(q);
    if (!tx.commit()) {
        m_error = tx.errorText();
        return false;
    }
    return true;
}

bool ReferenceRepository::replaceRegistry(const QList<RegistryRecord> &registry)
{
    Statement q(m_db);
    if (!q.run(QStringLiteral("DELETE FROM registry")))
        return fail(q);
    return insertRegistry(registry);
}

bool ReferenceRepository::insertProtocols(const QList<Protocol> &protocols)
{
    // Every protocol before any port: a port refers to its protocol's row.
    BatchInsert proto(m_db, QStringLiteral("ref_protocol"),
                      QStringLiteral("key, kind, abbreviation, name, summary, ip_protocol, "
                                     "security, security_reason, official_vs_common, notes, "
                                     "lists, category"),
                      12);
    bool ok = true;
    for (qsizetype i = 0; ok && i < protocols.size(); ++i) {
        const Protocol &p = protocols.at(i);
        ok = proto.add({p.key, kindName(p.kind), notNullText(p.abbreviation), notNullText(p.name),
                        notNullText(p.summary),
                        p.ipProtocol >= 0 ? QVariant(p.ipProtocol) : QVariant(),
                        securityName(p.security), notNullText(p.securityReason),
                        notNullText(p.officialVsCommon), notNullText(p.notes),
                        QString::fromUtf8(encodeLists(p)), notNullText(p.category)});
    }
    if (!ok || !proto.finish()) {
        const qsizetype row = proto.failedRow();
        return fail(proto, row >= 0 ? protocols.at(row).key : QString());
    }

    BatchInsert port(m_db, QStringLiteral("ref_port"),
                     QStringLiteral("protocol_key, seq, port_first, port_last, transport, role, "
                                    "iana_name, common_use"),
                     8);
    QStringList keyOfRow; // the protocol of each port row, to name the one SQLite refuses
    for (qsizetype p = 0; ok && p < protocols.size(); ++p) {
        const Protocol &protocol = protocols.at(p);
        for (qsizetype i = 0; ok && i < protocol.ports.size(); ++i) {
            const PortAssignment &a = protocol.ports.at(i);
            keyOfRow.append(protocol.key);
            ok = port.add({protocol.key, int(i), a.first, a.last, transportName(a.transport),
                           notNullText(a.role), notNullText(a.ianaName), notNullText(a.commonUse)});
        }
    }
    if (!ok || !port.finish()) {
        const qsizetype row = port.failedRow();
        return fail(port, row >= 0 ? keyOfRow.at(row) : QString());
    }
    return true;
}

bool ReferenceRepository::insertRegistry(const QList<RegistryRecord> &registry)
{
    Statement snapshot(m_db, QStringLiteral("INSERT OR REPLACE INTO registry_snapshot (id, tsv) "
                                            "VALUES (1, ?)"));
    if (!snapshot.exec({RegistryTsvReader::write(registry)}))
        return fail(snapshot);
    QString error;
    QString code;
    return RegistryRows::insertAll(m_db, QStringLiteral("registry"), registry, false, &error,
                                   &code) ||
           fail(error, code, {});
}

QList<Protocol> ReferenceRepository::loadProtocols() const
{
    QList<Protocol> out;
    QHash<QString, qsizetype> byKey;
    m_error.clear();
    Statement q(m_db,
                QStringLiteral(
                    "SELECT key, kind, abbreviation, name, summary, ip_protocol, security, "
                    "security_reason, official_vs_common, notes, lists, category FROM ref_protocol "
                    "ORDER BY key"));
    if (!q.exec()) {
        fail(q);
        return out;
    }
    while (q.next()) {
        Protocol p;
        p.key = q.value(0).toString();
        p.kind = q.value(1).toString() == QLatin1String("ip-protocol") ? Protocol::Kind::IpProtocol
                                                                       : Protocol::Kind::Service;
        p.abbreviation = q.value(2).toString();
        p.name = q.value(3).toString();
        p.summary = q.value(4).toString();
        p.ipProtocol = q.value(5).isNull() ? -1 : q.value(5).toInt();
        parseSecurity(q.value(6).toString(), &p.security);
        p.securityReason = q.value(7).toString();
        p.officialVsCommon = q.value(8).toString();
        p.notes = q.value(9).toString();
        decodeLists(q.value(10).toByteArray(), &p);
        p.category = q.value(11).toString();
        byKey.insert(p.key, out.size());
        out.append(p);
    }
    // A read that stops early (a damaged page) is an error, not the end of the table.
    if (q.hasError()) {
        fail(q);
        return out;
    }
    Statement ports(m_db, QStringLiteral("SELECT protocol_key, port_first, port_last, transport, "
                                         "role, iana_name, common_use FROM ref_port "
                                         "ORDER BY protocol_key, seq"));
    if (!ports.exec()) {
        fail(ports);
        return out;
    }
    while (ports.next()) {
        const auto it = byKey.constFind(ports.value(0).toString());
        if (it == byKey.cend())
            continue;
        PortAssignment a;
        a.first = ports.value(1).toInt();
        a.last = ports.value(2).toInt();
        parseTransport(ports.value(3).toString(), &a.transport);
        a.role = ports.value(4).toString();
        a.ianaName = ports.value(5).toString();
        a.commonUse = ports.value(6).toString();
        out[*it].ports.append(a);
    }
    if (ports.hasError())
        fail(ports);
    return out;
}

QList<RegistryRecord> ReferenceRepository::loadRegistry() const
{
    QByteArray tsv;
    qint64 rowCount = 0;
    if (readRegistrySnapshot(&tsv, &rowCount)) {
        RegistryTsvReader reader;
        // A snapshot that disagrees with the rows is ignored: the rows are the truth.
        if (reader.parse(tsv, kSnapshotName) && reader.records().size() == rowCount)
            return reader.records();
    }
    return loadRegistryRows();
}

bool ReferenceRepository::readRegistrySnapshot(QByteArray *tsv, qint64 *rowCount) const
{
    // As a blob: the UTF-8 bytes as stored, with no round trip through UTF-16.
    Statement q(m_db, QStringLiteral("SELECT (SELECT CAST(tsv AS BLOB) FROM registry_snapshot "
                                     "WHERE id = 1), (SELECT count(*) FROM registry)"));
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return false;
    *tsv = q.value(0).toByteArray();
    *rowCount = q.value(1).toLongLong();
    return true;
}

QList<RegistryRecord> ReferenceRepository::loadRegistryRows() const
{
    QList<RegistryRecord> out;
    Statement q(m_db, QStringLiteral("SELECT ") + RegistryRows::columns() +
                          QStringLiteral(" FROM registry ORDER BY id"));
    if (!q.exec() ||
        !q.forEachRow([&](const Statement &row) { out.append(RegistryRows::read(row)); }))
        fail(q);
    return out;
}

} // namespace portolan
