// Reads a scan or a socket listing (ScanReader.h): chooses the format, and reads the nmap
// formats here; ScanReaderSockets.cpp reads ss and netstat.
#include "network/ScanReader.h"

#include "domain/SafeText.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace portolan {

namespace {

// Lines of the text formats, without their line ends; a stray \r (a file copied from
// Windows) is dropped.
QStringList splitLines(const QByteArray &bytes)
{
    QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    for (QString &l : lines)
        if (l.endsWith(u'\r'))
            l.chop(1);
    return lines;
}

bool startsWithDigit(const QString &s)
{
    return !s.isEmpty() && s.at(0).unicode() >= u'0' && s.at(0).unicode() <= u'9';
}

bool hasTlsWords(const QString &text)
{
    return text.contains(QLatin1String("STARTTLS"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("ssl-cert")) || text.contains(QLatin1String("TLSv1"));
}

} // namespace

bool ScanPort::isOpen() const
{
    return state == QLatin1String("open") || state == QLatin1String("open|filtered") ||
           state == QLatin1String("listen") || state == QLatin1String("bound");
}

QString scanFormatId(ScanFormat f)
{
    switch (f) {
    case ScanFormat::Unknown:
        return QStringLiteral("unknown");
    case ScanFormat::NmapXml:
        return QStringLiteral("nmap-xml");
    case ScanFormat::NmapGrepable:
        return QStringLiteral("nmap-grepable");
    case ScanFormat::NmapNormal:
        return QStringLiteral("nmap-normal");
    case ScanFormat::Ss:
        return QStringLiteral("ss");
    case ScanFormat::Netstat:
        return QStringLiteral("netstat");
    }
    return {};
}

QString scanFormatName(ScanFormat f)
{
    switch (f) {
    case ScanFormat::Unknown:
        return QCoreApplication::translate("ScanReader", "unknown");
    case ScanFormat::NmapXml:
        return QCoreApplication::translate("ScanReader", "nmap XML (-oX)");
    case ScanFormat::NmapGrepable:
        return QCoreApplication::translate("ScanReader", "nmap grepable (-oG)");
    case ScanFormat::NmapNormal:
        return QCoreApplication::translate("ScanReader", "nmap normal output (-oN)");
    case ScanFormat::Ss:
        return QCoreApplication::translate("ScanReader", "ss -tulpn or ss -tan");
    case ScanFormat::Netstat:
        return QCoreApplication::translate("ScanReader", "netstat -tlnp or netstat -anp");
    }
    return {};
}

QString ScanReader::knownFormats()
{
    QStringList names;
    for (ScanFormat f : {ScanFormat::NmapXml, ScanFormat::NmapGrepable, ScanFormat::NmapNormal,
                         ScanFormat::Ss, ScanFormat::Netstat})
        names << scanFormatName(f);
    return names.join(QStringLiteral(", "));
}

bool ScanReader::parseTransportWord(QStringView text, Transport *out)
{
    // netstat says tcp6/udp6, ss says tcp/udp/sctp, nmap tcp/udp/sctp.
    QStringView t = text;
    if (t.endsWith(u'6'))
        t.chop(1);
    return parseTransport(t, out);
}

ScanFormat ScanReader::detect(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(64 * 1024);
    const QByteArray start = head.trimmed().left(512);
    if (start.startsWith("<?xml") || start.startsWith("<nmaprun") ||
        (start.startsWith("<") && head.contains("<nmaprun")))
        return head.contains("<nmaprun") || start.startsWith("<?xml") ? ScanFormat::NmapXml
                                                                      : ScanFormat::Unknown;
    const QList<QByteArray> lines = head.split('\n');
    int looked = 0;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (++looked > 40)
            break;
        if (line.startsWith("Host: ") &&
            (line.contains("\tStatus: ") || line.contains("\tPorts: ")))
            return ScanFormat::NmapGrepable;
        if (line.startsWith("Nmap scan report for ") || line.startsWith("Starting Nmap "))
            return ScanFormat::NmapNormal;
        if ((line.startsWith("Netid") || line.startsWith("State")) &&
            line.contains("Local Address:Port"))
            return ScanFormat::Ss;
        if (line.startsWith("Active Internet connections") ||
            (line.startsWith("Proto") && line.contains("Local Address") &&
             line.contains("Foreign Address")))
            return ScanFormat::Netstat;
    }
    // A scan that found no host has only nmap's comment lines: its command line tells.
    const QByteArray first = lines.value(0).trimmed();
    if (first.startsWith("# Nmap ") && first.contains(" -oG "))
        return ScanFormat::NmapGrepable;
    if (first.startsWith("# Nmap ") && first.contains(" -oN "))
        return ScanFormat::NmapNormal;
    return ScanFormat::Unknown;
}

