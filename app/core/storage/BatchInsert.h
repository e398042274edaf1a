#pragma once

#include "storage/Statement.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace portolan {

// Inserts many rows into one table, kRowsPerStatement to a statement, inside the caller's
// transaction. Row by row, SQLite gave every INSERT into a table with an index a statement
// journal of its own (the undo of that one statement, a 64 KiB buffer): the registry's 12,000
// rows allocated and freed 800 MB that way, half a first start in a sanitizer build.
//
// A statement whose row breaks a constraint undoes its own rows only, so the rows of that batch
// are tried once more one at a time: failedRow() and error() then name the row SQLite refused,
// as a row-by-row insert would. Any other failure (a full disk) may end the caller's transaction,
// so nothing more is written and no row is named.
class BatchInsert
{
public:
    static constexpr qsizetype kRowsPerStatement = 64;

    // columns: "a, b, c"; columnCount: how many they are.
    BatchInsert(const QSqlDatabase &db, const QString &table, const QString &columns,
                int columnCount);

    // Adds one row (columnCount values); a full batch is written at once. False on failure.
    bool add(const QVariantList &values);
    // Writes the rows not yet written. False on failure.
    bool finish();

    // The index (in the order add() saw them) of the row that failed; -1 when none did or the
    // failure is not one row's (a statement that cannot be prepared).
    qsizetype failedRow() const { return m_failedRow; }
    QString error() const { return m_error; }
    QString resultCode() const { return m_code; }

private:
    QString sqlFor(qsizetype rows) const;
    bool write();
    bool fail(const Statement &statement, qsizetype row);

    QSqlDatabase m_db;
    QString m_head;    // "INSERT INTO t (a, b) VALUES "
    QString m_row;     // "(?, ?)"
    QString m_fullSql; // the statement of a full batch, built once
    int m_columnCount;
    Statement m_full;
    QVariantList m_pending;
    qsizetype m_written = 0; // rows written before the pending ones
    qsizetype m_failedRow = -1;
    QString m_error;
    QString m_code;
};

} // namespace portolan
