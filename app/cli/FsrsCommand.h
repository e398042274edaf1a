#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace portolan {

// `portolan fsrs show [--json]`: the FSRS weights the scheduler uses, and what they were fitted on.
// `portolan fsrs optimize [--json] [--apply]`: fits the weights to the review log
// (docs/fsrs.md §9), shows both evaluations and, with --apply, uses the fit if it is better.
// `portolan fsrs undo`: back to the weights before the last apply.
// Exit codes: 0 done, 1 too little history (with the numbers needed) or nothing to undo,
// 2 usage or database error.
class FsrsCommand
{
    Q_DECLARE_TR_FUNCTIONS(FsrsCommand)

public:
    FsrsCommand(QTextStream &out, QTextStream &err);
    int run(const QStringList &args, const QString &databasePath, qint64 nowMs);

private:
    int fail(const QString &message, int code = 2);
    int show(const QString &databasePath, qint64 nowMs, bool json);
    int optimize(const QString &databasePath, qint64 nowMs, bool json, bool apply);
    int undo(const QString &databasePath, qint64 nowMs);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace portolan
