#include "i18n/Translations.h"

#include "settings/Preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace portolan {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> plurals;
    std::unique_ptr<QTranslator> own;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

std::unique_ptr<QTranslator> load(const QString &file, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory))
        return nullptr;
    return translator;
}

} // namespace

QStringList Translations::shipped()
{
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString Translations::systemLanguage()
{
    // uiLanguages() is the user's ordered wish list ("de-AT", "de", "en-US"): the first one
    // shipped wins.
    for (const QString &wanted : QLocale::system().uiLanguages()) {
        const QString language = wanted.section(QLatin1Char('-'), 0, 0).toLower();
        if (language == QLatin1String("en") || shipped().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::preferredLanguage()
{
    return Preferences::load().language;
}

QString Translations::install(const QString &requested)
{
    QString language = requested.isEmpty() ? preferredLanguage() : requested;
    if (language.isEmpty())
        language = systemLanguage();
    if (language != QLatin1String("en") && !shipped().contains(language))
        language = QStringLiteral("en");

    // Dates, month and weekday names, numbers and percentages speak the language of the
    // words around them: the system's own locale when it is that language (its country's
    // conventions kept, de_AT say), else the language's main locale.
    const QLocale system = QLocale::system();
    QLocale::setDefault(system.name().section(QLatin1Char('_'), 0, 0) == language
                            ? system
                            : QLocale(language));

    Installed &t = installed();
    const QString ours = QStringLiteral(":/i18n");
    replace(t.plurals, load(QStringLiteral("portolan_en"), ours));
    if (language == QLatin1String("en")) {
        replace(t.own, nullptr);
        replace(t.qt, nullptr);
        return language;
    }
    // Installed last, searched first: the language's own plural forms win over English ones.
    replace(t.own, load(QStringLiteral("portolan_") + language, ours));
    replace(t.qt, load(QStringLiteral("qtbase_") + language,
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    return t.own ? language : QStringLiteral("en");
}

QString Translations::nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace portolan
