// Full repaints of the range map at 1600×300, rendered offscreen into a QImage: per view
// (whole range on each scale, 0–1023, a deep zoom with a selection, every overlay on, a
// search that dims), once with warm caches (an expose) and once right after a one-pixel pan
// (clusters, labels and density recomputed: what dragging costs per frame).
// Wall time and the thread's CPU time are both printed: on a loaded shared machine the wall
// p99 measures the scheduler, the CPU p99 measures the painting.
// Usage: bench-rangemap [--iterations N] [--budget MS]. Prints median, p99 and max in ms.
#include "RangeMapWidget.h"
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QStandardPaths>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace portolan;

namespace {

struct Stats
{
    double median = 0;
    double p99 = 0;
    double max = 0;
};

Stats statsOf(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms.at(qMin(ms.size() - 1, qsizetype(q * ms.size()))); };
    return {at(0.5), at(0.99), ms.last()};
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int argValue(const QStringList &args, const QString &name, int fallback)
{
    const int i = int(args.indexOf(name));
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int iterations = std::max(10, argValue(args, QStringLiteral("--iterations"), 300));
    const double budget = argValue(args, QStringLiteral("--budget"), 4);

    EmbeddedReference reference;
    if (!reference.load()) {
        std::fprintf(stderr, "bench-rangemap: %s\n", qPrintable(reference.errorText()));
        return 2;
    }
    Catalog catalog;
    catalog.setData(reference.protocols(), reference.registry());
    const auto rowOf = [&](const char *key) {
        return catalog.rowOfProtocol(catalog.protocolIndex(QString::fromLatin1(key)));
    };

    RangeMapWidget map(catalog);
    map.resize(1600, 300);
    QImage image(map.size(), QImage::Format_ARGB32_Premultiplied);
    QBitArray httpOnly(int(catalog.rows().size()));
    for (int r = 0; r < catalog.rows().size(); ++r) {
        if (catalog.rows().at(r).folded.contains(QLatin1String("http")))
            httpOnly.setBit(r);
    }

    struct Case
    {
        const char *name;
        std::function<void()> setup;
    };
    const QList<Case> cases = {
        {"whole range, piecewise", [&] {}},
        {"whole range, linear", [&] { map.setScale(RangeMapGeometry::Scale::Linear); }},
        {"whole range, log", [&] { map.setScale(RangeMapGeometry::Scale::Log); }},
        {"0-1023, piecewise", [&] { map.zoomToPorts(0, 1023, 0.01); }},
        {"440-446 + selection",
         [&] {
             map.zoomToPorts(440, 446);
             map.setSelectedCatalogRow(rowOf("https"));
         }},
        {"whole range, 5 overlays",
         [&] {
             for (const char *id : {"linux", "windows", "windows-xp", "macos", "freebsd"})
                 map.setOverlayVisible(QString::fromLatin1(id), true);
         }},
        {"whole range, search dims", [&] { map.setAcceptedRows(httpOnly); }},
    };

    std::printf("bench-rangemap: %d full repaints per case at %dx%d (%s)\n", iterations,
                map.width(), map.height(), qPrintable(QGuiApplication::platformName()));
    std::printf("%-26s %17s %17s %17s\n", "", "warm, wall", "after pan, wall", "after pan, CPU");
    std::printf("%-26s %8s %8s %8s %8s %8s %8s\n", "case", "median", "p99", "median", "p99",
                "median", "p99");
    double worstMedian = 0;
    double worstCpuP99 = 0;
    for (const Case &c : cases) {
        map.setScale(RangeMapGeometry::Scale::Piecewise);
        map.showWholeRange();
        map.setSelectedCatalogRow(-1);
        map.setAcceptedRows({});
        for (const EphemeralRange &r : ephemeralRanges())
            map.setOverlayVisible(r.id, false);
        map.resize(1600, 300);
        c.setup();
        for (int i = 0; i < 10; ++i)
            map.render(&image);

        QList<double> warm;
        QList<double> panned;
        QList<double> pannedCpu;
        QElapsedTimer timer;
        for (int i = 0; i < iterations; ++i) {
            timer.start();
            map.render(&image);
            warm.append(timer.nsecsElapsed() / 1e6);
        }
        for (int i = 0; i < iterations; ++i) {
            // A new view every time, alternating so that it stays where the case put it.
            map.showPort(map.geometry().portAt(map.geometry().plotLeft() +
                                               map.geometry().plotWidth() / 2 + (i % 2 ? -1 : 1)));
            const double cpu = threadCpuMs();
            timer.start();
            map.render(&image);
            panned.append(timer.nsecsElapsed() / 1e6);
            pannedCpu.append(threadCpuMs() - cpu);
        }
        const Stats w = statsOf(warm);
        const Stats p = statsOf(panned);
        const Stats cpu = statsOf(pannedCpu);
        worstMedian = std::max({worstMedian, w.median, p.median});
        worstCpuP99 = std::max(worstCpuP99, cpu.p99);
        std::printf("%-26s %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f\n", c.name, w.median, w.p99,
                    p.median, p.p99, cpu.median, cpu.p99);
    }
    std::printf("budget %.0f ms per full repaint at 1600 px: worst median %.3f ms, worst CPU "
                "p99 %.3f ms: %s\n",
                budget, worstMedian, worstCpuP99, worstMedian <= budget ? "within" : "OVER");
    return 0;
}
