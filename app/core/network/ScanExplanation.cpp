#include "network/ScanExplanation.h"

#include "domain/SafeText.h"
#include "network/ScanReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace portolan {

namespace {

// The service name nmap guessed, without its tunnel ("ssl/http" -> "http").
QString serviceHint(const QString &service)
{
    const qsizetype slash = service.lastIndexOf(u'/');
    return slash >= 0 ? service.mid(slash + 1) : service;
}

// Protocols that upgrade a cleartext session with STARTTLS rather than start in TLS.
bool upgradesWithStartTls(const QString &key)
{
    static const QStringList keys{QStringLiteral("smtp"), QStringLiteral("smtp-submission"),
                                  QStringLiteral("ldap"), QStringLiteral("ldap-gc"),
                                  QStringLiteral("imap"), QStringLiteral("pop3"),
                                  QStringLiteral("ftp")};
    return keys.contains(key);
}

// A Markdown table cell: backslashes, pipes and tags lose their meaning.
QString scanCell(const QString &text)
{
    QString s = visibleText(text);
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'|', QStringLiteral("\\|"));
    s.replace(u'<', QStringLiteral("&lt;"));
    return s;
}

// One table row; an empty cell shows a dash (Markdown readers differ on empty cells).
QString mdRow(const QStringList &cells)
{
    QStringList shown;
    for (const QString &c : cells)
        shown << (c.isEmpty() ? QStringLiteral("–") : c);
    return u'|' + shown.join(u'|') + QStringLiteral("|\n");
}

QString scannerSays(const ScanPort &p)
{
    QStringList parts;
    if (!p.service.isEmpty())
        parts << p.service;
    const QString version = QStringList{p.product, p.version, p.extraInfo}.join(u' ').simplified();
    if (!version.isEmpty())
        parts << version;
    if (!p.process.isEmpty())
        parts << (p.pid >= 0 ? QStringLiteral("%1 (%2)").arg(p.process).arg(p.pid) : p.process);
    return visibleText(parts.join(QStringLiteral(" · ")));
}

} // namespace

QString ScanExplanation::Host::title() const
{
    if (host.address.isEmpty())
        return QCoreApplication::translate("ScanExplanation", "this machine");
    QString t = visibleText(host.address);
    if (!host.hostname.isEmpty())
        t += QStringLiteral(" (%1)").arg(visibleText(host.hostname));
    return t;
}

QString ScanExplanation::Host::summary() const
{
    QStringList out;
    if (!cleartext.isEmpty())
        out << QCoreApplication::translate("ScanExplanation",
                                           "%n cleartext service(s) exposed: %1.", nullptr,
                                           int(cleartext.size()))
                   .arg(cleartext.join(QStringLiteral(", ")));
    if (!depends.isEmpty())
        out << QCoreApplication::translate(
                   "ScanExplanation",
                   "%n service(s) whose protection depends on configuration: %1.", nullptr,
                   int(depends.size()))
                   .arg(depends.join(QStringLiteral(", ")));
    if (openCount == 0)
        out << QCoreApplication::translate("ScanExplanation", "No open ports.");
    else if (cleartext.isEmpty() && depends.isEmpty())
        out << QCoreApplication::translate("ScanExplanation", "No cleartext service exposed.");
    if (loopbackOnly > 0)
        out << QCoreApplication::translate("ScanExplanation", "%n open port(s) on loopback only.",
                                           nullptr, loopbackOnly);
    return out.join(u' ');
}

