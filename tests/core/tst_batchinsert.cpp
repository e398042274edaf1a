// Rows inserted many to a statement: every row arrives, in order and intact, whatever the
// count against the batch size; a refused row is named by its own index and SQLite's message,
// also when it sits in a later batch or in the short last one.
#include "../support/TestMain.h"
#include "storage/BatchInsert.h"
#include "storage/Database.h"
#include "storage/ScopedTransaction.h"
#include "storage/Statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestBatchInsert : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    // The rows of the scratch table as "n:text", in insertion order.
    QStringList rows()
    {
        Statement q(m_db.connection(), QStringLiteral("SELECT n, label FROM batch ORDER BY rowid"));
        QStringList out;
        if (!q.exec())
            return {QStringLiteral("error: ") + q.error()};
        while (q.next())
            out << QStringLiteral("%1:%2").arg(q.value(0).toInt()).arg(q.value(1).toString());
        return out;
    }

    static QString label(int n) { return QStringLiteral("row %1 — ü").arg(n); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("b.sqlite"))),
                 qPrintable(m_db.errorMessage()));
        Statement q(m_db.connection());
        // An index as well: the registry's case, a statement that writes two b-trees.
        QVERIFY(q.run(QStringLiteral("CREATE TABLE batch (n INTEGER NOT NULL CHECK (n >= 0), "
                                     "label TEXT NOT NULL)")));
        QVERIFY(q.run(QStringLiteral("CREATE INDEX batch_by_label ON batch (label)")));
    }

    void init() { QVERIFY(Statement(m_db.connection()).run(QStringLiteral("DELETE FROM batch"))); }

    void everyRowArrivesInOrder_data()
    {
        QTest::addColumn<int>("count");
        const int batch = int(BatchInsert::kRowsPerStatement);
        for (int count : {0, 1, batch - 1, batch, batch + 1, 3 * batch + 7})
            QTest::addRow("%d rows", count) << count;
    }

    void everyRowArrivesInOrder()
    {
        QFETCH(int, count);
        ScopedTransaction tx(m_db.connection());
        BatchInsert insert(m_db.connection(), QStringLiteral("batch"), QStringLiteral("n, label"),
                           2);
        QStringList expected;
        for (int n = 0; n < count; ++n) {
            QVERIFY2(insert.add({n, label(n)}), qPrintable(insert.error()));
            expected << QStringLiteral("%1:%2").arg(n).arg(label(n));
        }
        QVERIFY2(insert.finish(), qPrintable(insert.error()));
        QVERIFY(tx.commit());
        QCOMPARE(insert.failedRow(), -1);
        QCOMPARE(rows(), expected);
    }

    // A row SQLite refuses, in the first batch, a later full one, or the short last one.
    void aRefusedRowIsNamed_data()
    {
        QTest::addColumn<int>("bad");
        const int batch = int(BatchInsert::kRowsPerStatement);
        QTest::newRow("first row") << 0;
        QTest::newRow("in a later full batch") << batch + 5;
        QTest::newRow("in the short last batch") << 2 * batch + 3;
    }

    void aRefusedRowIsNamed()
    {
        QFETCH(int, bad);
        const int count = 2 * int(BatchInsert::kRowsPerStatement) + 10;
        bool ok = true;
        {
            ScopedTransaction tx(m_db.connection());
            BatchInsert insert(m_db.connection(), QStringLiteral("batch"),
                               QStringLiteral("n, label"), 2);
            for (int n = 0; ok && n < count; ++n)
                ok = insert.add({n == bad ? -1 : n, label(n)});
            ok = ok && insert.finish();
            QVERIFY(!ok);
            QCOMPARE(insert.failedRow(), qsizetype(bad));
            QVERIFY2(insert.error().contains(QStringLiteral("CHECK constraint failed")),
                     qPrintable(insert.error()));
            QCOMPARE(insert.resultCode(), QStringLiteral("275")); // SQLITE_CONSTRAINT_CHECK
        } // rolled back, as every caller does on failure
        QCOMPARE(rows(), QStringList());
    }

    // A full disk may end the transaction: the rows are not tried again one by one (each would
    // be committed on its own outside it), and no row is blamed.
    void aFullDatabaseWritesNothingMore()
    {
        Statement pragma(m_db.connection());
        QVERIFY(pragma.run(QStringLiteral("PRAGMA page_count")) && pragma.next());
        const int pages = pragma.value(0).toInt();
        QVERIFY(pragma.run(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        bool ok = true;
        qsizetype failedRow = 0;
        QString code;
        {
            ScopedTransaction tx(m_db.connection());
            BatchInsert insert(m_db.connection(), QStringLiteral("batch"),
                               QStringLiteral("n, label"), 2);
            const QString wide(2000, QLatin1Char('x')); // a few rows fill a page
            for (int n = 0; ok && n < 1000; ++n)
                ok = insert.add({n, wide + QString::number(n)});
            ok = ok && insert.finish();
            failedRow = insert.failedRow();
            code = insert.resultCode();
        }
        QVERIFY(pragma.run(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(!ok);
        QCOMPARE(code, QStringLiteral("13")); // SQLITE_FULL
        QCOMPARE(failedRow, qsizetype(-1));
        QCOMPARE(rows(), QStringList());
    }

    void aTableThatIsNotThereIsNoRowsFault()
    {
        BatchInsert insert(m_db.connection(), QStringLiteral("no_such_table"), QStringLiteral("n"),
                           1);
        QVERIFY(insert.add({1}));
        QVERIFY(!insert.finish());
        QCOMPARE(insert.failedRow(), -1);
        QVERIFY2(insert.error().contains(QStringLiteral("no such table: no_such_table")),
                 qPrintable(insert.error()));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestBatchInsert)
#include "tst_batchinsert.moc"
