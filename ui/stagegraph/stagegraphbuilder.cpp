#include "ui/stagegraph/stagegraphbuilder.h"

#include "core/dockerfile/plan/buildplanner.h"
#include "ui/editor/stageindex.h"

#include <QSet>

namespace Manifold::Ui {

StageGraphData StageGraphBuilder::fromPlan(const Dockerfile::PlatformPlan &plan)
{
    StageGraphData data;
    data.platform = plan.target.toString();
    data.diagnostics = plan.diagnostics;
    if (const Dockerfile::PlannedStage *target = plan.stage(plan.targetStage))
        data.target = target->displayName;
    for (const Dockerfile::Diagnostic &d : plan.diagnostics) {
        if (d.severity == Dockerfile::Severity::Error) {
            data.problem = d.fix.isEmpty() ? d.message : d.message + QLatin1Char(' ') + d.fix;
            break;
        }
    }

    for (const Dockerfile::PlannedStage &stage : plan.stages) {
        StageGraphNode node;
        node.name = stage.displayName;
        switch (stage.baseKind) {
        case Dockerfile::PlannedStage::BaseKind::Stage:
            node.baseIsStage = true;
            node.base = plan.stage(stage.baseStage) ? plan.stage(stage.baseStage)->displayName : stage.baseAsWritten;
            break;
        case Dockerfile::PlannedStage::BaseKind::Scratch:
            node.base = QStringLiteral("scratch");
            break;
        case Dockerfile::PlannedStage::BaseKind::Image:
            node.base = stage.baseImage.isEmpty() ? stage.baseAsWritten : stage.baseImage;
            break;
        }
        node.platform = stage.platform.toString();
        node.emulated = stage.emulated && stage.reachable;
        node.stepCount = int(stage.steps.size());
        node.pruned = !stage.reachable;
        node.firstLine = stage.range.start.line;
        node.lastLine = qMax(stage.range.end.line, stage.range.start.line);
        data.nodes << node;
    }
    for (const Dockerfile::StageEdge &edge : plan.edges) {
        const Dockerfile::PlannedStage *from = plan.stage(edge.fromStage);
        const Dockerfile::PlannedStage *to = plan.stage(edge.toStage);
        if (!from || !to)
            continue; // an image, not a stage
        StageGraphEdge e{from->displayName, to->displayName, StageGraphEdge::Kind::From};
        if (edge.kind == Dockerfile::StageEdge::Kind::CopyFrom)
            e.kind = StageGraphEdge::Kind::Copy;
        else if (edge.kind == Dockerfile::StageEdge::Kind::MountFrom)
            e.kind = StageGraphEdge::Kind::Mount;
        if (!data.edges.contains(e))
            data.edges << e;
    }
    return data;
}

StageGraphData StageGraphBuilder::fromSyntax(const Dockerfile::ParsedDockerfile &parsed, const QString &platform,
                                             const QString &problem)
{
    StageGraphData data;
    data.platform = platform;
    data.problem = problem;
    const QList<StageLocation> locations = stageLocations(parsed);
    QSet<QString> names;
    for (const StageLocation &location : locations) {
        StageGraphNode node;
        node.name = location.name.toLower();
        node.base = location.base;
        node.baseIsStage = names.contains(location.base.toLower());
        node.firstLine = location.firstLine;
        node.lastLine = location.lastLine;
        data.nodes << node;
        if (node.baseIsStage)
            data.edges << StageGraphEdge{location.base.toLower(), node.name, StageGraphEdge::Kind::From};
        names.insert(node.name);
    }
    // Step counts and literal --from references, by line ranges.
    for (const Dockerfile::Node &instruction : parsed.instructions) {
        if (instruction.keyword == QLatin1String("from"))
            continue;
        for (StageGraphNode &node : data.nodes) {
            if (instruction.range.start.line < node.firstLine || instruction.range.start.line > node.lastLine)
                continue;
            ++node.stepCount;
            for (const Dockerfile::Flag &flag : instruction.flags) {
                QString source;
                StageGraphEdge::Kind kind = StageGraphEdge::Kind::Copy;
                if (flag.name == QLatin1String("from")) {
                    source = flag.value.toLower();
                } else if (flag.name == QLatin1String("mount")) {
                    for (const QString &field : flag.value.split(QLatin1Char(',')))
                        if (field.startsWith(QLatin1String("from="), Qt::CaseInsensitive))
                            source = field.mid(5).toLower();
                    kind = StageGraphEdge::Kind::Mount;
                }
                if (!source.isEmpty() && names.contains(source) && source != node.name)
                    data.edges << StageGraphEdge{source, node.name, kind};
            }
        }
    }
    if (!data.nodes.isEmpty())
        data.target = data.nodes.constLast().name;
    return data;
}

StageGraphData StageGraphBuilder::build(const Dockerfile::ParsedDockerfile &parsed, const Platform &target,
                                        const StageGraphRequest &request, const HostCapabilities *host)
{
    Dockerfile::PlanOptions options;
    for (auto it = request.buildArgs.cbegin(); it != request.buildArgs.cend(); ++it)
        options.buildArgs.set(it.key(), it.value());
    options.target = request.target;
    options.platforms = {target};
    options.buildPlatform = request.buildPlatform.isEmpty() ? HostProbe::hostPlatform() : request.buildPlatform;
    if (host) {
        const HostCapabilities capabilities = *host;
        options.runsNatively = [capabilities](const Platform &p) { return capabilities.runsNatively(p); };
    }
    const Dockerfile::PlatformPlan plan = Dockerfile::BuildPlanner::planPlatform(parsed, options, target);
    if (plan.stages.isEmpty()) {
        QString problem;
        for (const Dockerfile::Diagnostic &d : plan.diagnostics)
            problem = problem.isEmpty() ? d.message : problem;
        StageGraphData data = fromSyntax(parsed, target.toString(), problem);
        data.diagnostics = plan.diagnostics;
        return data;
    }
    return fromPlan(plan);
}

} // namespace Manifold::Ui