ScanExplanation ScanExplanation::make(const Catalog &catalog, const ScanReport &report,
                                      const QString &sourceName)
{
    ScanExplanation e;
    e.m_report = report;
    e.m_source = sourceName;
    const AtlasMatcher matcher(catalog);
    for (const ScanHost &h : report.hosts) {
        Host host;
        host.host = h;
        host.host.ports.clear();
        for (const ScanPort &p : h.ports)
            host.ports.append({p, matcher.match(p.port, p.transport, serviceHint(p.service))});
        // Open ports first, then by port: the list reads like nmap's own.
        std::stable_sort(host.ports.begin(), host.ports.end(), [](const Port &a, const Port &b) {
            if (a.scan.isOpen() != b.scan.isOpen())
                return a.scan.isOpen();
            if (a.scan.port != b.scan.port)
                return a.scan.port < b.scan.port;
            return a.scan.transport < b.scan.transport;
        });
        QSet<QString> listed;
        for (const Port &p : std::as_const(host.ports)) {
            if (!p.scan.isOpen())
                continue;
            ++host.openCount;
            // A listing of this machine (ss, netstat) shows what only it can reach; a scan
            // shows what the scanner reached, whatever the address.
            if (h.address.isEmpty() && p.scan.local.exposure == Exposure::Loopback) {
                ++host.loopbackOnly;
                continue;
            }
            // "FTP 21"; a label that names its port already ("HTTP alternate (8080)") stays.
            const QString portText = QString::number(p.scan.port);
            const QString item = p.match.label.contains(portText)
                                     ? p.match.label
                                     : QStringLiteral("%1 %2").arg(p.match.label, portText);
            if (listed.contains(item))
                continue; // ss lists a port once per address family
            listed.insert(item);
            if (p.match.kind != AtlasMatch::Kind::StudySet || p.scan.tlsEvidence)
                continue;
            if (p.match.security == Security::Insecure)
                host.cleartext << item;
            else if (p.match.security == Security::Depends)
                host.depends << (upgradesWithStartTls(p.match.key)
                                     ? QCoreApplication::translate("ScanExplanation",
                                                                   "%1 without STARTTLS evidence")
                                           .arg(item)
                                     : item);
        }
        e.m_hosts.append(host);
    }
    return e;
}

QStringList ScanExplanation::textLines() const
{
    QStringList out;
    QString head = QCoreApplication::translate("ScanExplanation", "%1: %2")
                       .arg(visibleText(m_source), scanFormatName(m_report.format));
    if (!m_report.scanner.isEmpty() && m_report.format != ScanFormat::Ss &&
        m_report.format != ScanFormat::Netstat)
        head += QStringLiteral(", ") + visibleText(m_report.scanner);
    out << head;
    if (m_hosts.isEmpty())
        out << QCoreApplication::translate("ScanExplanation", "No hosts in this scan.");
    for (const Host &h : m_hosts) {
        out << QString();
        QString title = h.title();
        if (!h.host.status.isEmpty())
            title += QStringLiteral(", ") + visibleText(h.host.status);
        out << title;
        out << QStringLiteral("  ") + h.summary();
        for (const Port &p : h.ports) {
            const QString where =
                h.host.address.isEmpty()
                    ? QStringLiteral("%1 ").arg(visibleText(p.scan.local.text()), -22)
                    : QString();
            const QString port =
                QStringLiteral("%1/%2").arg(p.scan.port).arg(transportName(p.scan.transport));
            out << QStringLiteral("  %1 %2 %3%4")
                       .arg(port, -9)
                       .arg(visibleText(p.scan.state), -13)
                       .arg(where, scannerSays(p.scan))
                       .trimmed()
                       .prepend(QStringLiteral("  "));
            out << QStringLiteral("      ") + visibleText(p.match.summary());
            if (p.match.kind == AtlasMatch::Kind::StudySet && !p.match.securityReason.isEmpty() &&
                p.scan.isOpen() && p.match.security != Security::Secure)
                out << QStringLiteral("      ") +
                           QCoreApplication::translate("ScanExplanation", "why: %1")
                               .arg(visibleText(p.match.securityReason));
        }
    }
    return out;
}

