#pragma once

#include <QString>

namespace portolan {

// Says why a path named by the user is not a file Portolan may read or replace: a folder, a
// device (/dev/zero never ends, /dev/full never holds anything), a named pipe (opening one
// blocks until a writer comes) or a socket. Only regular files are read or written.
class RegularFile
{
public:
    // Empty when path is a regular file (after symbolic links) or does not exist; otherwise a
    // message naming path and what it is.
    static QString refusal(const QString &path);
    // The same for a file already stat()ed; mode is its st_mode.
    static QString refusal(const QString &path, unsigned int mode);
};

} // namespace portolan
