#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace portolan {

// Turns an imported file's bytes into text, refusing what is not a text file: an empty file,
// bytes that are not UTF-8, NUL and other control characters (binary junk). Errors read
// "FILE:LINE: what", the line being the physical line of the first bad byte. A UTF-8 byte
// order mark is dropped; CR LF line ends are kept for the parsers to handle.
class ImportText
{
public:
    bool decode(const QByteArray &bytes, const QString &fileName);

    const QString &text() const { return m_text; }
    QString errorText() const { return m_error; }

    // "FILE:LINE: message", the shape of every import error.
    static QString located(const QString &fileName, int line, const QString &message);
    // The number of the last line of a file split at '\n' (a final line end starts no line).
    static int lastLine(const QList<QStringView> &lines);

private:
    QString m_text;
    QString m_error;
};

} // namespace portolan
