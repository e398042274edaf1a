#include "package/StudyPackage.h"

#include "custom/CustomEntryRepository.h"
#include "package/StudyPackageJson.h"
#include "package/StudyPackageMerge.h"
#include "storage/CardRepository.h"
#include "storage/SafeFileReader.h"
#include "storage/SafeFileWriter.h"
#include "storage/ScopedTransaction.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <limits>

namespace portolan {

std::optional<StudyPackageData> StudyPackage::collect(QSqlDatabase db, qint64 nowMs, QString *error)
{
    StudyPackageData data;
    data.exportedAt = nowMs;
    // One read transaction: card states and the log come from the same moment even while the
    // window is answering cards (WAL readers see a snapshot). Only reads, so it is rolled back.
    struct Snapshot
    {
        QSqlDatabase db;
        bool open;
        ~Snapshot()
        {
            if (open)
                db.rollback();
        }
    } snapshot{db, db.transaction()};

    CardRepository cards(db);
    if (!cards.loadAll(&data.cards)) {
        *error = cards.errorText();
        return std::nullopt;
    }

    // When each answer was taken back: the log repository only says whether.
    QHash<qint64, qint64> undoneAt;
    Statement undo(db, QStringLiteral("SELECT review_id, undone_at FROM review_undo"));
    if (!undo.exec() || !undo.forEachRow([&](const Statement &r) {
            undoneAt.insert(r.value(0).toLongLong(), r.value(1).toLongLong());
        })) {
        *error = undo.error();
        return std::nullopt;
    }
    ReviewLogRepository log(db);
    const QList<ReviewRecord> records = log.since(std::numeric_limits<qint64>::min(), true);
    if (!log.errorText().isEmpty()) {
        *error = log.errorText();
        return std::nullopt;
    }
    for (const ReviewRecord &r : records)
        data.reviews.append({r, r.undone ? undoneAt.value(r.id) : 0});

    // Notes are read with their time here: NoteRepository serves one note at a time.
    Statement notes(db, QStringLiteral("SELECT protocol_key, body, updated_at FROM user_note "
                                       "ORDER BY protocol_key"));
    if (!notes.exec() || !notes.forEachRow([&](const Statement &r) {
            data.notes.append(
                {r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong()});
        })) {
        *error = notes.error();
        return std::nullopt;
    }

    CustomEntryRepository entries(db);
    QHash<QString, qint64> entryTimes;
    Statement times(db, QStringLiteral("SELECT entry_key, updated_at FROM custom_entry"));
    if (!times.exec() || !times.forEachRow([&](const Statement &r) {
            entryTimes.insert(r.value(0).toString(), r.value(1).toLongLong());
        })) {
        *error = times.error();
        return std::nullopt;
    }
    const QList<CustomEntry> own = entries.entries();
    if (!entries.errorText().isEmpty()) {
        *error = entries.errorText();
        return std::nullopt;
    }
    for (CustomEntry e : own) {
        e.tags.clear(); // they travel as labels
        data.customEntries.append({e, entryTimes.value(e.key)});
    }
    data.labels = entries.allLabels();
    if (!entries.errorText().isEmpty()) {
        *error = entries.errorText();
        return std::nullopt;
    }

    ExamPlanRepository plans(db);
    data.examPlans = plans.allPlans();
    if (!plans.errorText().isEmpty()) {
        *error = plans.errorText();
        return std::nullopt;
    }

    Statement searches(db, QStringLiteral("SELECT name, query, created_at FROM saved_search "
                                          "ORDER BY name"));
    if (!searches.exec() || !searches.forEachRow([&](const Statement &r) {
            data.savedSearches.append(
                {r.value(0).toString(), r.value(1).toString(), r.value(2).toLongLong()});
        })) {
        *error = searches.error();
        return std::nullopt;
    }

    PracticeResultRepository practice(db);
    const QList<PracticeResult> results = practice.results();
    QHash<qint64, QList<PracticeAnswerRecord>> answers;
    if (practice.errorText().isEmpty())
        answers = practice.allAnswers();
    if (!practice.errorText().isEmpty()) {
        *error = practice.errorText();
        return std::nullopt;
    }
    for (const PracticeResult &r : results)
        data.practiceExams.append({r, answers.value(r.id)});

    // The weights in use travel only when they were fitted: the defaults are every machine's.
    FsrsParametersRepository fsrs(db);
    const std::optional<StoredFsrsWeights> weights = fsrs.current();
    if (!weights) {
        *error = fsrs.errorText();
        return std::nullopt;
    }
    if (!weights->isDefault())
        data.fsrsWeights = *weights;
    return data;
}

bool StudyPackage::exportTo(QSqlDatabase db, const QString &path, qint64 nowMs, QString *error,
                            bool *replaced)
{
    SafeFileWriter writer(db.databaseName());
    const std::optional<StudyPackageData> data = collect(db, nowMs, error);
    if (!data)
        return false;
    if (!writer.write(path, StudyPackageJson::toJson(*data))) {
        *error = writer.errorString();
        return false;
    }
    if (replaced)
        *replaced = writer.replacedExisting();
    return true;
}

std::optional<StudyPackageData> StudyPackage::read(const QString &path, QString *error)
{
    QByteArray bytes;
    switch (SafeFileReader::read(path, kMaxFileSize, &bytes, error)) {
    case SafeFileReader::Outcome::Read:
        break;
    case SafeFileReader::Outcome::Refused:
        return std::nullopt;
    case SafeFileReader::Outcome::TooLarge:
        *error = QCoreApplication::translate("StudyPackage",
                                             "%1: too large for a study package (over %2 MB)")
                     .arg(path)
                     .arg(kMaxFileSize / (1024 * 1024));
        return std::nullopt;
    }
    QString problem;
    std::optional<StudyPackageData> data = StudyPackageJson::fromJson(bytes, &problem);
    if (!data)
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), problem);
    return data;
}

std::optional<StudyPackagePlan>
StudyPackage::preview(QSqlDatabase db, const StudyPackageData &package, QString *error)
{
    StudyPackageMerge merge(db);
    std::optional<StudyPackagePlan> plan = merge.plan(package);
    if (!plan)
        *error = merge.errorText();
    return plan;
}

bool StudyPackage::apply(QSqlDatabase db, const StudyPackagePlan &plan, QString *error)
{
    ScopedTransaction tx(db);
    if (!tx.isActive()) {
        *error = tx.errorText();
        return false;
    }
    StudyPackageMerge merge(db);
    const std::optional<StudyPackagePlan> current = merge.plan(plan.package);
    if (!current || !merge.write(*current)) {
        *error = merge.errorText();
        return false;
    }
    if (!tx.commit()) {
        *error = tx.errorText();
        return false;
    }
    return true;
}

} // namespace portolan
