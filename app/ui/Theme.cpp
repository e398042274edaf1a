#include "Theme.h"

namespace portolan::theme {

bool isDark(const QPalette &palette)
{
    // Qt 6.4 has no colorScheme(); the window colour's lightness tells.
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor securityColor(Security s, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (s) {
    case Security::Secure:
        return dark ? QColor(0x7c, 0xd9, 0x92) : QColor(0x1b, 0x7a, 0x3a);
    case Security::Insecure:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Security::Depends:
        return dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00);
    case Security::Unclassified:
        break;
    }
    return palette.color(QPalette::Text);
}

QString securitySymbol(Security s)
{
    switch (s) {
    case Security::Secure:
        return QStringLiteral("\u2714");
    case Security::Insecure:
        return QStringLiteral("\u2716");
    case Security::Depends:
        return QStringLiteral("\u25D0");
    case Security::Unclassified:
        break;
    }
    return {};
}

} // namespace portolan::theme
