#include "ui/stagegraph/stagegraphlayout.h"

#include <QCoreApplication>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

namespace Manifold::Ui {

namespace {

// Graphviz's C API takes `char *` for names and values it never modifies.
char *cstr(QByteArray &bytes)
{
    return bytes.data();
}

void set(void *object, const char *name, const QByteArray &value)
{
    QByteArray n(name);
    QByteArray v(value);
    QByteArray empty("");
    agsafeset(object, cstr(n), cstr(v), cstr(empty));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

} // namespace

Result<StageGraphLayout> StageGraphLayouter::layout(const StageGraphData &data, const QSizeF &nodeSize)
{
    StageGraphLayout result;
    if (data.nodes.isEmpty())
        return result;

    std::unique_ptr<GVC_t, void (*)(GVC_t *)> gvc(gvContext(), [](GVC_t *c) { gvFreeContext(c); });
    if (!gvc)
        return Error(QStringLiteral("ui.graph.graphviz"),
                     QCoreApplication::translate("Manifold::Ui::StageGraph", "Graphviz could not start."), {},
                     QCoreApplication::translate("Manifold::Ui::StageGraph", "Reinstall libgvc (Debian: libgvc6)."));
    QByteArray graphName("stages");
    Agraph_t *graph = agopen(cstr(graphName), Agdirected, nullptr);
    set(graph, "rankdir", "LR");
    set(graph, "nodesep", "0.35");
    set(graph, "ranksep", "0.9");
    set(graph, "splines", "spline");

    QHash<QString, Agnode_t *> nodes;
    for (const StageGraphNode &node : data.nodes) {
        QByteArray name = node.name.toUtf8();
        Agnode_t *n = agnode(graph, cstr(name), 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "width", inches(nodeSize.width()));
        set(n, "height", inches(nodeSize.height()));
        set(n, "label", "");
        nodes.insert(node.name, n);
    }
    QList<Agedge_t *> edges;
    for (qsizetype i = 0; i < data.edges.size(); ++i) {
        const StageGraphEdge &edge = data.edges.at(i);
        Agnode_t *tail = nodes.value(edge.from);
        Agnode_t *head = nodes.value(edge.to);
        if (!tail || !head) {
            edges << nullptr;
            continue;
        }
        QByteArray name = "e" + QByteArray::number(i);
        edges << agedge(graph, tail, head, cstr(name), 1);
    }

    if (gvLayout(gvc.get(), graph, "dot") != 0) {
        agclose(graph);
        return Error(QStringLiteral("ui.graph.layout"),
                     QCoreApplication::translate("Manifold::Ui::StageGraph", "Graphviz could not lay out the stage graph."),
                     {}, QCoreApplication::translate("Manifold::Ui::StageGraph",
                                                     "Check that the dot layout plugin is installed (run `dot -c`)."));
    }

    const boxf bb = GD_bb(graph);
    const double top = bb.UR.y;
    const auto toScene = [top](pointf p) { return QPointF(p.x, top - p.y); };
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        const QPointF centre = toScene(ND_coord(it.value()));
        const double w = ND_width(it.value()) * 72.0;
        const double h = ND_height(it.value()) * 72.0;
        result.nodes.insert(it.key(), QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h));
    }
    for (Agedge_t *edge : std::as_const(edges)) {
        QPainterPath path;
        QPointF head;
        if (edge && ED_spl(edge) && ED_spl(edge)->size > 0) {
            const bezier &curve = ED_spl(edge)->list[0];
            if (curve.size > 0) {
                path.moveTo(toScene(curve.list[0]));
                for (int k = 1; k + 2 < curve.size; k += 3)
                    path.cubicTo(toScene(curve.list[k]), toScene(curve.list[k + 1]), toScene(curve.list[k + 2]));
                head = curve.eflag ? toScene(curve.ep) : toScene(curve.list[curve.size - 1]);
                if (curve.eflag)
                    path.lineTo(head);
            }
        }
        result.edges << path;
        result.edgeHeads << head;
    }
    result.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    gvFreeLayout(gvc.get(), graph);
    agclose(graph);
    return result;
}

StageGraphLayout StageGraphLayouter::simpleLayout(const StageGraphData &data, const QSizeF &nodeSize)
{
    StageGraphLayout result;
    QHash<QString, int> depth;
    for (const StageGraphNode &node : data.nodes)
        depth.insert(node.name, 0);
    // Stages only depend on earlier ones, so one pass in order settles every depth.
    for (const StageGraphNode &node : data.nodes) {
        for (const StageGraphEdge &edge : data.edges) {
            if (edge.to == node.name && depth.contains(edge.from))
                depth[node.name] = qMax(depth.value(node.name), depth.value(edge.from) + 1);
        }
    }
    QHash<int, int> rowsInColumn;
    for (const StageGraphNode &node : data.nodes) {
        const int column = depth.value(node.name);
        const int row = rowsInColumn[column]++;
        result.nodes.insert(node.name, QRectF(column * (nodeSize.width() + 70), row * (nodeSize.height() + 30),
                                              nodeSize.width(), nodeSize.height()));
    }
    for (const StageGraphEdge &edge : data.edges) {
        const QRectF from = result.nodes.value(edge.from);
        const QRectF to = result.nodes.value(edge.to);
        QPainterPath path;
        const QPointF start(from.right(), from.center().y());
        const QPointF end(to.left(), to.center().y());
        path.moveTo(start);
        path.cubicTo(QPointF((start.x() + end.x()) / 2, start.y()), QPointF((start.x() + end.x()) / 2, end.y()), end);
        result.edges << path;
        result.edgeHeads << end;
    }
    for (const QRectF &rect : std::as_const(result.nodes))
        result.bounds |= rect;
    return result;
}

} // namespace Manifold::Ui
