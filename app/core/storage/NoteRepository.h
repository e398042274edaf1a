#pragma once

#include <QSqlDatabase>
#include <QString>

namespace portolan {

// The user's own notes per protocol, keyed by the protocol's stable key so that a reference
// refresh can never orphan them.
class NoteRepository
{
public:
    explicit NoteRepository(QSqlDatabase db);

    // The note, or an empty string when there is none or it cannot be read (errorText() then
    // says why).
    QString note(const QString &protocolKey) const;
    // An empty body deletes the note. nowMs is when it was written (injected: no clock here).
    bool setNote(const QString &protocolKey, const QString &body, qint64 nowMs);
    QString errorText() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error; // also set by the const reader
};

} // namespace portolan
