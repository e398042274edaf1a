// The main window builds only the page it shows: the range map, quiz and statistics are made
// the first time their tab is shown, in their place, and stay. Restoring a session that ended
// on one of them builds it at start.
#include "../support/TestMain.h"
#include "BrowserPage.h"
#include "CustomEntryActions.h"
#include "MainWindow.h"
#include "MainWindowHost.h"
#include "NotesEditor.h"
#include "QuitOnSignal.h"
#include "QuizPage.h"
#include "RangeMapPage.h"
#include "StatisticsPage.h"
#include "catalog/EntryKey.h"
#include "custom/CustomEntryRepository.h"
#include "quiz/Deck.h"
#include "quiz/QuizSession.h"
#include "quiz/QuizStore.h"
#include "srs/FsrsScheduler.h"
#include "storage/NoteRepository.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>
#include <csignal>

using namespace portolan;

namespace {

struct ShowCounter : QObject
{
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_workspace;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("portolan-test"));
        QVERIFY(m_workspace.open(m_dir.filePath(QStringLiteral("window.sqlite"))));
    }

    void pagesAreBuiltWhenFirstShown()
    {
        MainWindow window(m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.browser());
        QCOMPARE(window.rangeMap(), nullptr);
        QCOMPARE(window.quiz(), nullptr);
        QCOMPARE(window.statistics(), nullptr);

        QTabWidget *tabs = window.pages();
        const QStringList labels{tabs->tabText(0), tabs->tabText(1), tabs->tabText(2),
                                 tabs->tabText(3), tabs->tabText(4)};
        window.showPage(MainWindow::Page::Quiz);
        QVERIFY(window.quiz());
        QCOMPARE(tabs->currentWidget(), window.quiz());
        QVERIFY(window.quiz()->isVisible());
        QCOMPARE(window.rangeMap(), nullptr);

        // Clicking a tab builds it as well; its label and place stay.
        tabs->setCurrentIndex(int(MainWindow::Page::Statistics));
        QVERIFY(window.statistics());
        QCOMPARE(tabs->currentWidget(), window.statistics());
        tabs->setCurrentIndex(int(MainWindow::Page::RangeMap));
        QCOMPARE(tabs->currentWidget(), window.rangeMap());
        QCOMPARE(tabs->count(), 5); // Browse, Range map, Quiz, Statistics, Network
        for (int i = 0; i < tabs->count(); ++i)
            QCOMPARE(tabs->tabText(i), labels.at(i));

        // Built once: coming back shows the same page.
        QuizPage *quiz = window.quiz();
        window.showPage(MainWindow::Page::Browse);
        window.showPage(MainWindow::Page::Quiz);
        QCOMPARE(window.quiz(), quiz);
        QCOMPARE(tabs->currentWidget(), quiz);
    }

    // Building a page shows no other page on the way (a shown statistics page rebuilds its
    // report), and the focus moves into the new page as on any tab change.
    // Before: a theme or language change (or an own entry added) rebuilt the window and lost
    // the quiz deck, the browser's filters and selection; a new own entry was neither shown
    // nor selected.
    void aRebuildKeepsWhatTheUserSetUp()
    {
        MainWindowHost host(m_workspace);
        host.show();
        MainWindow *window = host.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->browser()->setSearchText(QStringLiteral("ssh"));
        auto *security =
            window->browser()->findChild<QComboBox *>(QStringLiteral("securityFilter"));
        security->setCurrentIndex(1);
        QVERIFY(window->browser()->selectProtocol(QStringLiteral("sftp")));
        window->showPage(MainWindow::Page::Quiz);
        SessionOptions deck = window->quiz()->startOptions();
        deck.deck = Deck::fromSearch(QStringLiteral("exam:sy0-701 is:secure"));
        window->quiz()->setStartOptions(deck);
        window->showPage(MainWindow::Page::Browse);

        emit window->catalogChanged(QStringLiteral("Preferences saved."));
        QTRY_VERIFY(host.window() != window);
        MainWindow *rebuilt = host.window();
        QCOMPARE(rebuilt->pages()->currentIndex(), int(MainWindow::Page::Browse));
        QCOMPARE(rebuilt->browser()->searchText(), QStringLiteral("ssh"));
        QCOMPARE(rebuilt->browser()
                     ->findChild<QComboBox *>(QStringLiteral("securityFilter"))
                     ->currentIndex(),
                 1);
        QCOMPARE(entryKey(m_workspace.catalog(), rebuilt->browser()->currentCatalogRow()),
                 QStringLiteral("sftp"));
        QVERIFY(rebuilt->quiz());
        QCOMPARE(rebuilt->quiz()->startOptions().deck.search,
                 QStringLiteral("exam:sy0-701 is:secure"));
    }

    void aNewOwnEntryIsShownAndSelected()
    {
        MainWindowHost host(m_workspace);
        host.show();
        MainWindow *window = host.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->browser()->setSearchText(QStringLiteral("dns"));
        CustomEntry lab;
        lab.key = QStringLiteral("custom-lab-kafka");
        lab.name = QStringLiteral("Lab Kafka");
        lab.ports = {{9092, 9092, Transport::Tcp}};
        QVERIFY(CustomEntryRepository(m_workspace.database().connection()).add(lab, 1));
        // What the entry dialog's actions announce once it is saved.
        auto *actions = window->findChild<CustomEntryActions *>();
        QVERIFY(actions);
        emit actions->entrySaved(lab.key);
        emit actions->changed(QStringLiteral("Added Lab Kafka."));
        QTRY_VERIFY(host.window() != window);
        QCOMPARE(entryKey(m_workspace.catalog(), host.window()->browser()->currentCatalogRow()),
                 lab.key);
    }

    // Before: the details showed nothing of the learner's own study of the entry.
    void detailsShowTheEntrysStudyAndDrillIt()
    {
        MainWindow window(m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString card = QStringLiteral("telnet:port-to-protocol");
        const FsrsScheduler scheduler(FsrsParameters{}, DayCounter::utc());
        ReviewRecord r;
        r.cardKey = card;
        r.reviewedAt = now - 3'600'000;
        r.rating = Rating::Again;
        r.answerFormat = QStringLiteral("flashcard");
        r.after = scheduler.next(CardMemory::newCard(r.reviewedAt), r.reviewedAt, Rating::Again);
        QuizStore store(m_workspace.database().connection());
        QVERIFY(store.record(r));

        QVERIFY(window.browser()->selectProtocol(QStringLiteral("telnet")));
        const QString text = window.browser()->details()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Your study")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Again")));
        QVERIFY(text.contains(QStringLiteral("1 of ")));
        emit window.browser()->details()->anchorClicked(
            QUrl(QStringLiteral("portolan:drill/telnet")));
        QVERIFY(window.quiz());
        QCOMPARE(window.pages()->currentWidget(), window.quiz());
        QCOMPARE(window.quiz()->session()->phase(), QuizSession::Phase::Asking);
        QCOMPARE(window.quiz()->session()->question().card.protocolKey, QStringLiteral("telnet"));
        QVERIFY(window.quiz()->session()->isPractice());
    }

    void buildingAPageShowsOnlyThatPage()
    {
        MainWindow window(m_workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(MainWindow::Page::Statistics);
        window.showPage(MainWindow::Page::Browse);
        window.browser()->focusSearch();
        QTRY_VERIFY(window.browser()->isAncestorOf(QApplication::focusWidget()));

        ShowCounter shows;
        window.statistics()->installEventFilter(&shows);
        window.showPage(MainWindow::Page::Quiz);
        QVERIFY(window.quiz());
        window.showPage(MainWindow::Page::RangeMap);
        QCOMPARE(shows.count, 0);
        QTRY_VERIFY2(window.rangeMap()->isAncestorOf(QApplication::focusWidget()),
                     QApplication::focusWidget()
                         ? QApplication::focusWidget()->metaObject()->className()
                         : "nothing");
    }

    void restoredPageIsBuiltAtStart()
    {
        {
            MainWindow window(m_workspace);
            window.showPage(MainWindow::Page::Statistics);
            window.saveSession();
        }
        MainWindow again(m_workspace);
        again.restoreSession();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(again.statistics());
        QCOMPARE(again.pages()->currentWidget(), again.statistics());
        QCOMPARE(again.quiz(), nullptr);
        QSettings().clear();
    }

    // A note typed just before the window closes, or is destroyed (a rebuild after an import or
    // new preferences), is saved at once instead of after its delay, and saving it never
    // reaches a repository that is already gone.
    void noteTypedJustBeforeTheWindowGoesIsSaved_data()
    {
        QTest::addColumn<bool>("close");
        QTest::newRow("closed") << true;
        QTest::newRow("destroyed") << false;
    }

    void noteTypedJustBeforeTheWindowGoesIsSaved()
    {
        QFETCH(bool, close);
        const QString key = close ? QStringLiteral("ssh") : QStringLiteral("dhcp");
        const QString text = QStringLiteral("remember: ") + key;
        {
            MainWindow window(m_workspace);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            NotesEditor *notes = window.browser()->notes();
            notes->setKey(key);
            QTest::keyClicks(notes->editor(), text);
            // Still within the editor's save delay: nothing is saved yet.
            QVERIFY(NoteRepository(m_workspace.database().connection()).note(key).isEmpty());
            if (close)
                QVERIFY(window.close());
        }
        QCOMPARE(NoteRepository(m_workspace.database().connection()).note(key), text);
    }

    // SIGTERM (a logout, `kill`) closes the window as the user would: the note typed a moment
    // before is saved.
    void noteTypedBeforeSigtermIsSaved()
    {
        QuitOnSignal quit;
        QVERIFY(quit.isInstalled());
        QSignalSpy caught(&quit, &QuitOnSignal::caught);
        auto *window = new MainWindow(m_workspace);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        NotesEditor *notes = window->browser()->notes();
        notes->setKey(QStringLiteral("telnet"));
        QTest::keyClicks(notes->editor(), QStringLiteral("cleartext"));
        QVERIFY(NoteRepository(m_workspace.database().connection())
                    .note(QStringLiteral("telnet"))
                    .isEmpty());
        std::raise(SIGTERM);
        QTRY_COMPARE(caught.size(), 1);
        QCOMPARE(caught.first().first().toInt(), SIGTERM);
        QCOMPARE(NoteRepository(m_workspace.database().connection()).note(QStringLiteral("telnet")),
                 QStringLiteral("cleartext"));
    }
};

PORTOLAN_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
