#include "Terminal.h"

#include <QtGlobal>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace portolan {

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

} // namespace portolan
