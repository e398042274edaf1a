#pragma once

#include <QString>
#include <QStringList>

namespace portolan {

// Portolan's own translations (embedded, :/i18n/portolan_LANG.qm) and Qt's (from the system's
// Qt translations folder) for one language. English always gets the plural forms of
// portolan_en.qm, so "%n review(s)" reads "1 review" and "2 reviews".
class Translations
{
public:
    // Languages shipped besides English: "de", "es", "fr".
    static QStringList shipped();
    // The language the system locale asks for, if shipped; "en" otherwise.
    static QString systemLanguage();
    // The language in the preferences ("" = follow the system).
    static QString preferredLanguage();
    // Installs the translators for language ("" = the preference, then the system) on the
    // running application, replacing any installed before; returns the language now in use.
    static QString install(const QString &language = {});
    // A language's name in that language ("Deutsch"), for the preferences.
    static QString nativeName(const QString &language);
};

} // namespace portolan
