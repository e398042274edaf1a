#pragma once

#include <QStringList>
#include <QTextStream>

namespace portolan {

// `portolan export --format csv|json [--query Q] FILE`: writes the entries a lookup of Q
// shows (everything without a query), in the same order, as CSV or JSON; FILE "-" is standard
// output. Without --format the file's extension decides. Exit codes: 0 written, 2 usage error
// (a bad format included) or a file that cannot be written.
class ExportCommand
{
public:
    ExportCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &args, const QString &databasePath);

private:
    int fail(const QString &message, bool showHelp = false);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace portolan
