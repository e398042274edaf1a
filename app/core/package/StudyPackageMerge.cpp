#include "package/StudyPackageMerge.h"

#include "catalog/EntryKey.h"
#include "custom/CustomEntryRepository.h"
#include "domain/Exam.h"
#include "domain/SafeText.h"
#include "search/SavedSearches.h"
#include "storage/CardRepository.h"
#include "storage/NoteRepository.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <limits>

namespace portolan {

namespace {

// A review is the same answer on both machines when these agree (the row ids never do).
QString identity(const ReviewRecord &r)
{
    return QStringLiteral("%1\x1f%2\x1f%3\x1f%4")
        .arg(r.cardKey)
        .arg(r.reviewedAt)
        .arg(static_cast<int>(r.rating))
        .arg(r.answerFormat);
}

// One side's effective history of each card: how many answers stand and the last one.
struct History
{
    int effective = 0;
    qint64 lastAt = std::numeric_limits<qint64>::min();
    std::optional<CardMemory> lastAfter;

    void add(const ReviewRecord &r)
    {
        if (r.undone)
            return;
        ++effective;
        if (r.reviewedAt >= lastAt) {
            lastAt = r.reviewedAt;
            lastAfter = r.after;
        }
    }
};

} // namespace

bool StudyPackagePlan::hasChanges() const
{
    return !reviewsToAdd.isEmpty() || !cardStates.isEmpty() || !entriesToAdd.isEmpty() ||
           !labelsToAdd.isEmpty() || !notesToAdd.isEmpty() || !notesToReplace.isEmpty() ||
           !examPlansToAdd.isEmpty() || !searchesToAdd.isEmpty() || !practiceExamsToAdd.isEmpty() ||
           fsrsWeightsToUse.has_value();
}

QStringList StudyPackagePlan::summary() const
{
    QStringList lines;
    lines << QCoreApplication::translate("StudyPackage", "Reviews to add: %1 (%2 already here)")
                 .arg(reviewsToAdd.size())
                 .arg(reviewsAlreadyPresent);
    lines << QCoreApplication::translate("StudyPackage",
                                         "Cards whose state changes (the longer history wins): %1")
                 .arg(cardStates.size());
    lines << QCoreApplication::translate("StudyPackage", "Custom entries to add: %1")
                 .arg(entriesToAdd.size());
    for (const QString &key : entryConflicts)
        lines << QCoreApplication::translate("StudyPackage",
                                             "Custom entry \"%1\" differs from yours: yours is "
                                             "kept")
                     .arg(key);
    lines
        << QCoreApplication::translate("StudyPackage", "Labels to add: %1").arg(labelsToAdd.size());
    lines << QCoreApplication::translate("StudyPackage",
                                         "Notes to add: %1, to replace with a newer version: %2")
                 .arg(notesToAdd.size())
                 .arg(notesToReplace.size());
    lines << QCoreApplication::translate("StudyPackage", "Exam plans to add: %1")
                 .arg(examPlansToAdd.size());
    lines << QCoreApplication::translate("StudyPackage", "Saved searches to add: %1")
                 .arg(searchesToAdd.size());
    lines << QCoreApplication::translate("StudyPackage", "Practice exams: %1 new (%2 already here)")
                 .arg(practiceExamsToAdd.size())
                 .arg(practiceExamsAlreadyPresent);
    lines << fsrsSummary();
    const auto shown = [](QStringList keys) {
        keys.removeDuplicates();
        for (QString &k : keys)
            k = visibleText(k);
        return keys.join(QStringLiteral(", "));
    };
    if (!notesForUnknownEntries.isEmpty())
        lines << QCoreApplication::translate("StudyPackage",
                                             "Not imported: notes on entries this database does "
                                             "not have (%1)")
                     .arg(shown(notesForUnknownEntries));
    if (!labelsForUnknownEntries.isEmpty())
        lines << QCoreApplication::translate("StudyPackage",
                                             "Not imported: labels on entries this database does "
                                             "not have (%1)")
                     .arg(shown(labelsForUnknownEntries));
    if (!plansForUnknownExams.isEmpty())
        lines << QCoreApplication::translate("StudyPackage",
                                             "Not imported: exam plans for exams Portolan does "
                                             "not know (%1)")
                     .arg(shown(plansForUnknownExams));
    if (!practiceForUnknownExams.isEmpty())
        lines << QCoreApplication::translate("StudyPackage",
                                             "Not imported: practice exams for exams Portolan "
                                             "does not know (%1)")
                     .arg(shown(practiceForUnknownExams));
    return lines;
}

QString StudyPackagePlan::fsrsSummary() const
{
    const std::optional<StoredFsrsWeights> &theirs = package.fsrsWeights;
    if (fsrsWeightsToUse && localFsrsWeights.isDefault())
        return QCoreApplication::translate("StudyPackage",
                                           "FSRS weights: the package's, fitted on %1 reviews, "
                                           "replace the defaults")
            .arg(fsrsWeightsToUse->reviewCount);
    if (fsrsWeightsToUse)
        return QCoreApplication::translate("StudyPackage",
                                           "FSRS weights: the package's, fitted on %1 reviews, "
                                           "replace yours, fitted on %2")
            .arg(fsrsWeightsToUse->reviewCount)
            .arg(localFsrsWeights.reviewCount);
    if (theirs && *theirs == localFsrsWeights)
        return QCoreApplication::translate("StudyPackage",
                                           "FSRS weights: yours are already the package's "
                                           "(fitted on %1 reviews)")
            .arg(localFsrsWeights.reviewCount);
    if (!theirs && localFsrsWeights.isDefault())
        return QCoreApplication::translate("StudyPackage",
                                           "FSRS weights: the defaults stay (the package has no "
                                           "fitted weights)");
    if (!theirs)
        return QCoreApplication::translate("StudyPackage",
                                           "FSRS weights: yours, fitted on %1 reviews, stay (the "
                                           "package has no fitted weights)")
            .arg(localFsrsWeights.reviewCount);
    return QCoreApplication::translate("StudyPackage",
                                       "FSRS weights: yours, fitted on %1 reviews, stay (the "
                                       "package's were fitted on %2)")
        .arg(localFsrsWeights.reviewCount)
        .arg(theirs->reviewCount);
}

bool StudyPackageMerge::packageWeightsWin(const StoredFsrsWeights &local,
                                          const StoredFsrsWeights &theirs)
{
    if (theirs.isDefault())
        return false;
    return local.isDefault() || theirs.reviewCount > local.reviewCount;
}

StudyPackageMerge::StudyPackageMerge(QSqlDatabase db) : m_db(std::move(db)) {}

bool StudyPackageMerge::fail(const QString &message)
{
    m_error = message;
    return false;
}

std::optional<StudyPackagePlan> StudyPackageMerge::plan(const StudyPackageData &package)
{
    m_error.clear();
    StudyPackagePlan plan;
    plan.package = package;
    planReviewsAndCards(&plan);
    if (!m_error.isEmpty() || !loadEntryKeys(plan) || !planNotes(&plan))
        return std::nullopt;
    planEntriesAndLabels(&plan);
    planExamPlans(&plan);
    if (!m_error.isEmpty() || !planSavedSearches(&plan) || !planPracticeExams(&plan) ||
        !planFsrsWeights(&plan))
        return std::nullopt;
    return plan;
}

void StudyPackageMerge::planReviewsAndCards(StudyPackagePlan *plan)
{
    ReviewLogRepository log(m_db);
    const QList<ReviewRecord> local = log.since(std::numeric_limits<qint64>::min(), true);
    if (!log.errorText().isEmpty())
        return void(fail(log.errorText()));
    QHash<QString, CardMemory> localCards;
    CardRepository cards(m_db);
    if (!cards.loadAll(&localCards))
        return void(fail(cards.errorText()));

    QSet<QString> known;
    QHash<QString, History> localHistory;
    for (const ReviewRecord &r : local) {
        known.insert(identity(r));
        localHistory[r.cardKey].add(r);
    }
    QHash<QString, History> packageHistory;
    for (const PackageReview &p : plan->package.reviews) {
        const QString id = identity(p.review);
        if (known.contains(id)) {
            ++plan->reviewsAlreadyPresent;
            continue;
        }
        known.insert(id);
        plan->reviewsToAdd.append(p);
    }
    QSet<QString> seen;
    for (const PackageReview &p : plan->package.reviews) {
        if (seen.contains(identity(p.review)))
            continue;
        seen.insert(identity(p.review));
        packageHistory[p.review.cardKey].add(p.review);
    }
    std::stable_sort(plan->reviewsToAdd.begin(), plan->reviewsToAdd.end(),
                     [](const PackageReview &a, const PackageReview &b) {
                         return a.review.reviewedAt < b.review.reviewedAt;
                     });

    for (auto it = packageHistory.cbegin(); it != packageHistory.cend(); ++it) {
        const History &theirs = it.value();
        const History mine = localHistory.value(it.key());
        const bool theirsWins = theirs.effective > mine.effective ||
                                (theirs.effective == mine.effective && theirs.effective > 0 &&
                                 theirs.lastAt > mine.lastAt);
        if (!theirsWins)
            continue;
        // The exported state; the last answer's result when the file has none for the card.
        const CardMemory state = plan->package.cards.value(it.key(), *theirs.lastAfter);
        const auto current = localCards.constFind(it.key());
        if (current == localCards.constEnd() || *current != state)
            plan->cardStates.insert(it.key(), state);
    }
}

bool StudyPackageMerge::loadEntryKeys(const StudyPackagePlan &plan)
{
    m_entryKeys.clear();
    for (const QString &sql : {QStringLiteral("SELECT key FROM ref_protocol"),
                               QStringLiteral("SELECT entry_key FROM custom_entry")}) {
        Statement q(m_db, sql);
        if (!q.exec())
            return fail(q.error());
        while (q.next())
            m_entryKeys.insert(q.value(0).toString());
        if (q.hasError())
            return fail(q.error());
    }
    for (const PackageCustomEntry &p : plan.package.customEntries)
        m_entryKeys.insert(p.entry.key);
    return true;
}

bool StudyPackageMerge::planNotes(StudyPackagePlan *plan)
{
    QHash<QString, QPair<QString, qint64>> local;
    Statement q(m_db, QStringLiteral("SELECT protocol_key, body, updated_at FROM user_note"));
    if (!q.exec())
        return fail(q.error());
    while (q.next())
        local.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toLongLong()});
    if (q.hasError())
        return fail(q.error());
    for (const PackageNote &n : plan->package.notes) {
        if (!m_entryKeys.contains(n.protocolKey)) {
            plan->notesForUnknownEntries.append(n.protocolKey);
            continue;
        }
        const auto it = local.constFind(n.protocolKey);
        if (it == local.constEnd())
            plan->notesToAdd.append(n);
        else if (n.updatedAt > it->second && n.body != it->first)
            plan->notesToReplace.append(n);
        local.insert(n.protocolKey, {n.body, n.updatedAt}); // a repeated key counts once
    }
    return true;
}

