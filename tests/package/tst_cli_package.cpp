// `portolan package` run as a user would: the built binary exports one database and imports the
// package into another with --yes; a second import has nothing to do, an unconfirmed one
// applies nothing, and a damaged file is refused with exit 2 and the database untouched. The
// preview names the practice exams and the FSRS weights; an imported fit is undone by
// `portolan fsrs undo`.
#include "../support/RunPortolan.h"
#include "../support/TestMain.h"
#include "PackageFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <limits>

using namespace portolan;
using namespace portolan::testing;

using portolan::testing::runPortolan;
using Run = portolan::testing::CliRun;

namespace {

int reviewCount(const QString &path)
{
    Database db;
    if (!db.open(path))
        qFatal("cannot open %s", qPrintable(path));
    return int(ReviewLogRepository(db.connection()).ids().size());
}

int reviewsFittedOn(const QString &path)
{
    Database db;
    if (!db.open(path))
        qFatal("cannot open %s", qPrintable(path));
    const auto current = FsrsParametersRepository(db.connection()).current();
    return current ? current->reviewCount : -1;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliPackage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // Machine A answered three times; B once. The handles close before the binary runs.
        {
            Learner a;
            a.answer(QStringLiteral("ssh:port-to-protocol"), kStart, Rating::Good);
            a.answer(QStringLiteral("ssh:port-to-protocol"), kStart + kDay, Rating::Good);
            a.answer(QStringLiteral("dns:protocol-to-port"), kStart, Rating::Hard);
            a.practice(QStringLiteral("n10-009"), kStart + kHour, 77,
                       {QStringLiteral("ssh"), QStringLiteral("dns")}, {true, false});
            a.fit(900, 0.5, kStart + kDay);
            a.db.close();
            QVERIFY(QFile::copy(a.path(), file(QStringLiteral("a.sqlite"))));
            Learner b;
            b.answer(QStringLiteral("ssh:port-to-protocol"), kStart + kHour, Rating::Again);
            b.fit(300, 0.25, kStart + kDay);
            b.db.close();
            QVERIFY(QFile::copy(b.path(), file(QStringLiteral("b.sqlite"))));
            QVERIFY(QFile::copy(b.path(), file(QStringLiteral("c.sqlite"))));
        }
    }

    void exportThenImport()
    {
        const QString package = file(QStringLiteral("a.json"));
        Run r = runPortolan({QStringLiteral("--db"), file(QStringLiteral("a.sqlite")),
                             QStringLiteral("package"), QStringLiteral("export"), package});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(package));

        r = runPortolan({QStringLiteral("--db"), file(QStringLiteral("b.sqlite")),
                         QStringLiteral("package"), QStringLiteral("import"), package,
                         QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Reviews to add: 3")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  Practice exams: 1 new (0 already here)\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("  FSRS weights: the package's, fitted on 900 "
                                               "reviews, replace yours, fitted on 300\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Applied.")), qPrintable(r.out));
        QCOMPARE(reviewCount(file(QStringLiteral("b.sqlite"))), 4);

        r = runPortolan({QStringLiteral("--db"), file(QStringLiteral("b.sqlite")),
                         QStringLiteral("package"), QStringLiteral("import"), package,
                         QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Nothing to change")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Practice exams: 0 new (1 already here)")),
                 qPrintable(r.out));
        QCOMPARE(reviewCount(file(QStringLiteral("b.sqlite"))), 4);
    }

    void importedFitIsUndone()
    {
        QCOMPARE(reviewsFittedOn(file(QStringLiteral("b.sqlite"))), 900);
        const Run r = runPortolan({QStringLiteral("--db"), file(QStringLiteral("b.sqlite")),
                                   QStringLiteral("fsrs"), QStringLiteral("undo")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(reviewsFittedOn(file(QStringLiteral("b.sqlite"))), 300);
    }

    void damagedWeightsAreRefused()
    {
        QJsonObject root =
            QJsonDocument::fromJson(bytesOf(file(QStringLiteral("a.json")))).object();
        QJsonObject fsrs = root.value(QStringLiteral("fsrsWeights")).toObject();
        QJsonArray weights = fsrs.value(QStringLiteral("weights")).toArray();
        QCOMPARE(weights.size(), 21);
        weights.removeLast();
        fsrs.insert(QStringLiteral("weights"), weights);
        root.insert(QStringLiteral("fsrsWeights"), fsrs);
        const QString bad = file(QStringLiteral("bad-weights.json"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
        out.close();
        const QByteArray before = bytesOf(file(QStringLiteral("c.sqlite")));
        const Run r = runPortolan({QStringLiteral("--db"), file(QStringLiteral("c.sqlite")),
                                   QStringLiteral("package"), QStringLiteral("import"), bad,
                                   QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad-weights.json: fsrsWeights.weights: must be 21 "
                                               "numbers (this list has 20)")),
                 qPrintable(r.err));
        QVERIFY(bytesOf(file(QStringLiteral("c.sqlite"))) == before);
    }

    void withoutYesNothingIsApplied()
    {
        const QString package = file(QStringLiteral("a.json"));
        const Run r = runPortolan({QStringLiteral("--db"), file(QStringLiteral("c.sqlite")),
                                   QStringLiteral("package"), QStringLiteral("import"), package});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("--yes")), qPrintable(r.out));
        QCOMPARE(reviewCount(file(QStringLiteral("c.sqlite"))), 1);
    }

    void damagedFileIsRefused()
    {
        QByteArray json = bytesOf(file(QStringLiteral("a.json")));
        QVERIFY(!json.isEmpty());
        const QString bad = file(QStringLiteral("bad.json"));
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json.replace("\"rating\": 3", "\"rating\": 7"));
        out.close();
        const QByteArray before = bytesOf(file(QStringLiteral("c.sqlite")));
        const Run r = runPortolan({QStringLiteral("--db"), file(QStringLiteral("c.sqlite")),
                                   QStringLiteral("package"), QStringLiteral("import"), bad,
                                   QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad.json: reviews[0].rating: must be 1 to 4")),
                 qPrintable(r.err));
        QVERIFY(bytesOf(file(QStringLiteral("c.sqlite"))) == before);
    }

    void usageErrors()
    {
        QCOMPARE(runPortolan({QStringLiteral("--db"), file(QStringLiteral("c.sqlite")),
                              QStringLiteral("package")})
                     .exitCode,
                 2);
        QCOMPARE(runPortolan({QStringLiteral("--db"), file(QStringLiteral("c.sqlite")),
                              QStringLiteral("package"), QStringLiteral("send"),
                              QStringLiteral("x.json")})
                     .exitCode,
                 2);
        QVERIFY(
            runPortolan({QStringLiteral("--help")}).out.contains(QStringLiteral("package import")));
    }
};

PORTOLAN_TEST_GUILESS_MAIN(TestCliPackage)
#include "tst_cli_package.moc"
