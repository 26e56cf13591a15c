#pragma once

#include "core/dockerfile/parser/parser.h"
#include "core/dockerfile/plan/buildplan.h"
#include "core/dockerfile/shell/variables.h"
#include "core/platform/platform.h"

#include <QList>
#include <QString>

#include <functional>

namespace Manifold::Dockerfile {

struct PlanOptions
{
    Variables buildArgs;          // --build-arg K=V
    QString target;               // --target; empty: the last stage
    QList<Platform> platforms;    // --platform; empty: the build platform
    Platform buildPlatform;       // where the build runs (BUILDPLATFORM)
    // Whether the build host runs a platform without emulation (from core/platform's host
    // probe: HostCapabilities::runsNatively). Empty: only the build platform's os/arch.
    std::function<bool(const Platform &)> runsNatively;
};

// Resolves a parsed Dockerfile the way BuildKit's dockerfile2llb does before it builds anything:
// global and automatic ARGs, FROM expansion with the global scope, stage lookup, the execution
// platform of each stage, ARG/ENV scoping inside stages, COPY --from / RUN --mount=from edges,
// ONBUILD triggers of a base stage, the target and the reachable (non-pruned) stages, once per
// target platform. Errors use BuildKit's wording and become diagnostics of the plan.
class BuildPlanner
{
public:
    static BuildPlan plan(const ParsedDockerfile &parsed, const PlanOptions &options);
    static PlatformPlan planPlatform(const ParsedDockerfile &parsed, const PlanOptions &options,
                                     const Platform &target);
};

} // namespace Manifold::Dockerfile
