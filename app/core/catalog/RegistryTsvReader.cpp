#include "catalog/RegistryTsvReader.h"

#include "catalog/SideBySide.h"

#include <array>

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

namespace {

// The line that starts at *pos and ends by to, without its line break or a trailing carriage
// return; *pos moves past it.
QStringView takeLine(QStringView all, qsizetype *pos, qsizetype to)
{
    qsizetype end = all.indexOf(QLatin1Char('\n'), *pos);
    if (end < 0 || end > to)
        end = to;
    QStringView line = all.sliced(*pos, end - *pos);
    *pos = end + 1;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

// Reads the data lines in all[from, to) (whole lines; linesBefore lines precede from) onto *out.
// False with *error naming file and line. A field equal to the one above it (the TCP and UDP
// rows of a service) shares its string.
bool readRecords(QStringView all, qsizetype from, qsizetype to, int linesBefore,
                 const QString &fileName, QList<RegistryRecord> *out, QString *error)
{
    int lineNo = linesBefore;
    std::array<QStringView, kFields> fields;
    for (qsizetype pos = from; pos < to;) {
        const QStringView line = takeLine(all, &pos, to);
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        qsizetype count = 0;
        for (qsizetype start = 0;;) {
            const qsizetype tab = line.indexOf(QLatin1Char('\t'), start);
            const qsizetype stop = tab < 0 ? line.size() : tab;
            if (count < kFields)
                fields[std::size_t(count)] = line.sliced(start, stop - start);
            ++count;
            if (tab < 0)
                break;
            start = tab + 1;
        }
        if (count != kFields) {
            *error = QStringLiteral("%1:%2: expected %3 fields, found %4")
                         .arg(fileName)
                         .arg(lineNo)
                         .arg(kFields)
                         .arg(count);
            return false;
        }
        const RegistryRecord *above = out->isEmpty() ? nullptr : &out->constLast();
        const auto field = [&](std::size_t i, QString RegistryRecord::*member) {
            // Equal as written and free of escapes, so equal once unescaped too.
            if (above && QStringView(above->*member) == fields[i] &&
                !fields[i].contains(QLatin1Char('\\')))
                return above->*member;
            return RegistryTsvReader::unescape(fields[i]);
        };
        RegistryRecord r;
        bool okFirst = false;
        bool okLast = false;
        r.first = fields[1].toInt(&okFirst);
        r.last = fields[2].toInt(&okLast);
        if (!okFirst || !okLast || r.first < 0 || r.last > 65535 || r.last < r.first) {
            *error = QStringLiteral("%1:%2: bad port range \"%3-%4\"")
                         .arg(fileName)
                         .arg(lineNo)
                         .arg(fields[1].toString(), fields[2].toString());
            return false;
        }
        if (!parseTransport(fields[3], &r.transport)) {
            *error = QStringLiteral("%1:%2: unknown transport \"%3\"")
                         .arg(fileName)
                         .arg(lineNo)
                         .arg(fields[3].toString());
            return false;
        }
        r.service = field(0, &RegistryRecord::service);
        r.description = field(4, &RegistryRecord::description);
        r.assignee = field(5, &RegistryRecord::assignee);
        r.contact = field(6, &RegistryRecord::contact);
        r.registered = field(7, &RegistryRecord::registered);
        r.modified = field(8, &RegistryRecord::modified);
        r.reference = field(9, &RegistryRecord::reference);
        r.serviceCode = field(10, &RegistryRecord::serviceCode);
        r.unauthorizedUse = field(11, &RegistryRecord::unauthorizedUse);
        r.assignmentNotes = field(12, &RegistryRecord::assignmentNotes);
        out->append(std::move(r));
    }
    return true;
}

// Below this many characters one thread reads it all; a thread costs about 0.1 ms.
constexpr qsizetype kSplitTextAbove = 256 * 1024;

} // namespace

bool RegistryTsvReader::parse(const QByteArray &tsv, const QString &fileName)
{
    m_records.clear();
    m_error.clear();
    const QString text = QString::fromUtf8(tsv);
    const QStringView all(text);

    // Comments and blank lines, then the header line.
    qsizetype dataStart = all.size();
    int lineNo = 0;
    bool headerSeen = false;
    for (qsizetype pos = 0; pos < all.size();) {
        const QStringView line = takeLine(all, &pos, all.size());
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (!line.startsWith(QLatin1String("service\tport_first"))) {
            m_error = QStringLiteral("%1:%2: expected the header line").arg(fileName).arg(lineNo);
            return false;
        }
        headerSeen = true;
        dataStart = qMin(pos, all.size());
        break;
    }
    if (!headerSeen) {
        if (text.trimmed().isEmpty())
            return true;
        m_error = QStringLiteral("%1: no header line").arg(fileName);
        return false;
    }

    // Start-up reads the 12,000 lines of the registry here: a large file is read in two halves
    // on two threads (the halves meet at a line break; line numbers stay those of the file).
    const qsizetype dataSize = all.size() - dataStart;
    const qsizetype middle =
        dataSize > kSplitTextAbove ? all.indexOf(QLatin1Char('\n'), dataStart + dataSize / 2) : -1;
    if (middle < 0) {
        m_records.reserve(all.count(QLatin1Char('\n')) + 1);
        return readRecords(all, dataStart, all.size(), lineNo, fileName, &m_records, &m_error);
    }
    QList<RegistryRecord> second;
    QString secondError;
    bool secondOk = true;
    bool firstOk = true;
    m_records.reserve(all.count(QLatin1Char('\n')) + 1);
    runSideBySide(
        [&] {
            firstOk =
                readRecords(all, dataStart, middle + 1, lineNo, fileName, &m_records, &m_error);
        },
        [&] {
            const int before =
                lineNo +
                int(all.sliced(dataStart, middle + 1 - dataStart).count(QLatin1Char('\n')));
            second.reserve(all.sliced(middle + 1).count(QLatin1Char('\n')) + 1);
            secondOk =
                readRecords(all, middle + 1, all.size(), before, fileName, &second, &secondError);
        });
    if (!firstOk)
        return false;
    if (!secondOk) {
        m_error = secondError;
        return false;
    }
    for (RegistryRecord &r : second)
        m_records.append(std::move(r));
    return true;
}

} // namespace portolan
