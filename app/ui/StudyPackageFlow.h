#pragma once

#include <QString>

class QWidget;

namespace portolan {

class Workspace;

// File → Export/Import Study Package… as the user goes through them: the file dialogs, the
// merge preview with Apply/Cancel, and the messages. The work itself is in core (StudyPackage).
class StudyPackageFlow
{
public:
    // Asks for a file and writes the package. A message for the status bar; empty when
    // cancelled.
    static QString exportPackage(QWidget *parent, Workspace &workspace);
    // Asks for a file, shows what merging it would change and merges it when the user applies.
    // A message for the window when something was merged, else empty.
    static QString importPackage(QWidget *parent, Workspace &workspace);
};

} // namespace portolan
