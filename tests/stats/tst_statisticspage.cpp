// The Statistics tab on the offscreen platform: a fresh database (zero readiness, empty
// lists said in words), a scripted month of study (the charts add up to the report), an exam
// plan saved and closed from the form, a weakest card opening the browser, and the PDF report.
#include "../quiz/QuizFixture.h"
#include "../support/FirstStartDatabase.h"
#include "../support/TestMain.h"
#include "BarChart.h"
#include "CalendarHeatmap.h"
#include "ExamPlanForm.h"
#include "StatisticsPage.h"
#include "StudyHistory.h"
#include "domain/Percent.h"
#include "practice/PracticeResultRepository.h"
#include "quiz/Clock.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace portolan;
using namespace portolan::testing;

class TestStatisticsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void freshDatabase();
    void scriptedMonth();
    void planSavedAndClosed();
    void weakestCardOpensTheBrowser();
    void pdfReport();
    void practiceExams();

private:
    void study(int days);
    QDate today() const
    {
        return DayCounter::local(QTimeZone::systemTimeZone()).studyDate(m_clock.nowMs());
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{kMonday9am};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<StatisticsPage> m_page;
};

void TestStatisticsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestStatisticsPage::init()
{
    static int n = 0;
    m_workspace = std::make_unique<Workspace>();
    const QString path = m_dir.filePath(QStringLiteral("stats%1.sqlite").arg(++n));
    QVERIFY(portolan::testing::copyFirstStartDatabase(path));
    QVERIFY(m_workspace->open(path, m_clock.nowMs()));
    m_page = std::make_unique<StatisticsPage>(*m_workspace, &m_clock);
    m_page->resize(1100, 900);
}

void TestStatisticsPage::cleanup()
{
    m_page.reset();
    m_workspace.reset();
}

void TestStatisticsPage::study(int days)
{
    StudyHistory history;
    history.days = days;
    history.seed = 7;
    QString error;
    const int answers = history.write(m_workspace->database().connection(), m_workspace->catalog(),
                                      m_clock.nowMs(), &error);
    QVERIFY2(answers > 0, qPrintable(error));
}

void TestStatisticsPage::freshDatabase()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const StatisticsReport &r = m_page->report();
    QCOMPARE(r.totalReviews, 0);
    QVERIFY(!r.exams.isEmpty());
    for (const Readiness &e : r.exams)
        QCOMPARE(e.expected, 0.0);
    const auto *headline = m_page->findChild<QLabel *>(QStringLiteral("readinessHeadline"));
    QVERIFY(headline);
    QVERIFY2(headline->text().contains(QStringLiteral("0.0")), qPrintable(headline->text()));
    QCOMPARE(m_page->weakestTable()->rowCount(), 1);
    QCOMPARE(m_page->weakestTable()->item(0, 0)->text(), QStringLiteral("No studied cards yet."));
    const auto *perDay = m_page->findChild<BarChart *>(QStringLiteral("reviewsPerDay"));
    QVERIFY(perDay);
    QCOMPARE(perDay->bars().size(), 30);
}

void TestStatisticsPage::scriptedMonth()
{
    study(30);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const StatisticsReport &r = m_page->report();
    QVERIFY(r.totalReviews > 50);
    QVERIFY(r.counts.review + r.counts.learning + r.counts.relearning > 10);

    // Each chart shows what the report says: the bars add up to the reviews of their period.
    auto *period = m_page->findChild<QComboBox *>(QStringLiteral("statisticsPeriod"));
    const auto *perDay = m_page->findChild<BarChart *>(QStringLiteral("reviewsPerDay"));
    for (int i = 0; i < period->count(); ++i) {
        period->setCurrentIndex(i);
        const int days = period->currentData().toInt();
        QCOMPARE(perDay->bars().size(), days);
        double sum = 0;
        for (const BarChart::Bar &b : perDay->bars())
            sum += b.values.value(0);
        QCOMPARE(int(sum), r.reviewsInLast(days));
    }
    int forecast = 0;
    for (const BarChart::Bar &b :
         m_page->findChild<BarChart *>(QStringLiteral("dueForecast"))->bars())
        forecast += int(b.values.value(0));
    int expected = 0;
    for (int n : r.forecast)
        expected += n;
    QCOMPARE(forecast, expected);
    QVERIFY(expected > 0);

    // The deck studied was N10-009: it is the readiness headline and well above zero.
    const auto *headline = m_page->findChild<QLabel *>(QStringLiteral("readinessHeadline"));
    QVERIFY2(headline->text().contains(QStringLiteral("N10-009")), qPrintable(headline->text()));
    double n10 = 0;
    for (const Readiness &e : r.exams)
        if (e.group == QLatin1String("n10-009"))
            n10 = e.expected;
    QVERIFY(n10 > 0.2);

    // The heat map's busiest day is shaded darkest and a day off is not shaded at all.
    const auto *heat = m_page->findChild<CalendarHeatmap *>(QStringLiteral("reviewHeatmap"));
    int busiest = 0;
    for (const DayActivity &d : r.lastYear)
        busiest = std::max(busiest, d.reviews);
    QCOMPARE(heat->levelOf(busiest), 4);
    QCOMPARE(heat->levelOf(0), 0);

    if (const QByteArray dir = qgetenv("PORTOLAN_SCREENSHOT_DIR"); !dir.isEmpty())
        m_page->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/statistics.png"));
}

