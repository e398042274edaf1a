#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace portolan {

// Reads RFC 4180 CSV one record at a time: comma-separated fields, quoted fields with doubled
// quotes that may span lines, CR LF or LF record ends. Blank lines are skipped. It keeps the
// physical line on which each record starts, so that callers can name it in errors. The text
// must outlive the reader.
class CsvReader
{
public:
    enum class Status
    {
        Record,
        End,
        Error
    };

    explicit CsvReader(QStringView text) : m_text(text) {}

    // Record: *fields holds the next record. End: no more records. Error: errorText() says
    // what is wrong with the record starting at recordLine().
    Status next(QStringList *fields);
    int recordLine() const { return m_recordLine; }
    QString errorText() const { return m_error; }

private:
    Status fail(const QString &message);

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
    QString m_error;
};

} // namespace portolan
