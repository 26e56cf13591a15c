#pragma once

#include "core/dockerfile/parser/node.h"
#include "core/dockerfile/parser/parser.h"
#include "core/dockerfile/plan/buildplan.h"
#include "core/platform/hostprobe.h"
#include "core/platform/platform.h"
#include "core/utils/result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace Manifold::Build {

// One stage that runs for a target platform.
struct PlannedStage
{
    QString name;          // the user's stage name, or "stage-N" for unnamed stages
    int userIndex = 0;     // 0-based position among the user's stages
    bool named = false;    // the user gave it a name
    Dockerfile::Node from; // the user's FROM instruction
    QList<Dockerfile::Node> body; // instructions after FROM, in order
    QString baseStage;     // set when FROM names an earlier stage
    QString baseImage;     // the expanded image reference (when not a stage), "scratch" allowed
    QString pinnedImage;   // baseImage pinned to the per-platform digest (filled by resolution)
    Platform platform;     // the platform this stage executes as
    bool explicitPlatform = false; // FROM --platform was given
    bool emulated = false; // the host runs this platform only through emulation
    QStringList dependencies; // names of stages it copies or mounts from

    bool isExternalImage() const { return baseStage.isEmpty() && baseImage != QLatin1String("scratch"); }
};

// What one executor builds: the stages that run for one target platform, in the user's order.
struct ExecutorPlan
{
    Platform target;
    Platform buildPlatform;
    QString targetStage;
    QList<PlannedStage> stages;
    // Global ARGs (before the first FROM) with their values for this platform, in order, and the
    // automatic platform ARGs.
    QList<QPair<QString, QString>> globalArgs;
    QMap<QString, QString> automaticArgs;
    QChar escape = QLatin1Char('\\');

    const PlannedStage *stage(const QString &name) const;
    QStringList emulatedPlatforms() const;
};

struct PlanRequest
{
    QMap<QString, QString> buildArgs; // --build-arg K=V
    QString targetStage;              // --target; empty: the last stage
    Platform buildPlatform;           // the host's platform
};

// What one executor runs, taken from core/dockerfile's shared per-platform plan (BuildPlanner:
// BuildKit's rules for ARGs, FROM expansion, stage references, --platform, pruning and the
// missing per-platform stage) and joined with the user's instructions the writer copies.
class ExecutorPlanner
{
public:
    static Result<ExecutorPlan> plan(const Dockerfile::ParsedDockerfile &parsed, const Platform &target,
                                     const PlanRequest &request);

    // The shared plan for one target, as `plan` uses it (with its diagnostics).
    static Dockerfile::PlatformPlan sharedPlan(const Dockerfile::ParsedDockerfile &parsed, const Platform &target,
                                               const PlanRequest &request);
    // The executor's view of an error-free shared plan.
    static Result<ExecutorPlan> fromSharedPlan(const Dockerfile::ParsedDockerfile &parsed,
                                               const Dockerfile::PlatformPlan &shared, const PlanRequest &request);

    // Marks stages whose platform the host cannot run natively; an error when the host cannot run
    // one at all, saying how to install the emulator.
    static Status applyHostSupport(ExecutorPlan &plan, const HostCapabilities &host);
};

} // namespace Manifold::Build
