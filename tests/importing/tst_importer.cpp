// The import as the front ends run it: reading files (format detection, unreadable files),
// previewing the sample files against the full embedded registry, applying, and the second
// import of the same file that has nothing left to do.
#include "../support/FirstStartDatabase.h"
#include "../support/TestMain.h"
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "importfixtures.h"
#include "storage/Database.h"
#include "storage/ImportRepository.h"
#include "workspace/Importer.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_embeddedRegistry = 0;
    int m_n = 0;

    bool freshDatabase(Database &db)
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n));
        return portolan::testing::copyFirstStartDatabase(path) && db.open(path);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PORTOLAN_NMAP_SERVICES", "");
        QVERIFY(m_dir.isValid());
        EmbeddedReference embedded;
        QVERIFY(embedded.load());
        m_embeddedRegistry = int(embedded.registry().size());
    }

    void detectsTheFormat_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("format");
        QTest::newRow("iana header")
            << "download" << QByteArray("Service Name,Port Number,Transport")
            << int(ImportFormat::IanaCsv);
        QTest::newRow("iana header after bom")
            << "x" << QByteArray("\xEF\xBB\xBFService Name,Port Number")
            << int(ImportFormat::IanaCsv);
        QTest::newRow("csv extension")
            << "ports.CSV" << QByteArray("a,b") << int(ImportFormat::IanaCsv);
        QTest::newRow("nmap by name") << "/usr/share/nmap/nmap-services" << QByteArray("# x")
                                      << int(ImportFormat::NmapServices);
        QTest::newRow("nmap by frequency column")
            << "freq.txt" << QByteArray("# comment\n\nhttp\t80/tcp\t0.484143\t# WWW\n")
            << int(ImportFormat::NmapServices);
        QTest::newRow("services with aliases")
            << "services" << QByteArray("http 80/tcp www # WWW\n") << int(ImportFormat::Services);
        QTest::newRow("services plain")
            << "services" << QByteArray("ssh 22/tcp\n") << int(ImportFormat::Services);
        QTest::newRow("nothing to go on") << "x" << QByteArray() << int(ImportFormat::Services);
    }

    void detectsTheFormat()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, head);
        QFETCH(int, format);
        QCOMPARE(int(detectImportFormat(head, fileName)), format);
    }

    void formatIds()
    {
        for (ImportFormat f :
             {ImportFormat::IanaCsv, ImportFormat::Services, ImportFormat::NmapServices})
            QCOMPARE(parseImportFormat(importFormatId(f)), f);
        QCOMPARE(parseImportFormat(u"NMAP"), ImportFormat::NmapServices);
        QVERIFY(!parseImportFormat(u"xml"));
    }

    void unreadableFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "/nonexistent/services"
                                 << "/nonexistent/services cannot be read";
        QTest::newRow("folder") << "/tmp"
                                << "/tmp is a folder";
    }

    void unreadableFiles()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        ImportData data;
        QString error;
        QVERIFY(!Importer::readFile(path, std::nullopt, &data, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void samplesAgainstTheFullRegistry_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("changed");
        QTest::addColumn<int>("removed"); // -1: everything the sample does not list
        QTest::addColumn<int>("unchanged");
        // Counts fixed by the samples (see make-iana-sample.mjs and the files' comments).
        QTest::newRow("iana csv") << "iana-sample.csv" << int(ImportFormat::IanaCsv) << 4 << 12
                                  << -1 << 271;
        QTest::newRow("services") << "services-sample" << int(ImportFormat::Services) << 3 << 1 << 0
                                  << 7;
        QTest::newRow("nmap-services")
            << "nmap-services-sample" << int(ImportFormat::NmapServices) << 11 << 0 << 0 << 0;
    }

    void samplesAgainstTheFullRegistry()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(int, added);
        QFETCH(int, changed);
        QFETCH(int, removed);
        QFETCH(int, unchanged);
        if (removed < 0)
            removed = m_embeddedRegistry - 283; // the sample keeps 283 of the registry's rows
        Database db;
        QVERIFY(freshDatabase(db));
        Importer importer(db);
        QVERIFY2(importer.preview(fixtures::path(qPrintable(file))),
                 qPrintable(importer.errorText()));
        const ImportPlan &plan = importer.plan();
        QCOMPARE(int(plan.format()), format);
        QCOMPARE(plan.added(), added);
        QCOMPARE(plan.changed(), changed);
        QCOMPARE(plan.removed(), removed);
        QCOMPARE(plan.unchanged(), unchanged);
        QVERIFY(!plan.addedExamples().isEmpty());
        QVERIFY(importer.apply(100));

        // The second import of the same file reports no changes and writes nothing.
        const QStringList before = fixtures::databaseDigest(db.connection());
        Importer again(db);
        QVERIFY(again.preview(fixtures::path(qPrintable(file))));
        QVERIFY(!again.plan().hasChanges());
        QCOMPARE(again.plan().summary(), QStringLiteral("0 added, 0 changed, 0 removed"));
        QVERIFY(again.apply(200));
        QCOMPARE(fixtures::databaseDigest(db.connection()), before);
        QCOMPARE(ImportRepository(db.connection()).importCount(), 1);
    }

    void aRefusedFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("where"); // FILE:LINE suffix expected in the error
        const QByteArray sample = fixtures::readFile(fixtures::path("iana-sample.csv"));
        QTest::newRow("truncated iana csv")
            << sample.left(sample.indexOf("Line two, with")) << "iana-csv"
            << QString::number(int(sample.left(sample.indexOf("http-test,80")).count('\n')) + 1);
        QTest::newRow("garbled iana csv")
            << QByteArray(sample).replace("47001,tcp", "47001,tcp,extra") << "iana-csv"
            << QString::number(
                   int(sample.left(sample.indexOf("portolan-a,47001,tcp")).count('\n')) + 1);
        QTest::newRow("binary junk as services")
            << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "services"
            << "1";
        QTest::newRow("empty nmap-services") << QByteArray() << "nmap"
                                             << "1";
    }

    void aRefusedFileChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(QString, where);
        Database db;
        QVERIFY(freshDatabase(db));
        const QString path = m_dir.filePath(QStringLiteral("bad-%1").arg(m_n));
        QVERIFY(fixtures::writeFile(path, bytes));
        const QStringList before = fixtures::databaseDigest(db.connection());
        Importer importer(db);
        QVERIFY(!importer.preview(path, parseImportFormat(format)));
        QVERIFY(!importer.hasPlan());
        QVERIFY2(importer.errorText().startsWith(QDir::toNativeSeparators(path) + QLatin1Char(':') +
                                                 where + QLatin1Char(':')),
                 qPrintable(importer.errorText()));
        QVERIFY(!importer.apply(1));
        QCOMPARE(fixtures::databaseDigest(db.connection()), before);
    }

    void aReadOnlyDatabaseImportsNothing()
    {
        Database db;
        QVERIFY(db.open(QStringLiteral("/proc/portolan-test/user.sqlite")));
        QVERIFY(db.isReadOnly());
        Importer importer(db);
        QVERIFY(!importer.preview(fixtures::path("services-sample")));
        QVERIFY2(importer.errorText().contains(QStringLiteral("Nothing can be imported")),
                 qPrintable(importer.errorText()));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
