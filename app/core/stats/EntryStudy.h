#pragma once

#include "quiz/Card.h"
#include "srs/CardMemory.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace portolan {

class Catalog;
class FsrsScheduler;

// The learner's own study of one entry, for its details: each of its cards with the recall
// predicted now, when it is due next, how often it lapsed and the last answer given.
struct CardStudy
{
    Card card;
    bool studied = false;
    double recall = 0.0;
    qint64 dueMs = 0;
    int lapses = 0;
    std::optional<Rating> lastRating;
    qint64 lastAnsweredMs = 0;
};

class EntryStudy
{
public:
    // catalog and scheduler must outlive it.
    EntryStudy(const Catalog &catalog, const FsrsScheduler &scheduler);

    // The cards of the protocol with this key (the study set's or the user's own); empty for
    // a registry row or an unknown key, or with errorText() when the database cannot be read.
    QList<CardStudy> read(const QSqlDatabase &db, const QString &protocolKey, qint64 nowMs);
    QString errorText() const { return m_error; }

private:
    const Catalog &m_catalog;
    const FsrsScheduler &m_scheduler;
    QString m_error;
};

} // namespace portolan