void StudyPackageMerge::planEntriesAndLabels(StudyPackagePlan *plan)
{
    CustomEntryRepository repository(m_db);
    QHash<QString, CustomEntry> local;
    for (CustomEntry e : repository.entries()) {
        e.tags.clear();
        local.insert(e.key, e);
    }
    for (const PackageCustomEntry &p : plan->package.customEntries) {
        const auto it = local.constFind(p.entry.key);
        CustomEntry theirs = p.entry;
        theirs.name = theirs.name.trimmed();
        theirs.abbreviation = theirs.abbreviation.trimmed();
        if (it == local.constEnd())
            plan->entriesToAdd.append(p);
        else if (*it != theirs)
            plan->entryConflicts.append(p.entry.key);
    }
    const QHash<QString, QStringList> labels = repository.allLabels();
    for (auto it = plan->package.labels.cbegin(); it != plan->package.labels.cend(); ++it) {
        // A registry row's key names its service, port and transport: it comes back with the
        // registry that has it, so its labels are kept like the label command keeps them.
        if (!isRegistryEntryKey(it.key()) && !m_entryKeys.contains(it.key())) {
            if (!it.value().isEmpty())
                plan->labelsForUnknownEntries.append(it.key());
            continue;
        }
        QStringList have = labels.value(it.key());
        for (const QString &label : it.value()) {
            if (have.contains(label))
                continue;
            have.append(label);
            plan->labelsToAdd.append({it.key(), label});
        }
    }
    std::sort(plan->labelsToAdd.begin(), plan->labelsToAdd.end());
}

