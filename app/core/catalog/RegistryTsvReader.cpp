#include "catalog/RegistryTsvReader.h"

namespace portolan {

namespace {
constexpr int kFields = 13;
}

QString RegistryTsvReader::unescape(QStringView field)
{
    if (!field.contains(QLatin1Char('\\')))
        return field.toString();
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c == QLatin1Char('\\') && i + 1 < field.size()) {
            const QChar n = field.at(++i);
            out.append(n == QLatin1Char('t')   ? QLatin1Char('\t')
                       : n == QLatin1Char('n') ? QLatin1Char('\n')
                                               : n);
        } else {
            out.append(c);
        }
    }
    return out;
}

namespace {

void appendEscaped(QString &out, const QString &field)
{
    for (QChar c : field) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
}

} // namespace

QString RegistryTsvReader::write(const QList<RegistryRecord> &records)
{
    QString out =
        QStringLiteral("service\tport_first\tport_last\ttransport\tdescription\tassignee\t"
                       "contact\tregistration_date\tmodification_date\treference\t"
                       "service_code\tunauthorized_use\tassignment_notes\n");
    out.reserve(records.size() * 96);
    for (const RegistryRecord &r : records) {
        appendEscaped(out, r.service);
        out += QLatin1Char('\t') + QString::number(r.first) + QLatin1Char('\t') +
               QString::number(r.last) + QLatin1Char('\t') + transportName(r.transport);
        for (const QString *f :
             {&r.description, &r.assignee, &r.contact, &r.registered, &r.modified, &r.reference,
              &r.serviceCode, &r.unauthorizedUse, &r.assignmentNotes}) {
            out += QLatin1Char('\t');
            appendEscaped(out, *f);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

bool RegistryTsvReader::parse(const QByteArray &tsv, const QString &fileName)
{
    m_records.clear();
    m_error.clear();
    const QString text = QString::fromUtf8(tsv);
    const auto lines = QStringView(text).split(QLatin1Char('\n'));
    m_records.reserve(lines.size());
    bool headerSeen = false;
    int lineNo = 0;
    for (QStringView line : lines) {
        ++lineNo;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!headerSeen) {
            headerSeen = true;
            if (!line.startsWith(QLatin1String("service\tport_first"))) {
                m_error =
                    QStringLiteral("%1:%2: expected the header line").arg(fileName).arg(lineNo);
                return false;
            }
            continue;
        }
        const auto fields = line.split(QLatin1Char('\t'));
        if (fields.size() != kFields) {
            m_error = QStringLiteral("%1:%2: expected %3 fields, found %4")
                          .arg(fileName)
                          .arg(lineNo)
                          .arg(kFields)
                          .arg(fields.size());
            return false;
        }
        RegistryRecord r;
        bool okFirst = false;
        bool okLast = false;
        r.service = unescape(fields[0]);
        r.first = fields[1].toInt(&okFirst);
        r.last = fields[2].toInt(&okLast);
        if (!okFirst || !okLast || r.first < 0 || r.last > 65535 || r.last < r.first) {
            m_error = QStringLiteral("%1:%2: bad port range \"%3-%4\"")
                          .arg(fileName)
                          .arg(lineNo)
                          .arg(fields[1].toString(), fields[2].toString());
            return false;
        }
        if (!parseTransport(fields[3], &r.transport)) {
            m_error = QStringLiteral("%1:%2: unknown transport \"%3\"")
                          .arg(fileName)
                          .arg(lineNo)
                          .arg(fields[3].toString());
            return false;
        }
        r.description = unescape(fields[4]);
        r.assignee = unescape(fields[5]);
        r.contact = unescape(fields[6]);
        r.registered = unescape(fields[7]);
        r.modified = unescape(fields[8]);
        r.reference = unescape(fields[9]);
        r.serviceCode = unescape(fields[10]);
        r.unauthorizedUse = unescape(fields[11]);
        r.assignmentNotes = unescape(fields[12]);
        m_records.append(std::move(r));
    }
    if (!headerSeen && !text.trimmed().isEmpty()) {
        m_error = QStringLiteral("%1: no header line").arg(fileName);
        return false;
    }
    return true;
}

} // namespace portolan
