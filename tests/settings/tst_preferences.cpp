// Preferences as stored: defaults, a round trip, a hand-edited settings file with nonsense in
// every key (clamped or ignored, never an unusable scheduler), and the learning-step syntax.
#include "../support/TestMain.h"
#include "settings/Preferences.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void roundTrip();
    void handEditedNonsense();
    void steps_data();
    void steps();
    void schedulerFollows();

private:
    QTemporaryDir m_dir;
    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestPreferences::defaults()
{
    const QSettings empty(file("empty.conf"), QSettings::IniFormat);
    const Preferences p = Preferences::load(empty);
    QCOMPARE(p, Preferences{});
    QCOMPARE(p.desiredRetention, 0.9);
    QCOMPARE(p.newCardsPerDay, 20);
    QCOMPARE(p.learningSteps, (QList<int>{1, 10}));
    QCOMPARE(p.rolloverHour, 4);
    QVERIFY(p.language.isEmpty());
}

void TestPreferences::roundTrip()
{
    Preferences p;
    p.language = QStringLiteral("de");
    p.theme = Preferences::Theme::Dark;
    p.fontPointSize = 13;
    p.desiredRetention = 0.85;
    p.newCardsPerDay = 35;
    p.learningSteps = {1, 30, 1440};
    p.rolloverHour = 2;
    p.portsInActionOs = QStringLiteral("windows");
    p.examId = QStringLiteral("sy0-701");
    p.welcomed = true;
    p.practiceCountsAsReviews = true; // the practice exam's "count these answers as reviews"
    {
        QSettings s(file("trip.conf"), QSettings::IniFormat);
        p.save(s);
    }
    const QSettings s(file("trip.conf"), QSettings::IniFormat);
    QCOMPARE(Preferences::load(s), p);
}

void TestPreferences::handEditedNonsense()
{
    {
        QSettings s(file("bad.conf"), QSettings::IniFormat);
        s.setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        s.setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
        s.setValue(QStringLiteral("ui/fontPointSize"), 200);
        s.setValue(QStringLiteral("study/desiredRetention"), 2.5);
        s.setValue(QStringLiteral("study/newCardsPerDay"), -5);
        s.setValue(QStringLiteral("study/learningSteps"), QStringLiteral("banana"));
        s.setValue(QStringLiteral("study/rolloverHour"), 99);
        s.setValue(QStringLiteral("map/portsInActionOs"), QStringLiteral("../../etc/passwd"));
        s.setValue(QStringLiteral("study/exam"), QStringLiteral("xk0-999"));
    }
    const QSettings s(file("bad.conf"), QSettings::IniFormat);
    const Preferences p = Preferences::load(s);
    QVERIFY(p.language.isEmpty());
    QCOMPARE(p.theme, Preferences::Theme::System);
    QCOMPARE(p.fontPointSize, Preferences::kMaxFontPointSize);
    QCOMPARE(p.desiredRetention, Preferences::kMaxRetention);
    QCOMPARE(p.newCardsPerDay, 0);
    QCOMPARE(p.learningSteps, (QList<int>{1, 10}));
    QCOMPARE(p.rolloverHour, 23);
    QCOMPARE(p.portsInActionOs, QStringLiteral("linux"));
    QVERIFY(p.examId.isEmpty()); // an exam Portolan does not know is "just browsing"
    QVERIFY(!p.welcomed);
    QVERIFY(!p.practiceCountsAsReviews); // a practice exam reschedules nothing unless asked
    QVERIFY(p.fsrsParameters().validate().isEmpty());
}

void TestPreferences::steps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("minutes"); // empty: refused
    QTest::addColumn<QString>("error");
    QTest::newRow("minutes") << "1m 10m" << QList<int>{1, 10} << "";
    QTest::newRow("bare numbers, commas") << "1, 10" << QList<int>{1, 10} << "";
    QTest::newRow("hours and days") << "1h 1d" << QList<int>{60, 1440} << "";
    QTest::newRow("empty") << "  " << QList<int>{} << "At least one step";
    QTest::newRow("zero") << "0m" << QList<int>{} << "1 minute to 7 days";
    QTest::newRow("too long") << "8d" << QList<int>{} << "1 minute to 7 days";
    QTest::newRow("unknown unit") << "10x" << QList<int>{} << "\"10x\" is not a step";
    QTest::newRow("negative") << "-5m" << QList<int>{} << "\"-5m\" is not a step";
    QTest::newRow("eleven steps") << "1 2 3 4 5 6 7 8 9 10 11" << QList<int>{} << "At most 10";
}

void TestPreferences::steps()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, minutes);
    QFETCH(QString, error);
    QString why;
    const auto parsed = Preferences::parseSteps(text, &why);
    if (minutes.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY2(why.contains(error), qPrintable(why));
    } else {
        QVERIFY2(parsed, qPrintable(why));
        QCOMPARE(*parsed, minutes);
        QCOMPARE(Preferences::parseSteps(Preferences::stepsText(minutes)), parsed);
    }
}

void TestPreferences::schedulerFollows()
{
    Preferences p;
    p.desiredRetention = 0.8;
    p.learningSteps = {5, 60};
    p.rolloverHour = 0;
    const FsrsParameters f = p.fsrsParameters();
    QCOMPARE(f.requestRetention, 0.8);
    QCOMPARE(f.learningSteps, (QList<int>{5, 60}));
    QVERIFY(f.enableFuzz);
    QCOMPARE(p.dayCounter().rolloverHour(), 0);
}

PORTOLAN_TEST_GUILESS_MAIN(TestPreferences)
#include "tst_preferences.moc"