bool ScanReader::fail(int line, const QString &what)
{
    const QString name = visibleText(m_name);
    m_error = line > 0 ? QStringLiteral("%1:%2: %3").arg(name).arg(line).arg(what)
                       : QStringLiteral("%1: %2").arg(name, what);
    m_report = {};
    return false;
}

bool ScanReader::addPort(ScanHost *host, const ScanPort &port, int line)
{
    if (++m_ports > kMaxPorts)
        return fail(line,
                    QCoreApplication::translate(
                        "ScanReader", "more than %1 ports; split the scan into smaller files.")
                        .arg(kMaxPorts));
    host->ports.append(port);
    return true;
}

bool ScanReader::read(const QByteArray &bytes, const QString &name)
{
    m_name = name;
    m_report = {};
    m_error.clear();
    m_ports = 0;
    if (bytes.size() > kMaxBytes)
        return fail(0, QCoreApplication::translate(
                           "ScanReader", "larger than %1 MB; split the scan into smaller files.")
                           .arg(kMaxBytes / (1024 * 1024)));
    const ScanFormat format = detect(bytes);
    if (format == ScanFormat::Unknown)
        return fail(0, QCoreApplication::translate(
                           "ScanReader", "not a scan Portolan can read. Known formats: %1.")
                           .arg(knownFormats()));
    m_report.format = format;
    if (format == ScanFormat::NmapXml)
        return readNmapXml(bytes);
    const QStringList lines = splitLines(bytes);
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines.at(i).size() > kMaxLineLength)
            return fail(int(i + 1),
                        QCoreApplication::translate("ScanReader", "line longer than %1 characters.")
                            .arg(kMaxLineLength));
    switch (format) {
    case ScanFormat::NmapGrepable:
        return readNmapGrepable(lines);
    case ScanFormat::NmapNormal:
        return readNmapNormal(lines);
    case ScanFormat::Ss:
        return readSs(lines);
    case ScanFormat::Netstat:
        return readNetstat(lines);
    default:
        return false;
    }
}

bool ScanReader::readNmapXml(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    int depth = 0;
    bool sawRoot = false;
    ScanHost host;
    bool inHost = false;
    ScanPort port;
    bool inPort = false;
    const auto line = [&] { return int(xml.lineNumber()); };
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            if (!xml.entityDeclarations().isEmpty() || !xml.notationDeclarations().isEmpty())
                return fail(line(),
                            QCoreApplication::translate(
                                "ScanReader", "declares entities; a scan never needs them, so it "
                                              "is refused."));
            continue;
        }
        if (token == QXmlStreamReader::EntityReference)
            return fail(line(),
                        QCoreApplication::translate("ScanReader", "uses an undeclared entity '%1'.")
                            .arg(visibleText(xml.name())));
        if (token == QXmlStreamReader::StartElement) {
            if (++depth > kMaxDepth)
                return fail(line(), QCoreApplication::translate("ScanReader",
                                                                "nested deeper than %1 elements.")
                                        .arg(kMaxDepth));
            const QStringView n = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (depth == 1) {
                if (n != u"nmaprun")
                    return fail(line(), QCoreApplication::translate(
                                            "ScanReader",
                                            "the XML is not an nmap report (its root is <%1>, "
                                            "not <nmaprun>).")
                                            .arg(visibleText(n)));
                sawRoot = true;
                m_report.scanner =
                    QStringLiteral("%1 %2")
                        .arg(a.value(QLatin1String("scanner")), a.value(QLatin1String("version")))
                        .trimmed();
                m_report.command = a.value(QLatin1String("args")).toString();
            } else if (n == u"host") {
                host = {};
                inHost = true;
            } else if (inHost && n == u"status") {
                host.status = a.value(QLatin1String("state")).toString();
            } else if (inHost && n == u"address") {
                // The IP address wins over a MAC address listed beside it.
                if (a.value(QLatin1String("addrtype")) != u"mac")
                    host.address = a.value(QLatin1String("addr")).toString();
            } else if (inHost && n == u"hostname" && host.hostname.isEmpty()) {
                host.hostname = a.value(QLatin1String("name")).toString();
            } else if (inHost && n == u"port") {
                port = {};
                inPort = true;
                port.line = line();
                bool ok = false;
                port.port = a.value(QLatin1String("portid")).toInt(&ok);
                if (!ok || port.port < 0 || port.port > 65535)
                    return fail(line(),
                                QCoreApplication::translate(
                                    "ScanReader", "port '%1' is not a number from 0 to 65535.")
                                    .arg(visibleText(a.value(QLatin1String("portid")))));
                if (!parseTransportWord(a.value(QLatin1String("protocol")), &port.transport))
                    return fail(line(),
                                QCoreApplication::translate("ScanReader", "unknown protocol '%1'.")
                                    .arg(visibleText(a.value(QLatin1String("protocol")))));
            } else if (inPort && n == u"state") {
                port.state = a.value(QLatin1String("state")).toString();
            } else if (inPort && n == u"service") {
                port.service = a.value(QLatin1String("name")).toString();
                port.product = a.value(QLatin1String("product")).toString();
                port.version = a.value(QLatin1String("version")).toString();
                port.extraInfo = a.value(QLatin1String("extrainfo")).toString();
                if (a.value(QLatin1String("tunnel")) == u"ssl")
                    port.tlsEvidence = true;
            } else if (inPort && n == u"script") {
                if (a.value(QLatin1String("id")).startsWith(u"ssl-") ||
                    hasTlsWords(a.value(QLatin1String("output")).toString()))
                    port.tlsEvidence = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            const QStringView n = xml.name();
            if (inPort && n == u"port") {
                inPort = false;
                SocketAddress::fromHost(host.address, &port.local);
                port.local.port = port.port;
                if (!addPort(&host, port, port.line))
                    return false;
            } else if (inHost && n == u"host") {
                inHost = false;
                for (ScanPort &p : host.ports) {
                    // The address may come after the ports in a hand-edited file.
                    SocketAddress::fromHost(host.address, &p.local);
                    p.local.port = p.port;
                }
                m_report.hosts.append(host);
            }
        }
    }
    if (xml.hasError()) {
        // A scan cut off mid-write is the common case: say so plainly.
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return fail(line(),
                        QCoreApplication::translate(
                            "ScanReader", "the XML ends early (was the scan interrupted?)."));
        return fail(line(), QCoreApplication::translate("ScanReader", "not well-formed XML: %1")
                                .arg(visibleText(xml.errorString())));
    }
    if (!sawRoot)
        return fail(0,
                    QCoreApplication::translate("ScanReader", "the XML has no <nmaprun> element."));
    return true;
}

