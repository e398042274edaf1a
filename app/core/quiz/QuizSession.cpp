#include "quiz/QuizSession.h"

#include "catalog/Catalog.h"
#include "quiz/Clock.h"
#include "quiz/QuizStore.h"
#include "srs/FsrsScheduler.h"

#include <algorithm>

namespace portolan {

namespace {

// Today's answers are all the planner needs; two days back covers any day boundary and zone.
constexpr qint64 kRecentMs = 2 * 86'400'000LL;

} // namespace

QuizSession::QuizSession(const Catalog &catalog, const FsrsScheduler &scheduler, const Clock &clock,
                         QuizStore *store, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_scheduler(scheduler), m_clock(clock), m_store(store),
      m_names(catalog.protocols()), m_distractors(catalog), m_builder(catalog, m_distractors),
      m_checker(catalog, m_names), m_planner(catalog, scheduler.dayCounter())
{}

bool QuizSession::fail(const QString &message)
{
    m_error = message;
    emit failed(message);
    return false;
}

bool QuizSession::loadProgress(QHash<QString, CardMemory> *states, QList<ReviewRecord> *recent)
{
    if (!m_store)
        return true;
    if (!m_store->loadStates(states)) {
        m_error = m_store->errorText();
        return false;
    }
    if (!m_store->reviewsSince(m_clock.nowMs() - kRecentMs, recent)) {
        m_error = m_store->errorText();
        return false;
    }
    return true;
}

SessionPlan QuizSession::preview(const SessionOptions &options)
{
    QHash<QString, CardMemory> states;
    QList<ReviewRecord> recent;
    if (!loadProgress(&states, &recent))
        return {};
    const qint64 now = m_clock.nowMs();
    return m_planner.plan(options, states, recent, now, quint64(now));
}

QList<Card> QuizSession::leeches(const SessionOptions &options)
{
    QHash<QString, CardMemory> states;
    QList<ReviewRecord> recent;
    if (!loadProgress(&states, &recent))
        return {};
    return m_planner.leeches(options, states);
}

bool QuizSession::start(const SessionOptions &options)
{
    m_error.clear();
    if (!options.practice && !m_store) {
        m_error = tr("Progress cannot be saved here: only practice is possible.");
        return false;
    }
    if (options.formats.isEmpty()) {
        m_error = tr("Choose at least one answer format.");
        return false;
    }
    State fresh;
    QList<ReviewRecord> recent;
    if (!loadProgress(&fresh.memory, &recent))
        return false;
    const qint64 now = m_clock.nowMs();
    const SessionPlan plan = m_planner.plan(options, fresh.memory, recent, now, quint64(now));
    if (plan.queue.isEmpty()) {
        m_error = options.practice || m_planner.deckCards(options).isEmpty()
                      ? tr("This deck has no cards in the chosen answer formats.")
                      : tr("Nothing is due in this deck now, and today's new cards are done.");
        return false;
    }
    // The catalog may have been reloaded (an import) since the last session: index its names
    // afresh; everything else reads the catalog live.
    m_names = NameIndex(m_catalog.protocols());
    m_options = options;
    fresh.queue = plan.queue;
    fresh.summary.practice = options.practice;
    m_state = fresh;
    m_undo.clear();
    advance();
    return true;
}

int QuizSession::remaining() const
{
    const int current = m_state.phase == Phase::Asking || m_state.phase == Phase::Answered;
    return int(m_state.queue.size() + m_state.reasks.size()) + current;
}

QuizSession::Counts QuizSession::remainingCounts() const
{
    Counts counts;
    const auto add = [&](const Card &card, bool reasked) {
        const auto it = m_state.memory.constFind(card.key());
        const CardState state = it == m_state.memory.cend() ? CardState::New : it->state;
        if (reasked || state == CardState::Learning || state == CardState::Relearning)
            ++counts.learning;
        else if (state == CardState::New)
            ++counts.newCards;
        else
            ++counts.reviews;
    };
    for (const Card &card : m_state.queue)
        add(card, false);
    for (const Reask &r : m_state.reasks)
        add(r.card, true);
    if (m_state.phase == Phase::Asking || m_state.phase == Phase::Answered)
        add(m_state.question.card, m_state.timesShown.value(m_state.question.card.key()) > 1);
    return counts;
}

AnswerFormat QuizSession::formatFor(const Card &card) const
{
    // Rotating through the formats that suit the card, by its reps and by how often it was
    // shown this session, mixes formats within a session and varies a re-asked card.
    QList<AnswerFormat> suits;
    for (AnswerFormat f : formatsFor(card.kind)) {
        if (m_options.formats.contains(f))
            suits << f;
    }
    if (suits.isEmpty())
        return AnswerFormat::Flashcard;
    const quint64 turn = card.stableHash() + quint64(m_state.memory.value(card.key()).reps) +
                         quint64(m_state.timesShown.value(card.key()));
    return suits.at(qsizetype(turn % quint64(suits.size())));
}

void QuizSession::show(const Card &card)
{
    const int shown = m_state.timesShown.value(card.key());
    const quint64 seed =
        card.stableHash() ^ (quint64(m_state.memory.value(card.key()).reps) << 20) ^ quint64(shown);
    m_state.question = m_builder.build(card, formatFor(card), seed);
    m_state.timesShown[card.key()] = shown + 1;
    m_state.grade = Grade();
    m_state.phase = Phase::Asking;
    m_state.shownAt = m_clock.nowMs();
    m_dueIn = {};
    emit questionShown();
    emit progressChanged(answered(), remaining());
}

void QuizSession::advance()
{
    const qint64 now = m_clock.nowMs();
    const int answers = m_state.summary.answers;
    auto &reasks = m_state.reasks;
    const auto earliest = [&](auto accept) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < reasks.size(); ++i) {
            if (accept(reasks.at(i)) && (best < 0 || reasks.at(i).dueAt < reasks.at(best).dueAt))
                best = i;
        }
        return best;
    };
    // A re-ask that is due and has waited its gap comes first, then the queue; when the queue
    // is empty, re-asks come early (within the learn-ahead limit) rather than ending.
    qsizetype pick =
        earliest([&](const Reask &r) { return r.dueAt <= now && r.notBefore <= answers; });
    if (pick < 0 && !m_state.queue.isEmpty()) {
        show(m_state.queue.takeFirst());
        return;
    }
    if (pick < 0)
        pick = earliest([&](const Reask &r) { return r.notBefore <= answers; });
    if (pick < 0)
        pick = earliest([](const Reask &) { return true; });
    if (pick < 0) {
        finishNow();
        return;
    }
    show(reasks.takeAt(pick).card);
}