void TestStatisticsPage::planSavedAndClosed()
{
    study(10);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QSignalSpy changed(m_page.get(), &StatisticsPage::plansChanged);
    m_page->planForm()->exam()->setCurrentIndex(
        m_page->planForm()->exam()->findData(QStringLiteral("n10-009")));
    // Today and the past cannot be picked.
    m_page->planForm()->date()->setDate(today());
    QCOMPARE(m_page->planForm()->date()->date(), today().addDays(1));
    m_page->planForm()->date()->setDate(today().addDays(10));
    QVERIFY(m_page->planForm()->savePlan());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_page->report().plans.size(), 1);
    const ExamPlan &plan = m_page->report().plans.first().plan;
    QCOMPARE(plan.daysLeft, 10);
    QVERIFY(plan.newPerDay >= (plan.unseenCards + 9) / 10);
    // One number of new cards applies (the larger of the setting and the pace), said once,
    // and the expected reviews come from the simulated future, not from today's due cards.
    const QString summary = m_page->planForm()->summary()->text();
    QVERIFY2(
        summary.contains(QStringLiteral("%1 new cards a day apply").arg(plan.newPerDayApplied)),
        qPrintable(summary));
    QVERIFY(plan.newPerDayApplied >= plan.newPerDay);
    QVERIFY2(summary.contains(QStringLiteral("Expect about %1 reviews a day")
                                  .arg(QLocale().toString(plan.meanReviews, 'f', 0))),
             qPrintable(summary));
    const QList<BarChart::Bar> bars =
        m_page->findChild<BarChart *>(QStringLiteral("planWorkload"))->bars();
    QCOMPARE(bars.size(), 10);
    for (int d = 0; d < 10; ++d)
        QCOMPARE(bars.at(d).values.at(1), plan.days.at(d).expectedReviews);

    // Closed: nothing planned any more, and the form says so.
    QVERIFY(m_page->planForm()->closePlan());
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_page->report().plans.isEmpty());
    QVERIFY(m_page->planForm()->summary()->text().contains(QStringLiteral("No plan")));
}

