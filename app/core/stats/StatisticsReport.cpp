#include "stats/StatisticsReport.h"

#include "catalog/Catalog.h"
#include "domain/RangeClass.h"
#include "quiz/CardGenerator.h"
#include "quiz/Deck.h"
#include "stats/PlanSimulator.h"
#include "storage/CardRepository.h"
#include "storage/Statement.h"

#include <QCoreApplication>

namespace portolan {

namespace {

QStringList keysOf(const QList<Card> &cards)
{
    QStringList keys;
    keys.reserve(cards.size());
    for (const Card &card : cards)
        keys.append(card.key());
    return keys;
}

QString rangeGroupOf(const Protocol &p)
{
    if (p.ports.isEmpty())
        return QStringLiteral("none");
    return rangeClassId(rangeClassOf(p.ports.constFirst().first));
}

} // namespace

int StatisticsReport::reviewsInLast(int days) const
{
    int n = 0;
    for (qsizetype i = std::max<qsizetype>(0, lastYear.size() - days); i < lastYear.size(); ++i)
        n += lastYear.at(i).reviews;
    return n;
}

QDate StatisticsReport::examDateOf(const QString &examId) const
{
    for (const PlannedExam &p : plans)
        if (p.stored.examId == examId)
            return p.stored.examDate;
    return {};
}

StatisticsReportBuilder::StatisticsReportBuilder(const Catalog &catalog,
                                                 const FsrsScheduler &scheduler,
                                                 DayCounter dayCounter)
    : m_catalog(catalog), m_scheduler(scheduler), m_dayCounter(std::move(dayCounter))
{}

QStringList StatisticsReportBuilder::cardKeys() const
{
    QList<int> all(m_catalog.protocols().size());
    for (int i = 0; i < all.size(); ++i)
        all[i] = i;
    return keysOf(CardGenerator(m_catalog).cardsFor(all));
}

QStringList StatisticsReportBuilder::examCardKeys(const QString &examId) const
{
    const Deck deck = Deck::fromSearch(QStringLiteral("exam:") + examId);
    return keysOf(CardGenerator(m_catalog).cardsFor(deck.protocols(m_catalog)));
}

QString StatisticsReportBuilder::rangeGroupTitle(const QString &group)
{
    if (group == QLatin1String("system"))
        return QCoreApplication::translate("StatisticsReport", "System ports (0–1023)");
    if (group == QLatin1String("user"))
        return QCoreApplication::translate("StatisticsReport", "User ports (1024–49151)");
    if (group == QLatin1String("dynamic"))
        return QCoreApplication::translate("StatisticsReport", "Dynamic ports (49152–65535)");
    return QCoreApplication::translate("StatisticsReport", "No port (IP protocols)");
}

QString StatisticsReportBuilder::protocolOf(const QString &cardKey)
{
    const std::optional<Card> card = Card::fromKey(cardKey);
    return card ? card->protocolKey : QString();
}

QString StatisticsReportBuilder::describe(const QString &cardKey) const
{
    const std::optional<Card> card = Card::fromKey(cardKey);
    if (!card)
        return cardKey;
    const Protocol *p = m_catalog.protocol(card->protocolKey);
    const QString name = !p                          ? card->protocolKey
                         : p->abbreviation.isEmpty() ? p->name
                                                     : p->abbreviation;
    return name + QStringLiteral(" · ") + cardKindLabel(card->kind);
}

QHash<QString, double>
StatisticsReportBuilder::recallByProtocol(const QHash<QString, CardMemory> &states,
                                          qint64 nowMs) const
{
    QHash<QString, std::pair<double, int>> sums;
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (it->state == CardState::New)
            continue;
        const QString protocol = protocolOf(it.key());
        if (protocol.isEmpty() || !m_catalog.protocol(protocol))
            continue;
        auto &[sum, count] = sums[protocol];
        sum += m_scheduler.retrievability(*it, std::max(nowMs, it->lastReview.value_or(nowMs)));
        ++count;
    }
    QHash<QString, double> out;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        out.insert(it.key(), it->first / it->second);
    return out;
}

QHash<QString, double> StatisticsReportBuilder::recallByProtocol(const QSqlDatabase &db,
                                                                 qint64 nowMs)
{
    m_error.clear();
    QHash<QString, CardMemory> states;
    CardRepository cards(db);
    if (!cards.loadAll(&states)) {
        m_error = cards.errorText();
        return {};
    }
    return recallByProtocol(states, nowMs);
}

QString StatisticsReportBuilder::changeStamp(const QSqlDatabase &db)
{
    Statement own(db, QStringLiteral("SELECT total_changes()"));
    Statement others(db, QStringLiteral("PRAGMA data_version"));
    if (!own.exec() || !own.next() || !others.exec() || !others.next())
        return {}; // unknown: build again
    return own.value(0).toString() + QLatin1Char(':') + others.value(0).toString();
}

