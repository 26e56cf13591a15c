#include "core/dockerfile/plan/buildplan.h"

#include "core/dockerfile/parser/astjson.h"

#include <QJsonArray>

namespace Manifold::Dockerfile {

namespace {

bool hasError(const QList<Diagnostic> &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error)
            return true;
    }
    return false;
}

QJsonArray diagnosticsJson(const QList<Diagnostic> &diagnostics)
{
    QJsonArray array;
    for (const Diagnostic &d : diagnostics)
        array.append(AstJson::diagnostic(d));
    return array;
}

QJsonObject stageJson(const PlannedStage &stage)
{
    QJsonObject o;
    o[QStringLiteral("index")] = stage.index;
    o[QStringLiteral("name")] = stage.name;
    o[QStringLiteral("displayName")] = stage.displayName;
    QJsonObject base;
    base[QStringLiteral("kind")] = baseKindName(stage.baseKind);
    base[QStringLiteral("asWritten")] = stage.baseAsWritten;
    if (stage.baseKind == PlannedStage::BaseKind::Image)
        base[QStringLiteral("image")] = stage.baseImage;
    if (stage.baseKind == PlannedStage::BaseKind::Stage)
        base[QStringLiteral("stage")] = stage.baseStage;
    if (!stage.fromUndefined.isEmpty())
        base[QStringLiteral("undefinedVariables")] = QJsonArray::fromStringList(stage.fromUndefined);
    o[QStringLiteral("base")] = base;
    o[QStringLiteral("platform")] = stage.platform.toString();
    if (!stage.platformAsWritten.isEmpty())
        o[QStringLiteral("platformAsWritten")] = stage.platformAsWritten;
    o[QStringLiteral("platformExplicit")] = stage.platformExplicit;
    o[QStringLiteral("native")] = stage.native;
    o[QStringLiteral("emulated")] = stage.emulated;
    o[QStringLiteral("stepCount")] = stage.stepCount;
    o[QStringLiteral("runSteps")] = stage.runSteps;
    o[QStringLiteral("hasOnBuild")] = stage.hasOnBuild;
    o[QStringLiteral("range")] = AstJson::range(stage.range);
    QJsonArray steps;
    for (const PlannedStep &step : stage.steps) {
        QJsonObject s;
        s[QStringLiteral("keyword")] = step.keyword;
        s[QStringLiteral("text")] = step.text;
        s[QStringLiteral("range")] = AstJson::range(step.range);
        if (step.viaOnBuild)
            s[QStringLiteral("onbuild")] = true;
        steps.append(s);
    }
    o[QStringLiteral("steps")] = steps;
    return o;
}

} // namespace

QString baseKindName(PlannedStage::BaseKind kind)
{
    switch (kind) {
    case PlannedStage::BaseKind::Image:
        return QStringLiteral("image");
    case PlannedStage::BaseKind::Stage:
        return QStringLiteral("stage");
    case PlannedStage::BaseKind::Scratch:
        return QStringLiteral("scratch");
    }
    return {};
}

QString edgeKindName(StageEdge::Kind kind)
{
    switch (kind) {
    case StageEdge::Kind::Base:
        return QStringLiteral("from");
    case StageEdge::Kind::CopyFrom:
        return QStringLiteral("copy-from");
    case StageEdge::Kind::MountFrom:
        return QStringLiteral("mount-from");
    }
    return {};
}

bool PlatformPlan::ok() const
{
    return !hasError(diagnostics) && targetStage >= 0;
}

const PlannedStage *PlatformPlan::stage(int index) const
{
    return index >= 0 && index < stages.size() ? &stages.at(index) : nullptr;
}

const PlannedStage *PlatformPlan::stageNamed(const QString &name) const
{
    for (const PlannedStage &s : stages) {
        if (s.name == name.toLower() || s.displayName == name)
            return &s;
    }
    return nullptr;
}

QString globalArgSourceName(GlobalArg::Source source)
{
    switch (source) {
    case GlobalArg::Source::BuildArg: return QStringLiteral("build-arg");
    case GlobalArg::Source::Default: return QStringLiteral("default");
    case GlobalArg::Source::Automatic: return QStringLiteral("automatic");
    case GlobalArg::Source::Unset: return QStringLiteral("unset");
    }
    return QString();
}

QJsonObject PlatformPlan::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("platform")] = target.toString();
    o[QStringLiteral("ok")] = ok();
    o[QStringLiteral("targetStage")] = targetStage;
    QJsonArray stageArray, pruned, orderArray;
    for (const PlannedStage &s : stages) {
        if (s.reachable)
            stageArray.append(stageJson(s));
        else
            pruned.append(s.displayName);
    }
    for (int index : order)
        orderArray.append(index);
    QJsonArray args;
    for (const GlobalArg &arg : globalArgs) {
        QJsonObject a{{QStringLiteral("name"), arg.name},
                      {QStringLiteral("source"), globalArgSourceName(arg.source)},
                      {QStringLiteral("range"), AstJson::range(arg.range)}};
        a[QStringLiteral("value")] = arg.source == GlobalArg::Source::Unset ? QJsonValue() : QJsonValue(arg.value);
        args.append(a);
    }
    o[QStringLiteral("globalArgs")] = args;
    o[QStringLiteral("stages")] = stageArray;
    o[QStringLiteral("order")] = orderArray;
    o[QStringLiteral("pruned")] = pruned;
    QJsonArray edgeArray;
    for (const StageEdge &e : edges) {
        QJsonObject eo;
        eo[QStringLiteral("kind")] = edgeKindName(e.kind);
        eo[QStringLiteral("to")] = e.toStage;
        if (e.fromStage >= 0)
            eo[QStringLiteral("from")] = e.fromStage;
        else
            eo[QStringLiteral("image")] = e.image;
        eo[QStringLiteral("reference")] = e.reference;
        if (e.viaOnBuild)
            eo[QStringLiteral("onbuild")] = true;
        eo[QStringLiteral("range")] = AstJson::range(e.range);
        edgeArray.append(eo);
    }
    o[QStringLiteral("edges")] = edgeArray;
    o[QStringLiteral("diagnostics")] = diagnosticsJson(diagnostics);
    return o;
}

bool BuildPlan::ok() const
{
    if (hasError(diagnostics))
        return false;
    for (const PlatformPlan &p : platforms) {
        if (!p.ok())
            return false;
    }
    return !platforms.isEmpty();
}

QList<Diagnostic> BuildPlan::allDiagnostics() const
{
    QList<Diagnostic> all = diagnostics;
    for (const PlatformPlan &p : platforms) {
        for (const Diagnostic &d : p.diagnostics) {
            if (!all.contains(d))
                all.append(d);
        }
    }
    return all;
}

QJsonObject BuildPlan::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("file")] = fileName;
    o[QStringLiteral("buildPlatform")] = buildPlatform.toString();
    if (!requestedTarget.isEmpty())
        o[QStringLiteral("target")] = requestedTarget;
    o[QStringLiteral("ok")] = ok();
    QJsonArray platformArray;
    for (const PlatformPlan &p : platforms)
        platformArray.append(p.toJson());
    o[QStringLiteral("platforms")] = platformArray;
    o[QStringLiteral("diagnostics")] = diagnosticsJson(diagnostics);
    return o;
}

} // namespace Manifold::Dockerfile
