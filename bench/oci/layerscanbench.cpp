// Scans layer blobs with Manifold's LayerScanner and prints the best-of-N CPU time per file
// (process CPU time: the shared bench machine is often oversubscribed, so wall time mostly
// measures the scheduler):
//   manifold-bench-layerscan [--runs N] LAYER...
// Output, one line per layer: "<path> <compressed bytes> <best CPU seconds> <binaries> <entries>".
#include "core/oci/layerscanner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <limits>

#include <time.h>

using namespace Manifold::Oci;

static double cpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    int runs = 3;
    if (arguments.size() >= 2 && arguments.first() == QLatin1String("--runs")) {
        runs = arguments.at(1).toInt();
        arguments = arguments.mid(2);
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        err << "usage: manifold-bench-layerscan [--runs N] LAYER...\n";
        return 2;
    }
    LayerScanOptions options;
    options.listEntries = true;
    const LayerScanner scanner(options);
    for (const QString &path : std::as_const(arguments)) {
        double best = std::numeric_limits<double>::max();
        qsizetype binaries = 0;
        qint64 entries = 0;
        for (int run = 0; run < runs; ++run) {
            const double start = cpuSeconds();
            const Manifold::Result<LayerScan> scan = scanner.scanFile(path);
            const double seconds = cpuSeconds() - start;
            if (!scan) {
                err << scan.error().toString() << '\n';
                return 1;
            }
            binaries = scan->binaries.size();
            entries = scan->entryCount;
            best = qMin(best, seconds);
        }
        out << path << ' ' << QFileInfo(path).size() << ' ' << QString::number(best, 'f', 6) << ' ' << binaries << ' '
            << entries << '\n';
    }
    return 0;
}
