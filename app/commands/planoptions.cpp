#include "app/commands/planoptions.h"

#include "app/cli/command.h"

#include "core/platform/hostprobe.h"

#include <QCoreApplication>

namespace Manifold::Cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli)
};
} // namespace

Result<Dockerfile::PlanOptions> planOptionsFromArguments(const HostCapabilities &host,
                                                         const QCommandLineParser &parser,
                                                         const QCommandLineOption &platformOption,
                                                         const QCommandLineOption &buildArgOption,
                                                         const QCommandLineOption &targetOption)
{
    Dockerfile::PlanOptions options;
    options.buildPlatform = host.host.isEmpty() ? HostProbe::hostPlatform() : host.host;
    options.runsNatively = [host, build = options.buildPlatform](const Platform &platform) {
        if (host.find(platform))
            return host.runsNatively(platform);
        return platform.normalized() == build.normalized();
    };
    options.target = parser.value(targetOption);
    if (parser.isSet(platformOption)) {
        Result<QList<Platform>> platforms =
            Platform::parseList(parser.values(platformOption).join(QLatin1Char(',')));
        if (!platforms)
            return platforms.error();
        options.platforms = *platforms;
    }
    for (const QString &buildArg : parser.values(buildArgOption)) {
        const qsizetype equals = buildArg.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return Error(QStringLiteral("cli.usage"),
                         Tr::tr("--build-arg \"%1\" is not KEY=VALUE").arg(buildArg), {},
                         Tr::tr("Write --build-arg NAME=value."));
        options.buildArgs.set(buildArg.left(equals), buildArg.mid(equals + 1));
    }
    return options;
}

Result<PlanInput> planInputFromArguments(const QCommandLineParser &parser, const QCommandLineOption &platformOption,
                                         const QCommandLineOption &buildArgOption,
                                         const QCommandLineOption &targetOption, int &exitCode)
{
    PlanInput input;
    input.host = HostProbe::probe();
    Result<Dockerfile::PlanOptions> options =
        planOptionsFromArguments(input.host, parser, platformOption, buildArgOption, targetOption);
    if (!options) {
        exitCode = ExitUsage;
        return options.error();
    }
    input.options = *options;
    Result<Dockerfile::ParsedDockerfile> parsed = Dockerfile::Parser::parseFile(parser.positionalArguments().constFirst());
    if (!parsed) {
        exitCode = ExitFindings;
        return parsed.error();
    }
    input.parsed = *parsed;
    exitCode = ExitOk;
    return input;
}

} // namespace Manifold::Cli
