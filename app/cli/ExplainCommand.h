#pragma once

#include <QStringList>
#include <QTextStream>

namespace portolan {

// `portolan explain FILE [--json|--markdown]`: reads a scan (nmap -oX/-oG/-oN, ss, netstat;
// recognised by content, "-" for standard input) and says per host and port what the atlas
// knows. Exit codes: 0 explained, 2 usage error, unreadable file or a file of no known format.
class ExplainCommand
{
public:
    ExplainCommand(QTextStream &out, QTextStream &err);

    int run(const QStringList &args, const QString &databasePath);

private:
    int fail(const QString &message, bool usage);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace portolan
