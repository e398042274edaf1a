#pragma once

#include <QByteArray>
#include <QString>

namespace portolan {

// The one way Portolan writes a file the user asked for (exports, study packages, PDFs): all or
// nothing through QSaveFile, every write() checked and the total counted (a short write, as on
// a full disk, comes back from Qt without an error, and commit() would then replace a good file
// with the start of a new one). A target that exists and is not a regular file is refused
// before anything is written, and so is the open database, its -wal, -shm, -journal and .lock
// files and anything in its backups/ folder. "-" and /dev/stdout write to standard output,
// where a short or failed write is an error too.
class SafeFileWriter
{
public:
    // databasePath: the database in use (a path or a connection's "file:" URI; empty or
    // ":memory:" for none), never to be written.
    explicit SafeFileWriter(const QString &databasePath = {});

    // True when path is "-" or /dev/stdout: write() then writes to standard output.
    static bool isStandardOutput(const QString &path);

    // Writes bytes to path, replacing any earlier file only when all of them were written.
    // False with errorString() naming path; an earlier file is then left as it was.
    bool write(const QString &path, const QByteArray &bytes);
    // After a successful write(): whether it replaced a file that was there.
    bool replacedExisting() const { return m_replaced; }
    QString errorString() const { return m_error; }

private:
    bool refuse(const QString &path);
    bool isDatabaseFile(const QString &path) const;
    bool writeStandardOutput(const QByteArray &bytes);

    QString m_databasePath;
    QString m_error;
    bool m_replaced = false;
};

} // namespace portolan
