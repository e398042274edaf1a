#include "importing/ServicesParser.h"

#include "importing/ImportText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace portolan {

bool ServicesParser::parsePortSpec(QStringView spec, int *first, int *last,
                                   QList<QStringView> *protocols, QString *problem)
{
    qsizetype i = 0;
    // Up to nine digits, so that 70000 is read (and refused as out of range) but nothing
    // overflows.
    const auto number = [&](int *out) {
        const qsizetype start = i;
        int value = 0;
        while (i < spec.size() && i - start < 9 && spec.at(i) >= u'0' && spec.at(i) <= u'9')
            value = value * 10 + (spec.at(i++).unicode() - u'0');
        *out = value;
        return i > start;
    };
    const auto malformed = [&] {
        *problem =
            QCoreApplication::translate("ServicesParser", "expected port/protocol, found \"%1\"")
                .arg(spec);
        return false;
    };
    protocols->clear();
    if (!number(first))
        return malformed();
    *last = *first;
    if (i < spec.size() && spec.at(i) == u'-') {
        ++i;
        if (!number(last))
            return malformed();
    }
    while (i < spec.size()) {
        if (spec.at(i) != u'/')
            return malformed();
        const qsizetype start = ++i;
        while (i < spec.size() &&
               (spec.at(i).isLetterOrNumber() || spec.at(i) == u'_' || spec.at(i) == u'-'))
            ++i;
        if (i == start)
            return malformed();
        protocols->append(spec.mid(start, i - start));
    }
    if (protocols->isEmpty())
        return malformed();
    if (*first > 65535 || *last > 65535) {
        *problem = QCoreApplication::translate("ServicesParser",
                                               "port number in \"%1\" is out of range (0-65535)")
                       .arg(spec);
        return false;
    }
    if (*last < *first) {
        *problem = QCoreApplication::translate("ServicesParser", "reversed port range in \"%1\"")
                       .arg(spec);
        return false;
    }
    return true;
}

bool ServicesParser::parse(const QByteArray &bytes, const QString &fileName)
{
    ImportText text;
    if (!begin(ImportFormat::Services, bytes, fileName, &text))
        return false;
    const auto lines = QStringView(text.text()).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i) + 1;
        QStringView line = lines.at(i);
        QStringView comment;
        if (const qsizetype hash = line.indexOf(QLatin1Char('#')); hash >= 0) {
            comment = line.mid(hash + 1).trimmed();
            line = line.left(hash);
        }
        static const QRegularExpression space(QStringLiteral("\\s+"));
        const QStringList parts = line.toString().split(space, Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        if (parts.size() < 2)
            return fail(lineNo, QCoreApplication::translate(
                                    "ServicesParser",
                                    "expected port/protocol after the service name \"%1\"")
                                    .arg(parts.first()));
        int first = 0;
        int last = 0;
        QList<QStringView> protocols;
        QString problem;
        if (!parsePortSpec(parts.at(1), &first, &last, &protocols, &problem))
            return fail(lineNo, problem);
        ++m_data.entries;
        const QStringList aliases = parts.mid(2);
        QString description = comment.toString();
        if (!aliases.isEmpty()) {
            const QString also = QCoreApplication::translate("ServicesParser", "also known as %1")
                                     .arg(aliases.join(QStringLiteral(", ")));
            description = description.isEmpty()
                              ? also
                              : description + QStringLiteral(" (") + also + QLatin1Char(')');
        }
        bool any = false;
        for (QStringView proto : std::as_const(protocols)) {
            RegistryRecord r;
            if (!parseTransport(proto, &r.transport))
                continue;
            r.service = parts.first();
            r.first = first;
            r.last = last;
            r.description = description;
            m_data.records.append(r);
            any = true;
        }
        if (!any)
            ++m_data.otherProtocols;
    }
    if (m_data.records.isEmpty())
        return fail(ImportText::lastLine(lines),
                    QCoreApplication::translate(
                        "ServicesParser", "no services on tcp, udp, sctp or dccp in the file"));
    return finish();
}

} // namespace portolan
