#include "ui/stagegraph/stagegraphdata.h"

#include <algorithm>

namespace Manifold::Ui {

const StageGraphNode *StageGraphData::node(const QString &name) const
{
    for (const StageGraphNode &n : nodes) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

int StageGraphData::edgeCount(StageGraphEdge::Kind kind) const
{
    return int(std::count_if(edges.cbegin(), edges.cend(), [kind](const StageGraphEdge &e) { return e.kind == kind; }));
}

QString edgeKindName(StageGraphEdge::Kind kind)
{
    switch (kind) {
    case StageGraphEdge::Kind::From: return QStringLiteral("from");
    case StageGraphEdge::Kind::Copy: return QStringLiteral("copy");
    case StageGraphEdge::Kind::Mount: return QStringLiteral("mount");
    }
    return {};
}

} // namespace Manifold::Ui
