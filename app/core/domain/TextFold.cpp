#include "domain/TextFold.h"

namespace portolan {

QString foldText(QStringView text)
{
    // Fast path: plain ASCII needs only lower-casing, and nearly all catalog text is ASCII;
    // this loop is what start-up spends on folding 12,000 registry rows.
    QString ascii(text.size(), Qt::Uninitialized);
    QChar *lowered = ascii.data();
    bool isAscii = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x80) {
            isAscii = false;
            break;
        }
        lowered[i] = QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
    }
    if (isAscii)
        return ascii;

    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    // Simple case folding keeps ß; full folding (and German spelling) makes it "ss".
    return out.toCaseFolded().replace(QChar(0x00DF), QLatin1String("ss"));
}

QString foldText(QString &&text)
{
    // Writing needs a buffer of our own; a shared one is folded into a copy as above.
    if (text.isDetached()) {
        char16_t *data = reinterpret_cast<char16_t *>(text.data());
        const qsizetype size = text.size();
        bool isAscii = true;
        for (qsizetype i = 0; i < size && isAscii; ++i)
            isAscii = data[i] < 0x80;
        if (isAscii) {
            for (qsizetype i = 0; i < size; ++i) {
                if (data[i] >= u'A' && data[i] <= u'Z')
                    data[i] = char16_t(data[i] + 32);
            }
            return std::move(text);
        }
    }
    return foldText(QStringView(text));
}

} // namespace portolan