bool StatisticsReportBuilder::build(const QSqlDatabase &db, qint64 nowMs, StatisticsReport *out)
{
    m_error.clear();
    QHash<QString, CardMemory> states;
    CardRepository cards(db);
    if (!cards.loadAll(&states)) {
        m_error = cards.errorText();
        return false;
    }
    ReviewLogRepository logRepository(db);
    const StudyStatistics stats(m_scheduler, m_dayCounter, nowMs);
    const std::optional<ReviewSummary> summary = logRepository.summarize(
        stats.windowStartMs(kActivityDays), nowMs, stats.slotGrid(kActivityDays));
    if (!summary) {
        m_error = logRepository.errorText();
        return false;
    }
    ExamPlanRepository plans(db);
    const QList<StoredExamPlan> open = plans.openPlans();
    if (!plans.errorText().isEmpty()) {
        m_error = plans.errorText();
        return false;
    }
    *out = computeFrom(states, *summary, open, nowMs);
    return true;
}

StatisticsReport StatisticsReportBuilder::compute(const QHash<QString, CardMemory> &states,
                                                  const QList<ReviewRecord> &log,
                                                  const QList<StoredExamPlan> &openPlans,
                                                  qint64 nowMs) const
{
    const StudyStatistics stats(m_scheduler, m_dayCounter, nowMs);
    return computeFrom(states,
                       ReviewSummary::fromRecords(log, stats.windowStartMs(kActivityDays), nowMs,
                                                  stats.slotGrid(kActivityDays)),
                       openPlans, nowMs);
}

StatisticsReport StatisticsReportBuilder::computeFrom(const QHash<QString, CardMemory> &states,
                                                      const ReviewSummary &summary,
                                                      const QList<StoredExamPlan> &openPlans,
                                                      qint64 nowMs) const
{
    StatisticsReport r;
    r.nowMs = nowMs;
    r.today = m_dayCounter.studyDate(nowMs);
    const StudyStatistics stats(m_scheduler, m_dayCounter, nowMs);
    const QStringList all = cardKeys();

    // Only the study set's cards count: states of cards whose protocol left the study set
    // stay stored (they come back if it does) but are not shown.
    QHash<QString, CardMemory> current;
    for (const QString &key : all) {
        const auto it = states.constFind(key);
        if (it != states.cend())
            current.insert(key, *it);
    }

    r.counts = StudyStatistics::stateCounts(all, current);
    r.totalReviews = summary.totalReviews;
    r.timeSpentMs = summary.totalDurationMs;
    r.timeSpentTodayMs = stats.timeSpentTodayMs(summary);
    r.lastYear = stats.reviewsPerDay(summary, kActivityDays);
    r.forecast = stats.dueForecast(current, 30);
    r.retention = stats.retention(summary);
    r.weakest = stats.weakestCards(current, 10);
    r.leeches = StudyStatistics::leeches(current);

    const FsrsModel &model = m_scheduler.model();
    const ExamPlanner planner(model, m_dayCounter);
    const PlanSimulator simulator(m_scheduler);
    for (const StoredExamPlan &stored : openPlans) {
        const QStringList deck = examCardKeys(stored.examId);
        ExamPlan plan = planner.plan(deck, current, nowMs, stored.examDate, stored.target,
                                     ExamPlanner::kDefaultMaxNewPerDay, m_newCardsPerDay);
        if (m_simulatePlans)
            simulator.simulate(plan, deck, current, nowMs);
        r.plans.append({stored, plan});
    }

    for (const ExamInfo &exam : knownExams()) {
        const QStringList keys = examCardKeys(exam.id);
        if (keys.isEmpty())
            continue;
        qint64 at = nowMs;
        const QDate examDate = r.examDateOf(exam.id);
        if (examDate.isValid() && examDate > r.today)
            at = nowMs + qint64(r.today.daysTo(examDate)) * 86'400'000;
        r.exams.append(stats.readiness(exam.id, keys, current, at));
    }

    QHash<QString, QStringList> byRange;
    for (const QString &key : all) {
        const Protocol *p = m_catalog.protocol(protocolOf(key));
        byRange[p ? rangeGroupOf(*p) : QStringLiteral("none")].append(key);
    }
    for (const QString &group : {QStringLiteral("system"), QStringLiteral("user"),
                                 QStringLiteral("dynamic"), QStringLiteral("none")})
        if (byRange.contains(group))
            r.rangeClasses.append(stats.readiness(group, byRange.value(group), current, nowMs));
    return r;
}

} // namespace portolan
