// FsrsParametersRepository: the FSRS weights in use live in the database (docs/fsrs.md §9), with
// the date and the review count they were fitted on; applying keeps the previous weights for a
// one-step undo, and every scheduler is built with what is stored.
#include "../support/TestMain.h"
#include "storage/Database.h"
#include "storage/FsrsParametersRepository.h"
#include "storage/Statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

namespace {

StoredFsrsWeights fitted(double w0, qint64 at, int reviews)
{
    StoredFsrsWeights s;
    s.weights[0] = w0;
    s.fittedAt = at;
    s.reviewCount = reviews;
    s.cardCount = reviews / 8;
    return s;
}

} // namespace

class TestFsrsParametersRepository : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_n))),
                 qPrintable(m_db->errorMessage()));
    }
    void cleanup() { m_db.reset(); }

    void defaultsWithoutRows()
    {
        FsrsParametersRepository repo(m_db->connection());
        const auto current = repo.current();
        QVERIFY(current);
        QVERIFY(current->isDefault());
        QCOMPARE(current->weights, FsrsParameters::kDefaultWeights);
        QVERIFY(!repo.previous());
        QVERIFY(!repo.undo()); // nothing to undo, and that is no error
        QVERIFY(repo.errorText().isEmpty());
    }

    void applyThenUndoTwice()
    {
        FsrsParametersRepository repo(m_db->connection());
        const auto first = fitted(0.5, 1'000, 800);
        const auto second = fitted(0.7, 2'000, 1'600);
        QVERIFY(repo.apply(first));
        QCOMPARE(*repo.current(), first);
        QVERIFY(repo.previous()->isDefault());
        QVERIFY(repo.apply(second));
        QCOMPARE(*repo.current(), second);
        QCOMPARE(*repo.previous(), first);
        // Undo goes one step back and forgets that step: a second undo has nothing to do.
        QVERIFY(repo.undo());
        QCOMPARE(*repo.current(), first);
        QVERIFY(!repo.previous());
        QVERIFY(!repo.undo());
        QCOMPARE(*repo.current(), first);
    }

    void undoToDefaultsLeavesNoRow()
    {
        FsrsParametersRepository repo(m_db->connection());
        QVERIFY(repo.apply(fitted(0.5, 1'000, 800)));
        QVERIFY(repo.undo());
        QVERIFY(repo.current()->isDefault());
        Statement q(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM fsrs_parameters"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void schedulerUsesStoredWeights()
    {
        Preferences preferences;
        preferences.desiredRetention = 0.85;
        QCOMPARE(FsrsParametersRepository::inUse(preferences, m_db->connection()).w,
                 FsrsParameters::kDefaultWeights);
        FsrsParametersRepository repo(m_db->connection());
        auto s = fitted(3.5, 1'000, 800);
        s.weights[20] = 0.3;
        QVERIFY(repo.apply(s));
        const FsrsParameters p = FsrsParametersRepository::inUse(preferences, m_db->connection());
        QCOMPARE(p.w[0], 3.5);
        QCOMPARE(p.w[20], 0.3);
        // The learner's own choices still come from the preferences.
        QCOMPARE(p.requestRetention, 0.85);
        QVERIFY(p.enableFuzz);
    }

    void damagedRowIsRefused()
    {
        // A hand-edited row: 20 numbers. Reading says so, and the scheduler keeps the defaults.
        Statement q(
            m_db->connection(),
            QStringLiteral("INSERT INTO fsrs_parameters VALUES ('current', ?, 5, 400, 50)"));
        QVERIFY(q.exec({QStringLiteral("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]")}));
        FsrsParametersRepository repo(m_db->connection());
        QVERIFY(!repo.current());
        QVERIFY2(repo.errorText().contains(u"fsrs_parameters (current)"),
                 qPrintable(repo.errorText()));
        QCOMPARE(FsrsParametersRepository::inUse(Preferences{}, m_db->connection()).w,
                 FsrsParameters::kDefaultWeights);
        // The schema refuses a slot other than current/previous and negative counts.
        QVERIFY(!Statement(m_db->connection())
                     .run(QStringLiteral(
                         "INSERT INTO fsrs_parameters VALUES ('other', '[]', 0, 0, 0)")));
        QVERIFY(!Statement(m_db->connection())
                     .run(QStringLiteral(
                         "INSERT INTO fsrs_parameters VALUES ('previous', '[]', 0, -1, 0)")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;
};

PORTOLAN_TEST_GUILESS_MAIN(TestFsrsParametersRepository)
#include "tst_fsrsparametersrepository.moc"
