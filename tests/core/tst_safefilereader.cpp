// SafeFileReader: only regular files are read, at once and through a cap.
#include "../support/TestMain.h"
#include "storage/SafeFileReader.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using portolan::SafeFileReader;
using Outcome = SafeFileReader::Outcome;

class TestSafeFileReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QFile f(m_dir.filePath(QStringLiteral("ten.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write("0123456789"), 10);
        QCOMPARE(
            ::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("pipe"))).constData(), 0600),
            0);
    }

    void readsARegularFile()
    {
        QByteArray bytes;
        QString error;
        QCOMPARE(
            SafeFileReader::read(m_dir.filePath(QStringLiteral("ten.txt")), 10, &bytes, &error),
            Outcome::Read);
        QCOMPARE(bytes, QByteArray("0123456789"));
    }

    void readsNoMoreThanTheCap()
    {
        QByteArray bytes;
        QString error;
        QCOMPARE(SafeFileReader::read(m_dir.filePath(QStringLiteral("ten.txt")), 9, &bytes, &error),
                 Outcome::TooLarge);
        QVERIFY(bytes.isEmpty());
    }

    // Each of these would block for ever or read without end if it were opened and read.
    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("fifo") << m_dir.filePath(QStringLiteral("pipe")) << "named pipe (FIFO)";
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << "is a device";
        QTest::newRow("folder") << m_dir.path() << "is a folder";
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("none")) << "cannot be read";
    }

    void refusesWhatIsNotARegularFile()
    {
        QFETCH(QString, path);
        QFETCH(QString, says);
        QByteArray bytes;
        QString error;
        QCOMPARE(SafeFileReader::read(path, 1024 * 1024, &bytes, &error), Outcome::Refused);
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(error.contains(path));
        QVERIFY(bytes.isEmpty());
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestSafeFileReader)
#include "tst_safefilereader.moc"
