#pragma once

#include "domain/RegistryRecord.h"

#include <QString>
#include <QVariantList>

namespace portolan {

class Statement;

// The thirteen columns of an IANA registry row, as both the registry table (the effective
// registry) and import_registry (the last imported CSV) store them: one column list, one
// reader and one binder, so the two tables cannot drift apart.
namespace RegistryRows {

// "service, port_first, …, assignment_notes", in the order read() and values() use.
QString columns();
// The record in the row's columns first..first+12.
RegistryRecord read(const Statement &row, int first = 0);
// The thirteen values to bind, text columns as '' rather than NULL.
QVariantList values(const RegistryRecord &record);

} // namespace RegistryRows

} // namespace portolan