bool ScanReader::readNmapGrepable(const QStringList &lines)
{
    // Host: 127.0.0.1 (localhost)\tPorts: 22/open/tcp//ssh//OpenSSH 9.2p1/, 631/open/...\t...
    static const QRegularExpression hostRe(QStringLiteral("^Host: (\\S+) \\(([^)]*)\\)"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        const int lineNo = int(i + 1);
        if (l.startsWith(u'#')) {
            if (l.startsWith(QLatin1String("# Nmap ")) && m_report.scanner.isEmpty()) {
                m_report.scanner = QStringLiteral("nmap ") + l.section(u' ', 2, 2);
                const qsizetype as = l.indexOf(QLatin1String(" as: "));
                if (as >= 0)
                    m_report.command = l.mid(as + 5);
            }
            continue;
        }
        if (l.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = hostRe.match(l);
        if (!m.hasMatch())
            return fail(lineNo,
                        QCoreApplication::translate(
                            "ScanReader", "expected \"Host: ADDRESS (NAME)\", found \"%1\".")
                            .arg(visibleText(l.left(60))));
        ScanHost *host = nullptr;
        for (ScanHost &h : m_report.hosts)
            if (h.address == m.captured(1))
                host = &h;
        if (!host) {
            m_report.hosts.append({m.captured(1), m.captured(2), {}, {}});
            host = &m_report.hosts.last();
        }
        for (const QString &field : l.split(u'\t')) {
            if (field.startsWith(QLatin1String("Status: ")))
                host->status = field.mid(8).trimmed().toLower();
            if (!field.startsWith(QLatin1String("Ports: ")))
                continue;
            // Entries are "port/state/proto/owner/service/rpc/version/" joined by ", ";
            // a version may hold a comma, but an entry always ends with its seventh slash.
            const QString list = field.mid(7);
            qsizetype at = 0;
            while (at < list.size()) {
                QStringList parts;
                qsizetype j = at;
                while (parts.size() < 7) {
                    const qsizetype slash = list.indexOf(u'/', j);
                    if (slash < 0)
                        return fail(lineNo, QCoreApplication::translate(
                                                "ScanReader", "a port entry is cut short: \"%1\".")
                                                .arg(visibleText(list.mid(at, 60))));
                    parts << list.mid(j, slash - j);
                    j = slash + 1;
                }
                ScanPort p;
                p.line = lineNo;
                bool ok = false;
                p.port = parts.at(0).trimmed().toInt(&ok);
                if (!ok || p.port < 0 || p.port > 65535)
                    return fail(lineNo,
                                QCoreApplication::translate(
                                    "ScanReader", "port '%1' is not a number from 0 to 65535.")
                                    .arg(visibleText(parts.at(0))));
                if (!parseTransportWord(parts.at(2), &p.transport))
                    return fail(lineNo,
                                QCoreApplication::translate("ScanReader", "unknown protocol '%1'.")
                                    .arg(visibleText(parts.at(2))));
                p.state = parts.at(1);
                p.service = parts.at(4);
                // nmap writes "/" inside a version as "|".
                p.product = parts.at(6);
                p.product.replace(u'|', u'/');
                p.tlsEvidence = p.service.startsWith(QLatin1String("ssl")) ||
                                p.service.contains(QLatin1String("https"));
                SocketAddress::fromHost(host->address, &p.local);
                p.local.port = p.port;
                if (!addPort(host, p, lineNo))
                    return false;
                at = j;
                while (at < list.size() && (list.at(at) == u',' || list.at(at) == u' '))
                    ++at;
            }
        }
    }
    return true;
}

bool ScanReader::readNmapNormal(const QStringList &lines)
{
    static const QRegularExpression reportRe(
        QStringLiteral("^Nmap scan report for (\\S+)(?: \\(([^)]+)\\))?"));
    static const QRegularExpression portRe(
        QStringLiteral("^(\\d+)/(\\w+)\\s+(\\S+)\\s+(\\S+)(?:\\s+(.*))?$"));
    ScanHost *host = nullptr;
    bool inTable = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        const int lineNo = int(i + 1);
        if (l.startsWith(QLatin1String("Starting Nmap "))) {
            m_report.scanner = QStringLiteral("nmap ") + l.section(u' ', 2, 2);
            continue;
        }
        if (l.startsWith(QLatin1String("# Nmap ")) && m_report.scanner.isEmpty()) {
            m_report.scanner = QStringLiteral("nmap ") + l.section(u' ', 2, 2);
            const qsizetype as = l.indexOf(QLatin1String(" as: "));
            if (as >= 0)
                m_report.command = l.mid(as + 5);
            continue;
        }
        const QRegularExpressionMatch r = reportRe.match(l);
        if (r.hasMatch()) {
            // "for NAME (ADDRESS)" or "for ADDRESS".
            ScanHost h;
            h.address = r.captured(2).isEmpty() ? r.captured(1) : r.captured(2);
            h.hostname = r.captured(2).isEmpty() ? QString() : r.captured(1);
            h.status = QStringLiteral("up");
            m_report.hosts.append(h);
            host = &m_report.hosts.last();
            inTable = false;
            continue;
        }
        if (l.startsWith(QLatin1String("PORT ")) && l.contains(QLatin1String("STATE"))) {
            if (!host)
                return fail(lineNo,
                            QCoreApplication::translate(
                                "ScanReader", "a port table before any \"Nmap scan report for\"."));
            inTable = true;
            continue;
        }
        if (!inTable)
            continue;
        if (!startsWithDigit(l)) {
            // Script output (|), "Service Info:", a blank line: the table is over unless a
            // script line continues it.
            if (!l.startsWith(u'|'))
                inTable = false;
            else if (!host->ports.isEmpty() && hasTlsWords(l))
                host->ports.last().tlsEvidence = true;
            continue;
        }
        const QRegularExpressionMatch m = portRe.match(l);
        if (!m.hasMatch())
            return fail(lineNo,
                        QCoreApplication::translate(
                            "ScanReader", "expected \"PORT/PROTOCOL STATE SERVICE\", found \"%1\".")
                            .arg(visibleText(l.left(60))));
        ScanPort p;
        p.line = lineNo;
        bool ok = false;
        p.port = m.captured(1).toInt(&ok);
        if (!ok || p.port > 65535)
            return fail(lineNo, QCoreApplication::translate(
                                    "ScanReader", "port '%1' is not a number from 0 to 65535.")
                                    .arg(visibleText(m.captured(1))));
        if (!parseTransportWord(m.captured(2), &p.transport))
            return fail(lineNo, QCoreApplication::translate("ScanReader", "unknown protocol '%1'.")
                                    .arg(visibleText(m.captured(2))));
        p.state = m.captured(3);
        p.service = m.captured(4);
        p.product = m.captured(5).trimmed();
        p.tlsEvidence = p.service.startsWith(QLatin1String("ssl")) ||
                        p.service.contains(QLatin1String("https"));
        SocketAddress::fromHost(host->address, &p.local);
        p.local.port = p.port;
        if (!addPort(host, p, lineNo))
            return false;
    }
    return true;
}

} // namespace portolan
