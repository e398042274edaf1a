#pragma once

#include <QElapsedTimer>

namespace portolan {

// Runs the windowed application: opens the workspace (database + catalog), shows the main
// window, and reports a refused database in a dialog. Returns the process exit code.
int runGui(int &argc, char **argv, const QElapsedTimer &sinceMain);

} // namespace portolan
