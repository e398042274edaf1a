// `portolan stats` run as a user would: the built binary in a child process, on a fresh
// database (valid JSON, zero readiness) and with bad arguments.
#include "../support/RunPortolan.h"
#include "../support/TestMain.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using portolan::testing::runPortolan;
using Run = portolan::testing::CliRun;

namespace {} // namespace

class TestCliStats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("stats.sqlite")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void freshDatabaseJson()
    {
        const Run r = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = doc.object();
        const QJsonObject cards = root.value(QStringLiteral("cards")).toObject();
        QVERIFY(cards.value(QStringLiteral("total")).toInt() > 0);
        QCOMPARE(cards.value(QStringLiteral("new")).toInt(),
                 cards.value(QStringLiteral("total")).toInt());
        QCOMPARE(
            root.value(QStringLiteral("reviews")).toObject().value(QStringLiteral("total")).toInt(),
            0);
        QCOMPARE(root.value(QStringLiteral("forecast")).toArray().size(), 30);
        const QJsonArray readiness = root.value(QStringLiteral("readiness")).toArray();
        QVERIFY(!readiness.isEmpty());
        for (const QJsonValue &v : readiness) {
            const QJsonObject exam = v.toObject();
            QVERIFY(!exam.value(QStringLiteral("exam")).toString().isEmpty());
            QCOMPARE(exam.value(QStringLiteral("readiness")).toDouble(-1), 0.0);
            QCOMPARE(exam.value(QStringLiteral("studied")).toInt(-1), 0);
        }
        QVERIFY(root.value(QStringLiteral("leeches")).toArray().isEmpty());
        QVERIFY(root.value(QStringLiteral("weakest")).toArray().isEmpty());
    }

    // A file at the current reference is read without the full open (no registry); one whose
    // reference is stale goes through the full open, which refreshes it. Both say the same.
    void quickAndFullReadsAgree()
    {
        const QString path = m_dir.filePath(QStringLiteral("agree.sqlite"));
        QCOMPARE(runPortolan({QStringLiteral("--db"), path, QStringLiteral("add"),
                              QStringLiteral("--name"), QStringLiteral("Lab Kafka"),
                              QStringLiteral("--port"), QStringLiteral("9092"),
                              QStringLiteral("--security"), QStringLiteral("insecure")})
                     .exitCode,
                 0);
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stale"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(
                QStringLiteral("UPDATE meta SET value = 'stale' WHERE key = 'reference_version'")));
            QCOMPARE(q.numRowsAffected(), 1);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("stale"));
        const QStringList args{QStringLiteral("--db"), path, QStringLiteral("stats"),
                               QStringLiteral("--json")};
        const Run full = runPortolan(args);
        const Run quick = runPortolan(args);
        QCOMPARE(full.exitCode, 0);
        QCOMPARE(quick.exitCode, 0);
        QVERIFY(!full.out.isEmpty());
        QCOMPARE(quick.out, full.out);
    }

    void text()
    {
        const Run r = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("stats")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Readiness n10-009: 0.0%")), qPrintable(r.out));
    }

    // `portolan plan`: a 30-day plan's days with the simulated reviews, then bad input, then
    // closing it.
    void planFromTheTerminal()
    {
        const QString path = m_dir.filePath(QStringLiteral("plan.sqlite"));
        const QString date = QDate::currentDate().addDays(30).toString(Qt::ISODate);
        const Run made = runPortolan({QStringLiteral("--db"), path, QStringLiteral("plan"),
                                      QStringLiteral("set"), QStringLiteral("N10-009"), date});
        QCOMPARE(made.exitCode, 0);
        QVERIFY2(made.out.contains(QStringLiteral("CompTIA Network+ N10-009 on ") + date),
                 qPrintable(made.out + made.err));
        QVERIFY2(made.out.contains(QStringLiteral("Expected reviews a day")), qPrintable(made.out));

        const Run shown = runPortolan(
            {QStringLiteral("--db"), path, QStringLiteral("plan"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonArray plans = QJsonDocument::fromJson(shown.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("plans"))
                                     .toArray();
        QCOMPARE(plans.size(), 1);
        const QJsonObject plan = plans.first().toObject();
        QCOMPARE(plan.value(QStringLiteral("exam")).toString(), QStringLiteral("n10-009"));
        const QJsonArray days = plan.value(QStringLiteral("days")).toArray();
        const int daysLeft = plan.value(QStringLiteral("daysLeft")).toInt();
        QVERIFY(daysLeft >= 30 && daysLeft <= 31); // before the day starts (4:00) it is yesterday
        QCOMPARE(days.size(), daysLeft);
        int newCards = 0;
        int daysWithReviews = 0;
        for (const QJsonValue &d : days) {
            newCards += d.toObject().value(QStringLiteral("new")).toInt();
            daysWithReviews += d.toObject().value(QStringLiteral("expectedReviews")).toDouble() > 0;
        }
        QCOMPARE(newCards, plan.value(QStringLiteral("unseenCards")).toInt());
        // New cards bring reviews on the days after: far more than the first day alone.
        QVERIFY2(daysWithReviews > 7, qPrintable(QString::number(daysWithReviews)));
        QVERIFY(plan.value(QStringLiteral("expectedReviewsPeak")).toDouble() >=
                plan.value(QStringLiteral("expectedReviewsPerDay")).toDouble());

        const QList<QPair<QStringList, QString>> bad{
            {{QStringLiteral("set"), QStringLiteral("xk0-999"), date},
             QStringLiteral("unknown exam")},
            {{QStringLiteral("set"), QStringLiteral("sy0-701"), QStringLiteral("2020-01-01")},
             QStringLiteral("is not after today")},
            {{QStringLiteral("set"), QStringLiteral("sy0-701"), QStringLiteral("2027-02-30")},
             QStringLiteral("is not a date")},
            {{QStringLiteral("set"), QStringLiteral("sy0-701"), date, QStringLiteral("--target"),
              QStringLiteral("2")},
             QStringLiteral("between 0.5 and 0.99")},
            {{QStringLiteral("set"), QStringLiteral("sy0-701")},
             QStringLiteral("needs an exam and a date")},
            {{QStringLiteral("--yaml")}, QStringLiteral("unknown argument")}};
        for (const auto &[args, message] : bad) {
            const Run r = runPortolan(
                QStringList{QStringLiteral("--db"), path, QStringLiteral("plan")} + args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        }

        const Run closed = runPortolan({QStringLiteral("--db"), path, QStringLiteral("plan"),
                                        QStringLiteral("close"), QStringLiteral("n10-009")});
        QCOMPARE(closed.exitCode, 0);
        const Run again = runPortolan({QStringLiteral("--db"), path, QStringLiteral("plan"),
                                       QStringLiteral("close"), QStringLiteral("n10-009")});
        QCOMPARE(again.exitCode, 1);
        const Run none = runPortolan(
            {QStringLiteral("--db"), path, QStringLiteral("plan"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8())
                     .object()
                     .value(QStringLiteral("plans"))
                     .toArray()
                     .size(),
                 0);
    }

    void unknownArgument()
    {
        const Run r = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("stats"), QStringLiteral("--yaml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--yaml")));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
