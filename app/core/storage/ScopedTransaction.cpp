#include "storage/ScopedTransaction.h"

#include "storage/Statement.h"

#include <QHash>

namespace portolan {

namespace {

QHash<QString, int> &openScopes()
{
    thread_local QHash<QString, int> scopes;
    return scopes;
}

} // namespace

ScopedTransaction::ScopedTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_depth = openScopes().value(m_db.connectionName(), 0);
    if (m_depth == 0) {
        m_active = run(QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("portolan_%1").arg(m_depth);
        m_active = run(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_active)
        openScopes()[m_db.connectionName()] = m_depth + 1;
}

ScopedTransaction::~ScopedTransaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        run(QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE then closes it, undone.
        run(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        run(QStringLiteral("RELEASE ") + m_savepoint);
    }
    end();
}

bool ScopedTransaction::run(const QString &sql)
{
    Statement q(m_db);
    if (q.run(sql))
        return true;
    m_error = q.error();
    return false;
}

void ScopedTransaction::end()
{
    m_active = false;
    auto &scopes = openScopes();
    if (m_depth == 0)
        scopes.remove(m_db.connectionName());
    else
        scopes[m_db.connectionName()] = m_depth;
}

int ScopedTransaction::depth(const QSqlDatabase &db)
{
    return openScopes().value(db.connectionName(), 0);
}

bool ScopedTransaction::commit()
{
    if (!m_active)
        return false;
    if (!run(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                   : QStringLiteral("RELEASE ") + m_savepoint))
        return false; // still active: the destructor rolls back
    end();
    return true;
}

} // namespace portolan
