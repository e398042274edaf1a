#pragma once

#include "domain/RegistryRecord.h"
#include "importing/ImportData.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace portolan {

class ImportPlan;

// Reads and writes the import layers (import_registry, import_service, import_frequency,
// import_history; schema in db/migrations/0003_registry_import.sql). apply() writes a whole
// plan in one transaction together with the effective registry table, or nothing at all. The
// curated study set and the user tables are never written here.
class ImportRepository
{
public:
    explicit ImportRepository(QSqlDatabase db);

    // The registry of the last imported IANA CSV; empty when none was imported.
    QList<RegistryRecord> importedRegistry() const;
    // The imported services(5) entries, in the order they were first imported.
    QList<RegistryRecord> services() const;
    QList<PortFrequency> frequencies() const;
    // The id of the last applied import (0 when none): changes with every apply().
    qint64 generation() const;
    int importCount() const;

    // Refused when another import was applied since the plan was made (its generation).
    bool apply(const ImportPlan &plan, qint64 appliedAtMs);

    QString errorText() const { return m_error; }

private:
    bool exec(const QString &sql);
    bool writeImportedRegistry(const QList<RegistryRecord> &records);
    bool writeServices(const QList<RegistryRecord> &services);
    bool writeFrequencies(const QList<PortFrequency> &frequencies);
    bool writeHistory(const ImportPlan &plan, qint64 appliedAtMs);

    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace portolan
