// The main flows with the keyboard alone, in the real main window: find a port and read its
// details, move between the pages with their Alt shortcuts, start a quiz with Enter, open the
// statistics, preferences and help and close them with Esc. Focus is always somewhere useful
// and visible (a focused widget that is shown, in the active window).
#include "../support/TestMain.h"
#include "BrowserPage.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "QuizPage.h"
#include "RangeMapPage.h"
#include "StatisticsPage.h"
#include "quiz/QuizSession.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <functional>

using namespace portolan;

class TestKeyboardFlows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findAPortByKeyboard();
    void pagesByAltShortcuts();
    void dialogsOpenAndCloseByKeyboard();
    void tabWalksTheStatisticsPage();

private:
    // Presses Esc on whatever modal dialog opens next and records its title.
    void closeNextDialogWithEscape(QString *title);
    void expectUsefulFocus() const;
    // Where a key goes: the focus widget, or the window when it has none.
    QWidget *keyTarget() const
    {
        return QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    }

    QTemporaryDir m_dir;
    Workspace m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboardFlows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("keys.sqlite")), 1'760'000'000'000));
    m_window = std::make_unique<MainWindow>(m_workspace);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestKeyboardFlows::expectUsefulFocus() const
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QVERIFY2(focus->isVisible(), qPrintable(focus->objectName()));
    QVERIFY(focus->window()->isActiveWindow());
}

void TestKeyboardFlows::closeNextDialogWithEscape(QString *title)
{
    QTimer::singleShot(200, this, [title] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        *title = modal->windowTitle();
        QTest::keyClick(modal, Qt::Key_Escape);
    });
}

void TestKeyboardFlows::findAPortByKeyboard()
{
    BrowserPage *browser = m_window->browser();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(browser->searchField()->hasFocus());
    QTest::keyClicks(browser->searchField(), QStringLiteral("587"));
    QTRY_VERIFY(browser->shownCount() >= 1);
    QTest::keyClick(browser->searchField(), Qt::Key_Down);
    QTRY_VERIFY(browser->table()->hasFocus());
    QTRY_VERIFY(browser->details()->toPlainText().contains(QStringLiteral("587")));
    expectUsefulFocus();
    // Esc from the search clears it.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(browser->searchField(), Qt::Key_Escape);
    QTRY_COMPARE(browser->searchText(), QString());
}

void TestKeyboardFlows::pagesByAltShortcuts()
{
    QTabWidget *pages = m_window->pages();
    // Pages other than the browser are built when first shown, so each is looked up after its
    // key.
    const struct
    {
        Qt::Key key;
        std::function<QWidget *()> page;
    } steps[] = {{Qt::Key_M, [this] { return m_window->rangeMap(); }},
                 {Qt::Key_Q, [this] { return m_window->quiz(); }},
                 {Qt::Key_I, [this] { return m_window->statistics(); }},
                 {Qt::Key_B, [this] { return m_window->browser(); }}};
    for (const auto &step : steps) {
        QTest::keyClick(QApplication::focusWidget(), step.key, Qt::AltModifier);
        QTRY_VERIFY(step.page() != nullptr);
        QTRY_COMPARE(pages->currentWidget(), step.page());
        expectUsefulFocus();
    }

    // On the quiz page Enter starts a session from the start view.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q, Qt::AltModifier);
    QTRY_COMPARE(pages->currentWidget(), m_window->quiz());
    QuizPage *quiz = m_window->quiz();
    QWidget *start = QApplication::focusWidget();
    QVERIFY(start && quiz->isAncestorOf(start));
    QTest::keyClick(start, Qt::Key_Return);
    QTRY_VERIFY(quiz->session()->phase() != QuizSession::Phase::Idle);
    expectUsefulFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // ends the session
    QTRY_VERIFY(quiz->session()->phase() != QuizSession::Phase::Asking);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(pages->currentWidget(), m_window->browser());
    expectUsefulFocus();
}

void TestKeyboardFlows::dialogsOpenAndCloseByKeyboard()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QString title;
    closeNextDialogWithEscape(&title);
    QTest::keyClick(keyTarget(), Qt::Key_F1);
    QTRY_COMPARE(title, QStringLiteral("Search Syntax and Shortcuts"));
    QVERIFY(!QApplication::activeModalWidget());
    // The offscreen platform has no window manager to give the window back its activation.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    title.clear();
    closeNextDialogWithEscape(&title);
    QTest::keyClick(keyTarget(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_COMPARE(title, QStringLiteral("Preferences"));
    QVERIFY(!QApplication::activeModalWidget());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    expectUsefulFocus();
}

void TestKeyboardFlows::tabWalksTheStatisticsPage()
{
    QTest::keyClick(keyTarget(), Qt::Key_I, Qt::AltModifier);
    QTRY_COMPARE(m_window->pages()->currentWidget(), m_window->statistics());
    // Tab reaches the period box, the charts, the tables and the plan form, each once, and
    // every stop is inside the page.
    QStringList names;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(keyTarget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (m_window->statistics()->isAncestorOf(focus) && !focus->objectName().isEmpty())
            names << focus->objectName();
    }
    for (const char *name : {"statisticsPeriod", "reviewsPerDay", "reviewHeatmap", "dueForecast",
                             "weakestCards", "planExam", "planDate", "savePlan"})
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);
}

PORTOLAN_TEST_MAIN(TestKeyboardFlows)
#include "tst_keyboardflows.moc"
