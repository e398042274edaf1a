#include "FieldMessage.h"

#include "Theme.h"

namespace portolan {

FieldMessage::FieldMessage(Kind kind, QWidget *parent) : QLabel(parent), m_kind(kind)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_kind == Kind::Problem) {
        // The theme's "insecure" red is tuned for contrast on light and dark palettes.
        QPalette p = palette();
        p.setColor(QPalette::WindowText, theme::securityColor(Security::Insecure, p));
        setPalette(p);
    }
    setVisible(false);
}

void FieldMessage::setMessage(const QString &message)
{
    m_message = message;
    const QString symbol =
        m_kind == Kind::Problem ? QStringLiteral("\u26A0 ") : QStringLiteral("\u2139 ");
    // One symbol per line, so that each of several problems reads as its own.
    QStringList lines = message.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line.prepend(symbol);
    setText(lines.join(QLatin1Char('\n')));
    setVisible(!message.isEmpty());
}

} // namespace portolan
