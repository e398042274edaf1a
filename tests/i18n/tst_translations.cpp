// The shipped translations are complete and safe to use: every message the source has is in
// every language (lupdate is run on the sources here, so a new string without a translation
// fails), none is unfinished, placeholders and accelerators match, plural forms are filled;
// and the embedded translations are what the running application gets.
#include "../support/TestMain.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace portolan;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    bool obsolete = false;
    QStringList translations; // one, or one per plural form

    QString id() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    const QStringView type = xml.attributes().value(QLatin1String("type"));
                    m.unfinished = type == QLatin1String("unfinished");
                    m.obsolete =
                        type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                    if (!m.numerus)
                        m.translations << xml.readElementText();
                } else if (xml.name() == QLatin1String("numerusform")) {
                    m.translations << xml.readElementText();
                }
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?\\d{1,2}|L?n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

// "&File" has one accelerator; "&&" and "&amp;"-style entities are not accelerators.
int accelerators(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("&(?!&)(?![a-z]+;)(?=\\w)"));
    int n = 0;
    QString t = text;
    t.replace(QStringLiteral("&&"), QString());
    for (auto it = re.globalMatch(t); it.hasNext(); it.next())
        ++n;
    return n;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/translations/portolan_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void complete_data();
    void complete();
    void englishPlurals();
    void embeddedTranslationsAreUsed();
    void everyStringUnderTheContextItRunsIn();
    void unknownLanguageFallsBackToEnglish();

private:
    QSet<QString> m_sourceIds; // what lupdate finds in the sources now
    QSet<QString> m_numerusIds;
    QString m_lupdateWarnings;
};

void TestTranslations::initTestCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(PORTOLAN_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-recursive"),
                   QStringLiteral(PORTOLAN_SOURCE_DIR "/app"), QStringLiteral("-ts"), fresh});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    m_lupdateWarnings = QString::fromUtf8(lupdate.readAllStandardError());
    QString error;
    const QList<Message> messages = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 500);
    for (const Message &m : messages) {
        m_sourceIds.insert(m.id());
        if (m.numerus)
            m_numerusIds.insert(m.id());
    }
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::shipped())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QSet<QString> shipped;
    QStringList problems;
    for (const Message &m : messages) {
        if (m.obsolete)
            continue;
        shipped.insert(m.id());
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (m.unfinished)
            problems << QStringLiteral("unfinished: ") + where;
        if (m.translations.isEmpty() || m.translations.contains(QString()))
            problems << QStringLiteral("empty: ") + where;
        if (m.numerus && m.translations.size() != 2)
            problems
                << QStringLiteral("%1 plural forms instead of 2: ").arg(m.translations.size()) +
                       where;
        for (const QString &t : m.translations) {
            if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ (%1 vs %2): ")
                                    .arg(placeholders(t).join(u' '),
                                         placeholders(m.source).join(u' ')) +
                                where;
            if (accelerators(m.source) > 0 && accelerators(t) != 1)
                problems << QStringLiteral("accelerator missing in \"%1\": ").arg(t) + where;
        }
    }
    for (const QString &id : std::as_const(m_sourceIds))
        if (!shipped.contains(id))
            problems << QStringLiteral("missing: ") + id;
    for (const QString &id : std::as_const(shipped))
        if (!m_sourceIds.contains(id))
            problems << QStringLiteral("no longer in the sources: ") + id;
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 problem(s) in %2:\n").arg(problems.size()).arg(tsPath(language)) +
            problems.mid(0, 40).join(u'\n')));
}

void TestTranslations::englishPlurals()
{
    QString error;
    const QList<Message> messages = readTs(tsPath(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> covered;
    for (const Message &m : messages) {
        if (m.obsolete)
            continue;
        covered.insert(m.id());
        QVERIFY2(m.numerus && m.translations.size() == 2 && !m.translations.contains(QString()) &&
                     !m.unfinished,
                 qPrintable(m.id()));
        QVERIFY2(!m.translations.at(0).contains(QStringLiteral("(s)")) &&
                     !m.translations.at(1).contains(QStringLiteral("(s)")),
                 qPrintable(m.id()));
    }
    for (const QString &id : std::as_const(m_numerusIds))
        QVERIFY2(covered.contains(id), qPrintable(QStringLiteral("no English plural for ") + id));
}

void TestTranslations::everyStringUnderTheContextItRunsIn()
{
    // A tr() helper in a class without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS is filed by lupdate
    // under the class's name while the program looks it up under another: translated in the
    // .ts, English on screen. lupdate names every such place.
    QStringList places;
    for (const QString &line : m_lupdateWarnings.split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("lacks Q_OBJECT")))
            places << line.trimmed();
    QVERIFY2(places.isEmpty(), qPrintable(places.join(QLatin1Char('\n'))));
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("DetailsHtml", "Your study"),
             QStringLiteral("Ihr Lernstand"));
    QCOMPARE(QCoreApplication::translate("ExamCommand", "Missed:"),
             QStringLiteral("Falsch beantwortet:"));
    QCOMPARE(QCoreApplication::translate("FsrsCommand", "FSRS parameters: the defaults."),
             QStringLiteral("FSRS-Parameter: die Standardwerte."));
}

void TestTranslations::embeddedTranslationsAreUsed()
{
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("portolan::MainWindow", "&Quit"),
             QStringLiteral("&Beenden"));
    // Qt's own strings come in the same language.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    // Before: German words around English dates and numbers ("am Monday, 4 January 2027",
    // "63 von 12,802 Einträgen").
    QCOMPARE(QLocale().toString(12802), QStringLiteral("12.802"));
    QCOMPARE(QLocale().monthName(1), QStringLiteral("Januar"));
    QCOMPARE(QLocale().dayName(1), QStringLiteral("Montag"));
    QCOMPARE(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
    QVERIFY(QCoreApplication::translate("portolan::MainWindow", "&Quit") !=
            QStringLiteral("&Quit"));
    QCOMPARE(QLocale().monthName(1), QStringLiteral("janvier"));
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("portolan::MainWindow", "&Quit"), QStringLiteral("&Quit"));
    QCOMPARE(QLocale().monthName(1), QStringLiteral("January"));
    QCOMPARE(
        QCoreApplication::translate("portolan::CalendarHeatmap", "%1: %n review(s)", nullptr, 1),
        QStringLiteral("%1: 1 review"));
    QCOMPARE(
        QCoreApplication::translate("portolan::CalendarHeatmap", "%1: %n review(s)", nullptr, 3),
        QStringLiteral("%1: 3 reviews"));
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(Translations::install(QStringLiteral("xx")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("portolan::MainWindow", "&Quit"), QStringLiteral("&Quit"));
    QCOMPARE(Translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
}

PORTOLAN_TEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
