#include "core/build/executorplan.h"

#include "core/dockerfile/plan/buildplanner.h"
#include "core/dockerfile/plan/platformargs.h"
#include "core/dockerfile/shell/shelllexer.h"

#include <QCoreApplication>

namespace Manifold::Build {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Build)
};

QPair<QString, QString> splitArg(const QString &word)
{
    const qsizetype equals = word.indexOf(QLatin1Char('='));
    if (equals < 0)
        return {word, QString()};
    return {word.left(equals), word.mid(equals + 1)};
}

// Build error codes callers and tests rely on, for the shared planner's diagnostic ids.
QString errorCode(const Dockerfile::Diagnostic &diagnostic)
{
    if (diagnostic.id == QLatin1String("MissingStageForPlatform"))
        return QStringLiteral("build.plan.missing-stage");
    return QStringLiteral("build.plan.") + diagnostic.id.toLower();
}

Error errorFrom(const Dockerfile::Diagnostic &diagnostic, const QString &fileName)
{
    const QString file = diagnostic.file.isEmpty() ? fileName : diagnostic.file;
    const QString location = diagnostic.range.start.line > 0
        ? QStringLiteral("%1:%2").arg(file).arg(diagnostic.range.start.line)
        : file;
    return Error(errorCode(diagnostic), diagnostic.message, location, diagnostic.fix);
}

// The user's instructions grouped by stage: FROM and the body that follows it, plus the global
// ARGs before the first FROM. The writer copies these verbatim.
struct UserStages
{
    QList<Dockerfile::Node> globalArgs;
    QList<QPair<Dockerfile::Node, QList<Dockerfile::Node>>> stages;
};

UserStages groupByStage(const Dockerfile::ParsedDockerfile &parsed)
{
    UserStages grouped;
    for (const Dockerfile::Node &node : parsed.instructions) {
        if (node.keyword == QLatin1String("from"))
            grouped.stages.append({node, {}});
        else if (!grouped.stages.isEmpty())
            grouped.stages.last().second.append(node);
        else if (node.keyword == QLatin1String("arg"))
            grouped.globalArgs.append(node);
    }
    return grouped;
}

} // namespace

