#include "importing/ImportParser.h"

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

} // namespace portolan
