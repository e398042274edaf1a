#pragma once
// The schema's migrations (docs/storage.md §4): SQL files embedded as
// :/db/migrations/NNNN_name.sql, where NNNN is the schema version the file produces. Database
// applies them in order, each in its own transaction.
#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

struct SchemaMigration
{
    int version = 0;
    QString resource;
};

// Every embedded migration, by version.
const QList<SchemaMigration> &schemaMigrations();

// A migration's statements, split at semicolons that end a line. Migrations therefore keep one
// statement per ';'-terminated block (no triggers with inner semicolons at a line's end).
QStringList migrationStatements(const QString &sql);

} // namespace portolan
