// The first start's welcome: an exam taker names the exam and its date and ends on today's
// cards of that exam, with the plan made, the browser on the study set and the choice kept for
// the quiz and the statistics; skipping changes nothing but "welcomed"; browsing ends on Browse.
#include "../support/TestMain.h"
#include "BrowserPage.h"
#include "MainWindow.h"
#include "QuizPage.h"
#include "QuizStartView.h"
#include "WelcomeDialog.h"
#include "quiz/QuizSession.h"
#include "settings/Preferences.h"
#include "stats/ExamPlanRepository.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace portolan;

class TestWelcome : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Runs `answer` on the welcome dialog once it is up, while showWelcome() waits in it.
    static void whenShown(std::function<void(WelcomeDialog *)> answer)
    {
        QTimer::singleShot(0, [answer] {
            auto *dialog = qobject_cast<WelcomeDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            answer(dialog);
        });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("portolan-welcome-test"));
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void examTakerEndsOnTodaysCards()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("exam.sqlite"))));
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!Preferences::load().welcomed);
        const QDate examDay = QDate::currentDate().addDays(20);
        whenShown([examDay](WelcomeDialog *d) {
            d->examBox()->setCurrentIndex(d->examBox()->findData(QStringLiteral("sy0-701")));
            QVERIFY(d->dateEdit()->isEnabled() == false); // until the date is known
            d->knowsDate()->setChecked(true);
            QVERIFY(d->dateEdit()->isEnabled());
            d->dateEdit()->setDate(examDay);
            QCOMPARE(d->startButton()->text(), QStringLiteral("Start today's cards"));
            d->startButton()->click();
        });
        window.showWelcome();

        const Preferences p = Preferences::load();
        QVERIFY(p.welcomed);
        QCOMPARE(p.examId, QStringLiteral("sy0-701"));
        const std::optional<StoredExamPlan> plan =
            ExamPlanRepository(workspace.database().connection()).plan(QStringLiteral("sy0-701"));
        QVERIFY(plan && plan->isOpen());
        QCOMPARE(plan->examDate, examDay);
        QCOMPARE(window.pages()->currentIndex(), int(MainWindow::Page::Quiz));
        QVERIFY(window.quiz());
        QCOMPARE(window.quiz()->session()->phase(), QuizSession::Phase::Asking);
        QCOMPARE(window.quiz()->session()->options().deck.id, QStringLiteral("exam:sy0-701"));
        QVERIFY(
            window.browser()->findChild<QCheckBox *>(QStringLiteral("studySetOnly"))->isChecked());
        QVERIFY(window.browser()->shownCount() < 1000); // the study set, not the registry
    }

    // A new quiz page (the next start) opens on the chosen exam's deck.
    void theExamIsTheQuizDefault()
    {
        Preferences p;
        p.examId = QStringLiteral("220-1101");
        p.welcomed = true;
        p.save();
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("default.sqlite"))));
        QuizPage page(workspace);
        QCOMPARE(page.startView()->options().deck.id, QStringLiteral("exam:220-1101"));
    }

    void skippingOnlyRemembersTheWelcome()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("skip.sqlite"))));
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        whenShown([](WelcomeDialog *d) { d->reject(); });
        window.showWelcome();
        const Preferences p = Preferences::load();
        QVERIFY(p.welcomed);
        QVERIFY(p.examId.isEmpty());
        QVERIFY(ExamPlanRepository(workspace.database().connection()).openPlans().isEmpty());
        QCOMPARE(window.pages()->currentIndex(), int(MainWindow::Page::Browse));
    }

    void browsingEndsOnTheBrowser()
    {
        Workspace workspace;
        QVERIFY(workspace.open(m_dir.filePath(QStringLiteral("browse.sqlite"))));
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Page::Statistics);
        whenShown([](WelcomeDialog *d) {
            d->examBox()->setCurrentIndex(0);
            QVERIFY(!d->knowsDate()->isEnabled());
            QCOMPARE(d->startButton()->text(), QStringLiteral("Start browsing"));
            d->startButton()->click();
        });
        window.showWelcome();
        QVERIFY(Preferences::load().welcomed);
        QVERIFY(Preferences::load().examId.isEmpty());
        QCOMPARE(window.pages()->currentIndex(), int(MainWindow::Page::Browse));
        QVERIFY(
            !window.browser()->findChild<QCheckBox *>(QStringLiteral("studySetOnly"))->isChecked());
    }
};

PORTOLAN_TEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
