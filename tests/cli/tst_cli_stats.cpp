// `portolan stats` run as a user would: the built binary in a child process, on a fresh
// database (valid JSON, zero readiness) and with bad arguments.
#include "../support/RunPortolan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

    void text()
    {
        const Run r = runPortolan({QStringLiteral("--db"), db(), QStringLiteral("stats")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Readiness n10-009: 0.0%")), qPrintable(r.out));
    }

    void unknownArgument()
    {
        const Run r = runPortolan(
            {QStringLiteral("--db"), db(), QStringLiteral("stats"), QStringLiteral("--yaml")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--yaml")));
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
