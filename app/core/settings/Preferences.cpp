#include "settings/Preferences.h"

#include "domain/Exam.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QTimeZone>
#include <algorithm>

namespace portolan {

namespace {

constexpr int kMaxStepMinutes = 7 * 24 * 60;
constexpr int kMaxSteps = 10;

} // namespace

QString Preferences::themeId(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Preferences::Theme Preferences::parseTheme(QStringView id)
{
    if (id == QLatin1String("light"))
        return Theme::Light;
    if (id == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

Preferences Preferences::load()
{
    return load(QSettings());
}

Preferences Preferences::load(const QSettings &s)
{
    Preferences p;
    const QString language = s.value(QStringLiteral("ui/language")).toString();
    if (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
                    QStringLiteral("fr")}
            .contains(language))
        p.language = language;
    p.theme = parseTheme(s.value(QStringLiteral("ui/theme")).toString());
    const int font = s.value(QStringLiteral("ui/fontPointSize"), 0).toInt();
    p.fontPointSize = font == 0 ? 0 : std::clamp(font, kMinFontPointSize, kMaxFontPointSize);
    bool ok = false;
    const double retention = s.value(QStringLiteral("study/desiredRetention")).toDouble(&ok);
    if (ok)
        p.desiredRetention = std::clamp(retention, kMinRetention, kMaxRetention);
    const int perDay = s.value(QStringLiteral("study/newCardsPerDay")).toInt(&ok);
    if (ok)
        p.newCardsPerDay = std::clamp(perDay, 0, kMaxNewCardsPerDay);
    if (const auto steps = parseSteps(s.value(QStringLiteral("study/learningSteps")).toString()))
        p.learningSteps = *steps;
    const int hour = s.value(QStringLiteral("study/rolloverHour")).toInt(&ok);
    if (ok)
        p.rolloverHour = std::clamp(hour, 0, 23);
    const QString os = s.value(QStringLiteral("map/portsInActionOs")).toString();
    static const QRegularExpression idRe(QStringLiteral("^[a-z][a-z0-9-]{0,30}$"));
    if (idRe.match(os).hasMatch())
        p.portsInActionOs = os;
    // Only an exam Portolan knows; anything else (a hand edit, a retired id) is "browsing".
    const QString exam = s.value(QStringLiteral("study/exam")).toString();
    if (findExam(exam))
        p.examId = exam;
    p.welcomed = s.value(QStringLiteral("ui/welcomed")).toBool();
    p.practiceCountsAsReviews = s.value(QStringLiteral("study/practiceCountsAsReviews")).toBool();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    save(settings);
}

void Preferences::save(QSettings &s) const
{
    if (language.isEmpty())
        s.remove(QStringLiteral("ui/language"));
    else
        s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("ui/theme"), themeId(theme));
    s.setValue(QStringLiteral("ui/fontPointSize"), fontPointSize);
    s.setValue(QStringLiteral("study/desiredRetention"), desiredRetention);
    s.setValue(QStringLiteral("study/newCardsPerDay"), newCardsPerDay);
    s.setValue(QStringLiteral("study/learningSteps"), stepsText(learningSteps));
    s.setValue(QStringLiteral("study/rolloverHour"), rolloverHour);
    s.setValue(QStringLiteral("map/portsInActionOs"), portsInActionOs);
    if (examId.isEmpty())
        s.remove(QStringLiteral("study/exam"));
    else
        s.setValue(QStringLiteral("study/exam"), examId);
    s.setValue(QStringLiteral("ui/welcomed"), welcomed);
    s.setValue(QStringLiteral("study/practiceCountsAsReviews"), practiceCountsAsReviews);
    s.sync();
}

FsrsParameters Preferences::fsrsParameters() const
{
    FsrsParameters p = FsrsParameters::product();
    p.requestRetention = desiredRetention;
    p.learningSteps = learningSteps;
    return p;
}

DayCounter Preferences::dayCounter() const
{
    return DayCounter::local(QTimeZone::systemTimeZone(), rolloverHour);
}

QString Preferences::stepsText(const QList<int> &minutes)
{
    QStringList parts;
    for (int m : minutes) {
        if (m % (24 * 60) == 0)
            parts << QString::number(m / (24 * 60)) + QLatin1Char('d');
        else if (m % 60 == 0)
            parts << QString::number(m / 60) + QLatin1Char('h');
        else
            parts << QString::number(m) + QLatin1Char('m');
    }
    return parts.join(QLatin1Char(' '));
}

std::optional<QList<int>> Preferences::parseSteps(QStringView text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QList<int>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    static const QRegularExpression sep(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression step(QStringLiteral("^(\\d{1,5})([mhd]?)$"));
    QList<int> out;
    for (const QString &part : text.toString().split(sep, Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = step.match(part);
        if (!m.hasMatch())
            return fail(QCoreApplication::translate(
                            "Preferences", "\"%1\" is not a step: write minutes such as 10m, "
                                           "hours such as 1h or days such as 1d.")
                            .arg(part.left(20)));
        const int unit = m.captured(2) == QLatin1String("h")   ? 60
                         : m.captured(2) == QLatin1String("d") ? 24 * 60
                                                               : 1;
        const int minutes = m.captured(1).toInt() * unit;
        if (minutes < 1 || minutes > kMaxStepMinutes)
            return fail(QCoreApplication::translate("Preferences",
                                                    "\"%1\": a step lasts from 1 minute to 7 days.")
                            .arg(part));
        out << minutes;
    }
    if (out.isEmpty())
        return fail(QCoreApplication::translate("Preferences", "At least one step is needed."));
    if (out.size() > kMaxSteps)
        return fail(QCoreApplication::translate("Preferences", "At most %1 steps.").arg(kMaxSteps));
    return out;
}

} // namespace portolan
