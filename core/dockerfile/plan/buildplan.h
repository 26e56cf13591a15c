#pragma once

#include "core/dockerfile/diagnostic.h"
#include "core/dockerfile/sourcerange.h"
#include "core/platform/platform.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Manifold::Dockerfile {

// A dependency between stages (or on an image) in one platform's plan.
struct StageEdge
{
    enum class Kind { Base, CopyFrom, MountFrom };

    Kind kind = Kind::Base;
    int toStage = -1;      // the stage that depends
    int fromStage = -1;    // the stage depended on; -1 for an image or the empty scratch source
    QString reference;     // as written: "builder", "0", "alpine:3.20", "final_${TARGETARCH}"
    QString image;         // the image when fromStage < 0 (after expansion for FROM)
    bool viaOnBuild = false; // added by an ONBUILD trigger of the base stage
    SourceRange range;     // the instruction that creates the edge

    bool operator==(const StageEdge &other) const = default;
};

// One executed step of a stage (RUN, COPY, ADD, WORKDIR as BuildKit counts them).
struct PlannedStep
{
    QString keyword;   // "RUN"
    QString text;      // the instruction as written, continuations joined
    SourceRange range;
    bool viaOnBuild = false;
    bool operator==(const PlannedStep &other) const = default;
};

// A use of a variable that was not set where BuildKit expands it (UndefinedVar candidates).
struct VariableUse
{
    QString name;
    QString instruction; // "COPY"
    SourceRange range;   // the instruction
    bool operator==(const VariableUse &other) const = default;
};

struct PlannedStage
{
    enum class BaseKind { Image, Stage, Scratch };

    int index = -1;
    QString name;          // lowercased AS name; empty when unnamed
    QString displayName;   // name, or "stage-N" like BuildKit
    BaseKind baseKind = BaseKind::Image;
    QString baseAsWritten; // "${BASE_IMAGE}"
    QString baseImage;     // expanded image reference (Image); empty for Stage/Scratch
    int baseStage = -1;    // Stage
    QStringList fromVariables;   // variables used in the base name / --platform
    QStringList fromUndefined;   // of those, the ones not set in the global scope

    Platform platform;           // execution platform
    QString platformAsWritten;   // --platform value as written; empty when absent
    bool platformExplicit = false; // a --platform flag decided it (not inherited, not target)
    bool platformConstant = false; // --platform without variables
    bool native = true;          // the build host runs `platform` natively
    bool emulated = false;       // not native and the stage executes RUN steps

    bool reachable = false;      // runs for this target (unreachable stages are pruned)
    QList<PlannedStep> steps;
    int stepCount = 0;           // BuildKit's progress total: +1 when based on an image
    int runSteps = 0;
    bool hasOnBuild = false;     // declares ONBUILD triggers
    SourceRange range;           // FROM line to the stage's last line
    SourceRange fromRange;
    QList<VariableUse> undefinedVariables;
    QStringList declaredArgs;    // ARG names declared in the stage (or inherited)

    bool operator==(const PlannedStage &other) const = default;
};

// An ARG of the global scope (before the first FROM) as it resolves for one target platform.
struct GlobalArg
{
    enum class Source { BuildArg, Default, Automatic, Unset };

    QString name;
    QString value;   // empty when unset
    Source source = Source::Unset;
    SourceRange range; // the ARG instruction

    bool operator==(const GlobalArg &other) const = default;
};

QString globalArgSourceName(GlobalArg::Source source);

// Everything that runs to build one target platform.
struct PlatformPlan
{
    Platform target;
    int targetStage = -1;
    QList<GlobalArg> globalArgs; // declared global ARGs in file order, resolved for this target
    QList<PlannedStage> stages; // every stage of the file, with `reachable` set
    QList<int> order;           // reachable stages, dependencies first
    QList<StageEdge> edges;     // edges between reachable stages and to images
    QList<Diagnostic> diagnostics;

    bool ok() const;
    const PlannedStage *stage(int index) const;
    const PlannedStage *stageNamed(const QString &name) const;
    QJsonObject toJson() const;
};

// The whole build: one PlatformPlan per requested target platform.
struct BuildPlan
{
    QString fileName;
    Platform buildPlatform;
    QString requestedTarget;
    QList<PlatformPlan> platforms;
    QList<Diagnostic> diagnostics; // independent of the platform (instruction and flag errors)

    bool ok() const;
    QList<Diagnostic> allDiagnostics() const;
    QJsonObject toJson() const;
};

QString baseKindName(PlannedStage::BaseKind kind);
QString edgeKindName(StageEdge::Kind kind);

} // namespace Manifold::Dockerfile
