#include "storage/NoteRepository.h"

#include "storage/Statement.h"

namespace portolan {

NoteRepository::NoteRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString NoteRepository::note(const QString &protocolKey) const
{
    Statement q(m_db, QStringLiteral("SELECT body FROM user_note WHERE protocol_key = ?"));
    m_error.clear();
    if (q.exec({protocolKey}) && q.next())
        return q.value(0).toString();
    m_error = q.error();
    return {};
}

bool NoteRepository::setNote(const QString &protocolKey, const QString &body, qint64 nowMs)
{
    Statement q(m_db);
    const bool ok =
        body.isEmpty()
            ? q.prepare(QStringLiteral("DELETE FROM user_note WHERE protocol_key = ?")) &&
                  q.exec({protocolKey})
            : q.prepare(QStringLiteral(
                  "INSERT INTO user_note (protocol_key, body, updated_at) VALUES (?, ?, ?) "
                  "ON CONFLICT (protocol_key) DO UPDATE SET body = excluded.body, "
                  "updated_at = excluded.updated_at")) &&
                  q.exec({protocolKey, body, nowMs});
    m_error = q.error();
    return ok;
}

} // namespace portolan
