#pragma once

#include <QObject>
#include <functional>

class QWidget;

namespace portolan {

// Lets a window take a scan file dropped on it (one local file): the callback gets its path.
// Installed as an event filter; drops that carry no single local file are left alone.
class ScanDropTarget : public QObject
{
    Q_OBJECT

public:
    ScanDropTarget(QWidget *window, std::function<void(const QString &)> open);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void(const QString &)> m_open;
};

} // namespace portolan
