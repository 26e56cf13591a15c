#pragma once

#include "core/dockerfile/parser/node.h"
#include "core/dockerfile/parser/parser.h"
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

// Decides, per target platform, which stages run and from what. It works on the parser's
// syntax tree directly and mirrors BuildKit's rules for global ARGs, FROM expansion, stage
// references, --platform and reachability (reference notes §4-5).
class ExecutorPlanner
{
public:
    static Result<ExecutorPlan> plan(const Dockerfile::ParsedDockerfile &parsed, const Platform &target,
                                     const PlanRequest &request);

    // Expands $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:+alt}, ${VAR+alt} against
    // `variables`; unknown variables expand to "" as BuildKit does. Quotes are removed.
    static QString expand(const QString &word, const QMap<QString, QString> &variables);

    // The automatic platform ARGs (TARGETPLATFORM, TARGETARCH, BUILDPLATFORM, ...).
    static QMap<QString, QString> automaticArgs(const Platform &target, const Platform &build);

    // Marks stages whose platform the host cannot run natively; an error when the host cannot run
    // one at all, saying how to install the emulator.
    static Status applyHostSupport(ExecutorPlan &plan, const HostCapabilities &host);
};

} // namespace Manifold::Build
