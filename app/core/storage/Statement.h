#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <utility>

namespace portolan {

// One SQL statement on one connection: prepare, bind, execute, read forward-only. Every
// repository goes through it, so every failure reads the same way: SQLite's own message and the
// statement it came from ("no such table: user_note, in: SELECT body FROM user_note …"), never
// Qt's "Parameter count mismatch" that a failed prepare otherwise turns into.
//
// A statement kept as a member is prepared once and then only re-bound (prepare() with the same
// text does nothing), so a hot path parses no SQL. Not thread-safe, like its connection.
class Statement
{
public:
    // While one lives on this thread, damage SQLite reports leaves no check marker beside the
    // file: the open's own inspection, which refuses a damaged file and must leave it untouched.
    class InspectionScope
    {
    public:
        InspectionScope();
        ~InspectionScope();
        InspectionScope(const InspectionScope &) = delete;
        InspectionScope &operator=(const InspectionScope &) = delete;
    };

    explicit Statement(const QSqlDatabase &db);
    // Prepares sql at once; a failure is kept and reported by the first exec().
    Statement(const QSqlDatabase &db, const QString &sql);

    // Prepares sql unless it is already the prepared text. False (with error()) on failure; the
    // next call then prepares again.
    bool prepare(const QString &sql);
    // Binds values in order to the prepared statement and runs it. False on any failure,
    // including a failed prepare() before it.
    bool exec(std::initializer_list<QVariant> values = {});
    bool exec(const QVariantList &values);
    // Runs one statement that takes no values (a pragma, a transaction verb).
    bool run(const QString &sql);

    // The next row; false at the end and on a read that fails half way (a damaged page), which
    // then sets error(): a read that stops early is an error, not the end of the rows.
    bool next();
    // Calls take(*this) for each remaining row; false when the read failed (error() says why).
    template <typename Take> bool forEachRow(Take take)
    {
        while (next())
            take(std::as_const(*this));
        return !hasError();
    }
    QVariant value(int column) const { return m_query.value(column); }
    bool isNull(int column) const { return m_query.isNull(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    // Lets go of the result set (and its read lock) before the statement runs again.
    void finish() { m_query.finish(); }

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    // SQLite's result code of the last failure ("11" for SQLITE_CORRUPT), empty when none.
    QString resultCode() const { return m_code; }

    // SQLite's message for a failed query, with the statement it came from.
    static QString describe(const QSqlQuery &query, const QString &sql);

private:
    bool fail();
    bool bindAndRun(const QVariant *values, qsizetype count);

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_sql;
    QString m_error;
    QString m_code;
    bool m_prepared = false;
};

// Qt binds a null QString as SQL NULL; Portolan's text columns are NOT NULL with '' for "none".
inline QString notNullText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace portolan
