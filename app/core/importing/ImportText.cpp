#include "importing/ImportText.h"

#include <QCoreApplication>

namespace portolan {

namespace {

// Length of the UTF-8 sequence starting at i, or 0 when it is not well-formed (overlong forms,
// surrogates and code points above U+10FFFF included).
int utf8Length(const QByteArray &b, qsizetype i)
{
    const auto at = [&](qsizetype k) { return k < b.size() ? uchar(b.at(k)) : 0u; };
    const uint c = at(i);
    const auto cont = [&](qsizetype k) { return (at(k) & 0xC0u) == 0x80u; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const uint c1 = at(i + 1);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))
            return 0;
        return cont(i + 1) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const uint c1 = at(i + 1);
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))
            return 0;
        return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

} // namespace

QString ImportText::located(const QString &fileName, int line, const QString &message)
{
    return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message);
}

int ImportText::lastLine(const QList<QStringView> &lines)
{
    const qsizetype n = lines.size() - (!lines.isEmpty() && lines.last().isEmpty() ? 1 : 0);
    return int(qMax<qsizetype>(n, 1));
}

bool ImportText::decode(const QByteArray &bytes, const QString &fileName)
{
    m_text.clear();
    m_error.clear();
    qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (bytes.size() == start || bytes.trimmed().isEmpty()) {
        m_error =
            located(fileName, 1, QCoreApplication::translate("ImportText", "the file is empty"));
        return false;
    }
    // The line is counted only when something is wrong: the scan stays a tight loop over
    // mostly ASCII bytes (files of a megabyte are read at every start).
    const auto lineAt = [&](qsizetype offset) {
        return int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
    };
    const char *data = bytes.constData();
    for (qsizetype i = start; i < bytes.size();) {
        const uchar c = uchar(data[i]);
        if (c >= 0x20 && c < 0x7F) {
            ++i;
            continue;
        }
        if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F) {
            m_error = located(fileName, lineAt(i),
                              QCoreApplication::translate("ImportText",
                                                          "binary data (byte 0x%1): this is not "
                                                          "a text file")
                                  .arg(c, 2, 16, QLatin1Char('0')));
            return false;
        }
        const int n = utf8Length(bytes, i);
        if (n == 0) {
            m_error =
                located(fileName, lineAt(i),
                        QCoreApplication::translate("ImportText", "not UTF-8 text (byte 0x%1)")
                            .arg(c, 2, 16, QLatin1Char('0')));
            return false;
        }
        i += n;
    }
    m_text = QString::fromUtf8(bytes.constData() + start, bytes.size() - start);
    return true;
}

} // namespace portolan
