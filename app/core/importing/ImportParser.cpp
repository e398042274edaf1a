#include "importing/ImportParser.h"

#include <QChar>
#include <QSet>

namespace portolan {

bool ImportParser::begin(ImportFormat format, const QByteArray &bytes, const QString &fileName,
                         ImportText *text)
{
    m_data = ImportData();
    m_data.format = format;
    m_data.fileName = fileName;
    m_error.clear();
    if (text->decode(bytes, fileName))
        return true;
    m_error = text->errorText();
    return false;
}

bool ImportParser::fail(int line, const QString &message)
{
    m_error = ImportText::located(m_data.fileName, line, message);
    m_data.records.clear();
    m_data.frequencies.clear();
    return false;
}

bool ImportParser::finish()
{
    QSet<QString> seen;
    seen.reserve(m_data.records.size());
    const QChar separator(0x1f); // a unit separator: never part of a parsed field
    const qsizetype before = m_data.records.size();
    m_data.records.removeIf([&](const RegistryRecord &r) {
        const QStringList fields{r.service,
                                 QString::number(r.first),
                                 QString::number(r.last),
                                 QString::number(int(r.transport)),
                                 r.description,
                                 r.assignee,
                                 r.contact,
                                 r.registered,
                                 r.modified,
                                 r.reference,
                                 r.serviceCode,
                                 r.unauthorizedUse,
                                 r.assignmentNotes};
        const QString key = fields.join(separator);
        if (seen.contains(key))
            return true;
        seen.insert(key);
        return false;
    });
    m_data.duplicates = int(before - m_data.records.size());
    return true;
}

} // namespace portolan
