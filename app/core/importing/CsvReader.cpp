#include "importing/CsvReader.h"

#include <QCoreApplication>

namespace portolan {

CsvReader::Status CsvReader::fail(const QString &message)
{
    m_error = message;
    m_pos = m_text.size(); // a reader that failed stays failed at the end
    return Status::Error;
}

CsvReader::Status CsvReader::next(QStringList *fields)
{
    fields->clear();
    m_error.clear();
    // Skip blank lines between records.
    while (m_pos < m_text.size()) {
        const QChar c = m_text.at(m_pos);
        if (c == QLatin1Char('\n')) {
            ++m_line;
            ++m_pos;
        } else if (c == QLatin1Char('\r')) {
            ++m_pos;
        } else {
            break;
        }
    }
    if (m_pos >= m_text.size())
        return Status::End;

    m_recordLine = m_line;
    QString field;
    while (true) {
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
            // Quoted field: runs to the next lone quote, across line ends.
            ++m_pos;
            while (true) {
                if (m_pos >= m_text.size())
                    return fail(QCoreApplication::translate(
                        "CsvReader", "a quoted field is never closed (the file ends inside it)"));
                const QChar c = m_text.at(m_pos++);
                if (c == QLatin1Char('"')) {
                    if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        ++m_pos;
                        continue;
                    }
                    break;
                }
                if (c == QLatin1Char('\n'))
                    ++m_line;
                if (c == QLatin1Char('\r') && m_pos < m_text.size() &&
                    m_text.at(m_pos) == QLatin1Char('\n'))
                    continue; // CR LF inside a field becomes LF
                field += c;
            }
            if (m_pos < m_text.size()) {
                const QChar after = m_text.at(m_pos);
                if (after != QLatin1Char(',') && after != QLatin1Char('\n') &&
                    after != QLatin1Char('\r'))
                    return fail(QCoreApplication::translate(
                                    "CsvReader", "unexpected \"%1\" after a closing quote")
                                    .arg(after));
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(',') &&
                   m_text.at(m_pos) != QLatin1Char('\n') && m_text.at(m_pos) != QLatin1Char('\r'))
                ++m_pos;
            field = m_text.mid(start, m_pos - start).toString();
        }
        fields->append(field);
        field.clear();
        if (m_pos >= m_text.size())
            return Status::Record;
        const QChar sep = m_text.at(m_pos++);
        if (sep == QLatin1Char(','))
            continue;
        if (sep == QLatin1Char('\r') && m_pos < m_text.size() &&
            m_text.at(m_pos) == QLatin1Char('\n'))
            ++m_pos;
        ++m_line; // a lone CR also ends the record, as old Mac files do
        return Status::Record;
    }
}

} // namespace portolan
