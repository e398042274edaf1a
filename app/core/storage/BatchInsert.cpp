#include "storage/BatchInsert.h"

#include <QStringList>

namespace portolan {

BatchInsert::BatchInsert(const QSqlDatabase &db, const QString &table, const QString &columns,
                         int columnCount)
    : m_db(db), m_head(QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns)),
      m_columnCount(columnCount), m_full(db)
{
    m_row = QStringLiteral("(") +
            QStringList(columnCount, QStringLiteral("?")).join(QStringLiteral(", ")) +
            QStringLiteral(")");
    m_pending.reserve(kRowsPerStatement * columnCount);
    m_fullSql = sqlFor(kRowsPerStatement);
}

QString BatchInsert::sqlFor(qsizetype rows) const
{
    return m_head + QStringList(rows, m_row).join(QStringLiteral(", "));
}

bool BatchInsert::add(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columnCount);
    m_pending += values;
    return m_pending.size() < kRowsPerStatement * m_columnCount || write();
}

bool BatchInsert::finish()
{
    return m_pending.isEmpty() || write();
}

bool BatchInsert::write()
{
    const qsizetype rows = m_pending.size() / m_columnCount;
    // The full batch's statement is prepared once and kept; a last, shorter one is not.
    Statement rest(m_db);
    Statement &q = rows == kRowsPerStatement ? m_full : rest;
    if (!q.prepare(rows == kRowsPerStatement ? m_fullSql : sqlFor(rows)))
        return fail(q, -1);
    if (!q.exec(m_pending)) {
        // Any failure but a refused row (a full disk, an I/O error) may have ended the
        // caller's transaction: nothing more may be written, not even to find a row.
        constexpr int kSqliteConstraint = 19; // primary result code; 275 is CHECK, 1555 PK
        if ((q.resultCode().toInt() & 0xff) != kSqliteConstraint)
            return fail(q, -1);
        // Which row: SQLite undid this statement's rows only, so they go in again one by one
        // until the one it refuses.
        Statement one(m_db);
        if (!one.prepare(sqlFor(1)))
            return fail(q, -1);
        for (qsizetype r = 0; r < rows; ++r) {
            if (!one.exec(m_pending.mid(r * m_columnCount, m_columnCount)))
                return fail(one, m_written + r);
        }
        return fail(q, -1); // the batch failed, but no row alone does
    }
    m_written += rows;
    m_pending.clear();
    return true;
}

bool BatchInsert::fail(const Statement &statement, qsizetype row)
{
    m_failedRow = row;
    m_error = statement.error();
    m_code = statement.resultCode();
    return false;
}

} // namespace portolan
