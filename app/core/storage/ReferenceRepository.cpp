#include "storage/ReferenceRepository.h"

#include "catalog/RegistryTsvReader.h"
#include "storage/ScopedTransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace portolan {

namespace {

const QString kVersionKey = QStringLiteral("reference_version");
// The registry as one text value, written with its rows: reading 12,000 rows column by column
// through Qt SQL costs most of start-up, reading one value and splitting it a fraction.
const QString kSnapshotName = QStringLiteral("registry_snapshot");

// Qt binds a null QString as SQL NULL; the reference columns are NOT NULL text.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

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
        p->exams.append(
            {e.value(QLatin1String("id")).toString(), e.value(QLatin1String("label")).toString()});
    }
}

} // namespace

ReferenceRepository::ReferenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString ReferenceRepository::storedVersion() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kVersionKey);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool ReferenceRepository::replaceAll(const QList<Protocol> &protocols,
                                     const QList<RegistryRecord> &registry, const QString &version)
{
    ScopedTransaction tx(m_db);
    if (!tx.isActive()) {
        m_error = tx.errorText();
        return false;
    }
    QSqlQuery q(m_db);
    for (const char *sql :
         {"DELETE FROM ref_port", "DELETE FROM ref_protocol", "DELETE FROM registry"}) {
        if (!q.exec(QLatin1String(sql))) {
            m_error = q.lastError().text();
            return false;
        }
    }
    if (!insertProtocols(protocols) || !insertRegistry(registry))
        return false;
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(kVersionKey);
    q.addBindValue(version);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (!tx.commit()) {
        m_error = tx.errorText();
        return false;
    }
    return true;
}

bool ReferenceRepository::replaceRegistry(const QList<RegistryRecord> &registry)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM registry"))) {
        m_error = q.lastError().text();
        return false;
    }
    return insertRegistry(registry);
}

bool ReferenceRepository::insertProtocols(const QList<Protocol> &protocols)
{
    QSqlQuery proto(m_db);
    proto.prepare(QStringLiteral(
        "INSERT INTO ref_protocol (key, kind, abbreviation, name, summary, ip_protocol, "
        "security, security_reason, official_vs_common, notes, lists) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery port(m_db);
    port.prepare(QStringLiteral(
        "INSERT INTO ref_port (protocol_key, seq, port_first, port_last, transport, role, "
        "iana_name, common_use) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Protocol &p : protocols) {
        proto.addBindValue(p.key);
        proto.addBindValue(kindName(p.kind));
        proto.addBindValue(text(p.abbreviation));
        proto.addBindValue(text(p.name));
        proto.addBindValue(text(p.summary));
        proto.addBindValue(p.ipProtocol >= 0 ? QVariant(p.ipProtocol) : QVariant());
        proto.addBindValue(securityName(p.security));
        proto.addBindValue(text(p.securityReason));
        proto.addBindValue(text(p.officialVsCommon));
        proto.addBindValue(text(p.notes));
        proto.addBindValue(QString::fromUtf8(encodeLists(p)));
        if (!proto.exec()) {
            m_error = QStringLiteral("%1: %2").arg(p.key, proto.lastError().text());
            return false;
        }
        for (qsizetype i = 0; i < p.ports.size(); ++i) {
            const PortAssignment &a = p.ports.at(i);
            port.addBindValue(p.key);
            port.addBindValue(int(i));
            port.addBindValue(a.first);
            port.addBindValue(a.last);
            port.addBindValue(transportName(a.transport));
            port.addBindValue(text(a.role));
            port.addBindValue(text(a.ianaName));
            port.addBindValue(text(a.commonUse));
            if (!port.exec()) {
                m_error = QStringLiteral("%1: %2").arg(p.key, port.lastError().text());
                return false;
            }
        }
    }
    return true;
}

bool ReferenceRepository::insertRegistry(const QList<RegistryRecord> &registry)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO registry_snapshot (id, tsv) VALUES (1, ?)"));
    q.addBindValue(RegistryTsvReader::write(registry));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    q.prepare(QStringLiteral(
        "INSERT INTO registry (service, port_first, port_last, transport, description, "
        "assignee, contact, registered, modified, reference, service_code, unauthorized_use, "
        "assignment_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const RegistryRecord &r : registry) {
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

QList<Protocol> ReferenceRepository::loadProtocols() const
{
    QList<Protocol> out;
    QHash<QString, qsizetype> byKey;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT key, kind, abbreviation, name, summary, ip_protocol, security, "
            "security_reason, official_vs_common, notes, lists FROM ref_protocol ORDER BY key"))) {
        m_error = q.lastError().text();
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
        byKey.insert(p.key, out.size());
        out.append(p);
    }
    // A read that stops early (a damaged page) is an error, not the end of the table.
    if (q.lastError().isValid()) {
        m_error = q.lastError().text();
        return out;
    }
    q.finish();
    if (!q.exec(QStringLiteral("SELECT protocol_key, port_first, port_last, transport, role, "
                               "iana_name, common_use FROM ref_port ORDER BY protocol_key, seq"))) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const auto it = byKey.constFind(q.value(0).toString());
        if (it == byKey.cend())
            continue;
        PortAssignment a;
        a.first = q.value(1).toInt();
        a.last = q.value(2).toInt();
        parseTransport(q.value(3).toString(), &a.transport);
        a.role = q.value(4).toString();
        a.ianaName = q.value(5).toString();
        a.commonUse = q.value(6).toString();
        out[*it].ports.append(a);
    }
    if (q.lastError().isValid())
        m_error = q.lastError().text();
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // As a blob: the UTF-8 bytes as stored, with no round trip through UTF-16.
    q.prepare(QStringLiteral("SELECT (SELECT CAST(tsv AS BLOB) FROM registry_snapshot "
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
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT service, port_first, port_last, transport, description, assignee, contact, "
            "registered, modified, reference, service_code, unauthorized_use, assignment_notes "
            "FROM registry ORDER BY id"))) {
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
        out.append(r);
    }
    return out;
}

} // namespace portolan
