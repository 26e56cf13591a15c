#include "app/cli/command.h"
#include "app/cli/output.h"
#include "app/commands/planoptions.h"
#include "core/dockerfile/parser/astjson.h"
#include "core/dockerfile/parser/parser.h"
#include "core/dockerfile/plan/buildplanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace Manifold::Cli {

using namespace Manifold::Dockerfile;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli)
};

QString lines(const SourceRange &range)
{
    return range.start.line == range.end.line || range.end.line <= 0
        ? QString::number(range.start.line)
        : QStringLiteral("%1-%2").arg(range.start.line).arg(range.end.line);
}

QString dotQuote(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

// `manifold graph FILE [--platform P,...] [--build-arg K=V] [--target S] [--format text|json|dot]`:
// the stages each target platform really builds (BuildKit's pruning), where each runs and
// whether the build host has to emulate it, and every FROM / COPY --from / RUN --mount edge.
class GraphCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::GraphCommand)

public:
    QString name() const override { return QStringLiteral("graph"); }
    QString summary() const override
    {
        return tr("Show the per-platform stage graph of a Dockerfile (text, JSON or dot)");
    }

    int run(const QStringList &arguments, Streams streams) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(summary());
        parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The Dockerfile."));
        const QCommandLineOption platformOption(
            QStringLiteral("platform"),
            Tr::tr("Target platforms, comma-separated (default: this host's platform)."),
            QStringLiteral("platforms"));
        const QCommandLineOption buildArgOption(QStringLiteral("build-arg"),
                                                Tr::tr("Set a build argument (repeatable)."),
                                                QStringLiteral("KEY=VALUE"));
        const QCommandLineOption targetOption(QStringLiteral("target"),
                                              Tr::tr("Build this stage instead of the last one."),
                                              QStringLiteral("stage"));
        const QCommandLineOption formatOption(QStringLiteral("format"),
                                              Tr::tr("Output format: text, json or dot."),
                                              QStringLiteral("format"), QStringLiteral("text"));
        const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Same as --format json."));
        parser.addOptions({platformOption, buildArgOption, targetOption, formatOption, jsonOption});
        int exitCode = ExitOk;
        if (!parseArguments(parser, arguments, streams, exitCode))
            return exitCode;

        const QString format = parser.isSet(jsonOption) ? QStringLiteral("json")
                                                        : parser.value(formatOption).toLower();
        const bool json = format == QLatin1String("json");
        auto fail = [&](const Error &error, int code) {
            if (json)
                printJson(streams.out, errorToJson(error));
            else
                printError(streams.err, name(), error);
            return code;
        };
        if (format != QLatin1String("text") && !json && format != QLatin1String("dot"))
            return fail(Error(QStringLiteral("cli.usage"), Tr::tr("unknown format \"%1\"").arg(format), {},
                              Tr::tr("Use --format text, json or dot.")),
                        ExitUsage);
        if (parser.positionalArguments().size() != 1)
            return fail(Error(QStringLiteral("cli.usage"), Tr::tr("expected exactly one Dockerfile"), {},
                              Tr::tr("usage: manifold graph FILE [--platform P,...] [--build-arg K=V] "
                                 "[--target S] [--format text|json|dot]")),
                        ExitUsage);

        int inputExitCode = ExitOk;
        const Result<PlanInput> input =
            planInputFromArguments(parser, platformOption, buildArgOption, targetOption, inputExitCode);
        if (!input)
            return fail(input.error(), inputExitCode);
        const HostCapabilities &host = input->host;
        const ParsedDockerfile &parsed = input->parsed;
        const BuildPlan plan = BuildPlanner::plan(parsed, input->options);

        if (json) {
            QJsonObject document = plan.toJson();
            QJsonArray parseDiagnostics;
            for (const Diagnostic &d : parsed.diagnostics)
                parseDiagnostics.append(AstJson::diagnostic(d));
            document[QStringLiteral("parseDiagnostics")] = parseDiagnostics;
            printJson(streams.out, document);
        } else if (format == QLatin1String("dot")) {
            printDot(streams.out, plan);
        } else {
            printText(streams.out, plan, host);
        }
        printDiagnostics(streams.err, parsed, plan, json);
        return plan.ok() && !parsed.hasErrors() ? ExitOk : ExitFindings;
    }