void StudyPackageMerge::planExamPlans(StudyPackagePlan *plan)
{
    ExamPlanRepository repository(m_db);
    QSet<QString> have;
    for (const StoredExamPlan &p : repository.allPlans())
        have.insert(p.examId);
    if (!repository.errorText().isEmpty())
        return void(fail(repository.errorText()));
    for (const StoredExamPlan &p : plan->package.examPlans) {
        if (!findExam(p.examId)) {
            plan->plansForUnknownExams.append(p.examId);
            continue;
        }
        if (have.contains(p.examId))
            continue;
        have.insert(p.examId);
        plan->examPlansToAdd.append(p);
    }
}

bool StudyPackageMerge::planSavedSearches(StudyPackagePlan *plan)
{
    SavedSearches searches(m_db);
    QSet<QString> have;
    for (const SavedSearch &s : searches.own())
        have.insert(s.name);
    if (!searches.errorText().isEmpty())
        return fail(searches.errorText());
    for (const PackageSavedSearch &s : plan->package.savedSearches) {
        if (have.contains(s.name))
            continue;
        have.insert(s.name);
        plan->searchesToAdd.append(s);
    }
    return true;
}

bool StudyPackageMerge::planPracticeExams(StudyPackagePlan *plan)
{
    const auto identity = [](const PracticeResult &r) {
        return QStringLiteral("%1\x1f%2\x1f%3").arg(r.examId).arg(r.takenAt).arg(r.seed);
    };
    PracticeResultRepository repository(m_db);
    QSet<QString> have;
    for (const PracticeResult &r : repository.results())
        have.insert(identity(r));
    if (!repository.errorText().isEmpty())
        return fail(repository.errorText());
    for (const PackagePracticeExam &p : plan->package.practiceExams) {
        // Like exam plans: a result for an exam this version does not know has no page to be
        // shown on, so it is left out and said rather than stored.
        if (!findExam(p.result.examId)) {
            plan->practiceForUnknownExams.append(p.result.examId);
            continue;
        }
        const QString id = identity(p.result);
        if (have.contains(id)) {
            ++plan->practiceExamsAlreadyPresent;
            continue;
        }
        have.insert(id);
        plan->practiceExamsToAdd.append(p);
    }
    return true;
}

