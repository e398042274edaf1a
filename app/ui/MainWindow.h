#pragma once

#include <QHash>
#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;
class QMenu;
class QTabWidget;

namespace portolan {

class BrowserPage;
class NoteRepository;
class QuizPage;
class RangeMapPage;
class StatisticsPage;
class ThisMachinePage;
class Workspace;

// The application window: menus, the pages as tabs, and the status bar. It wires pages
// together and holds no page logic itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The tabs, in order. Only the browser is built with the window; the others are built the
    // first time they are shown, so start-up pays for the page it shows and no other.
    enum class Page
    {
        Browse,
        RangeMap,
        Quiz,
        Statistics,
        ThisMachine
    };
    void showPage(Page page);

    BrowserPage *browser() const { return m_browser; }
    // Null until the page was first shown.
    QuizPage *quiz() const { return m_quiz; }
    RangeMapPage *rangeMap() const { return m_rangeMap; }
    StatisticsPage *statistics() const { return m_statistics; }
    ThisMachinePage *thisMachine() const { return m_thisMachine; }
    // File → Open Scan… and a file dropped on the window: the scan explained in a dialog.
    void openScan(const QString &path = {});
    QTabWidget *pages() const { return m_pages; }

    // Window geometry and state, the page shown and the browser's search, kept in QSettings
    // between runs.
    void saveSession() const;
    void restoreSession();
    // Saves what is being typed (the note) now instead of after its short delay: before the
    // window closes or is rebuilt. False when it could not be saved (the editor says why).
    bool flushEdits();
    // The first start's welcome (Help → Welcome): the exam, its date, then today's cards.
    void showWelcome();
    // The own entry just added or edited: the rebuilt window selects it.
    QString pendingSelection() const { return m_pendingSelection; }

signals:
    // An import changed the reference under the pages; MainWindowHost builds a new window.
    void catalogChanged(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString m_pendingSelection;
    // A tab whose page build() makes when the tab is first shown; a placeholder until then.
    void addLazyPage(const QString &label, std::function<QWidget *()> build);
    void buildPageAt(int index);
    QWidget *buildRangeMap();
    QWidget *buildQuiz();
    QWidget *buildStatistics();
    QWidget *buildThisMachine();
    void buildMenus();
    void showPreferences();
    void showRecallOnMap(bool shown);
    // Built-in and saved searches, "Save Current Search…" and deleting one's own.
    void fillSearchesMenu(QMenu *menu);
    void showCounts(int shown, int total);
    void showSearchHelp();
    void showAbout();

    Workspace &m_workspace;
    std::unique_ptr<NoteRepository> m_notes;
    QTabWidget *m_pages = nullptr;
    BrowserPage *m_browser = nullptr;
    QuizPage *m_quiz = nullptr;
    RangeMapPage *m_rangeMap = nullptr;
    StatisticsPage *m_statistics = nullptr;
    ThisMachinePage *m_thisMachine = nullptr;
    QLabel *m_counts = nullptr;
    QHash<int, std::function<QWidget *()>> m_pendingPages; // by tab index
    bool m_swappingPage = false;
};

} // namespace portolan
