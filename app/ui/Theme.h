#pragma once

#include "domain/Security.h"
#include "settings/Preferences.h"

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
// Predicted recall 0..1 from red (forgotten) through amber to green (known), readable on the
// palette's base colour.
QColor recallColor(double recall, const QPalette &palette);

// Applies the theme and font size of the preferences to the whole application. System keeps
// what the desktop gives; Light and Dark use the Fusion style with a matching palette.
void applyAppearance(Preferences::Theme theme, int fontPointSize);
QPalette darkPalette();

} // namespace theme
} // namespace portolan
