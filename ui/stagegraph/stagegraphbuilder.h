#pragma once

#include "core/build/executorplan.h"
#include "core/dockerfile/parser/parser.h"
#include "core/platform/hostprobe.h"
#include "ui/stagegraph/stagegraphdata.h"

namespace Manifold::Ui {

// Turns what core decided into what the Stage Graph draws.
class StageGraphBuilder
{
public:
    // The stages of `plan` with FROM / COPY --from / RUN --mount=from edges, plus every other
    // stage of the Dockerfile as a pruned node.
    static StageGraphData fromPlan(const Dockerfile::ParsedDockerfile &parsed, const Build::ExecutorPlan &plan);

    // Every stage from the syntax tree alone (no expansion): the fallback when planning fails,
    // with `problem` saying why.
    static StageGraphData fromSyntax(const Dockerfile::ParsedDockerfile &parsed, const QString &platform,
                                     const QString &problem);

    // Plans `target` (marking emulated stages when `host` is given) and builds its graph; a plan
    // error becomes the graph's problem over the syntax-only graph.
    static StageGraphData build(const Dockerfile::ParsedDockerfile &parsed, const Platform &target,
                                const Build::PlanRequest &request, const HostCapabilities *host);
};

} // namespace Manifold::Ui