bool StudyPackageMerge::planFsrsWeights(StudyPackagePlan *plan)
{
    FsrsParametersRepository repository(m_db);
    const std::optional<StoredFsrsWeights> local = repository.current();
    if (!local)
        return fail(repository.errorText());
    plan->localFsrsWeights = *local;
    if (plan->package.fsrsWeights && packageWeightsWin(*local, *plan->package.fsrsWeights))
        plan->fsrsWeightsToUse = plan->package.fsrsWeights;
    return true;
}

bool StudyPackageMerge::write(const StudyPackagePlan &plan)
{
    ReviewLogRepository log(m_db);
    for (const PackageReview &p : plan.reviewsToAdd) {
        const std::optional<qint64> id = log.append(p.review);
        if (!id)
            return fail(log.errorText());
        // A merged answer keeps its undone flag: it stays in the log and out of statistics.
        if (p.review.undone && !log.markUndone(*id, p.undoneAt))
            return fail(log.errorText());
    }
    CardRepository cards(m_db);
    for (auto it = plan.cardStates.cbegin(); it != plan.cardStates.cend(); ++it) {
        if (!cards.save(it.key(), it.value()))
            return fail(cards.errorText());
    }
    for (const PackageCustomEntry &e : plan.entriesToAdd) {
        if (!writeEntry(e))
            return false;
    }
    CustomEntryRepository labels(m_db);
    for (const auto &[key, label] : plan.labelsToAdd) {
        if (!labels.addLabel(key, label))
            return fail(labels.errorText());
    }
    NoteRepository notes(m_db);
    for (const QList<PackageNote> *list : {&plan.notesToAdd, &plan.notesToReplace}) {
        for (const PackageNote &n : *list) {
            // The note keeps the time it was written, so "newer wins" holds on the next merge.
            if (!notes.setNote(n.protocolKey, n.body, n.updatedAt))
                return fail(notes.errorText());
        }
    }
    ExamPlanRepository plans(m_db);
    for (const StoredExamPlan &p : plan.examPlansToAdd) {
        if (!plans.save(p) || (p.closedAt && !plans.close(p.examId, *p.closedAt)))
            return fail(plans.errorText());
    }
    SavedSearches searches(m_db);
    for (const PackageSavedSearch &s : plan.searchesToAdd) {
        if (!searches.save(s.name, s.query, s.createdAt))
            return fail(searches.errorText());
    }
    PracticeResultRepository practice(m_db);
    for (const PackagePracticeExam &p : plan.practiceExamsToAdd) {
        if (practice.add(p.result, p.answers) == 0)
            return fail(practice.errorText());
    }
    // Through the repository's apply, so that the weights replaced become the previous ones
    // and `portolan fsrs undo` (or the window's undo) goes back to them.
    if (plan.fsrsWeightsToUse) {
        FsrsParametersRepository fsrs(m_db);
        if (!fsrs.apply(*plan.fsrsWeightsToUse))
            return fail(fsrs.errorText());
    }
    return true;
}

bool StudyPackageMerge::writeEntry(const PackageCustomEntry &p)
{
    // The repository's own transaction becomes a savepoint inside the merge's; the entry keeps
    // the time it was written. It was validated when the package was read.
    CustomEntryRepository entries(m_db);
    return entries.add(p.entry, p.updatedAt) || fail(entries.errorText());
}

} // namespace portolan
