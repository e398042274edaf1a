#pragma once

#include <QSqlDatabase>
#include <QString>

namespace portolan {

class Catalog;

// A scripted learner for screenshots, demos and tests: studies a deck once a day for `days`
// days ending at endMs (due reviews, then up to newPerDay new cards), answering right about
// `accuracy` of the time, through the product's own QuizSession and QuizStore.
struct StudyHistory
{
    QString deckSearch = QStringLiteral("exam:n10-009");
    int days = 30;
    int newPerDay = 12;
    double accuracy = 0.85;
    quint32 seed = 1;

    // Answers written to db; -1 with *error set on failure.
    int write(const QSqlDatabase &db, const Catalog &catalog, qint64 endMs, QString *error) const;
};

} // namespace portolan
