#pragma once

#include "domain/Protocol.h"
#include "domain/RegistryRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace portolan {

class BatchInsert;
class Statement;

// Reads and replaces the reference tables (curated study set and IANA registry). Replacing is
// one transaction: after a failure the previous reference is still there, whole. User tables
// are never touched here.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(QSqlDatabase db);

    // The version of the embedded data the tables were last filled from; empty when never.
    QString storedVersion() const;
    bool replaceAll(const QList<Protocol> &protocols, const QList<RegistryRecord> &registry,
                    const QString &version);

    // Rewrites the registry table only (after an import), inside the caller's transaction.
    bool replaceRegistry(const QList<RegistryRecord> &registry);

    QList<Protocol> loadProtocols() const;
    // From the snapshot written with the rows when it is there and agrees, else row by row.
    QList<RegistryRecord> loadRegistry() const;
    QList<RegistryRecord> loadRegistryRows() const;
    // The snapshot as stored (UTF-8 TSV, RegistryTsvReader's format) and the number of rows in
    // the registry table, to tell whether it agrees; false when there is none or it cannot be
    // read.
    bool readRegistrySnapshot(QByteArray *tsv, qint64 *rowCount) const;

    QString errorText() const { return m_error; }
    // The last failure was SQLite's "database or disk is full".
    bool diskFull() const { return m_diskFull; }

private:
    // Keeps the statement's error, after where (a key or a port) when given; always false.
    bool fail(const Statement &statement, const QString &where = {}) const;
    bool fail(const BatchInsert &insert, const QString &where) const;
    bool fail(const QString &error, const QString &code, const QString &where) const;
    bool insertProtocols(const QList<Protocol> &protocols);
    bool insertRegistry(const QList<RegistryRecord> &registry);

    QSqlDatabase m_db;
    mutable QString m_error;
    mutable bool m_diskFull = false;
};

} // namespace portolan
