#include "domain/Percent.h"

namespace portolan {

QString percentSign(const QLocale &locale)
{
    // English sets the sign close; German, French and Spanish style guides (Duden, Imprimerie
    // nationale, RAE) set it apart, with a space that never breaks the line.
    const bool apart = locale.language() != QLocale::English && locale.language() != QLocale::C;
    return (apart ? QStringLiteral("\u00a0") : QString()) + locale.percent();
}

QString percentOf(double percent, int decimals, const QLocale &locale)
{
    return locale.toString(percent, 'f', decimals) + percentSign(locale);
}

QString percentText(double share, int decimals, const QLocale &locale)
{
    return percentOf(share * 100.0, decimals, locale);
}

} // namespace portolan
