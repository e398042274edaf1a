#pragma once

#include "domain/RegistryRecord.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace portolan {

class Statement;

// The thirteen columns of an IANA registry row, as both the registry table (the effective
// registry) and import_registry (the last imported CSV) store them: one column list, one
// reader and one binder, so the two tables cannot drift apart.
namespace RegistryRows {

constexpr int kColumnCount = 13;
// "service, port_first, …, assignment_notes", in the order read() and values() use.
QString columns();
// The record in the row's columns first..first+12.
RegistryRecord read(const Statement &row, int first = 0);
// The thirteen values to bind, text columns as '' rather than NULL.
QVariantList values(const RegistryRecord &record);
// Inserts the records into `table` in batches (storage/BatchInsert.h), inside the caller's
// transaction; with `numbered`, a first column `seq` counts them from 0. False on failure, with
// *error naming the record SQLite refused ("80/tcp: …") and *code SQLite's result code.
bool insertAll(const QSqlDatabase &db, const QString &table, const QList<RegistryRecord> &records,
               bool numbered, QString *error, QString *code = nullptr);

} // namespace RegistryRows

} // namespace portolan
