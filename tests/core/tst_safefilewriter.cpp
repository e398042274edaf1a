// SafeFileWriter: all or nothing, every write checked, odd targets and the database's own files
// refused before anything is written.
#include "../support/TestMain.h"
#include "storage/SafeFileWriter.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using portolan::SafeFileWriter;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Points standard output elsewhere for the lifetime of the object (and back).
class StdoutRedirect
{
public:
    explicit StdoutRedirect(const char *path)
    {
        std::fflush(stdout);
        m_saved = ::dup(STDOUT_FILENO);
        const int fd = ::open(path, O_WRONLY | O_CLOEXEC);
        ::dup2(fd, STDOUT_FILENO);
        ::close(fd);
    }
    ~StdoutRedirect()
    {
        ::dup2(m_saved, STDOUT_FILENO);
        ::close(m_saved);
    }
    StdoutRedirect(const StdoutRedirect &) = delete;
    StdoutRedirect &operator=(const StdoutRedirect &) = delete;

private:
    int m_saved = -1;
};

// The process may write files of at most `bytes` while it lives: the kernel then cuts a write
// short as a full disk does (SIGXFSZ ignored, so write() returns what it took, then EFBIG).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
};

} // namespace

class TestSafeFileWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void writesAndSaysWhenItReplaced()
    {
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        SafeFileWriter writer;
        QVERIFY2(writer.write(path, "a,b\r\n"), qPrintable(writer.errorString()));
        QVERIFY(!writer.replacedExisting());
        QCOMPARE(contents(path), QByteArray("a,b\r\n"));
        QVERIFY(writer.write(path, "c\r\n"));
        QVERIFY(writer.replacedExisting());
        QCOMPARE(contents(path), QByteArray("c\r\n"));
        QVERIFY(writer.write(path, QByteArray())); // an empty export is still a file
        QCOMPARE(QFileInfo(path).size(), 0);
    }

    void missingFolderIsAnError()
    {
        SafeFileWriter writer;
        QVERIFY(!writer.write(m_dir.filePath(QStringLiteral("no/such/folder/out.csv")), "x"));
        QVERIFY2(writer.errorString().contains(QStringLiteral("Cannot write")),
                 qPrintable(writer.errorString()));
    }

    // The kernel takes part of the bytes and then none: the old file stays, whole.
    void shortWriteKeepsTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("package.json"));
        QVERIFY(put(path, "the good older package"));
        const QByteArray big(300 * 1024, 'x');
        SafeFileWriter writer;
        bool ok = true;
        {
            const FileSizeLimit limit(100 * 1024);
            ok = writer.write(path, big);
        }
        QVERIFY(!ok);
        QVERIFY2(writer.errorString().contains(QStringLiteral("of 307200 bytes")),
                 qPrintable(writer.errorString()));
        QVERIFY(writer.errorString().contains(path));
        QCOMPARE(contents(path), QByteArray("the good older package"));
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("package.json*")}, QDir::Files),
                 QStringList{QStringLiteral("package.json")});
    }

    void nonRegularTargetsAreRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("says");
        QTest::newRow("folder") << m_dir.path() << "is a folder";
        QTest::newRow("fifo") << m_dir.filePath(QStringLiteral("pipe")) << "named pipe (FIFO)";
        QTest::newRow("device") << QStringLiteral("/dev/null") << "is a device";
        QTest::newRow("full device") << QStringLiteral("/dev/full") << "is a device";
    }

    void nonRegularTargetsAreRefused()
    {
        QFETCH(QString, target);
        QFETCH(QString, says);
        if (target.endsWith(QLatin1String("pipe")) && !QFileInfo::exists(target))
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        SafeFileWriter writer;
        // A named pipe with no reader would block an open() for writing: this must not.
        QVERIFY(!writer.write(target, "x"));
        QVERIFY2(writer.errorString().contains(says), qPrintable(writer.errorString()));
        QVERIFY(writer.errorString().contains(target));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
        QVERIFY(!S_ISREG(st.st_mode)); // still what it was
    }

    void theDatabaseAndItsFilesAreRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("database") << QStringLiteral("data/s.sqlite");
        QTest::newRow("another spelling") << QStringLiteral("data/../data/./s.sqlite");
        QTest::newRow("through a link") << QStringLiteral("link/s.sqlite");
        QTest::newRow("wal") << QStringLiteral("data/s.sqlite-wal");
        QTest::newRow("shm") << QStringLiteral("data/s.sqlite-shm");
        QTest::newRow("journal") << QStringLiteral("data/s.sqlite-journal");
        QTest::newRow("lock") << QStringLiteral("data/s.sqlite.lock");
        QTest::newRow("a backup") << QStringLiteral("data/backups/s-2026-01-01.sqlite");
        QTest::newRow("new file in backups") << QStringLiteral("data/backups/new.csv");
    }

    void theDatabaseAndItsFilesAreRefused()
    {
        QFETCH(QString, target);
        QDir root(m_dir.path());
        QVERIFY(root.mkpath(QStringLiteral("data/backups")));
        QFile::link(root.filePath(QStringLiteral("data")), root.filePath(QStringLiteral("link")));
        const QString database = root.filePath(QStringLiteral("data/s.sqlite"));
        for (const char *name :
             {"data/s.sqlite", "data/s.sqlite-wal", "data/backups/s-2026-01-01.sqlite"})
            QVERIFY(put(root.filePath(QLatin1String(name)), "keep"));
        const QString path = root.filePath(target);
        const bool existed = QFileInfo::exists(path);

        SafeFileWriter writer(database);
        QVERIFY(!writer.write(path, "replaced"));
        QVERIFY2(writer.errorString().contains(QStringLiteral("belongs to the database in use")),
                 qPrintable(writer.errorString()));
        QVERIFY(writer.errorString().contains(database));
        if (existed)
            QCOMPARE(contents(path), QByteArray("keep"));
        else
            QVERIFY(!QFileInfo::exists(path));
        // Beside the database is fine.
        QVERIFY(writer.write(root.filePath(QStringLiteral("data/s.csv")), "fine"));
    }

    void standardOutput_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("dash") << QStringLiteral("-");
        QTest::newRow("/dev/stdout") << QStringLiteral("/dev/stdout");
    }

    void standardOutput()
    {
        QFETCH(QString, target);
        QVERIFY(SafeFileWriter::isStandardOutput(target));
        const QString path = m_dir.filePath(QStringLiteral("stdout.txt"));
        QVERIFY(put(path, {}));
        SafeFileWriter writer;
        bool ok = false;
        {
            const StdoutRedirect redirect(QFile::encodeName(path).constData());
            ok = writer.write(target, "to stdout\n");
        }
        QVERIFY2(ok, qPrintable(writer.errorString()));
        QVERIFY(!writer.replacedExisting());
        QCOMPARE(contents(path), QByteArray("to stdout\n"));
    }

    void fullStandardOutputIsAnError()
    {
        QFETCH(QString, target);
        SafeFileWriter writer;
        bool ok = true;
        {
            const StdoutRedirect redirect("/dev/full");
            ok = writer.write(target, "lost\n");
        }
        QVERIFY(!ok);
        QVERIFY2(writer.errorString().contains(QStringLiteral("standard output")),
                 qPrintable(writer.errorString()));
    }

    void fullStandardOutputIsAnError_data() { standardOutput_data(); }
};

PORTOLAN_TEST_GUILESS_MAIN(TestSafeFileWriter)
#include "tst_safefilewriter.moc"
