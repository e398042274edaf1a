// The one statement wrapper and the nestable transaction: a failure names SQLite's own message
// and the statement (never Qt's "Parameter count mismatch"), a read that stops early is an
// error, and an inner transaction is a savepoint that rolls back alone.
#include "../support/TestMain.h"
#include "storage/Database.h"
#include "storage/NoteRepository.h"
#include "storage/ScopedTransaction.h"
#include "storage/Statement.h"

#include <QTemporaryDir>
#include <QTest>

using namespace portolan;

class TestStatement : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Database m_db;

    int notes()
    {
        Statement q(m_db.connection(), QStringLiteral("SELECT count(*) FROM user_note"));
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_db.open(m_dir.filePath(QStringLiteral("s.sqlite"))),
                 qPrintable(m_db.errorMessage()));
    }

    void init()
    {
        Statement q(m_db.connection());
        QVERIFY(q.run(QStringLiteral("DELETE FROM user_note")));
    }

    void aFailedPrepareSaysWhatAndWhere()
    {
        Statement q(m_db.connection(),
                    QStringLiteral("SELECT body FROM no_such_table WHERE x = ?"));
        QVERIFY(!q.exec({1}));
        QVERIFY2(q.error().contains(QStringLiteral("no such table: no_such_table")),
                 qPrintable(q.error()));
        QVERIFY2(q.error().contains(QStringLiteral("SELECT body FROM no_such_table")),
                 qPrintable(q.error()));
        QVERIFY(!q.error().contains(QStringLiteral("Parameter count")));
        // The repositories pass it on: a read of a missing table is an error, not an empty note.
        Statement scratch(m_db.connection());
        QVERIFY(scratch.run(QStringLiteral("ALTER TABLE user_note RENAME TO user_note_moved")));
        NoteRepository repo(m_db.connection());
        QCOMPARE(repo.note(QStringLiteral("ssh")), QString());
        QVERIFY2(repo.errorText().contains(QStringLiteral("no such table: user_note")),
                 qPrintable(repo.errorText()));
        QVERIFY(scratch.run(QStringLiteral("ALTER TABLE user_note_moved RENAME TO user_note")));
    }

    void aConstraintNamesTheStatement()
    {
        Statement q(m_db.connection(),
                    QStringLiteral(
                        "INSERT INTO user_note (protocol_key, body, updated_at) VALUES (?, ?, ?)"));
        QVERIFY(q.exec({QStringLiteral("ssh"), QStringLiteral("a"), 1}));
        QVERIFY(!q.exec({QStringLiteral("ssh"), QStringLiteral("b"), 2}));
        QVERIFY2(q.error().contains(QStringLiteral("UNIQUE")), qPrintable(q.error()));
        QVERIFY(q.hasError());
        // The same statement runs again once the values are right; the error goes.
        QVERIFY(q.exec({QStringLiteral("dns"), QStringLiteral("b"), 2}));
        QVERIFY(!q.hasError());
        QCOMPARE(notes(), 2);
    }

    void aClosedDatabaseIsSaid()
    {
        QSqlDatabase none;
        Statement q(none, QStringLiteral("SELECT 1"));
        QVERIFY(!q.exec());
        QVERIFY(!q.error().isEmpty());
    }

    void innerTransactionRollsBackAlone()
    {
        {
            ScopedTransaction outer(m_db.connection());
            QVERIFY(outer.isActive());
            QVERIFY(!outer.isNested());
            NoteRepository repo(m_db.connection());
            QVERIFY(repo.setNote(QStringLiteral("ssh"), QStringLiteral("kept"), 1));
            {
                ScopedTransaction inner(m_db.connection());
                QVERIFY2(inner.isActive(), qPrintable(inner.errorText()));
                QVERIFY(inner.isNested());
                QCOMPARE(ScopedTransaction::depth(m_db.connection()), 2);
                QVERIFY(repo.setNote(QStringLiteral("dns"), QStringLiteral("dropped"), 1));
            } // not committed: only the savepoint's write goes
            QCOMPARE(notes(), 1);
            {
                ScopedTransaction inner(m_db.connection());
                QVERIFY(repo.setNote(QStringLiteral("ftp"), QStringLiteral("kept too"), 1));
                QVERIFY(inner.commit());
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(ScopedTransaction::depth(m_db.connection()), 0);
        QCOMPARE(notes(), 2);
        QCOMPARE(NoteRepository(m_db.connection()).note(QStringLiteral("dns")), QString());
    }

    void outerRollbackUndoesCommittedInner()
    {
        {
            ScopedTransaction outer(m_db.connection());
            ScopedTransaction inner(m_db.connection());
            QVERIFY(NoteRepository(m_db.connection())
                        .setNote(QStringLiteral("ssh"), QStringLiteral("x"), 1));
            QVERIFY(inner.commit());
        }
        QCOMPARE(notes(), 0);
        // A fresh outer transaction is a real one again.
        ScopedTransaction next(m_db.connection());
        QVERIFY(!next.isNested());
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestStatement)
#include "tst_statement.moc"