QString ScanExplanation::toMarkdown() const
{
    QString md;
    md += QStringLiteral("# ") +
          QCoreApplication::translate("ScanExplanation", "Scan explained: %1")
              .arg(scanCell(m_source)) +
          QStringLiteral("\n\n");
    md += QCoreApplication::translate("ScanExplanation", "Format: %1")
              .arg(scanFormatName(m_report.format));
    if (!m_report.scanner.isEmpty())
        md += QStringLiteral(" · ") + scanCell(m_report.scanner);
    md += u'\n';
    if (!m_report.command.isEmpty())
        md += QStringLiteral("\n`%1`\n").arg(visibleText(m_report.command).remove(u'`'));
    for (const Host &h : m_hosts) {
        md += QStringLiteral("\n## %1\n\n").arg(scanCell(h.title()));
        md += QStringLiteral("**%1**\n\n").arg(scanCell(h.summary()));
        if (h.ports.isEmpty())
            continue;
        // A listing of this machine has an address per port; a scan has one per host.
        const bool local = h.host.address.isEmpty();
        QStringList header{QCoreApplication::translate("ScanExplanation", "Port"),
                           QCoreApplication::translate("ScanExplanation", "State")};
        if (local)
            header << QCoreApplication::translate("ScanExplanation", "Address");
        header << QCoreApplication::translate("ScanExplanation", "Scanner says")
               << QCoreApplication::translate("ScanExplanation", "Atlas")
               << QCoreApplication::translate("ScanExplanation", "Security")
               << QCoreApplication::translate("ScanExplanation", "Secure counterpart")
               << QCoreApplication::translate("ScanExplanation", "Exams");
        md += mdRow(header);
        md += mdRow(QStringList(header.size(), QStringLiteral("---")));
        QStringList why;
        for (const Port &p : h.ports) {
            const AtlasMatch &m = p.match;
            const bool study = m.kind == AtlasMatch::Kind::StudySet;
            QStringList cells{
                QStringLiteral("%1/%2").arg(p.scan.port).arg(transportName(p.scan.transport)),
                scanCell(p.scan.state)};
            if (local)
                cells << scanCell(p.scan.local.text());
            cells << scanCell(scannerSays(p.scan))
                  << scanCell(!study              ? m.summary()
                              : m.name == m.label ? m.label
                                                  : QStringLiteral("%1 (%2)").arg(m.label, m.name))
                  << (study ? securityName(m.security) : QString())
                  << scanCell(m.counterparts.join(QStringLiteral(", ")))
                  << scanCell(m.exams.join(QStringLiteral(", ")));
            md += mdRow(cells);
            if (study && p.scan.isOpen() && !m.securityReason.isEmpty()) {
                const QString line = QStringLiteral("- **%1**: %2")
                                         .arg(scanCell(m.label), scanCell(m.securityReason));
                if (!why.contains(line))
                    why << line;
            }
        }
        if (!why.isEmpty())
            md += u'\n' + QCoreApplication::translate("ScanExplanation", "Why:") + u'\n' + u'\n' +
                  why.join(u'\n') + u'\n';
    }
    return md;
}

QJsonObject ScanExplanation::toJson() const
{
    QJsonArray hosts;
    for (const Host &h : m_hosts) {
        QJsonArray ports;
        for (const Port &p : h.ports) {
            QJsonObject o{{QStringLiteral("port"), p.scan.port},
                          {QStringLiteral("transport"), transportName(p.scan.transport)},
                          {QStringLiteral("state"), p.scan.state},
                          {QStringLiteral("line"), p.scan.line},
                          {QStringLiteral("atlas"), p.match.toJson()}};
            if (!p.scan.service.isEmpty())
                o.insert(QStringLiteral("service"), p.scan.service);
            const QString version = QStringList{p.scan.product, p.scan.version, p.scan.extraInfo}
                                        .join(u' ')
                                        .simplified();
            if (!version.isEmpty())
                o.insert(QStringLiteral("version"), version);
            if (p.scan.tlsEvidence)
                o.insert(QStringLiteral("tlsEvidence"), true);
            if (h.host.address.isEmpty()) {
                o.insert(QStringLiteral("address"), p.scan.local.host);
                o.insert(QStringLiteral("exposure"), exposureId(p.scan.local.exposure));
            }
            if (!p.scan.peer.isEmpty())
                o.insert(QStringLiteral("peer"), p.scan.peer);
            if (p.scan.pid >= 0)
                o.insert(QStringLiteral("pid"), p.scan.pid);
            if (!p.scan.process.isEmpty())
                o.insert(QStringLiteral("process"), p.scan.process);
            ports.append(o);
        }
        hosts.append(
            QJsonObject{{QStringLiteral("address"), h.host.address},
                        {QStringLiteral("hostname"), h.host.hostname},
                        {QStringLiteral("status"), h.host.status},
                        {QStringLiteral("summary"), h.summary()},
                        {QStringLiteral("cleartext"), QJsonArray::fromStringList(h.cleartext)},
                        {QStringLiteral("depends"), QJsonArray::fromStringList(h.depends)},
                        {QStringLiteral("open"), h.openCount},
                        {QStringLiteral("ports"), ports}});
    }
    return {{QStringLiteral("source"), m_source},
            {QStringLiteral("format"), scanFormatId(m_report.format)},
            {QStringLiteral("scanner"), m_report.scanner},
            {QStringLiteral("command"), m_report.command},
            {QStringLiteral("hosts"), hosts}};
}

} // namespace portolan
