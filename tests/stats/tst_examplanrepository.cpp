// The exam plan as stored: saved, replaced, closed and reopened, listed nearest first; a bad
// date never reaches the table.
#include "../support/TestMain.h"
#include "stats/ExamPlanRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestExamPlanRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void saveCloseReopen();
    void nearestFirst();
    void survivesReopeningTheFile();
    void badDateRefused();
};

namespace {

StoredExamPlan planFor(const QString &exam, QDate date, double target = 0.9)
{
    StoredExamPlan p;
    p.examId = exam;
    p.examDate = date;
    p.target = target;
    p.createdAt = 1000;
    return p;
}

} // namespace

void TestExamPlanRepository::saveCloseReopen()
{
    Database db;
    QVERIFY(db.openInMemory());
    ExamPlanRepository repo(db.connection());
    QVERIFY(repo.openPlans().isEmpty());
    QVERIFY(!repo.plan(QStringLiteral("n10-009")));

    QVERIFY2(repo.save(planFor(QStringLiteral("n10-009"), QDate(2026, 12, 15))),
             qPrintable(repo.errorText()));
    std::optional<StoredExamPlan> stored = repo.plan(QStringLiteral("n10-009"));
    QVERIFY(stored);
    QCOMPARE(stored->examDate, QDate(2026, 12, 15));
    QCOMPARE(stored->target, 0.9);
    QVERIFY(stored->isOpen());

    // Saving again moves the date: still one plan.
    QVERIFY(repo.save(planFor(QStringLiteral("n10-009"), QDate(2027, 1, 20), 0.85)));
    QCOMPARE(repo.allPlans().size(), 1);
    QCOMPARE(repo.plan(QStringLiteral("n10-009"))->examDate, QDate(2027, 1, 20));
    QCOMPARE(repo.plan(QStringLiteral("n10-009"))->target, 0.85);

    // Closed: kept for the record, no longer open.
    QVERIFY(repo.close(QStringLiteral("n10-009"), 5000));
    QVERIFY(repo.openPlans().isEmpty());
    stored = repo.plan(QStringLiteral("n10-009"));
    QVERIFY(stored && !stored->isOpen());
    QCOMPARE(*stored->closedAt, 5000);

    // A new date opens it again.
    QVERIFY(repo.save(planFor(QStringLiteral("n10-009"), QDate(2027, 6, 1))));
    QCOMPARE(repo.openPlans().size(), 1);
}

void TestExamPlanRepository::nearestFirst()
{
    Database db;
    QVERIFY(db.openInMemory());
    ExamPlanRepository repo(db.connection());
    QVERIFY(repo.save(planFor(QStringLiteral("sy0-701"), QDate(2027, 3, 1))));
    QVERIFY(repo.save(planFor(QStringLiteral("n10-009"), QDate(2026, 12, 15))));
    QVERIFY(repo.save(planFor(QStringLiteral("220-1101"), QDate(2027, 1, 10))));
    QVERIFY(repo.close(QStringLiteral("220-1101"), 1));
    const QList<StoredExamPlan> open = repo.openPlans();
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.at(0).examId, QStringLiteral("n10-009"));
    QCOMPARE(open.at(1).examId, QStringLiteral("sy0-701"));
    QCOMPARE(repo.allPlans().size(), 3);
}

void TestExamPlanRepository::survivesReopeningTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(ExamPlanRepository(db.connection())
                    .save(planFor(QStringLiteral("n10-009"), QDate(2026, 12, 15))));
    }
    Database db;
    QVERIFY(db.open(path));
    const QList<StoredExamPlan> open = ExamPlanRepository(db.connection()).openPlans();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().examDate, QDate(2026, 12, 15));
}

void TestExamPlanRepository::badDateRefused()
{
    Database db;
    QVERIFY(db.openInMemory());
    ExamPlanRepository repo(db.connection());
    // An invalid QDate would be stored as "": the schema's check refuses it.
    QVERIFY(!repo.save(planFor(QStringLiteral("n10-009"), QDate())));
    QVERIFY(!repo.errorText().isEmpty());
    QVERIFY(!repo.save(planFor(QString(), QDate(2026, 12, 15))));
    QVERIFY(!repo.save(planFor(QStringLiteral("n10-009"), QDate(2026, 12, 15), 1.5)));
    QVERIFY(repo.allPlans().isEmpty());
}

PORTOLAN_TEST_GUILESS_MAIN(TestExamPlanRepository)
#include "tst_examplanrepository.moc"
