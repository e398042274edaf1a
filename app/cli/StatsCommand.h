#pragma once

#include <QStringList>
#include <QTextStream>

namespace portolan {

// `portolan stats [--json]`: card counts, reviews, true retention, the due forecast and the
// readiness of every exam, computed by StudyStatistics from the database at nowMs. Exit codes:
// 0 printed, 2 usage or database error.
class StatsCommand
{
public:
    StatsCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &args, const QString &databasePath, qint64 nowMs);

private:
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace portolan
