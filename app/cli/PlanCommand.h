#pragma once

#include <QStringList>
#include <QTextStream>

namespace portolan {

// `portolan plan [--json]`: every open exam plan with its days (new cards and the reviews the
// scheduler is expected to bring, PlanSimulator) and the readiness predicted for the exam day.
// `portolan plan set EXAM DATE [--target R]` makes or replaces one; `portolan plan close EXAM`
// ends it. Exit codes: 0 done, 1 no such open plan to close, 2 usage or database error (an
// unknown exam, a date that is not after today, a target outside 0.5-0.99).
class PlanCommand
{
public:
    PlanCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &args, const QString &databasePath, qint64 nowMs);

private:
    int fail(const QString &message);
    int show(const QString &databasePath, qint64 nowMs, bool json, const QString &onlyExam = {});
    int set(const QStringList &args, const QString &databasePath, qint64 nowMs);
    int close(const QStringList &args, const QString &databasePath, qint64 nowMs);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace portolan
