#pragma once

#include "network/AtlasMatcher.h"
#include "network/ScanReport.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace portolan {

class Catalog;

// A scan read against the atlas: for every host and port what the scanner saw and what the
// atlas says about it, and per host a summary of what is exposed in cleartext. Exported as
// Markdown, JSON and the terminal's plain text from the same data.
class ScanExplanation
{
public:
    struct Port
    {
        ScanPort scan;
        AtlasMatch match;
    };
    struct Host
    {
        ScanHost host; // its ports are in ports below
        QList<Port> ports;
        QStringList cleartext; // "FTP 21", "Telnet 23": insecure services open to others
        QStringList depends;   // "SMTP 25 without STARTTLS evidence"
        int openCount = 0;
        int loopbackOnly = 0; // open ports only this machine can reach (ss/netstat)

        // "3 cleartext services exposed: FTP 21, Telnet 23, HTTP 80." and the like.
        QString summary() const;
        // "192.168.1.10 (router)", or "this machine" for ss/netstat.
        QString title() const;
    };

    static ScanExplanation make(const Catalog &catalog, const ScanReport &report,
                                const QString &sourceName);

    const ScanReport &report() const { return m_report; }
    const QList<Host> &hosts() const { return m_hosts; }
    QString sourceName() const { return m_source; }

    QString toMarkdown() const;
    QJsonObject toJson() const;
    // For the terminal: one block per host, one line per port and one for what the atlas says.
    QStringList textLines() const;

private:
    ScanReport m_report;
    QString m_source;
    QList<Host> m_hosts;
};

} // namespace portolan
