#include "storage/SafeFileWriter.h"

#include "domain/SafeText.h"
#include "storage/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>
#include <unistd.h>

namespace portolan {

namespace {

// Small enough that a full disk is noticed early, large enough not to cost system calls.
constexpr qint64 kChunk = 64 * 1024;

QString shownPath(const QString &path)
{
    return visibleText(QDir::toNativeSeparators(path));
}

// The path with every symbolic link resolved, also for a file that does not exist yet (its
// folder is resolved and its name appended); empty when the folder does not exist either.
QString canonicalTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QString() : folder + QLatin1Char('/') + info.fileName();
}

} // namespace

SafeFileWriter::SafeFileWriter(const QString &databasePath)
{
    // A connection's name may be a URI (a database read in place, "file:...?immutable=1").
    if (databasePath.startsWith(QLatin1String("file:")))
        m_databasePath = QUrl(databasePath).toLocalFile();
    else if (databasePath != QLatin1String(":memory:"))
        m_databasePath = databasePath;
}

bool SafeFileWriter::isStandardOutput(const QString &path)
{
    return path == QLatin1String("-") || path == QLatin1String("/dev/stdout");
}

bool SafeFileWriter::isDatabaseFile(const QString &path) const
{
    if (m_databasePath.isEmpty())
        return false;
    const QString target = canonicalTarget(path);
    const QString database = canonicalTarget(m_databasePath);
    if (target.isEmpty() || database.isEmpty())
        return false;
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
        if (target == database + QLatin1String(suffix))
            return true;
    }
    const QString backups = QFileInfo(database).absolutePath() + QStringLiteral("/backups/");
    return target.startsWith(backups);
}

bool SafeFileWriter::refuse(const QString &path)
{
    m_error = RegularFile::refusal(path);
    if (!m_error.isEmpty())
        return true;
    if (isDatabaseFile(path)) {
        m_error = QCoreApplication::translate(
                      "SafeFileWriter",
                      "%1 belongs to the database in use (%2) and is never overwritten; choose "
                      "another file.")
                      .arg(shownPath(path), shownPath(m_databasePath));
        return true;
    }
    return false;
}

bool SafeFileWriter::write(const QString &path, const QByteArray &bytes)
{
    m_error.clear();
    m_replaced = false;
    if (isStandardOutput(path))
        return writeStandardOutput(bytes);
    if (refuse(path))
        return false;
    const bool existed = QFileInfo::exists(path);
    const QString shown = shownPath(path);
    QSaveFile file(path);
    // Unbuffered: each write() reaches the file system and returns what it really took.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_error = QCoreApplication::translate("SafeFileWriter", "Cannot write %1: %2")
                      .arg(shown, file.errorString());
        return false;
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 chunk = qMin(kChunk, bytes.size() - written);
        const qint64 n = file.write(bytes.constData() + written, chunk);
        if (n > 0)
            written += n;
        if (n != chunk)
            break;
    }
    if (written != bytes.size()) {
        file.cancelWriting();
        m_error = QCoreApplication::translate(
                      "SafeFileWriter",
                      "Cannot write %1: only %2 of %3 bytes could be written (is the disk full?). "
                      "Nothing was replaced.")
                      .arg(shown)
                      .arg(written)
                      .arg(bytes.size());
        return false;
    }
    if (!file.commit()) {
        m_error = QCoreApplication::translate("SafeFileWriter", "Cannot write %1: %2")
                      .arg(shown, file.errorString());
        return false;
    }
    m_replaced = existed;
    return true;
}

bool SafeFileWriter::writeStandardOutput(const QByteArray &bytes)
{
    // Straight to the descriptor: a pipe or terminal cannot be replaced atomically, but a
    // failed or short write (a full disk, /dev/full, a closed pipe) must not pass as success.
    QFile out;
    if (!out.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered,
                  QFileDevice::DontCloseHandle)) {
        m_error =
            QCoreApplication::translate("SafeFileWriter", "Cannot write to standard output: %1")
                .arg(out.errorString());
        return false;
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = out.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            break;
        written += n;
    }
    if (written != bytes.size()) {
        m_error = QCoreApplication::translate(
                      "SafeFileWriter",
                      "Cannot write to standard output: only %1 of %2 bytes could be written (%3).")
                      .arg(written)
                      .arg(bytes.size())
                      .arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace portolan
