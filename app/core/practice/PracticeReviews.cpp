#include "practice/PracticeReviews.h"

#include "quiz/QuizStore.h"
#include "srs/FsrsScheduler.h"

#include <QSet>

namespace portolan {

std::optional<Card> PracticeReviews::cardOf(const PracticeQuestion &q, bool scenarioAnswersPort)
{
    if (q.entryKey.isEmpty())
        return std::nullopt;
    CardKind kind = CardKind::PortToProtocol;
    switch (q.kind) {
    case PracticeKind::Port:
    case PracticeKind::SelectTwo:
        kind = CardKind::ProtocolToPort;
        break;
    case PracticeKind::Protocol:
        kind = CardKind::PortToProtocol;
        break;
    case PracticeKind::Counterpart:
        kind = CardKind::Counterpart;
        break;
    case PracticeKind::Security:
        kind = CardKind::Security;
        break;
    case PracticeKind::Transport:
        kind = CardKind::Transport;
        break;
    case PracticeKind::Scenario:
        kind = scenarioAnswersPort ? CardKind::ProtocolToPort : CardKind::PortToProtocol;
        break;
    }
    return Card{q.entryKey, kind};
}

int PracticeReviews::record(const QList<PracticeQuestion> &questions,
                            const QList<QList<int>> &picked, const FsrsScheduler &scheduler,
                            QuizStore &store, qint64 nowMs, QString *errorText)
{
    QHash<QString, CardMemory> states;
    if (!store.loadStates(&states)) {
        if (errorText)
            *errorText = store.errorText();
        return -1;
    }
    QSet<QString> done;
    int written = 0;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const PracticeQuestion &q = questions.at(i);
        // A scenario whose right choice is a number asks for a port.
        bool answersPort = false;
        if (!q.answers.isEmpty())
            q.choices.value(q.answers.first()).toInt(&answersPort);
        const std::optional<Card> card = cardOf(q, answersPort);
        if (!card)
            continue;
        const QString key = card->key();
        const auto found = states.constFind(key);
        if (found == states.constEnd() || done.contains(key))
            continue;
        done.insert(key);
        const Rating rating = q.isRight(picked.value(i)) ? Rating::Good : Rating::Again;
        ReviewRecord r;
        r.cardKey = key;
        r.reviewedAt = nowMs;
        r.rating = rating;
        r.answerFormat = QStringLiteral("choice");
        r.before = *found;
        r.after = scheduler.next(*found, nowMs, rating, card->stableHash());
        if (!store.record(r)) {
            if (errorText)
                *errorText = store.errorText();
            return -1;
        }
        ++written;
    }
    return written;
}

} // namespace portolan
