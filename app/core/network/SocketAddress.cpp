#include "network/SocketAddress.h"

#include <QCoreApplication>
#include <array>
#include <cstring>

namespace portolan {

namespace {

using Bytes16 = std::array<quint8, 16>;

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

bool parseHex32(QStringView text, quint32 *out)
{
    if (text.size() != 8)
        return false;
    quint32 v = 0;
    for (QChar c : text) {
        const int d = hexDigit(c);
        if (d < 0)
            return false;
        v = (v << 4) | quint32(d);
    }
    *out = v;
    return true;
}

bool parseDottedQuad(QStringView text, quint8 out[4])
{
    int part = 0;
    int value = -1;
    for (QChar c : text) {
        if (c == u'.') {
            if (value < 0 || part == 3)
                return false;
            out[part++] = quint8(value);
            value = -1;
        } else if (c.isDigit() && c.unicode() < 128) {
            value = (value < 0 ? 0 : value * 10) + (c.unicode() - u'0');
            if (value > 255)
                return false;
        } else {
            return false;
        }
    }
    if (value < 0 || part != 3)
        return false;
    out[3] = quint8(value);
    return true;
}

// RFC 4291 text form to 16 bytes: groups of up to four hex digits, one "::", an optional
// dotted quad at the end.
bool parseIPv6(QStringView text, Bytes16 *out)
{
    if (text.isEmpty() || text.size() > 45)
        return false;
    QList<quint16> head, tail;
    QList<quint16> *groups = &head;
    bool compressed = false;
    qsizetype i = 0;
    if (text.startsWith(u"::")) {
        compressed = true;
        groups = &tail;
        i = 2;
    }
    quint8 quad[4];
    bool haveQuad = false;
    while (i < text.size()) {
        qsizetype end = text.indexOf(u':', i);
        if (end < 0)
            end = text.size();
        const QStringView group = text.mid(i, end - i);
        if (group.contains(u'.')) {
            if (end != text.size() || !parseDottedQuad(group, quad))
                return false;
            haveQuad = true;
        } else {
            if (group.isEmpty() || group.size() > 4)
                return false;
            quint16 v = 0;
            for (QChar c : group) {
                const int d = hexDigit(c);
                if (d < 0)
                    return false;
                v = quint16((v << 4) | d);
            }
            groups->append(v);
        }
        i = end + 1;
        if (end < text.size() && i < text.size() && text.at(i) == u':') {
            if (compressed)
                return false;
            compressed = true;
            groups = &tail;
            ++i;
        } else if (end < text.size() && i == text.size() && !(compressed && groups->isEmpty())) {
            return false; // a trailing single colon
        }
    }
    const qsizetype words = head.size() + tail.size() + (haveQuad ? 2 : 0);
    if (words > 8 || (!compressed && words != 8) || (compressed && words == 8))
        return false;
    Bytes16 b{};
    int at = 0;
    for (quint16 v : std::as_const(head)) {
        b[at++] = quint8(v >> 8);
        b[at++] = quint8(v);
    }
    at = 16 - int(tail.size()) * 2 - (haveQuad ? 4 : 0);
    for (quint16 v : std::as_const(tail)) {
        b[at++] = quint8(v >> 8);
        b[at++] = quint8(v);
    }
    if (haveQuad)
        std::memcpy(b.data() + 12, quad, 4);
    *out = b;
    return true;
}

QString ipv4Text(const quint8 *b)
{
    return QStringLiteral("%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]);
}

// The shortest RFC 5952 form: the longest run of two or more zero groups becomes "::".
QString ipv6Text(const Bytes16 &b)
{
    quint16 g[8];
    for (int i = 0; i < 8; ++i)
        g[i] = quint16((b[2 * i] << 8) | b[2 * i + 1]);
    int bestStart = -1, bestLen = 1;
    for (int i = 0; i < 8;) {
        if (g[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[j] == 0)
            ++j;
        if (j - i > bestLen) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += QStringLiteral("::");
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u':'))
            out += u':';
        out += QString::number(g[i], 16);
    }
    return out;
}

void setIPv4(const quint8 *b, SocketAddress *a)
{
    a->family = AddressFamily::IPv4;
    a->host = ipv4Text(b);
    if (b[0] == 127)
        a->exposure = Exposure::Loopback;
    else if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0)
        a->exposure = Exposure::AllInterfaces;
    else
        a->exposure = Exposure::OneInterface;
}

void setIPv6(const Bytes16 &b, SocketAddress *a)
{
    static const quint8 mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (std::memcmp(b.data(), mapped, 12) == 0) {
        setIPv4(b.data() + 12, a);
        return;
    }
    a->family = AddressFamily::IPv6;
    a->host = ipv6Text(b);
    bool zero = true;
    for (int i = 0; i < 15; ++i)
        zero = zero && b[i] == 0;
    if (zero && b[15] == 0)
        a->exposure = Exposure::AllInterfaces;
    else if (zero && b[15] == 1)
        a->exposure = Exposure::Loopback;
    else
        a->exposure = Exposure::OneInterface;
}

bool parsePort(QStringView text, int *port)
{
    if (text == u"*") {
        *port = -1;
        return true;
    }
    if (text.isEmpty() || text.size() > 5)
        return false;
    int v = 0;
    for (QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    if (v > 65535)
        return false;
    *port = v;
    return true;
}

} // namespace

QString exposureId(Exposure e)
{
    switch (e) {
    case Exposure::Loopback:
        return QStringLiteral("loopback");
    case Exposure::OneInterface:
        return QStringLiteral("interface");
    case Exposure::AllInterfaces:
        return QStringLiteral("all");
    }
    return {};
}

QString exposureText(Exposure e)
{
    switch (e) {
    case Exposure::Loopback:
        return QCoreApplication::translate("SocketAddress", "loopback only");
    case Exposure::OneInterface:
        return QCoreApplication::translate("SocketAddress", "one interface");
    case Exposure::AllInterfaces:
        return QCoreApplication::translate("SocketAddress", "all interfaces");
    }
    return {};
}

QString familyText(AddressFamily f)
{
    switch (f) {
    case AddressFamily::IPv4:
        return QStringLiteral("IPv4");
    case AddressFamily::IPv6:
        return QStringLiteral("IPv6");
    case AddressFamily::Any:
        return QStringLiteral("IPv4/IPv6");
    }
    return {};
}

bool SocketAddress::fromProcHex(QStringView address, QStringView port, SocketAddress *out)
{
    SocketAddress a;
    if (port.size() != 4)
        return false;
    int p = 0;
    for (QChar c : port) {
        const int d = hexDigit(c);
        if (d < 0)
            return false;
        p = (p << 4) | d;
    }
    a.port = p;
    // The kernel prints each 32-bit word of the address as a number ("%08X"), so the word's
    // bytes in this machine's memory order are the address bytes: a little-endian machine
    // shows 127.0.0.1 as 0100007F.
    if (address.size() == 8) {
        quint32 w = 0;
        if (!parseHex32(address, &w))
            return false;
        quint8 bytes[4];
        std::memcpy(bytes, &w, 4);
        setIPv4(bytes, &a);
    } else if (address.size() == 32) {
        Bytes16 b{};
        for (int i = 0; i < 4; ++i) {
            quint32 w = 0;
            if (!parseHex32(address.mid(i * 8, 8), &w))
                return false;
            std::memcpy(b.data() + i * 4, &w, 4);
        }
        setIPv6(b, &a);
    } else {
        return false;
    }
    *out = a;
    return true;
}

bool SocketAddress::fromHost(QStringView host, SocketAddress *out)
{
    SocketAddress a;
    QStringView bare = host;
    QString zone;
    const qsizetype percent = host.indexOf(u'%');
    if (percent >= 0) {
        bare = host.left(percent);
        zone = host.mid(percent).toString();
        if (zone.size() > 32)
            return false;
    }
    quint8 quad[4];
    Bytes16 b{};
    if (bare == u"*") {
        a.host = QStringLiteral("*");
        a.family = AddressFamily::Any;
        a.exposure = Exposure::AllInterfaces;
    } else if (parseDottedQuad(bare, quad)) {
        setIPv4(quad, &a);
    } else if (parseIPv6(bare, &b)) {
        setIPv6(b, &a);
    } else {
        return false;
    }
    a.host += zone;
    *out = a;
    return true;
}

bool SocketAddress::fromText(QStringView text, SocketAddress *out)
{
    text = text.trimmed();
    QStringView host, port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        QStringView rest = text.mid(close + 1);
        // ss writes an IPv6 zone after the bracket: [fe80::1]%eth0:546.
        QString zoned;
        if (rest.startsWith(u'%')) {
            const qsizetype colon = rest.lastIndexOf(u':');
            if (colon < 0)
                return false;
            zoned = host.toString() + rest.left(colon).toString();
            rest = rest.mid(colon);
        }
        if (!rest.startsWith(u':'))
            return false;
        port = rest.mid(1);
        SocketAddress a;
        if (!(zoned.isEmpty() ? fromHost(host, &a) : fromHost(zoned, &a)) ||
            !parsePort(port, &a.port))
            return false;
        *out = a;
        return true;
    }
    // Unbracketed: the port follows the last colon (netstat's ":::22" is "::" and 22).
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    host = text.left(colon);
    port = text.mid(colon + 1);
    SocketAddress a;
    if (!fromHost(host, &a) || !parsePort(port, &a.port))
        return false;
    *out = a;
    return true;
}

QString SocketAddress::text() const
{
    const QString p = port < 0 ? QStringLiteral("*") : QString::number(port);
    if (family == AddressFamily::IPv6)
        return u'[' + host + QStringLiteral("]:") + p;
    return host + u':' + p;
}

} // namespace portolan
