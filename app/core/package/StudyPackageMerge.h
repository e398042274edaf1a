#pragma once

#include "package/StudyPackage.h"

#include <QPair>
#include <QSet>

namespace portolan {

// What importing a study package changes, worked out against one database. Only additions and
// the few replacements the merge rules allow: an import never deletes anything.
struct StudyPackagePlan
{
    StudyPackageData package;

    QList<PackageReview> reviewsToAdd; // oldest first
    int reviewsAlreadyPresent = 0;
    QHash<QString, CardMemory> cardStates; // cards whose state changes, to their new state
    QList<PackageCustomEntry> entriesToAdd;
    QStringList entryConflicts;                 // keys kept local: same key, different content
    QList<QPair<QString, QString>> labelsToAdd; // entry key, label
    QList<PackageNote> notesToAdd;
    QList<PackageNote> notesToReplace; // newer than the local note
    QList<StoredExamPlan> examPlansToAdd;
    QList<PackageSavedSearch> searchesToAdd;
    QList<PackagePracticeExam> practiceExamsToAdd;
    int practiceExamsAlreadyPresent = 0;
    // The FSRS weights this database uses, and the package's when they are to be used instead.
    StoredFsrsWeights localFsrsWeights;
    std::optional<StoredFsrsWeights> fsrsWeightsToUse;
    // What the package holds for entries or exams this database does not know (a package from
    // a newer study set, or an edited file): left out, and said, never stored as orphans.
    QStringList notesForUnknownEntries; // entry keys
    QStringList labelsForUnknownEntries;
    QStringList plansForUnknownExams; // exam ids
    QStringList practiceForUnknownExams;

    bool hasChanges() const;
    // Something in the package is left out (unknown entries or exams).
    bool leavesSomethingOut() const
    {
        return !notesForUnknownEntries.isEmpty() || !labelsForUnknownEntries.isEmpty() ||
               !plansForUnknownExams.isEmpty() || !practiceForUnknownExams.isEmpty();
    }
    // One line per kind of change, for the terminal and the preview dialog.
    QStringList summary() const;
    // Which FSRS weights the database would use after the merge, and why.
    QString fsrsSummary() const;
};

// The merge rules, apart from file handling. Reviews are identified by card key, time, rating
// and answer format, so importing the same package twice adds nothing. Per card "the longer
// history wins": the card takes the state of the side with more effective (not undone) answers
// of it, on a tie the side with the later last answer; each side's state already agrees with
// its own log, so the merged card stays consistent with the log it came from. A practice exam is
// the same test on both machines when its exam, start time and seed agree.
class StudyPackageMerge
{
public:
    explicit StudyPackageMerge(QSqlDatabase db);

    // Whether a package's FSRS weights replace the local ones. Fitted weights describe this
    // learner's memory, so they replace the defaults; of two fits the one made on more reviews
    // wins, and on a tie the local one stays (importing twice changes nothing).
    static bool packageWeightsWin(const StoredFsrsWeights &local, const StoredFsrsWeights &theirs);

    std::optional<StudyPackagePlan> plan(const StudyPackageData &package);
    // Writes plan inside the caller's transaction.
    bool write(const StudyPackagePlan &plan);

    QString errorText() const { return m_error; }

private:
    bool fail(const QString &message);
    void planReviewsAndCards(StudyPackagePlan *plan);
    bool planNotes(StudyPackagePlan *plan);
    // The keys a note or a label may name: the study set's and the custom entries' (local and
    // in the package).
    bool loadEntryKeys(const StudyPackagePlan &plan);
    void planEntriesAndLabels(StudyPackagePlan *plan);
    void planExamPlans(StudyPackagePlan *plan);
    bool planSavedSearches(StudyPackagePlan *plan);
    bool planPracticeExams(StudyPackagePlan *plan);
    bool planFsrsWeights(StudyPackagePlan *plan);

    bool writeEntry(const PackageCustomEntry &entry);

    QSqlDatabase m_db;
    QString m_error;
    QSet<QString> m_entryKeys;
};

} // namespace portolan
