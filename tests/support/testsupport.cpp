#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

namespace Manifold::Test {

QString fixtureDir()
{
    const QString fromEnv = qEnvironmentVariable("MANIFOLD_FIXTURE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(MANIFOLD_FIXTURE_DIR) : fromEnv;
}

int runProgram(const QString &program, const QStringList &arguments, QByteArray *output,
               int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return -1;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -2;
    }
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

int runManifold(const QStringList &arguments, QByteArray *out, QByteArray *err, int timeoutMs)
{
    return runManifoldWithInput(arguments, {}, out, err, timeoutMs);
}

int runManifoldWithInput(const QStringList &arguments, const QByteArray &input, QByteArray *out, QByteArray *err,
                         int timeoutMs, const QProcessEnvironment &environment)
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MANIFOLD_BINARY), arguments);
    if (!process.waitForStarted(10000))
        return -1;
    // Standard input is written, then closed, so a reader sees end-of-file.
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -2;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -3;
}

QList<qint64> processesMentioning(const QString &needle)
{
    QList<qint64> found;
    const QByteArray bytes = needle.toUtf8();
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains(bytes) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QByteArray state = text.mid(text.lastIndexOf(')') + 2, 1);
        if (state != "Z" && state != "X")
            found.append(pid);
    }
    return found;
}

QStringList halfWrittenFilesUnder(const QString &root)
{
    static const QRegularExpression saveFileTemp(QStringLiteral("\\.[A-Za-z0-9]{6}$"));
    QStringList leftovers;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (name.endsWith(QLatin1String(".tmp")) || name.endsWith(QLatin1String(".part"))
            || name.endsWith(QLatin1String(".new")) || saveFileTemp.match(name).hasMatch())
            leftovers.append(path);
    }
    return leftovers;
}

} // namespace Manifold::Test
