#pragma once

#include "core/dockerfile/diagnostic.h"
#include "core/dockerfile/parser/parser.h"
#include "core/dockerfile/plan/buildplan.h"
#include "core/dockerfile/plan/buildplanner.h"

#include <QList>

namespace Manifold::Dockerfile {

// Stable ids of Manifold's own multi-architecture checks (BuildKit's rules keep their names).
namespace MultiArchCheck {
inline constexpr QLatin1String MissingStageForPlatform{"MissingStageForPlatform"};
inline constexpr QLatin1String CrossPlatformArtifact{"CrossPlatformArtifact"};
inline constexpr QLatin1String ConstantPlatformInFinalImage{"ConstantPlatformInFinalImage"};
inline constexpr QLatin1String EmulatedCompilation{"EmulatedCompilation"};
inline constexpr QLatin1String SharedBaseAcrossPlatforms{"SharedBaseAcrossPlatforms"};
inline constexpr QLatin1String UndeclaredPlatformArgInFrom{"UndeclaredPlatformArgInFrom"};
} // namespace MultiArchCheck

struct CheckResult
{
    QList<Diagnostic> diagnostics; // parser findings, plan errors and check findings, by line
    bool failed = false;           // an error-level finding (or any finding with check error=true)
};

// BuildKit's build checks that can be decided without pulling images (same rule names and
// messages), the parser's and the planner's findings, and Manifold's multi-arch checks, which run
// over the plans of every requested platform. Honours `# check=skip=...;error=true` and the
// BUILDKIT_DOCKERFILE_CHECK build arg.
class DockerfileChecker
{
public:
    static CheckResult check(const ParsedDockerfile &parsed, const PlanOptions &options);
    static CheckResult check(const ParsedDockerfile &parsed, const PlanOptions &options,
                             const BuildPlan &plan);
    // https://docs.docker.com/go/dockerfile/rule/<rule-name>/ for BuildKit's rules.
    static QString documentationUrl(const QString &rule);
};

} // namespace Manifold::Dockerfile
