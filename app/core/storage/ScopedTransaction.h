#pragma once

#include <QSqlDatabase>
#include <QString>

namespace portolan {

// A transaction that rolls back on destruction unless commit() succeeded, and that nests: the
// outermost one is a write transaction (BEGIN IMMEDIATE, so a read-then-write never fails half
// way on a lock upgrade); one opened while another is active on the same connection is a
// SAVEPOINT inside it. A repository can therefore make its own writes atomic and still be
// called from a larger all-or-nothing change (a study package merge) without copying its SQL.
//
// Inner scopes must end before outer ones (they are scoped objects, so they do). Each thread
// keeps its own nesting count per connection name, like Qt's one-connection-per-thread rule.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    bool isActive() const { return m_active; }
    // True when this scope is a savepoint inside an outer transaction.
    bool isNested() const { return m_depth > 0; }
    bool commit();
    QString errorText() const { return m_error; }

    // How many scopes are open on this connection in this thread (0: none).
    static int depth(const QSqlDatabase &db);

private:
    bool run(const QString &sql);
    void end();

    QSqlDatabase m_db;
    QString m_savepoint;
    int m_depth = 0;
    bool m_active = false;
    QString m_error;
};

} // namespace portolan
