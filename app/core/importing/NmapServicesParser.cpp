#include "importing/NmapServicesParser.h"

#include "importing/ImportText.h"
#include "importing/ServicesParser.h"

#include <QCoreApplication>
#include <QFile>
#include <cmath>
#include <cstring>

namespace portolan {

namespace {

// Splits at spaces and tabs into at most max fields; returns how many fields there are.
int splitFields(QStringView line, QStringView *out, int max)
{
    int count = 0;
    qsizetype i = 0;
    const auto space = [&](qsizetype k) {
        const QChar c = line.at(k);
        return c == u' ' || c == u'\t' || c == u'\r';
    };
    while (i < line.size()) {
        while (i < line.size() && space(i))
            ++i;
        if (i >= line.size())
            break;
        const qsizetype start = i;
        while (i < line.size() && !space(i))
            ++i;
        if (count < max)
            out[count] = line.mid(start, i - start);
        ++count;
    }
    return count;
}

char16_t unit(char c)
{
    return char16_t(uchar(c));
}

char16_t unit(QChar c)
{
    return c.unicode();
}

// A plain decimal ("0.484143", "1", ".5"); -1 for anything else (signs, exponents, nan).
// QString::toDouble costs about a microsecond a call, most of the file's parse time, so
// nmap's short numbers are read directly: an integer below 2^53 divided by an exact power of
// ten is correctly rounded, the same double strtod gives. Char is QChar or char.
template <typename Char> double decimal(const Char *begin, const Char *end)
{
    static constexpr double kPowers[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                         1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    int dots = 0;
    int digits = 0;
    int fraction = 0;
    quint64 mantissa = 0;
    for (const Char *c = begin; c != end; ++c) {
        const char16_t u = unit(*c);
        if (u == u'.') {
            ++dots;
        } else if (u >= u'0' && u <= u'9') {
            ++digits;
            fraction += dots;
            mantissa = mantissa * 10 + (u - u'0');
        } else {
            return -1;
        }
    }
    if (dots > 1 || digits == 0)
        return -1;
    if (digits <= 15)
        return double(mantissa) / kPowers[fraction];
    QString text;
    for (const Char *c = begin; c != end; ++c)
        text += QChar(unit(*c));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok && std::isfinite(value) ? value : -1;
}

double decimal(QStringView text)
{
    return decimal(text.begin(), text.end());
}

// The installed file, read at every start, goes through this byte-level reader first: plain
// ASCII lines "name port/proto frequency [# comment]", no allocation per line, comments
// skipped unread. Anything else returns false and the full parser reads the file again to
// say what and where.
bool readQuickly(const QByteArray &bytes, const QBitArray &ports, QList<PortFrequency> *out)
{
    const char *p = bytes.constData();
    const char *const end = p + bytes.size();
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    const auto printable = [](char c) { return uchar(c) > 0x20 && uchar(c) < 0x7F; };
    // One entry per line at most. A guess from the size (nmap 7.93's file has 27,462 lines in
    // 1 MB) grew the list once more on every start: a tenth of a lookup's time. A lookup keeps a
    // few hundred: counting the lines would cost more than growing the list.
    if (ports.isEmpty())
        out->reserve(bytes.count('\n') + 1);
    bool read = false; // an entry of a known protocol, kept or not
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        const char *q = p;
        p = eol + 1;
        while (q < eol && blank(*q))
            ++q;
        if (q == eol || *q == '#')
            continue; // comments are not read: nothing in them is used
        while (q < eol && printable(*q) && *q != '#')
            ++q; // the service name, not kept
        if (q == eol || !blank(*q))
            return false;
        while (q < eol && blank(*q))
            ++q;
        int port = 0;
        const char *digits = q;
        while (q < eol && *q >= '0' && *q <= '9' && q - digits < 5)
            port = port * 10 + (*q++ - '0');
        if (q == digits || port > 65535 || q == eol || *q != '/')
            return false;
        const char *proto = ++q;
        while (q < eol && ((*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9')))
            ++q;
        const QByteArrayView protocol(proto, q - proto);
        if (q == eol || !blank(*q))
            return false;
        while (q < eol && blank(*q))
            ++q;
        const char *number = q;
        while (q < eol && printable(*q) && *q != '#')
            ++q;
        const double frequency = decimal(number, q);
        if (frequency < 0 || frequency > 1)
            return false;
        while (q < eol && blank(*q))
            ++q;
        if (q < eol && *q != '#')
            return false;
        Transport t;
        if (protocol == "tcp")
            t = Transport::Tcp;
        else if (protocol == "udp")
            t = Transport::Udp;
        else if (protocol == "sctp")
            t = Transport::Sctp;
        else if (protocol == "dccp")
            t = Transport::Dccp;
        else if (protocol.isEmpty())
            return false;
        else
            continue; // another protocol: skipped, as the full parser does
        read = true;
        if (ports.isEmpty() || ports.testBit(port))
            out->append({port, t, frequency, {}});
    }
    return read;
}

} // namespace

bool NmapServicesParser::parse(const QByteArray &bytes, const QString &fileName)
{
    ImportText text;
    if (!begin(ImportFormat::NmapServices, bytes, fileName, &text))
        return false;
    // Hand-written rather than with regular expressions: the installed file has some 27,000
    // lines and is read at every start.
    const QStringView all(text.text());
    qsizetype pos = 0;
    int lineNo = 0;
    QList<QStringView> protocols; // reused: one allocation for the whole file
    while (pos < all.size()) {
        qsizetype end = all.indexOf(u'\n', pos);
        if (end < 0)
            end = all.size();
        QStringView line = all.mid(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line = line.left(hash);
        QStringView fields[3];
        const int count = splitFields(line, fields, 3);
        if (count == 0)
            continue;
        if (count != 3)
            return fail(lineNo, QCoreApplication::translate(
                                    "NmapServicesParser",
                                    "expected \"name port/protocol frequency\", found %1 fields")
                                    .arg(count));
        int first = 0;
        int last = 0;
        QString problem;
        if (!ServicesParser::parsePortSpec(fields[1], &first, &last, &protocols, &problem))
            return fail(lineNo, problem);
        if (first != last || protocols.size() != 1)
            return fail(lineNo, QCoreApplication::translate(
                                    "NmapServicesParser",
                                    "expected one port and one protocol, found \"%1\"")
                                    .arg(fields[1]));
        const double frequency = decimal(fields[2]);
        if (frequency < 0 || frequency > 1)
            return fail(lineNo, QCoreApplication::translate(
                                    "NmapServicesParser",
                                    "the open frequency must be a number from 0 to 1, found \"%1\"")
                                    .arg(fields[2]));
        ++m_data.entries;
        PortFrequency f;
        const QStringView proto = protocols.first();
        // nmap writes lowercase; the exact comparison spares the case-blind one on most lines.
        if (proto == u"tcp")
            f.transport = Transport::Tcp;
        else if (proto == u"udp")
            f.transport = Transport::Udp;
        else if (!parseTransport(proto, &f.transport)) {
            ++m_data.otherProtocols;
            continue;
        }
        f.port = first;
        f.frequency = frequency;
        f.service = fields[0].toString();
        m_data.frequencies.append(std::move(f));
    }
    if (m_data.frequencies.isEmpty())
        return fail(qMax(1, lineNo), QCoreApplication::translate(
                                         "NmapServicesParser", "no port frequencies in the file"));
    return true;
}

QString NmapServicesParser::systemFilePath()
{
    return qEnvironmentVariable("PORTOLAN_NMAP_SERVICES",
                                QStringLiteral("/usr/share/nmap/nmap-services"));
}

OpenFrequencies NmapServicesParser::readSystemFile(QString *warning, const QBitArray &ports)
{
    const QString path = systemFilePath();
    if (path.isEmpty() || !QFile::exists(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *warning = QCoreApplication::translate("NmapServicesParser", "%1 cannot be read: %2")
                       .arg(path, file.errorString());
        return {};
    }
    const QByteArray bytes = file.readAll();
    QList<PortFrequency> quick;
    if (readQuickly(bytes, ports, &quick))
        return OpenFrequencies(quick);
    NmapServicesParser parser;
    if (!parser.parse(bytes, path)) {
        *warning =
            QCoreApplication::translate("NmapServicesParser", "\"How common\" is not shown: %1")
                .arg(parser.errorText());
        return {};
    }
    QList<PortFrequency> frequencies = parser.data().frequencies;
    if (!ports.isEmpty())
        frequencies.removeIf([&ports](const PortFrequency &f) { return !ports.testBit(f.port); });
    return OpenFrequencies(frequencies);
}

} // namespace portolan
