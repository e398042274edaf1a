// `portolan fsrs optimize` run as a user would, on a scripted learner's month and a half of
// study: the JSON keeps its fields and gains `workload` (reviews a day with the current and the
// fitted parameters over the horizon, at the desired retention); the text says the same in a
// line. With too little history the refusal is unchanged (exit 1, the numbers needed).
#include "../support/RunPortolan.h"
#include "../support/TestMain.h"
#include "StudyHistory.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using portolan::testing::runPortolan;
using namespace portolan;

class TestCliFsrs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // The CLI reads the wall clock: the history ends an hour ago.
    bool study(const QString &path, int days)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Workspace workspace;
        if (!workspace.open(path, now))
            return false;
        QString error;
        return StudyHistory::hiddenLearner(days).write(workspace.database().connection(),
                                                       workspace.catalog(), now - 3600 * 1000,
                                                       &error) > 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(study(m_dir.filePath(QStringLiteral("month.sqlite")), 40));
    }

    void optimizeJsonHasTheWorkload()
    {
        const auto r = runPortolan(
            {QStringLiteral("--db"), m_dir.filePath(QStringLiteral("month.sqlite")),
             QStringLiteral("fsrs"), QStringLiteral("optimize"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        // The fields there were before, unchanged.
        QCOMPARE(root.value(QStringLiteral("parameters")).toArray().size(), 21);
        for (const char *key : {"reviews", "cards", "items"})
            QVERIFY2(root.value(QLatin1String(key)).toInt() > 0, key);
        for (const char *key : {"fitted", "current"}) {
            const QJsonObject e = root.value(QLatin1String(key)).toObject();
            QVERIFY2(e.value(QStringLiteral("logLoss")).toDouble() > 0, key);
            QVERIFY2(e.value(QStringLiteral("rmse")).toDouble() > 0, key);
        }
        QVERIFY(root.value(QStringLiteral("better")).isBool());
        QCOMPARE(root.value(QStringLiteral("applied")).toBool(true), false);

        const QJsonObject workload = root.value(QStringLiteral("workload")).toObject();
        QCOMPARE(workload.value(QStringLiteral("horizonDays")).toInt(), 30);
        QCOMPARE(workload.value(QStringLiteral("desiredRetention")).toDouble(), 0.9);
        const double current = workload.value(QStringLiteral("current")).toDouble(-1);
        const double fitted = workload.value(QStringLiteral("fitted")).toDouble(-1);
        // Both weight sets give a real workload. How far apart they are depends on the hour the
        // test runs (the CLI reads the wall clock); tst_fsrsworkload checks the difference on a
        // fixed clock.
        QVERIFY2(current > 1 && fitted > 1, qPrintable(r.out));

        // The text says the same, to a tenth.
        const auto text =
            runPortolan({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("month.sqlite")),
                         QStringLiteral("fsrs"), QStringLiteral("optimize")});
        QCOMPARE(text.exitCode, 0);
        const QString line =
            QStringLiteral("Reviews a day over the next 30 days at 90% desired retention: %1 now, "
                           "%2 with the fitted parameters.")
                .arg(current, 0, 'f', 1)
                .arg(fitted, 0, 'f', 1);
        QVERIFY2(text.out.contains(line),
                 qPrintable(text.out + QStringLiteral("\nwanted: ") + line));
    }

    void tooLittleHistoryStillRefuses()
    {
        const QString path = m_dir.filePath(QStringLiteral("days.sqlite"));
        QVERIFY(study(path, 3));
        const auto r = runPortolan({QStringLiteral("--db"), path, QStringLiteral("fsrs"),
                                    QStringLiteral("optimize"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(QStringLiteral("at least 400 reviews of at least 50 cards")),
                 qPrintable(r.err));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCliFsrs)
#include "tst_cli_fsrs.moc"