void TestStatisticsPage::weakestCardOpensTheBrowser()
{
    study(20);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTableWidget *weakest = m_page->weakestTable();
    QVERIFY(weakest->rowCount() > 1);
    QSignalSpy opened(m_page.get(), &StatisticsPage::protocolActivated);
    weakest->setFocus();
    weakest->setCurrentCell(0, 0);
    QTest::keyClick(weakest, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    const QString key = opened.first().first().toString();
    QVERIFY(m_workspace->catalog().protocol(key));
    QCOMPARE(key, StatisticsReportBuilder::protocolOf(m_page->report().weakest.first().cardKey));
}

void TestStatisticsPage::pdfReport()
{
    study(15);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(m_page->writePdf(path), qPrintable(m_page->errorText()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    QVERIFY(pdf.size() > 10'000); // text and three charts, not an empty page

    // A folder that does not exist: refused with the path named, nothing written.
    const QString bad = m_dir.filePath(QStringLiteral("missing/report.pdf"));
    QVERIFY(!m_page->writePdf(bad));
    QVERIFY2(m_page->errorText().contains(bad), qPrintable(m_page->errorText()));
    QVERIFY(!QFile::exists(bad));
}

// Two practice exams saved the way the dialog saves them: the page lists both scores (newest
// first, as percentages) and the objectives weakest first; before them it says there are none.
void TestStatisticsPage::practiceExams()
{
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const auto *none = m_page->findChild<QLabel *>(QStringLiteral("practiceNone"));
    QVERIFY(none);
    QVERIFY(none->isVisible());
    QCOMPARE(none->text(), QStringLiteral("No practice exam yet — Quiz → Practice exam…"));
    QVERIFY(m_page->practiceTable()->isHidden());

    PracticeResultRepository repo(m_workspace->database().connection());
    const auto question = [](const char *objective) {
        PracticeQuestion q;
        q.objective = QLatin1String(objective);
        q.entryKey = QStringLiteral("ssh");
        q.stem = QStringLiteral("?");
        q.choices = {QStringLiteral("a"), QStringLiteral("b")};
        q.answers = {0};
        return q;
    };
    const QList<PracticeQuestion> test{question("1.4"), question("1.4"), question("1.5"),
                                       question("2.1")};
    PracticeResult first;
    first.examId = QStringLiteral("n10-009");
    first.takenAt = m_clock.nowMs() - 2 * 86'400'000;
    // 3 of 4 right: 1.4 one of two, 1.5 and 2.1 right.
    QVERIFY(repo.save(first, test, {{0}, {1}, {0}, {0}}) > 0);
    PracticeResult second = first;
    second.takenAt = m_clock.nowMs();
    // 1 of 4 right: only 2.1.
    QVERIFY(repo.save(second, test, {{1}, {1}, {1}, {0}}) > 0);
    m_page->refresh();

    QVERIFY(none->isHidden());
    const QTableWidget *recent = m_page->practiceTable();
    QVERIFY(recent->isVisible());
    QCOMPARE(recent->rowCount(), 2);
    QCOMPARE(recent->item(0, 1)->text(),
             QLocale().toString(QDateTime::fromMSecsSinceEpoch(second.takenAt).date(),
                                QLocale::ShortFormat));
    QCOMPARE(recent->item(0, 2)->text(), percentText(0.25, 0));
    QCOMPARE(recent->item(0, 2)->text(), QStringLiteral("25%"));
    QCOMPARE(recent->item(1, 2)->text(), QStringLiteral("75%"));
    QCOMPARE(recent->item(0, 3)->text(), QStringLiteral("4"));
    QVERIFY(recent->item(0, 0)->text().contains(QStringLiteral("N10-009")));

    // 1.4: 1 of 4; 1.5: 1 of 2; 2.1: 2 of 2.
    QTableWidget *objectives = m_page->practiceObjectiveTable();
    QCOMPARE(objectives->rowCount(), 3);
    QCOMPARE(objectives->item(0, 0)->text(), QStringLiteral("Objective 1.4"));
    QCOMPARE(objectives->item(0, 1)->text(), QStringLiteral("25% (1 of 4)"));
    QCOMPARE(objectives->item(1, 0)->text(), QStringLiteral("Objective 1.5"));
    QCOMPARE(objectives->item(1, 1)->text(), QStringLiteral("50% (1 of 2)"));
    QCOMPARE(objectives->item(2, 0)->text(), QStringLiteral("Objective 2.1"));
    QCOMPARE(objectives->item(2, 1)->text(), QStringLiteral("100% (2 of 2)"));
    if (const QString dir = qEnvironmentVariable("PORTOLAN_SHOTS"); !dir.isEmpty()) {
        // The tab's area in a 1024x640 window, scrolled to the section.
        m_page->resize(1024, 560);
        QCoreApplication::processEvents();
        auto *scroll = m_page->findChild<QScrollArea *>();
        QVERIFY(scroll);
        scroll->ensureWidgetVisible(objectives, 0, 200);
        QCoreApplication::processEvents();
        m_page->grab().save(dir + QStringLiteral("/fsrsui-statistics-practice.png"));
    }

    // The PDF report carries the section too.
    const QString path = m_dir.filePath(QStringLiteral("practice.pdf"));
    QVERIFY2(m_page->writePdf(path), qPrintable(m_page->errorText()));
}

PORTOLAN_TEST_MAIN(TestStatisticsPage)
#include "tst_statisticspage.moc"
