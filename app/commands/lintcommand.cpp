#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/commands/planoptions.h"
#include "core/dockerfile/checks/dockerfilechecker.h"
#include "core/dockerfile/parser/astjson.h"
#include "core/dockerfile/parser/parser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace Manifold::Cli {

using namespace Manifold::Dockerfile;

// `manifold lint FILE [--platform P,...] [--build-arg K=V] [--target S] [--json]`: BuildKit's build
// checks (same rule names and messages) plus Manifold's multi-arch checks over every requested
// platform. Exit 1 when any finding is an error (or any finding with `# check=error=true`).
class LintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::LintCommand)

public:
    QString name() const override { return QStringLiteral("lint"); }
    QString summary() const override
    {
        return tr("Check a Dockerfile: BuildKit's build checks and multi-arch pitfalls");
    }

    int run(const QStringList &arguments, Streams streams) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addPositionalArgument(QStringLiteral("file"), tr("The Dockerfile."));
        const QCommandLineOption platformOption(
            QStringLiteral("platform"),
            tr("Target platforms, comma-separated (default: this host's platform)."),
            QStringLiteral("platforms"));
        const QCommandLineOption buildArgOption(QStringLiteral("build-arg"),
                                                tr("Set a build argument (repeatable)."),
                                                QStringLiteral("KEY=VALUE"));
        const QCommandLineOption targetOption(QStringLiteral("target"),
                                              tr("Check for this target stage."), QStringLiteral("stage"));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print findings as JSON."));
        parser.addOptions({platformOption, buildArgOption, targetOption, jsonOption});
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;
        const bool json = parser.isSet(jsonOption);
        auto fail = [&](const Error &error, int code) {
            if (json)
                printJson(streams.out, errorToJson(error));
            else
                printError(streams.err, name(), error);
            return code;
        };
        if (parser.positionalArguments().size() != 1)
            return fail(Error(QStringLiteral("cli.usage"), tr("expected exactly one Dockerfile"), {},
                              tr("usage: manifold lint FILE [--platform P,...] [--build-arg K=V] [--json]")),
                        ExitUsage);

        int inputExitCode = ExitOk;
        const Result<PlanInput> input =
            planInputFromArguments(parser, platformOption, buildArgOption, targetOption, inputExitCode);
        if (!input)
            return fail(input.error(), inputExitCode);
        const ParsedDockerfile &parsed = input->parsed;
        const CheckResult result = DockerfileChecker::check(parsed, input->options);

        if (json) {
            QJsonArray findings;
            for (const Diagnostic &d : result.diagnostics)
                findings.append(AstJson::diagnostic(d));
            QJsonObject document;
            document[QStringLiteral("file")] = parsed.fileName;
            document[QStringLiteral("failed")] = result.failed;
            document[QStringLiteral("findings")] = findings;
            printJson(streams.out, document);
        } else {
            for (const Diagnostic &d : result.diagnostics)
                printDiagnostic(streams.out, d);
            if (result.diagnostics.isEmpty())
                streams.out << parsed.fileName << ": " << tr("no findings") << '\n';
            streams.out.flush();
        }
        return result.failed ? ExitFindings : ExitOk;
    }
};

MANIFOLD_REGISTER_COMMAND(LintCommand);

} // namespace Manifold::Cli
