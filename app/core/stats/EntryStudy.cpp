#include "stats/EntryStudy.h"

#include "catalog/Catalog.h"
#include "quiz/CardGenerator.h"
#include "srs/FsrsScheduler.h"
#include "storage/CardRepository.h"
#include "storage/Statement.h"

namespace portolan {

EntryStudy::EntryStudy(const Catalog &catalog, const FsrsScheduler &scheduler)
    : m_catalog(catalog), m_scheduler(scheduler)
{}

QList<CardStudy> EntryStudy::read(const QSqlDatabase &db, const QString &protocolKey, qint64 nowMs)
{
    m_error.clear();
    const int index = m_catalog.protocolIndex(protocolKey);
    if (index < 0)
        return {};
    QList<CardStudy> out;
    CardRepository cards(db);
    // The last answer of each card, newest first, from the log's card index.
    Statement last(db, QStringLiteral("SELECT rating, reviewed_at FROM review_effective "
                                      "WHERE card_key = ? ORDER BY id DESC LIMIT 1"));
    for (const Card &card : CardGenerator(m_catalog).cardsFor(index)) {
        CardStudy s;
        s.card = card;
        const std::optional<CardMemory> memory = cards.find(card.key());
        if (!cards.errorText().isEmpty()) {
            m_error = cards.errorText();
            return {};
        }
        if (memory && memory->state != CardState::New) {
            s.studied = true;
            s.recall = m_scheduler.retrievability(*memory, nowMs);
            s.dueMs = memory->due;
            s.lapses = memory->lapses;
        }
        if (!last.exec({card.key()})) {
            m_error = last.error();
            return {};
        }
        if (last.next()) {
            s.lastRating = static_cast<Rating>(last.value(0).toInt());
            s.lastAnsweredMs = last.value(1).toLongLong();
        }
        out.append(s);
    }
    return out;
}

} // namespace portolan
