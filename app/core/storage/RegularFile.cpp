#include "storage/RegularFile.h"

#include "domain/SafeText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <sys/stat.h>

namespace portolan {

QString RegularFile::refusal(const QString &path)
{
    struct stat st;
    // stat(), not QFileInfo: it says which kind of special file this is, and never opens it.
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return refusal(path, st.st_mode);
}

QString RegularFile::refusal(const QString &path, unsigned int mode)
{
    const QString shown = visibleText(QDir::toNativeSeparators(path));
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return QCoreApplication::translate("RegularFile", "%1 is a folder, not a file.").arg(shown);
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("RegularFile", "%1 is a device, not a regular file.")
            .arg(shown);
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("RegularFile",
                                           "%1 is a named pipe (FIFO), not a regular file.")
            .arg(shown);
    return QCoreApplication::translate("RegularFile", "%1 is not a regular file.").arg(shown);
}

} // namespace portolan
