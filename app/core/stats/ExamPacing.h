#pragma once

#include "quiz/SessionOptions.h"
#include "stats/ExamPlanner.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

namespace portolan {

// What an open exam plan changes in a scheduled session: the exam's deck gets at least the
// plan's pace of new cards, and reviews the plan brought forward to today or earlier count as
// due in any deck that holds them. Practice sessions are left alone (they change no schedule).
class Catalog;
class FsrsScheduler;

class ExamPacing
{
public:
    static QString deckIdFor(const QString &examId) { return QStringLiteral("exam:") + examId; }

    static SessionOptions paced(SessionOptions options, const QString &examId, const ExamPlan &plan,
                                QDate today);

    // Paces options by every open plan in the database. notes (optional) gets one line per plan
    // for the learner: "Exam plan for … on …: 7 new cards a day". On a read error the options
    // come back unchanged and the error is in notes.
    static SessionOptions pacedByOpenPlans(SessionOptions options, const QSqlDatabase &db,
                                           const Catalog &catalog, const FsrsScheduler &scheduler,
                                           qint64 nowMs, QStringList *notes = nullptr);
};

} // namespace portolan
