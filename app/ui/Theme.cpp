#include "Theme.h"

#include <QApplication>
#include <QFont>
#include <QStyle>
#include <QStyleFactory>
#include <algorithm>

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

QColor recallColor(double recall, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor low = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    const QColor mid = dark ? QColor(0xff, 0xc8, 0x57) : QColor(0xd9, 0x8a, 0x00);
    const QColor high = dark ? QColor(0x6b, 0xd8, 0x8a) : QColor(0x2e, 0x7d, 0x32);
    const double r = std::clamp(recall, 0.0, 1.0);
    // Most of the interesting range is above 0.7: amber sits there, not at 0.5.
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                                float(a.greenF() + (b.greenF() - a.greenF()) * t),
                                float(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    return r < 0.7 ? mix(low, mid, r / 0.7) : mix(mid, high, (r - 0.7) / 0.3);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor highlight(0x3d, 0x8e, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xff));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x38, 0x3a, 0x3d));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5c, 0x60));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    const QColor disabled(0x80, 0x80, 0x80);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

void applyAppearance(Preferences::Theme theme, int fontPointSize)
{
    // What the desktop gave at start, to return to when "System" is chosen again.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    static const QFont systemFont = QApplication::font();

    switch (theme) {
    case Preferences::Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        break;
    case Preferences::Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Preferences::Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    QFont font = systemFont;
    if (fontPointSize > 0)
        font.setPointSize(fontPointSize);
    QApplication::setFont(font);
}

} // namespace portolan::theme
