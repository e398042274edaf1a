#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;

namespace portolan {

class BrowserPage;
class NoteRepository;
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

private:
    void buildMenus();
    void showCounts(int shown, int total);
    void showSearchHelp();
    void showAbout();

    Workspace &m_workspace;
    std::unique_ptr<NoteRepository> m_notes;
    QTabWidget *m_pages = nullptr;
    BrowserPage *m_browser = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace portolan
