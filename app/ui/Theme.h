#pragma once

#include "domain/Security.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace portolan {

// Colours and symbols for semantic values, chosen from the current palette so that they work
// in light, dark and high-contrast themes. Colour is never the only signal: every security
// class has a symbol and a word too.
namespace theme {

bool isDark(const QPalette &palette);
QColor securityColor(Security s, const QPalette &palette);
QString securitySymbol(Security s); // ✔ secure, ✖ insecure, ◐ depends

} // namespace theme
} // namespace portolan
