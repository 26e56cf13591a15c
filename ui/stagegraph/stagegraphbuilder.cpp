#include "ui/stagegraph/stagegraphbuilder.h"

#include "ui/editor/stageindex.h"

#include <QSet>

namespace Manifold::Ui {

namespace {

// Which ways `stage` uses `dependency`: through COPY/ADD --from, RUN --mount=from, or both.
QList<StageGraphEdge::Kind> usageKinds(const Build::PlannedStage &stage, const QString &dependency,
                                       const QList<Build::PlannedStage> &all)
{
    const auto refersTo = [&](QString value) {
        value = value.toLower();
        if (value == dependency)
            return true;
        bool isIndex = false;
        const int index = value.toInt(&isIndex);
        if (isIndex) {
            for (const Build::PlannedStage &s : all) {
                if (s.userIndex == index)
                    return s.name == dependency;
            }
        }
        return false;
    };
    QList<StageGraphEdge::Kind> kinds;
    for (const Dockerfile::Node &node : stage.body) {
        for (const Dockerfile::Flag &flag : node.flags) {
            if (flag.name == QLatin1String("from")
                && (node.keyword == QLatin1String("copy") || node.keyword == QLatin1String("add"))
                && refersTo(flag.value) && !kinds.contains(StageGraphEdge::Kind::Copy))
                kinds << StageGraphEdge::Kind::Copy;
            if (flag.name == QLatin1String("mount") && node.keyword == QLatin1String("run")) {
                for (const QString &field : flag.value.split(QLatin1Char(','))) {
                    if (field.startsWith(QLatin1String("from="), Qt::CaseInsensitive) && refersTo(field.mid(5))
                        && !kinds.contains(StageGraphEdge::Kind::Mount))
                        kinds << StageGraphEdge::Kind::Mount;
                }
            }
        }
    }
    // The planner expanded a variable we cannot see here: call it a copy.
    if (kinds.isEmpty())
        kinds << StageGraphEdge::Kind::Copy;
    return kinds;
}

int lastLineOf(const Build::PlannedStage &stage)
{
    int last = qMax(stage.from.range.end.line, stage.from.range.start.line);
    for (const Dockerfile::Node &node : stage.body)
        last = qMax(last, node.range.end.line);
    return last;
}

} // namespace

StageGraphData StageGraphBuilder::fromPlan(const Dockerfile::ParsedDockerfile &parsed, const Build::ExecutorPlan &plan)
{
    StageGraphData data;
    data.platform = plan.target.toString();
    data.target = plan.targetStage;

    QHash<QString, const Build::PlannedStage *> planned;
    for (const Build::PlannedStage &stage : plan.stages)
        planned.insert(stage.name, &stage);

    // Every stage in the user's order; the ones the plan left out are pruned.
    for (const StageLocation &location : stageLocations(parsed)) {
        const QString name = location.name.toLower();
        StageGraphNode node;
        node.name = name;
        node.firstLine = location.firstLine;
        node.lastLine = location.lastLine;
        if (const Build::PlannedStage *stage = planned.value(name)) {
            node.baseIsStage = !stage->baseStage.isEmpty();
            node.base = node.baseIsStage ? stage->baseStage : stage->baseImage;
            node.platform = stage->platform.toString();
            node.emulated = stage->emulated;
            node.stepCount = int(stage->body.size());
            node.lastLine = qMax(node.lastLine, lastLineOf(*stage));
        } else {
            node.base = location.base;
            node.pruned = true;
        }
        data.nodes << node;
    }

    for (const Build::PlannedStage &stage : plan.stages) {
        if (!stage.baseStage.isEmpty())
            data.edges << StageGraphEdge{stage.baseStage, stage.name, StageGraphEdge::Kind::From};
        for (const QString &dependency : stage.dependencies) {
            for (StageGraphEdge::Kind kind : usageKinds(stage, dependency, plan.stages))
                data.edges << StageGraphEdge{dependency, stage.name, kind};
        }
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
                                        const Build::PlanRequest &request, const HostCapabilities *host)
{
    Result<Build::ExecutorPlan> plan = Build::ExecutorPlanner::plan(parsed, target, request);
    if (!plan) {
        const Error &e = plan.error();
        return fromSyntax(parsed, target.toString(), e.hint.isEmpty() ? e.message : e.message + QLatin1Char(' ') + e.hint);
    }
    QString problem;
    if (host) {
        const Status support = Build::ExecutorPlanner::applyHostSupport(*plan, *host);
        if (!support)
            problem = support.error().message + QLatin1Char(' ') + support.error().hint;
    }
    StageGraphData data = fromPlan(parsed, *plan);
    data.problem = problem;
    return data;
}

} // namespace Manifold::Ui
