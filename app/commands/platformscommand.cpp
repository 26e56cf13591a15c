#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/platform/hostprobe.h"

#include <QCommandLineParser>

namespace Manifold::Cli {

// `manifold platforms`: what this host runs natively, by QEMU emulation, or not at all.
class PlatformsCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("platforms"); }
    QString summary() const override
    {
        return QStringLiteral("Show which platforms this host runs natively, emulated, or not");
    }

    int run(const QStringList &arguments, Streams streams) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
        const QCommandLineOption binfmtDir(
            QStringLiteral("binfmt-dir"),
            QStringLiteral("Read binfmt_misc handlers from DIR (default /proc/sys/fs/binfmt_misc)."),
            QStringLiteral("dir"));
        const QCommandLineOption platformOption(
            QStringLiteral("platform"),
            QStringLiteral("Only these platforms (comma-separated, e.g. linux/arm64,linux/arm/v7)."),
            QStringLiteral("list"));
        parser.addOptions({json, binfmtDir, platformOption});
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;

        HostProbeInputs inputs;
        if (parser.isSet(binfmtDir))
            inputs.binfmtDirectory = parser.value(binfmtDir);
        if (parser.isSet(platformOption)) {
            Result<QList<Platform>> platforms = Platform::parseList(parser.value(platformOption));
            if (!platforms) {
                printError(streams.err, name(), platforms.error());
                return ExitUsage;
            }
            inputs.candidates = *platforms;
        }
        const HostCapabilities host = HostProbe::probe(inputs);
        if (parser.isSet(json)) {
            printJson(streams.out, host.toJson());
            return ExitOk;
        }
        printTable(streams.out, host);
        return ExitOk;
    }

private:
    static void printTable(QTextStream &out, const HostCapabilities &host)
    {
        out << "Host: " << host.host.toString() << " (" << host.machine;
        if (host.amd64Level > 0)
            out << ", x86-64-v" << host.amd64Level;
        if (!host.kernel.isEmpty())
            out << ", kernel " << host.kernel;
        out << ")\n";
        out << "binfmt_misc: " << host.binfmt.directory << ' '
            << (host.binfmt.mounted ? (host.binfmt.enabled ? "mounted, enabled" : "mounted, disabled")
                                    : "not mounted")
            << ", " << host.binfmt.handlers.size() << " handlers\n\n";
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(QStringLiteral("PLATFORM").leftJustified(16),
                        QStringLiteral("SUPPORT").leftJustified(12), QStringLiteral("HOW"));
        for (const PlatformSupport &support : host.platforms) {
            out << QStringLiteral("%1 %2 %3\n")
                       .arg(support.platform.toString().leftJustified(16),
                            supportKindName(support.kind).leftJustified(12), support.detail);
            if (!support.interpreter.isEmpty())
                out << QString(30, QLatin1Char(' ')) << "emulator: " << support.interpreter << '\n';
            for (const QString &warning : support.warnings)
                out << QString(30, QLatin1Char(' ')) << "warning: " << warning << '\n';
            if (!support.fix.isEmpty())
                out << QString(30, QLatin1Char(' ')) << "fix: " << support.fix << '\n';
        }
        out.flush();
    }
};

MANIFOLD_REGISTER_COMMAND(PlatformsCommand);

} // namespace Manifold::Cli
