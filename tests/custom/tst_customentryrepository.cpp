#include "../support/TestMain.h"
#include "custom/CustomEntryRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace portolan;

class TestCustomEntryRepository : public QObject
{
    Q_OBJECT

    static CustomEntry kafka()
    {
        CustomEntry e;
        e.key = QStringLiteral("custom-lab-kafka");
        e.name = QStringLiteral("Lab Kafka");
        e.abbreviation = QStringLiteral("KAFKA");
        e.ports = {{9092, 9092, Transport::Tcp}, {9093, 9099, Transport::Udp}};
        e.security = Security::Insecure;
        e.counterpartKey = QStringLiteral("custom-lab-kafka-tls");
        e.notes = QStringLiteral("Robert'); DROP TABLE custom_entry;--");
        e.tags = {QStringLiteral("edge"), QStringLiteral("lab")};
        return e;
    }

    static int count(const Database &db, const char *table)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addReadEditRemove()
    {
        Database db;
        QVERIFY(db.openInMemory());
        CustomEntryRepository repo(db.connection());
        QVERIFY(repo.entries().isEmpty());
        QVERIFY2(repo.add(kafka(), 1000), qPrintable(repo.errorText()));
        QCOMPARE(repo.entries().size(), 1);
        QCOMPARE(repo.entries().first(), kafka());
        QCOMPARE(repo.labels(kafka().key), kafka().tags);

        // A duplicate key is refused and nothing changes.
        CustomEntry dup = kafka();
        dup.name = QStringLiteral("Other");
        QVERIFY(!repo.add(dup, 2000));
        QVERIFY(repo.errorText().contains(QStringLiteral("already taken")));
        QCOMPARE(repo.entries().first().name, QStringLiteral("Lab Kafka"));

        CustomEntry edited = kafka();
        edited.ports = {{9094, 9094, Transport::Sctp}};
        edited.tags = {QStringLiteral("core")};
        QVERIFY2(repo.edit(edited, 3000), qPrintable(repo.errorText()));
        QCOMPARE(repo.entries().first(), edited);

        QVERIFY(repo.remove(edited.key));
        QVERIFY(repo.entries().isEmpty());
        QCOMPARE(count(db, "custom_entry_port"), 0);
        QCOMPARE(count(db, "entry_label"), 0);
        QVERIFY(!repo.remove(edited.key));
        QVERIFY(!repo.edit(edited, 4000));
    }

    // A write the schema refuses (port beyond 65535 slipping past the validator) leaves nothing.
    void failedWriteLeavesNothing()
    {
        Database db;
        QVERIFY(db.openInMemory());
        CustomEntryRepository repo(db.connection());
        CustomEntry bad = kafka();
        bad.ports.append({70000, 70000, Transport::Tcp});
        QVERIFY(!repo.add(bad, 1));
        QCOMPARE(count(db, "custom_entry"), 0);
        QCOMPARE(count(db, "custom_entry_port"), 0);
        QCOMPARE(count(db, "entry_label"), 0);
    }

    void labelsOnAnyEntry()
    {
        Database db;
        QVERIFY(db.openInMemory());
        CustomEntryRepository repo(db.connection());
        const QString reg = QStringLiteral("registry:http/80/tcp");
        QVERIFY(repo.addLabel(reg, QStringLiteral("edge")));
        QVERIFY(repo.addLabel(reg, QStringLiteral("edge"))); // idempotent
        QVERIFY(repo.addLabel(QStringLiteral("https"), QStringLiteral("we block this")));
        QCOMPARE(repo.labels(reg), QStringList{QStringLiteral("edge")});
        QCOMPARE(repo.allLabels().size(), 2);
        QVERIFY(repo.removeLabel(reg, QStringLiteral("edge")));
        QVERIFY(repo.labels(reg).isEmpty());
        QVERIFY(!repo.addLabel(reg, QString(41, u'x'))); // the schema's CHECK
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCustomEntryRepository)
#include "tst_customentryrepository.moc"
