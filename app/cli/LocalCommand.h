#pragma once

#include <QStringList>
#include <QTextStream>

namespace portolan {

// `portolan local [--json] [--all]`: this machine's listening TCP and bound UDP sockets (with
// --all also its connections) read from procfs and against the atlas, the riskiest first.
// Exit codes: 0 listed, 1 nothing listens, 2 usage or database error or no procfs.
class LocalCommand
{
public:
    LocalCommand(QTextStream &out, QTextStream &err);

    // procRoot: where procfs is (tests pass a folder of fixture files).
    int run(const QStringList &args, const QString &databasePath,
            const QString &procRoot = QStringLiteral("/proc"));

private:
    int fail(const QString &message, bool usage);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace portolan
