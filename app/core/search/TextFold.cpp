#include "search/TextFold.h"

namespace portolan {

QString foldText(QStringView text)
{
    // Fast path: plain ASCII needs only lower-casing, and nearly all catalog text is ASCII.
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toString().toLower();

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

} // namespace portolan
