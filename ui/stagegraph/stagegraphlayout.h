#pragma once

#include "core/utils/result.h"
#include "ui/stagegraph/stagegraphdata.h"

#include <QHash>
#include <QPainterPath>
#include <QRectF>

namespace Manifold::Ui {

// Node boxes and edge curves for one stage graph, in scene coordinates (y grows downwards).
struct StageGraphLayout
{
    QHash<QString, QRectF> nodes;
    QList<QPainterPath> edges; // parallel to StageGraphData::edges
    QList<QPointF> edgeHeads;  // where each edge's arrow points (on the target's border)
    QRectF bounds;
};

// Layered left-to-right layout by Graphviz `dot` (libgvc): dependencies on the left, the target
// on the right, edges as splines that avoid nodes.
class StageGraphLayouter
{
public:
    static Result<StageGraphLayout> layout(const StageGraphData &data, const QSizeF &nodeSize);
    // Without Graphviz: columns by dependency depth, straight edges (used if dot fails).
    static StageGraphLayout simpleLayout(const StageGraphData &data, const QSizeF &nodeSize);
};

} // namespace Manifold::Ui
