#include "custom/CustomPortParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace portolan {

namespace {

// Digits of any length, so that "70000" is reported as outside the range rather than as
// not a number; more than 9 digits cannot be a port either way.
int portNumber(QStringView digits)
{
    return digits.size() > 9 ? -1 : digits.toInt();
}

} // namespace

QString CustomPortParser::parseSpan(QStringView text, int *first, int *last)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*([0-9]+)\\s*(?:[-\u2013]\\s*([0-9]+))?\\s*$"));
    const QString shown = text.trimmed().toString();
    const auto m = re.match(text);
    if (!m.hasMatch())
        return QCoreApplication::translate(
                   "CustomPortParser",
                   "Port: '%1' is not a port 0–65535 or a range LO-HI such as 10000-10010.")
            .arg(shown);
    const int a = portNumber(m.capturedView(1));
    const int b = m.capturedView(2).isEmpty() ? a : portNumber(m.capturedView(2));
    if (a < 0 || b < 0 || a > 65535 || b > 65535)
        return QCoreApplication::translate("CustomPortParser", "Port: '%1' is outside 0–65535.")
            .arg(shown);
    if (a > b)
        return QCoreApplication::translate("CustomPortParser",
                                           "Port: '%1' runs backwards (LO-HI with LO ≤ HI).")
            .arg(shown);
    *first = a;
    *last = b;
    return {};
}

CustomPortParser::Result CustomPortParser::parseItem(QStringView text, Transport defaultTransport)
{
    Result out;
    CustomPort port{0, 0, defaultTransport};
    const qsizetype slash = text.indexOf(u'/');
    if (slash >= 0) {
        const QStringView name = text.mid(slash + 1).trimmed();
        if (!parseTransport(name, &port.transport)) {
            out.error =
                QCoreApplication::translate("CustomPortParser",
                                            "Transport: must be tcp, udp, sctp or dccp (not '%1').")
                    .arg(name.toString());
            return out;
        }
        text = text.first(slash);
    }
    out.error = parseSpan(text, &port.first, &port.last);
    if (out.ok())
        out.ports.append(port);
    return out;
}

CustomPortParser::Result CustomPortParser::parseList(QStringView text, Transport defaultTransport)
{
    Result out;
    for (const QStringView item : text.split(u',')) {
        if (item.trimmed().isEmpty())
            continue;
        const Result one = parseItem(item, defaultTransport);
        if (!one.ok())
            return one; // no ports: half a list is not what was meant
        for (const CustomPort &p : one.ports) {
            if (!out.ports.contains(p))
                out.ports.append(p);
        }
    }
    return out;
}

QString CustomPortParser::format(const QList<CustomPort> &ports)
{
    QStringList items;
    for (const CustomPort &p : ports) {
        QString item = QString::number(p.first);
        if (p.last != p.first)
            item += QLatin1Char('-') + QString::number(p.last);
        if (p.transport != Transport::Tcp)
            item += QLatin1Char('/') + transportName(p.transport);
        items << item;
    }
    return items.join(QStringLiteral(", "));
}

} // namespace portolan