void QuizSession::graded(const Grade &grade)
{
    m_state.grade = grade;
    m_state.phase = Phase::Answered;
    m_dueIn = {};
    if (!m_options.practice) {
        const qint64 now = m_clock.nowMs();
        const Card &card = m_state.question.card;
        const CardMemory memory = m_state.memory.value(card.key(), CardMemory::newCard(now));
        const auto outcomes = m_scheduler.preview(memory, now, card.stableHash());
        for (std::size_t i = 0; i < outcomes.size(); ++i)
            m_dueIn[i] = std::max<qint64>(0, outcomes[i].due - now);
    }
    emit answerGraded();
}

bool QuizSession::reveal()
{
    if (m_state.phase != Phase::Asking || m_state.question.format != AnswerFormat::Flashcard)
        return false;
    graded(Grade());
    return true;
}

bool QuizSession::submitText(const QString &text)
{
    if (m_state.phase != Phase::Asking || m_state.question.format != AnswerFormat::Typed)
        return false;
    graded(m_checker.checkTyped(m_state.question, text));
    return true;
}

bool QuizSession::choose(int option)
{
    const AnswerFormat f = m_state.question.format;
    if (m_state.phase != Phase::Asking ||
        (f != AnswerFormat::Choice && f != AnswerFormat::Classify) || option < 0 ||
        option >= m_state.question.options.size())
        return false;
    graded(m_checker.checkChoice(m_state.question, option));
    return true;
}

