#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace portolan {

// `portolan exam EXAM [--questions N] [--seed S] [--json] [--answers LIST]`: prints a practice
// exam drawn from the study set and the reviewed scenarios, the same test for the same seed
// (without --seed one is chosen and printed so that the test can be had again). Each question
// shows its objective, kind, stem, choices, the right answer(s), the explanation and the entry.
// --answers "B,AC,D,..." grades a set of answers (one item per question, letters; two for a
// "choose two") and prints the score per objective and each miss with its explanation.
// Needs no database. Exit codes: 0 printed, 2 usage error (unknown exam, bad N or seed, a bad
// answer list) or a scenario that fails the content check.
class ExamCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExamCommand)

public:
    ExamCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &args, qint64 nowMs);

private:
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace portolan
