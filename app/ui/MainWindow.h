#pragma once

#include <QMainWindow>
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
class Workspace;

// The application window: menus, the pages as tabs, and the status bar. It wires pages
// together and holds no page logic itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    BrowserPage *browser() const { return m_browser; }
    QuizPage *quiz() const { return m_quiz; }
    RangeMapPage *rangeMap() const { return m_rangeMap; }
    StatisticsPage *statistics() const { return m_statistics; }
    QTabWidget *pages() const { return m_pages; }

    // Window geometry and state, the page shown and the browser's search, kept in QSettings
    // between runs.
    void saveSession() const;
    void restoreSession();

signals:
    // An import changed the reference under the pages; MainWindowHost builds a new window.
    void catalogChanged(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
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
    QLabel *m_counts = nullptr;
};

} // namespace portolan
