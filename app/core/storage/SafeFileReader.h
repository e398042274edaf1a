#pragma once

#include <QByteArray>
#include <QString>

namespace portolan {

// Reads a whole file the user named (an import, a study package) at once or not at all: what
// is not a regular file is refused before a byte is read (a named pipe is opened without
// waiting for a writer), and at most a cap is read, so neither /dev/zero nor a file that grows
// while it is read can exhaust memory.
class SafeFileReader
{
public:
    enum class Outcome
    {
        Read,
        Refused,  // not a regular file, or it cannot be opened; *error says which
        TooLarge, // more than maxBytes; the caller words the limit
    };

    static Outcome read(const QString &path, qint64 maxBytes, QByteArray *bytes, QString *error);
};

} // namespace portolan
