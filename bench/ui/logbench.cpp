// Feeds one million lines into the Build Log view the way a build does (bursts of lines read
// from engine processes, one burst per event-loop turn; each line is a fresh QString, as read
// from a process) and reports the total time, the longest event-loop stall seen by a 1 ms
// heartbeat timer, the resident memory added per line and the bytes the line store holds.
// Under ASan, run with ASAN_OPTIONS=quarantine_size_mb=0 so freed line texts are reused.
#include "ui/buildlog/buildlogview.h"
#include "ui/buildlog/logtextview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace Manifold::Ui;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString makeLine(int i)
{
    // Roughly what engines print: step headers, command output, now and then colours.
    switch (i % 10) {
    case 0: return QStringLiteral("\x1b[1m[builder 3/7]\x1b[0m RUN make -j2 target-%1").arg(i);
    case 5: return QStringLiteral("\x1b[33mwarning:\x1b[0m unused variable 'x' in src/file%1.c:42").arg(i % 997);
    default: return QStringLiteral("gcc -O2 -c src/file%1.c -o build/file%1.o  # line %2").arg(i % 997).arg(i);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int total = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    const int burst = 2000;

    BuildLogView view;
    view.setPlatforms({QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")});
    view.resize(1000, 600);
    view.show();
    // Warm up once: the first paint loads fonts (fontconfig), a one-off cost unrelated to the log.
    view.appendLine(QStringLiteral("linux/amd64"), makeLine(0));
    view.flush();
    view.grab();
    view.clear();
    QCoreApplication::processEvents();

    const qint64 rssBefore = residentKiB();
    QElapsedTimer clock;
    QElapsedTimer sinceBeat;
    qint64 longestStall = 0;
    int rowsAtLongestStall = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        if (sinceBeat.elapsed() > longestStall) {
            longestStall = sinceBeat.elapsed();
            rowsAtLongestStall = int(view.lineCount());
        }
        sinceBeat.restart();
    });

    int next = 0;
    QTimer producer;
    producer.setInterval(0);
    QObject::connect(&producer, &QTimer::timeout, &app, [&] {
        const int end = qMin(total, next + burst);
        for (; next < end; ++next)
            view.appendLine(next % 2 ? QStringLiteral("linux/arm64") : QStringLiteral("linux/amd64"), makeLine(next));
        if (next >= total) {
            producer.stop();
            // Let the last frame reach the screen, then stop.
            QTimer::singleShot(200, &app, [&] {
                view.flush();
                QCoreApplication::processEvents();
                app.quit();
            });
        }
    });

    clock.start();
    sinceBeat.start();
    heartbeat.start();
    producer.start();
    app.exec();
    const double seconds = (clock.elapsed() - 200) / 1000.0;
    const qint64 rssAfter = residentKiB();
    const int rows = int(view.lineCount());
    const int flushes = view.textView()->frameUpdates();
    const double storeBytesPerLine = rows > 0 ? double(view.store().memoryBytes()) / rows : 0;
    const double bytesPerLine = rows > 0 ? (rssAfter - rssBefore) * 1024.0 / rows : 0;

    QTextStream out(stdout);
    out << "lines appended:        " << rows << " (all) / " << view.lineCount(QStringLiteral("linux/arm64"))
        << " (linux/arm64)\n";
    out << "view updates (frames): " << flushes << "\n";
    out << "total time:            " << QString::number(seconds, 'f', 2) << " s ("
        << QString::number(rows / qMax(seconds, 0.001) / 1000.0, 'f', 0) << "k lines/s)\n";
    out << "longest stall:         " << longestStall << " ms (with " << rowsAtLongestStall << " rows shown)\n";
    out << "memory per line:       " << QString::number(bytesPerLine, 'f', 0) << " bytes (RSS growth "
        << (rssAfter - rssBefore) / 1024 << " MiB)\n";
    out << "line store per line:   " << QString::number(storeBytesPerLine, 'f', 0) << " bytes\n";
    return rows == total ? 0 : 1;
}