const PlannedStage *ExecutorPlan::stage(const QString &name) const
{
    for (const PlannedStage &candidate : stages) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QStringList ExecutorPlan::emulatedPlatforms() const
{
    QStringList result;
    for (const PlannedStage &candidate : stages) {
        if (candidate.emulated && !result.contains(candidate.platform.toString()))
            result.append(candidate.platform.toString());
    }
    return result;
}

Dockerfile::PlatformPlan ExecutorPlanner::sharedPlan(const Dockerfile::ParsedDockerfile &parsed,
                                                      const Platform &target, const PlanRequest &request)
{
    Dockerfile::PlanOptions options;
    for (auto it = request.buildArgs.cbegin(); it != request.buildArgs.cend(); ++it)
        options.buildArgs.set(it.key(), it.value());
    options.target = request.targetStage;
    options.buildPlatform = request.buildPlatform.isEmpty() ? HostProbe::hostPlatform() : request.buildPlatform;
    options.platforms = {target.normalized()};
    return Dockerfile::BuildPlanner::planPlatform(parsed, options, target.normalized());
}

Result<ExecutorPlan> ExecutorPlanner::plan(const Dockerfile::ParsedDockerfile &parsed, const Platform &target,
                                           const PlanRequest &request)
{
    for (const Dockerfile::Diagnostic &diagnostic : parsed.diagnostics) {
        if (diagnostic.severity == Dockerfile::Severity::Error)
            return errorFrom(diagnostic, parsed.fileName);
    }
    const Dockerfile::PlatformPlan shared = sharedPlan(parsed, target, request);
    for (const Dockerfile::Diagnostic &diagnostic : shared.diagnostics) {
        if (diagnostic.severity == Dockerfile::Severity::Error)
            return errorFrom(diagnostic, parsed.fileName);
    }
    return fromSharedPlan(parsed, shared, request);
}

Result<ExecutorPlan> ExecutorPlanner::fromSharedPlan(const Dockerfile::ParsedDockerfile &parsed,
                                                     const Dockerfile::PlatformPlan &shared,
                                                     const PlanRequest &request)
{
    const UserStages user = groupByStage(parsed);
    if (user.stages.isEmpty() || shared.targetStage < 0)
        return Error(QStringLiteral("build.plan.no-stage"), Tr::tr("The Dockerfile has no FROM instruction."),
                     parsed.fileName, Tr::tr("Start the Dockerfile with FROM <image>."));

    ExecutorPlan plan;
    plan.target = shared.target.normalized();
    plan.buildPlatform = request.buildPlatform.isEmpty() ? HostProbe::hostPlatform() : request.buildPlatform;
    plan.escape = parsed.directives.escape;
    const Dockerfile::Variables automatic = Dockerfile::PlatformArgs::values(plan.buildPlatform, plan.target, QString());
    for (const QString &name : automatic.names()) {
        if (name != QLatin1String("TARGETSTAGE"))
            plan.automaticArgs.insert(name, automatic.value(name));
    }

    // The global ARGs with the values they have for this platform, for the writer to declare
    // (the planner resolved the same scope for FROM; Buildah needs it spelled out).
    Dockerfile::Variables global = automatic;
    const Dockerfile::ShellLexer lexer(plan.escape);
    for (const Dockerfile::Node &node : user.globalArgs) {
        for (const QString &word : node.args) {
            const auto [name, value] = splitArg(word);
            if (request.buildArgs.contains(name)) {
                global.set(name, request.buildArgs.value(name));
            } else if (word.contains(QLatin1Char('='))) {
                const Result<QString> expanded = lexer.processWord(value, global);
                global.set(name, expanded ? *expanded : value);
            } else if (!Dockerfile::PlatformArgs::isAutomatic(name)) {
                global.remove(name);
            }
            plan.globalArgs.append({name, global.value(name)});
        }
    }

    plan.targetStage = shared.stage(shared.targetStage)->displayName;
    for (const Dockerfile::PlannedStage &sharedStage : shared.stages) {
        if (!sharedStage.reachable || sharedStage.index >= user.stages.size())
            continue;
        PlannedStage stage;
        stage.name = sharedStage.displayName;
        stage.userIndex = sharedStage.index;
        stage.named = !sharedStage.name.isEmpty();
        stage.from = user.stages.at(sharedStage.index).first;
        stage.body = user.stages.at(sharedStage.index).second;
        switch (sharedStage.baseKind) {
        case Dockerfile::PlannedStage::BaseKind::Stage:
            stage.baseStage = shared.stage(sharedStage.baseStage)->displayName;
            break;
        case Dockerfile::PlannedStage::BaseKind::Scratch:
            stage.baseImage = QStringLiteral("scratch");
            break;
        case Dockerfile::PlannedStage::BaseKind::Image:
            stage.baseImage = sharedStage.baseImage;
            break;
        }
        stage.platform = sharedStage.platform.normalized();
        stage.explicitPlatform = sharedStage.platformExplicit;
        for (const Dockerfile::StageEdge &edge : shared.edges) {
            if (edge.toStage != sharedStage.index || edge.fromStage < 0 || edge.kind == Dockerfile::StageEdge::Kind::Base)
                continue;
            const QString dependency = shared.stage(edge.fromStage)->displayName;
            if (!stage.dependencies.contains(dependency))
                stage.dependencies.append(dependency);
        }
        plan.stages.append(stage);
    }
    return plan;
}

Status ExecutorPlanner::applyHostSupport(ExecutorPlan &plan, const HostCapabilities &host)
{
    for (PlannedStage &stage : plan.stages) {
        const PlatformSupport *support = host.find(stage.platform);
        if (host.runsNatively(stage.platform))
            continue;
        if (support && support->canRun()) {
            stage.emulated = true;
            continue;
        }
        const QString fix = support && !support->fix.isEmpty()
            ? support->fix
            : Tr::tr("Install QEMU user emulation with binfmt_misc (Debian/Ubuntu: apt-get install qemu-user-static "
                 "binfmt-support; then update-binfmts --enable), or route %1 to a native builder.")
                  .arg(stage.platform.toString());
        return Error(QStringLiteral("build.emulation-missing"),
                     Tr::tr("Stage \"%1\" runs as %2 but this %3 host cannot run %2 binaries: no QEMU emulator is "
                        "registered with binfmt_misc.")
                         .arg(stage.name, stage.platform.toString(), host.host.toString()),
                     QStringLiteral("Dockerfile:%1").arg(stage.from.range.start.line), fix);
    }
    return {};
}

} // namespace Manifold::Build
