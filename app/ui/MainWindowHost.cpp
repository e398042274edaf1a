#include "MainWindowHost.h"

#include "BrowserPage.h"
#include "MainWindow.h"
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
    const QByteArray geometry = m_window->saveGeometry();
    const QString search = m_window->browser()->searchText();
    const int page = m_window->pages()->currentIndex();
    m_window.reset();
    if (!m_workspace.reloadCatalog())
        QMessageBox::warning(nullptr, tr("Portolan"), m_workspace.errorMessage());
    build();
    m_window->restoreGeometry(geometry);
    m_window->browser()->setSearchText(search);
    m_window->pages()->setCurrentIndex(page);
    m_window->show();
    if (!message.isEmpty())
        m_window->statusBar()->showMessage(message, 15000);
}

} // namespace portolan
