#include "app/cli/command.h"
#include "app/cli/output.h"
#include "core/platform/hostprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Manifold::Cli {

// `manifold platforms`: what this host runs natively, by QEMU emulation, or not at all.
class PlatformsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::PlatformsCommand)

public:
    QString name() const override { return QStringLiteral("platforms"); }
    QString summary() const override
    {
        return tr("Show which platforms this host runs natively, emulated, or not");
    }

    int run(const QStringList &arguments, Streams streams) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        const QCommandLineOption binfmtDir(
            QStringLiteral("binfmt-dir"),
            tr("Read binfmt_misc handlers from DIR (default /proc/sys/fs/binfmt_misc)."),
            QStringLiteral("dir"));
        const QCommandLineOption platformOption(
            QStringLiteral("platform"),
            tr("Only these platforms (comma-separated, e.g. linux/arm64,linux/arm/v7)."),
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
        QStringList facts{host.machine};
        if (host.amd64Level > 0)
            facts << QStringLiteral("x86-64-v%1").arg(host.amd64Level);
        if (!host.kernel.isEmpty())
            facts << tr("kernel %1").arg(host.kernel);
        out << tr("Host: %1 (%2)").arg(host.host.toString(), facts.join(QStringLiteral(", "))) << '\n';
        const QString state = !host.binfmt.mounted ? tr("not mounted")
            : host.binfmt.enabled                  ? tr("mounted, enabled")
                                                   : tr("mounted, disabled");
        out << tr("binfmt_misc: %1 %2, %n handler(s)", nullptr, int(host.binfmt.handlers.size()))
                   .arg(host.binfmt.directory, state)
            << "\n\n";
        out << QStringLiteral("%1 %2 %3\n")
                   .arg(padToColumns(tr("PLATFORM"), 16), padToColumns(tr("SUPPORT"), 12), tr("HOW"));
        const QString indent(30, QLatin1Char(' '));
        for (const PlatformSupport &support : host.platforms) {
            out << QStringLiteral("%1 %2 %3\n")
                       .arg(support.platform.toString().leftJustified(16),
                            supportKindName(support.kind).leftJustified(12), support.detail);
            if (!support.interpreter.isEmpty())
                out << indent << tr("emulator: %1").arg(support.interpreter) << '\n';
            for (const QString &warning : support.warnings)
                out << indent << tr("warning: %1").arg(warning) << '\n';
            if (!support.fix.isEmpty())
                out << indent << tr("fix: %1").arg(support.fix) << '\n';
        }
        out.flush();
    }
};

MANIFOLD_REGISTER_COMMAND(PlatformsCommand);

} // namespace Manifold::Cli
