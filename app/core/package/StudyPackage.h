#pragma once

#include "custom/CustomEntry.h"
#include "practice/PracticeResultRepository.h"
#include "srs/CardMemory.h"
#include "stats/ExamPlanRepository.h"
#include "storage/FsrsParametersRepository.h"
#include "storage/ReviewLogRepository.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace portolan {

struct StudyPackagePlan;

// One answer as it travels: the log row, and when it was taken back if it was.
struct PackageReview
{
    ReviewRecord review; // review.id is the exporting machine's and means nothing here
    qint64 undoneAt = 0; // only when review.undone
};

struct PackageNote
{
    QString protocolKey;
    QString body;
    qint64 updatedAt = 0;
};

struct PackageCustomEntry
{
    CustomEntry entry; // tags travel in StudyPackageData::labels, so entry.tags is empty
    qint64 updatedAt = 0;
};

struct PackageSavedSearch
{
    QString name;
    QString query;
    qint64 createdAt = 0;
};

// A practice exam as it travels: the result (its id is the exporting machine's and means
// nothing here) and each question's outcome in question order.
struct PackagePracticeExam
{
    PracticeResult result;
    QList<PracticeAnswerRecord> answers;
};

// Everything that is the learner's, as read from or written to a study package. Reference data
// never travels: the other machine has its own.
struct StudyPackageData
{
    qint64 exportedAt = 0;
    QHash<QString, CardMemory> cards;
    QList<PackageReview> reviews;
    QList<PackageNote> notes;
    QList<PackageCustomEntry> customEntries;
    QHash<QString, QStringList> labels; // entry key -> labels
    QList<StoredExamPlan> examPlans;
    QList<PackageSavedSearch> savedSearches;
    // Optional sections (absent in packages written before they existed).
    QList<PackagePracticeExam> practiceExams;
    std::optional<StoredFsrsWeights> fsrsWeights; // only weights fitted to the learner
};

// A learner's progress as one file, to carry between machines: exportTo() writes it, read()
// refuses anything damaged, foreign or out of range, preview() says what importing it would
// change and apply() merges it all or nothing. Reads no clock: times are handed in.
class StudyPackage
{
public:
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    // Everything of the learner's in db, written to path by SafeFileWriter (never onto db's
    // own files). False with *error; *replaced (when given) says whether a file was there.
    static bool exportTo(QSqlDatabase db, const QString &path, qint64 nowMs, QString *error,
                         bool *replaced = nullptr);
    // Collects the learner's data from db (what exportTo writes).
    static std::optional<StudyPackageData> collect(QSqlDatabase db, qint64 nowMs, QString *error);
    // The package in path, fully validated; nullopt with *error naming what and where.
    static std::optional<StudyPackageData> read(const QString &path, QString *error);

    // What merging package into db would do; nullopt with *error when db cannot be read.
    static std::optional<StudyPackagePlan> preview(QSqlDatabase db, const StudyPackageData &package,
                                                   QString *error);
    // Merges plan's package in one transaction (the plan is worked out again inside it, so a
    // stale plan can neither duplicate nor lose anything). False with *error: nothing written.
    static bool apply(QSqlDatabase db, const StudyPackagePlan &plan, QString *error);
};

} // namespace portolan