bool QuizSession::rate(Rating rating)
{
    if (m_state.phase != Phase::Answered)
        return false;
    const qint64 now = m_clock.nowMs();
    const Card card = m_state.question.card;
    const QString key = card.key();
    UndoEntry entry{m_state, -1};

    if (!m_options.practice) {
        const auto found = m_state.memory.constFind(key);
        const std::optional<CardMemory> before =
            found == m_state.memory.constEnd() ? std::nullopt : std::optional(*found);
        const CardMemory after = m_scheduler.next(before.value_or(CardMemory::newCard(now)), now,
                                                  rating, card.stableHash());
        ReviewRecord record;
        record.cardKey = key;
        record.reviewedAt = now;
        record.rating = rating;
        record.answerFormat = answerFormatId(m_state.question.format);
        record.durationMs = std::clamp<qint64>(now - m_state.shownAt, 0, kMaxAnswerMs);
        record.before = before;
        record.after = after;
        const std::optional<qint64> id = m_store->record(record);
        if (!id)
            return fail(m_store->errorText());
        entry.reviewId = *id;
        m_state.memory.insert(key, after);

        if (after.due <= now + m_options.learnAheadMs || rating == Rating::Again) {
            const qint64 dueAt = std::min(after.due, now + m_options.learnAheadMs);
            m_state.reasks.append({card, dueAt, m_state.summary.answers + 1 + m_options.reaskGap});
        }
        const int threshold = m_options.leechLapses;
        if (after.lapses >= threshold && (!before || before->lapses < threshold)) {
            if (!m_state.summary.leeches.contains(card))
                m_state.summary.leeches.append(card);
            emit leechFound(card);
        }
    } else if (rating == Rating::Again) {
        m_state.reasks.append({card, now, m_state.summary.answers + 1 + m_options.reaskGap});
    }

    SessionSummary &s = m_state.summary;
    ++s.answers;
    s.correct += rating != Rating::Again;
    s.timeMs += std::clamp<qint64>(now - m_state.shownAt, 0, kMaxAnswerMs);
    m_state.seen.insert(key);
    s.cards = int(m_state.seen.size());
    if (rating == Rating::Again && !s.missed.contains(card))
        s.missed.append(card);

    m_undo.append(std::move(entry));
    if (m_undo.size() > kUndoDepth)
        m_undo.removeFirst();
    emit answerRecorded(m_undo.last().reviewId);
    advance();
    return true;
}

bool QuizSession::undo()
{
    if (m_undo.isEmpty())
        return false;
    const UndoEntry &last = m_undo.last();
    if (last.reviewId >= 0 && !m_store->undo(last.reviewId, m_clock.nowMs()))
        return fail(m_store->errorText());
    m_state = m_undo.takeLast().before;
    // The same question again, from the start: the learner answers it afresh.
    m_state.phase = Phase::Asking;
    m_state.grade = Grade();
    m_state.shownAt = m_clock.nowMs();
    m_dueIn = {};
    emit answerUndone();
    emit questionShown();
    emit progressChanged(answered(), remaining());
    return true;
}

void QuizSession::finish()
{
    if (m_state.phase == Phase::Asking || m_state.phase == Phase::Answered) {
        m_state.summary.leftUnanswered = remaining();
        finishNow();
    }
}

void QuizSession::finishNow()
{
    m_state.phase = Phase::Finished;
    if (!m_options.practice) {
        for (const Card &c : m_planner.leeches(m_options, m_state.memory)) {
            if (!m_state.summary.leeches.contains(c))
                m_state.summary.leeches.append(c);
        }
    }
    emit progressChanged(answered(), remaining());
    emit finished();
}

} // namespace portolan
