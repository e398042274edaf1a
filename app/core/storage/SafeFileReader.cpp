#include "storage/SafeFileReader.h"

#include "domain/SafeText.h"
#include "storage/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace portolan {

SafeFileReader::Outcome SafeFileReader::read(const QString &path, qint64 maxBytes,
                                             QByteArray *bytes, QString *error)
{
    const QString shown = visibleText(QDir::toNativeSeparators(path));
    // O_NONBLOCK: opening a named pipe for reading would otherwise wait for a writer. The
    // descriptor is checked after opening, so nothing can be swapped in between.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = QCoreApplication::translate("SafeFileReader", "%1 cannot be read: %2")
                     .arg(shown, QString::fromLocal8Bit(std::strerror(errno)));
        return Outcome::Refused;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        *error = QCoreApplication::translate("SafeFileReader", "%1 cannot be read: %2")
                     .arg(shown, QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return Outcome::Refused;
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        *error = RegularFile::refusal(path, st.st_mode);
        return Outcome::Refused;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = QCoreApplication::translate("SafeFileReader", "%1 cannot be read: %2")
                     .arg(shown, file.errorString());
        return Outcome::Refused;
    }
    if (st.st_size > maxBytes)
        return Outcome::TooLarge;
    // Through the cap even so: the size was the file's a moment ago.
    *bytes = file.read(maxBytes + 1);
    if (bytes->size() > maxBytes) {
        bytes->clear();
        return Outcome::TooLarge;
    }
    if (file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("SafeFileReader", "%1 cannot be read: %2")
                     .arg(shown, file.errorString());
        return Outcome::Refused;
    }
    return Outcome::Read;
}

} // namespace portolan
