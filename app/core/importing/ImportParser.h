#pragma once

#include "importing/ImportData.h"
#include "importing/ImportText.h"

#include <QByteArray>
#include <QString>

namespace portolan {

// What the three import parsers (IANA CSV, services(5), nmap-services) share: the data they
// fill, the "FILE:LINE: what" error, and the start of every parse (reset, then decode the bytes
// as text, refusing what is not a text file). A failed parse keeps no rows.
class ImportParser
{
public:
    const ImportData &data() const { return m_data; }
    ImportData takeData() { return std::move(m_data); }
    QString errorText() const { return m_error; }

protected:
    ImportParser() = default;
    ~ImportParser() = default;

    // Forgets the last parse and decodes bytes into *text; false (with errorText()) when they
    // are not a text file.
    bool begin(ImportFormat format, const QByteArray &bytes, const QString &fileName,
               ImportText *text);
    // Sets "FILE:LINE: message", drops whatever was read; always false.
    bool fail(int line, const QString &message);
    // The end of a successful parse: a record that repeats an earlier one field for field is
    // kept once (and counted), so a file with a row pasted a thousand times adds one entry.
    bool finish();

    ImportData m_data;
    QString m_error;
};

} // namespace portolan
