#pragma once

#include "srs/CardMemory.h"
#include "storage/Statement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace portolan {

// The learner's current memory of every card that has been answered, keyed by the card's
// stable key ("https:transport"). Statements are prepared once and bound per call. It opens
// no transaction: the caller wraps a card write and its log row in one (see QuizStore).
class CardRepository
{
public:
    explicit CardRepository(QSqlDatabase db);

    // False with errorText() when the table cannot be read.
    bool loadAll(QHash<QString, CardMemory> *out);
    // nullopt when the card has no state (it is new) or on error (errorText() is set).
    std::optional<CardMemory> find(const QString &cardKey);
    bool save(const QString &cardKey, const CardMemory &memory);
    // Makes the card new again (used by undo of a card's first answer).
    bool remove(const QString &cardKey);

    QString errorText() const { return m_error; }

private:
    bool failed(const Statement &statement);

    Statement m_select;
    Statement m_selectAll;
    Statement m_upsert;
    Statement m_delete;
    QString m_error;
};

} // namespace portolan
