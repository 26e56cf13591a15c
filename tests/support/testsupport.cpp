#include "tests/support/testsupport.h"

#include <QProcess>

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

} // namespace Manifold::Test
