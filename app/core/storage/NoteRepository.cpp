#include "storage/NoteRepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace portolan {

NoteRepository::NoteRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QString NoteRepository::note(const QString &protocolKey) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body FROM user_note WHERE protocol_key = ?"));
    q.addBindValue(protocolKey);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool NoteRepository::setNote(const QString &protocolKey, const QString &body, qint64 nowMs)
{
    QSqlQuery q(m_db);
    if (body.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM user_note WHERE protocol_key = ?"));
        q.addBindValue(protocolKey);
    } else {
        q.prepare(QStringLiteral("INSERT INTO user_note (protocol_key, body, updated_at) "
                                 "VALUES (?, ?, ?) ON CONFLICT (protocol_key) DO UPDATE SET "
                                 "body = excluded.body, updated_at = excluded.updated_at"));
        q.addBindValue(protocolKey);
        q.addBindValue(body);
        q.addBindValue(nowMs);
    }
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace portolan
