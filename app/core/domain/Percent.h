#pragma once

#include <QLocale>
#include <QString>

namespace portolan {

// One way to show a share as a percentage everywhere (window, PDFs, terminal): the locale's
// digits and decimal sign, and the sign as that language writes it: "23.5%" in English, "23,5 %"
// (no-break space) in German, French and Spanish.
QString percentText(double share, int decimals = 1, const QLocale &locale = QLocale());
// The sign with the space before it where the language puts one ("%" or "\u00a0%").
QString percentSign(const QLocale &locale = QLocale());
// The same for a number already in percent (23.5 -> "23.5%").
QString percentOf(double percent, int decimals = 1, const QLocale &locale = QLocale());

} // namespace portolan
