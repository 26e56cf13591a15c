#pragma once

#include "core/dockerfile/parser/parser.h"
#include "core/dockerfile/plan/buildplan.h"
#include "core/platform/hostprobe.h"
#include "ui/stagegraph/stagegraphdata.h"

#include <QMap>

namespace Manifold::Ui {

// What planning needs besides the Dockerfile.
struct StageGraphRequest
{
    QMap<QString, QString> buildArgs;
    QString target;          // --target; empty: the last stage
    Platform buildPlatform;  // empty: this host
};

// Turns core's BuildPlan into what the Stage Graph draws.
class StageGraphBuilder
{
public:
    // Every stage of one platform's plan (unreachable ones pruned) with the stage-to-stage
    // FROM / COPY --from / RUN --mount=from edges.
    static StageGraphData fromPlan(const Dockerfile::PlatformPlan &plan);

    // Every stage from the syntax tree alone (no expansion): the fallback when the plan has no
    // stages, with `problem` saying why.
    static StageGraphData fromSyntax(const Dockerfile::ParsedDockerfile &parsed, const QString &platform,
                                     const QString &problem);

    // Plans `target` with core's BuildPlanner (emulation decided by `host` when given) and
    // builds its graph; plan errors become the graph's problem and diagnostics.
    static StageGraphData build(const Dockerfile::ParsedDockerfile &parsed, const Platform &target,
                                const StageGraphRequest &request, const HostCapabilities *host);
};

} // namespace Manifold::Ui
