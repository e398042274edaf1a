#include "MainWindowHost.h"

#include "BrowserPage.h"
#include "MainWindow.h"
#include "QuizPage.h"
#include "workspace/Workspace.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace portolan {

MainWindowHost::MainWindowHost(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    build();
    m_window->restoreSession();
}

MainWindowHost::~MainWindowHost() = default;

void MainWindowHost::build()
{
    m_window = std::make_unique<MainWindow>(m_workspace);
    // Queued: the old window's import handler returns before the window is destroyed.
    connect(m_window.get(), &MainWindow::catalogChanged, this, &MainWindowHost::rebuild,
            Qt::QueuedConnection);
}

void MainWindowHost::show()
{
    m_window->show();
}

void MainWindowHost::rebuild(const QString &message)
{
    m_window->flushEdits(); // before the reload: the note belongs to the database as it is
    // What the user had set up survives the new window: page, search, filters, selection, the
    // quiz's deck; an own entry just added or edited is shown and selected.
    const QByteArray geometry = m_window->saveGeometry();
    BrowserPage::State browser = m_window->browser()->state();
    const int page = m_window->pages()->currentIndex();
    std::optional<SessionOptions> quiz;
    if (m_window->quiz())
        quiz = m_window->quiz()->startOptions();
    if (!m_window->pendingSelection().isEmpty())
        browser.selectedKey = m_window->pendingSelection();
    m_window.reset();
    if (!m_workspace.reloadCatalog())
        QMessageBox::warning(nullptr, tr("Portolan"), m_workspace.errorMessage());
    build();
    m_window->restoreGeometry(geometry);
    m_window->browser()->restore(browser);
    m_window->pages()->setCurrentIndex(page);
    if (quiz) {
        m_window->showPage(MainWindow::Page::Quiz); // built, so that its deck can be set
        m_window->quiz()->setStartOptions(*quiz);
        m_window->pages()->setCurrentIndex(page);
    }
    m_window->show();
    if (!message.isEmpty())
        m_window->statusBar()->showMessage(message, 15000);
}

} // namespace portolan
