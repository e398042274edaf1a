#pragma once

#include <QSqlDatabase>
#include <QString>

namespace portolan {

// Opens a write transaction (BEGIN IMMEDIATE, so a read-then-write never fails half way on a
// lock upgrade) and rolls it back on destruction unless commit() succeeded.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace portolan
