#pragma once

#include <QObject>
#include <memory>

namespace portolan {

class MainWindow;
class Workspace;

// Keeps the application window and builds it again when the catalog under it changes (after
// an import). Pages build indexes from the catalog once and rely on it staying the same, so
// the old window is destroyed before the catalog is reloaded and a new one is built on it,
// keeping the window's geometry and the browser's search.
class MainWindowHost : public QObject
{
    Q_OBJECT

public:
    explicit MainWindowHost(Workspace &workspace, QObject *parent = nullptr);
    ~MainWindowHost() override;

    MainWindow *window() const { return m_window.get(); }
    void show();

private:
    void build();
    void rebuild(const QString &message);

    Workspace &m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace portolan
