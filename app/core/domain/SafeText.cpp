#include "domain/SafeText.h"

namespace portolan {

namespace {

bool isBidiControl(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
           u == 0x200F || u == 0x061C;
}

} // namespace

QString visibleText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\n' || u == '\t' || u == '\r') {
            out.append(QLatin1Char(' '));
        } else if (u < 0x20 || (u >= 0x7F && u < 0xA0)) {
            out.append(QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0')));
        } else if (isBidiControl(u)) {
            out.append(QStringLiteral("<U+%1>").arg(int(u), 4, 16, QLatin1Char('0')).toUpper());
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace portolan