private:
    static void printText(QTextStream &out, const BuildPlan &plan, const HostCapabilities &host)
    {
        out << plan.fileName << ": " << Tr::tr("build platform") << ' ' << plan.buildPlatform.toString()
            << '\n';
        for (const PlatformPlan &platform : plan.platforms) {
            const PlannedStage *target = platform.stage(platform.targetStage);
            out << '\n' << platform.target.toString();
            if (target)
                out << "  (" << Tr::tr("target") << ' ' << target->displayName << ")";
            out << '\n';
            for (int index : platform.order) {
                const PlannedStage &stage = platform.stages.at(index);
                QString base;
                switch (stage.baseKind) {
                case PlannedStage::BaseKind::Image:
                    base = stage.baseImage;
                    break;
                case PlannedStage::BaseKind::Stage:
                    base = Tr::tr("stage %1").arg(platform.stages.at(stage.baseStage).displayName);
                    break;
                case PlannedStage::BaseKind::Scratch:
                    base = QStringLiteral("scratch");
                    break;
                }
                QString execution = stage.native ? Tr::tr("native") : (stage.emulated ? Tr::tr("emulated") : Tr::tr("copy-only"));
                if (stage.emulated) {
                    const PlatformSupport *support = host.find(stage.platform);
                    if (support && !support->canRun())
                        execution += QStringLiteral(" (") + Tr::tr("not runnable here: %1").arg(support->fix) + QLatin1Char(')');
                }
                out << "  " << stage.displayName.leftJustified(20) << ' '
                    << stage.platform.toString().leftJustified(14) << ' ' << execution.leftJustified(9)
                    << "  FROM " << base << "  [" << stage.stepCount << ' '
                    << (stage.stepCount == 1 ? Tr::tr("step") : Tr::tr("steps")) << ", " << Tr::tr("lines") << ' '
                    << lines(stage.range) << "]\n";
                for (const StageEdge &edge : platform.edges) {
                    if (edge.toStage != index || edge.kind == StageEdge::Kind::Base)
                        continue;
                    const QString source = edge.fromStage >= 0
                        ? platform.stages.at(edge.fromStage).displayName
                        : Tr::tr("image %1").arg(edge.image);
                    out << "      <- " << source << "  ("
                        << (edge.kind == StageEdge::Kind::CopyFrom ? QStringLiteral("COPY --from")
                                                                   : QStringLiteral("RUN --mount from"))
                        << (edge.viaOnBuild ? QStringLiteral(", ONBUILD") : QString()) << ", "
                        << Tr::tr("line") << ' ' << edge.range.start.line << ")\n";
                }
            }
            QStringList pruned;
            for (const PlannedStage &stage : platform.stages) {
                if (!stage.reachable)
                    pruned.append(stage.displayName);
            }
            if (!pruned.isEmpty())
                out << "  " << Tr::tr("not built") << ": " << pruned.join(QStringLiteral(", ")) << '\n';
        }
        out.flush();
    }

    static void printDot(QTextStream &out, const BuildPlan &plan)
    {
        out << "digraph build {\n  rankdir=LR;\n  node [shape=box, fontname=\"sans-serif\"];\n";
        for (int p = 0; p < plan.platforms.size(); ++p) {
            const PlatformPlan &platform = plan.platforms.at(p);
            out << "  subgraph cluster_" << p << " {\n    label=" << dotQuote(platform.target.toString())
                << ";\n";
            auto nodeId = [p](int stage) { return QStringLiteral("p%1_s%2").arg(p).arg(stage); };
            for (int index : platform.order) {
                const PlannedStage &stage = platform.stages.at(index);
                QString label = stage.displayName + QStringLiteral("\\n") + stage.platform.toString();
                if (stage.emulated)
                    label += QStringLiteral(" (emulated)");
                out << "    " << nodeId(index) << " [label=" << dotQuote(label).replace(QLatin1String("\\\\n"), QLatin1String("\\n"))
                    << (stage.emulated ? ", style=dashed" : "")
                    << (index == platform.targetStage ? ", penwidth=2" : "") << "];\n";
            }
            int image = 0;
            for (const StageEdge &edge : platform.edges) {
                QString from;
                if (edge.fromStage >= 0) {
                    from = nodeId(edge.fromStage);
                } else {
                    from = QStringLiteral("p%1_i%2").arg(p).arg(image++);
                    out << "    " << from << " [shape=ellipse, label=" << dotQuote(edge.image) << "];\n";
                }
                out << "    " << from << " -> " << nodeId(edge.toStage) << " [label="
                    << dotQuote(edgeKindName(edge.kind)) << "];\n";
            }
            out << "  }\n";
        }
        out << "}\n";
        out.flush();
    }

    static void printDiagnostics(QTextStream &err, const ParsedDockerfile &parsed, const BuildPlan &plan,
                                 bool json)
    {
        if (json)
            return;
        QList<Diagnostic> all = parsed.diagnostics;
        for (const Diagnostic &d : plan.allDiagnostics())
            all.append(d);
        for (const Diagnostic &d : all) {
            err << d.file << ':' << d.range.start.line << ": " << severityName(d.severity) << ": "
                << d.message << " [" << d.id << "]\n";
            if (!d.fix.isEmpty())
                err << "  fix: " << d.fix << '\n';
        }
        err.flush();
    }
};

MANIFOLD_REGISTER_COMMAND(GraphCommand);

} // namespace Manifold::Cli
