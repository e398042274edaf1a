#include "domain/SafeText.h"

namespace portolan {

namespace {

// Characters that reorder text or take no room at all: they can make "evil<U+202E>gnp.exe" read
// as "evilexe.png", or hide a difference between two names that look alike.
bool isBidiControl(char16_t u)
{
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
           u == 0x200F || u == 0x061C;
}

bool isInvisible(char16_t u)
{
    return (u >= 0x200B && u <= 0x200D) || u == 0x2060 || u == 0xFEFF || u == 0x180E;
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
        } else if (isBidiControl(u) || isInvisible(u)) {
            out.append(QStringLiteral("<U+%1>").arg(int(u), 4, 16, QLatin1Char('0')).toUpper());
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace portolan
