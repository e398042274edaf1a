#pragma once

#include <QString>

class QWidget;

namespace portolan {

class Workspace;

// What the window does when the database is refused at start: a damaged, foreign or non-database
// file is never overwritten silently. The user is told what is wrong and offered to move the
// file aside (every byte kept) and start fresh, restoring the newest good backup when there is
// one. Returns true when the workspace ended up open.
bool recoverDatabase(Workspace &workspace, const QString &path, qint64 nowMs, QWidget *parent);

} // namespace portolan
