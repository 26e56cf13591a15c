#pragma once

#include "core/dockerfile/diagnostic.h"

#include <QList>
#include <QString>

namespace Manifold::Ui {

// One stage as the graph shows it.
struct StageGraphNode
{
    QString name;
    QString base;             // image reference or stage name it starts from
    bool baseIsStage = false;
    QString platform;         // the platform it executes as ("linux/arm64")
    bool emulated = false;    // QEMU runs it on this host
    int stepCount = 0;        // instructions after FROM
    bool pruned = false;      // does not run for this target
    int firstLine = 0;        // 1-based lines in the Dockerfile
    int lastLine = 0;

    bool operator==(const StageGraphNode &other) const = default;
};

struct StageGraphEdge
{
    enum class Kind { From, Copy, Mount };
    QString from; // the stage depended on
    QString to;   // the stage that depends on it
    Kind kind = Kind::From;

    bool operator==(const StageGraphEdge &other) const = default;
};

// The stage graph of one target platform: what the Stage Graph dock draws in one tab.
struct StageGraphData
{
    QString platform;   // target platform ("linux/amd64")
    QString target;     // the stage that is built
    QList<StageGraphNode> nodes;
    QList<StageGraphEdge> edges;
    QString problem;    // why the plan is incomplete (shown above the graph); empty when fine
    QList<Dockerfile::Diagnostic> diagnostics; // what planning found for this platform

    const StageGraphNode *node(const QString &name) const;
    int edgeCount(StageGraphEdge::Kind kind) const;
    bool operator==(const StageGraphData &other) const = default;
};

QString edgeKindName(StageGraphEdge::Kind kind);

} // namespace Manifold::Ui
