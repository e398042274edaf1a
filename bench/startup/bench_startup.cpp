// Whole processes, measured from outside: `portolan lookup` for several queries beside
// `portolan --version` (the cost of starting the program at all), the first start on an empty
// database, and the window from fork() to its first paint beside a bare Qt table of the same
// rows (bench-bare-table), with the peak resident memory of each run (wait4). Prints a table
// with the budgets of DESIGN.md; --json FILE writes the figures.
// Usage: bench-startup [--runs N] [--json FILE]
// The window runs on QT_QPA_PLATFORM (offscreen unless set, e.g. xcb under Xvfb).
#include "ProcessRun.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace portolan::bench;

namespace {

struct Figure
{
    QString what;
    QList<double> values;
    QString unit;
    double budget = -1; // none when negative
};

double quantile(QList<double> v, double q)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(q * v.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int runs = 15;
    QString jsonPath;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--json") && i + 1 < args.size())
            jsonPath = args.at(++i);
    }
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("bench.sqlite"));
    const QString portolan = QStringLiteral(PORTOLAN_BINARY);
    const QString bare = QStringLiteral(BARE_TABLE_BINARY);
    const QString registry = QStringLiteral(PORTOLAN_SOURCE_DIR "/db/registry/iana-registry.tsv");
    QStringList env{QStringLiteral("HOME=") + home.path(),
                    QStringLiteral("XDG_RUNTIME_DIR=") + home.path(),
                    QStringLiteral("LC_ALL=C.UTF-8"),
                    QStringLiteral("QT_QPA_PLATFORM=") +
                        qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen"))};
    for (const char *name : {"DISPLAY", "XAUTHORITY", "PATH"}) {
        if (qEnvironmentVariableIsSet(name))
            env << QString::fromLatin1(name) + QLatin1Char('=') + qEnvironmentVariable(name);
    }

    QList<Figure> figures;
    const auto measure = [&](const QString &what, const QString &program, const QStringList &a,
                             double budget) {
        Figure f{what, {}, QStringLiteral("ms"), budget};
        for (int i = 0; i < runs; ++i) {
            const Run r = spawn(program, a, env);
            if (r.ok)
                f.values << r.wallMs;
        }
        figures << f;
        return f;
    };

    // The first start imports everything into an empty database.
    Figure first{
        QStringLiteral("first start, empty database (lookup 22)"), {}, QStringLiteral("ms"), -1};
    for (int i = 0; i < qMin(runs, 5); ++i) {
        const QString fresh = home.filePath(QStringLiteral("fresh-%1.sqlite").arg(i));
        const Run r = spawn(
            portolan,
            {QStringLiteral("--db"), fresh, QStringLiteral("lookup"), QStringLiteral("22")}, env);
        if (r.ok)
            first.values << r.wallMs;
    }
    spawn(portolan, {QStringLiteral("--db"), db, QStringLiteral("lookup"), QStringLiteral("22")},
          env); // fills the benchmark's database
    const Figure warm22 =
        measure(QStringLiteral("lookup 22, warm"), portolan,
                {QStringLiteral("--db"), db, QStringLiteral("lookup"), QStringLiteral("22")}, 20);
    if (!warm22.values.isEmpty())
        first.budget = quantile(warm22.values, 0.5) + 300;
    figures.prepend(first);
    measure(QStringLiteral("portolan --version (start the program at all)"), portolan,
            {QStringLiteral("--version")}, -1);
    for (const char *q : {"587", "ssh", "secure shell", "kerberos", "is:secure"}) {
        QStringList a{QStringLiteral("--db"), db, QStringLiteral("lookup")};
        a << QString::fromLatin1(q).split(QLatin1Char(' '));
        measure(QStringLiteral("lookup %1").arg(QString::fromLatin1(q)), portolan, a, 20);
    }

    // The window, alternating with the bare table so that both see the same machine.
    Figure paint{QStringLiteral("window: fork() to first paint"), {}, QStringLiteral("ms"), 100};
    Figure barePaint{QStringLiteral("bare QTableView of the same rows: fork() to first paint"),
                     {},
                     QStringLiteral("ms"),
                     -1};
    Figure rss{QStringLiteral("window: peak resident memory"), {}, QStringLiteral("MB"), 60};
    Figure bareRss{
        QStringLiteral("bare QTableView: peak resident memory"), {}, QStringLiteral("MB"), -1};
    for (int i = 0; i < runs; ++i) {
        const Run w =
            spawn(portolan,
                  {QStringLiteral("--db"), db, QStringLiteral("--quit-after-first-paint")}, env);
        if (w.ok && toFirstPaintMs(w) > 0) {
            paint.values << toFirstPaintMs(w);
            rss.values << w.maxRssKb / 1024.0;
        }
        const Run b = spawn(bare, {registry, QStringLiteral("--quit-after-first-paint")}, env);
        if (b.ok && toFirstPaintMs(b) > 0) {
            barePaint.values << toFirstPaintMs(b);
            bareRss.values << b.maxRssKb / 1024.0;
        }
    }
    const double bareMedian = quantile(barePaint.values, 0.5);
    if (!barePaint.values.isEmpty())
        paint.budget = qMax(100.0, 1.5 * bareMedian);
    figures << paint << barePaint << rss << bareRss;

    std::printf("%-58s %9s %9s %9s %9s\n", "what (runs each)", "median", "p90", "min", "budget");
    QJsonArray rows;
    for (const Figure &f : figures) {
        const double median = quantile(f.values, 0.5);
        std::printf("%-58s %9.1f %9.1f %9.1f %9s %s\n",
                    qPrintable(f.what + QStringLiteral(" (%1)").arg(f.values.size())), median,
                    quantile(f.values, 0.9), quantile(f.values, 0.0),
                    f.budget < 0 ? "" : qPrintable(QString::number(f.budget, 'f', 0)),
                    qPrintable(f.unit));
        rows.append(QJsonObject{{QStringLiteral("what"), f.what},
                                {QStringLiteral("unit"), f.unit},
                                {QStringLiteral("runs"), f.values.size()},
                                {QStringLiteral("median"), median},
                                {QStringLiteral("p90"), quantile(f.values, 0.9)},
                                {QStringLiteral("min"), quantile(f.values, 0.0)},
                                {QStringLiteral("budget"), f.budget}});
    }
    if (paint.values.isEmpty() || barePaint.values.isEmpty())
        std::printf("a window did not paint: no ratio (is a display or offscreen available?)\n");
    else
        std::printf("window / bare table (medians): %.2f (DESIGN: <= 1.5)\n",
                    quantile(paint.values, 0.5) / bareMedian);
    if (!jsonPath.isEmpty()) {
        QFile out(jsonPath);
        if (!out.open(QIODevice::WriteOnly))
            return 2;
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("figures"), rows},
                                            {QStringLiteral("platform"),
                                             qEnvironmentVariable("QT_QPA_PLATFORM",
                                                                  QStringLiteral("offscreen"))}})
                      .toJson());
    }
    return 0;
}
