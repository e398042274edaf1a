#pragma once

// Shared by the study package tests: a learner's database in a temporary folder that answers
// cards through QuizStore (so every state agrees with its log), and a snapshot of every table
// that is the learner's, to prove that a refused import changed nothing.

#include "../support/FirstStartDatabase.h"
#include "../support/TestTime.h"
#include "catalog/Catalog.h"
#include "practice/PracticeResultRepository.h"
#include "quiz/Card.h"
#include "quiz/QuizStore.h"
#include "srs/FsrsScheduler.h"
#include "storage/Database.h"
#include "storage/FsrsParametersRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace portolan::testing {

// 2025-03-10 09:00 UTC.
constexpr qint64 kStart = 1741597200000LL;

struct Learner
{
    QTemporaryDir dir;
    Database db;
    FsrsScheduler scheduler{FsrsParameters{}, DayCounter::utc()};

    explicit Learner(const QString &name = QStringLiteral("learner"))
        : m_file(name + QStringLiteral(".sqlite"))
    {
        // The reference tables, as every start of the program fills them: a package's notes
        // and labels are checked against the study set's keys.
        if (!dir.isValid() || !copyFirstStartDatabase(path()) || !db.open(path()))
            qFatal("cannot open a test database: %s", qPrintable(db.errorMessage()));
    }
    QString path() const { return dir.filePath(m_file); }
    QSqlDatabase connection() const { return db.connection(); }

    // Answers card key at atMs as the quiz would; the review's log id.
    qint64 answer(const QString &key, qint64 atMs, Rating rating,
                  const QString &format = QStringLiteral("flashcard"))
    {
        QuizStore store(connection());
        QHash<QString, CardMemory> states;
        store.loadStates(&states);
        ReviewRecord r;
        r.cardKey = key;
        r.reviewedAt = atMs;
        r.rating = rating;
        r.answerFormat = format;
        r.durationMs = 4000;
        if (states.contains(key))
            r.before = states.value(key);
        r.after = scheduler.next(r.before.value_or(CardMemory::newCard(atMs)), atMs, rating);
        const std::optional<qint64> id = store.record(r);
        if (!id)
            qFatal("cannot record an answer: %s", qPrintable(store.errorText()));
        return *id;
    }

    void undo(qint64 id, qint64 atMs)
    {
        QuizStore store(connection());
        if (!store.undo(id, atMs))
            qFatal("cannot undo: %s", qPrintable(store.errorText()));
    }

    // A practice exam of examId taken at atMs: one answer per entry key, right where the
    // matching flag is.
    void practice(const QString &examId, qint64 atMs, quint64 seed, const QStringList &entries,
                  const QList<bool> &right)
    {
        PracticeResult result;
        result.examId = examId;
        result.takenAt = atMs;
        result.seed = seed;
        result.durationMs = 60'000;
        result.questions = int(entries.size());
        QList<PracticeAnswerRecord> answers;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            answers.append({QStringLiteral("1.%1").arg(i + 1), QStringLiteral("port"),
                            entries.at(i), right.value(i)});
            result.right += right.value(i) ? 1 : 0;
        }
        PracticeResultRepository repository(connection());
        if (repository.add(result, answers) == 0)
            qFatal("cannot save a practice exam: %s", qPrintable(repository.errorText()));
    }

    // Weights "fitted" on reviews answers at atMs: the defaults with w0 (initial stability after
    // Again) moved by shift, so that two fits differ.
    StoredFsrsWeights fit(int reviews, double shift, qint64 atMs)
    {
        StoredFsrsWeights stored;
        stored.weights[0] += shift;
        stored.fittedAt = atMs;
        stored.reviewCount = reviews;
        stored.cardCount = reviews / 10;
        FsrsParametersRepository repository(connection());
        if (!repository.apply(stored))
            qFatal("cannot store weights: %s", qPrintable(repository.errorText()));
        return stored;
    }

    StoredFsrsWeights weights() const
    {
        FsrsParametersRepository repository(connection());
        const auto current = repository.current();
        if (!current)
            qFatal("cannot read weights: %s", qPrintable(repository.errorText()));
        return *current;
    }

private:
    QString m_file;
};

// Every row of every table that is the learner's, as text, in a stable order.
inline QStringList userTables(QSqlDatabase db)
{
    QStringList out;
    for (const char *table :
         {"card_state", "review_log", "review_undo", "user_note", "custom_entry",
          "custom_entry_port", "entry_label", "exam_plan", "saved_search", "practice_exam",
          "practice_answer", "fsrs_parameters"}) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table))))
            qFatal("cannot read %s", table);
        const int columns = q.record().count(); // built anew at each call: asked once
        while (q.next()) {
            QStringList row{QLatin1String(table)};
            for (int i = 0; i < columns; ++i)
                row << q.value(i).toString();
            out << row.join(u'|');
        }
    }
    return out;
}

} // namespace portolan::testing
