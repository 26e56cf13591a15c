#include "ui/stagegraph/stagegraphview.h"

#include "ui/stagegraph/stagegraphlayout.h"
#include "ui/style/palettes.h"

#include <QCoreApplication>
#include <QGraphicsPathItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <cmath>

namespace Manifold::Ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Ui::StageGraph)
};

constexpr int NodeType = QGraphicsItem::UserType + 1;

} // namespace

QString stageStateName(StageState state)
{
    switch (state) {
    case StageState::Idle: return Tr::tr("idle");
    case StageState::Queued: return Tr::tr("queued");
    case StageState::Running: return Tr::tr("running");
    case StageState::Cached: return Tr::tr("cached");
    case StageState::Done: return Tr::tr("done");
    case StageState::Failed: return Tr::tr("failed");
    }
    return {};
}

StageNodeItem::StageNodeItem(const StageGraphNode &node, const QSizeF &size)
    : m_node(node)
    , m_size(size)
{
    setFlag(QGraphicsItem::ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setData(0, node.name);
    QString tip = QStringLiteral("<b>%1</b><br>FROM %2").arg(node.name.toHtmlEscaped(), node.base.toHtmlEscaped());
    if (!node.platform.isEmpty())
        tip += QStringLiteral("<br>") + Tr::tr("runs as %1").arg(node.platform);
    if (node.emulated)
        tip += QStringLiteral("<br>") + Tr::tr("emulated by QEMU on this host: expect it to be slower");
    if (node.pruned)
        tip += QStringLiteral("<br>") + Tr::tr("not needed for this target: skipped");
    setToolTip(tip);
}

void StageNodeItem::setState(StageState state, double seconds)
{
    if (state == StageState::Running && m_state != StageState::Running)
        m_running.start();
    m_state = state;
    m_seconds = seconds;
    update();
}

double StageNodeItem::seconds() const
{
    if (m_state == StageState::Running && m_running.isValid())
        return m_running.elapsed() / 1000.0;
    return m_seconds;
}

QString StageNodeItem::stateText() const
{
    if (m_state == StageState::Idle)
        return {};
    const double s = seconds();
    return s >= 0 ? QStringLiteral("%1 %2 s").arg(stageStateName(m_state)).arg(s, 0, 'f', 1) : stageStateName(m_state);
}

QRectF StageNodeItem::boundingRect() const
{
    return QRectF(QPointF(-2, -2), m_size + QSizeF(4, 4));
}

void StageNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QPalette();
    const ViewColors colors = viewColors(palette);
    const QRectF box(QPointF(0, 0), m_size);
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);

    QPen border(selected ? palette.color(QPalette::Highlight) : colors.nodeBorder, selected ? 2.5 : 1.2);
    if (m_node.pruned)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(m_node.pruned ? colors.prunedFill : colors.nodeFill);
    painter->drawRoundedRect(box, 8, 8);

    // State strip on the left edge.
    QColor stateColor;
    switch (m_state) {
    case StageState::Queued: stateColor = colors.queued; break;
    case StageState::Running: stateColor = colors.running; break;
    case StageState::Cached: stateColor = colors.cached; break;
    case StageState::Done: stateColor = colors.done; break;
    case StageState::Failed: stateColor = colors.failed; break;
    case StageState::Idle: break;
    }
    if (stateColor.isValid()) {
        QPainterPath strip;
        strip.addRoundedRect(QRectF(0, 0, 8, m_size.height()), 4, 4);
        painter->fillPath(strip, stateColor);
    }

    const QColor text = m_node.pruned ? colors.prunedText : colors.nodeText;
    QFont font = painter->font();
    const qreal baseSize = font.pointSizeF() > 0 ? font.pointSizeF() : 9;
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(baseSize + 1);
    const double left = 16;
    const double width = m_size.width() - left - 10;

    // Emulation badge, top right.
    double nameWidth = width;
    if (m_node.emulated) {
        QFont badgeFont = font;
        badgeFont.setBold(true);
        badgeFont.setPointSizeF(baseSize - 1);
        const QString badge = Tr::tr("QEMU");
        const QFontMetricsF metrics(badgeFont);
        const QRectF badgeRect(m_size.width() - metrics.horizontalAdvance(badge) - 18, 8,
                               metrics.horizontalAdvance(badge) + 10, metrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colors.emulationBadge);
        painter->drawRoundedRect(badgeRect, 4, 4);
        painter->setPen(Qt::white);
        painter->setFont(badgeFont);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
        nameWidth = badgeRect.left() - left - 4;
    }

    painter->setPen(text);
    painter->setFont(bold);
    const QFontMetricsF boldMetrics(bold);
    painter->drawText(QRectF(left, 6, nameWidth, boldMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(m_node.name, Qt::ElideRight, nameWidth));

    painter->setFont(font);
    const QFontMetricsF metrics(font);
    double y = 8 + boldMetrics.height();
    const auto line = [&](const QString &value, const QColor &color) {
        painter->setPen(color);
        painter->drawText(QRectF(left, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(value, Qt::ElideMiddle, width));
        y += metrics.height() + 1;
    };
    line((m_node.baseIsStage ? Tr::tr("from stage %1") : Tr::tr("from %1")).arg(m_node.base), text);
    if (m_node.pruned) {
        line(Tr::tr("pruned: not built for this target"), text);
    } else {
        const QString steps = Tr::tr("%n step(s)", nullptr, m_node.stepCount);
        line(m_node.platform.isEmpty() ? steps : m_node.platform + QStringLiteral(" · ") + steps, text);
    }
    const QString state = stateText();
    if (!state.isEmpty())
        line(state, stateColor.isValid() ? stateColor : text);
}

StageGraphView::StageGraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("stageGraphView"));
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    connect(scene(), &QGraphicsScene::selectionChanged, this, &StageGraphView::onSelectionChanged);
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        bool anyRunning = false;
        for (StageNodeItem *item : std::as_const(m_items)) {
            if (item->state() == StageState::Running) {
                item->update();
                anyRunning = true;
            }
        }
        if (!anyRunning)
            m_ticker.stop();
    });
}

StageGraphView::~StageGraphView()
{
    // The scene outlives this object's destructor body and deselects its items as it dies.
    scene()->disconnect(this);
}

void StageGraphView::setGraph(const StageGraphData &data)
{
    m_data = data;
    rebuildScene();
}

void StageGraphView::rebuildScene()
{
    QHash<QString, QPair<StageState, double>> states;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        states.insert(it.key(), {it.value()->state(), it.value()->seconds()});
    scene()->clear();
    m_items.clear();
    m_edgeItems.clear();

    Result<StageGraphLayout> computed = StageGraphLayouter::layout(m_data, nodeSize());
    m_layoutEngine = computed ? QStringLiteral("dot") : QStringLiteral("simple");
    const StageGraphLayout layout = computed ? *computed : StageGraphLayouter::simpleLayout(m_data, nodeSize());

    const ViewColors colors = viewColors(palette());
    for (qsizetype i = 0; i < m_data.edges.size() && i < layout.edges.size(); ++i) {
        const StageGraphEdge &edge = m_data.edges.at(i);
        QPen pen;
        pen.setWidthF(1.6);
        pen.setCapStyle(Qt::RoundCap);
        switch (edge.kind) {
        case StageGraphEdge::Kind::From:
            pen.setColor(colors.edgeFrom);
            pen.setWidthF(2.2);
            break;
        case StageGraphEdge::Kind::Copy:
            pen.setColor(colors.edgeCopy);
            pen.setStyle(Qt::DashLine);
            break;
        case StageGraphEdge::Kind::Mount:
            pen.setColor(colors.edgeMount);
            pen.setStyle(Qt::DotLine);
            break;
        }
        const QPainterPath &path = layout.edges.at(i);
        auto item = scene()->addPath(path, pen);
        item->setData(0, edge.from);
        item->setData(1, edge.to);
        item->setData(2, edgeKindName(edge.kind));
        item->setToolTip(QStringLiteral("%1 → %2 (%3)").arg(edge.from, edge.to, edgeKindName(edge.kind)));
        item->setZValue(-1);
        m_edgeItems << item;

        // Arrow head along the last segment.
        const QPointF head = layout.edgeHeads.value(i);
        if (!path.isEmpty()) {
            const QPointF before = path.pointAtPercent(0.97);
            const double angle = std::atan2(head.y() - before.y(), head.x() - before.x());
            const double size = 9;
            QPolygonF arrow;
            arrow << head << head - QPointF(size * std::cos(angle - 0.4), size * std::sin(angle - 0.4))
                  << head - QPointF(size * std::cos(angle + 0.4), size * std::sin(angle + 0.4));
            auto arrowItem = new QGraphicsPolygonItem(arrow, item);
            arrowItem->setBrush(pen.color());
            arrowItem->setPen(Qt::NoPen);
        }
    }
    for (const StageGraphNode &node : std::as_const(m_data.nodes)) {
        auto item = new StageNodeItem(node, nodeSize());
        item->setPos(layout.nodes.value(node.name).topLeft());
        scene()->addItem(item);
        m_items.insert(node.name, item);
        if (states.contains(node.name))
            item->setState(states.value(node.name).first, states.value(node.name).second);
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20));
}

void StageGraphView::setStageState(const QString &stage, StageState state, double seconds)
{
    StageNodeItem *item = m_items.value(stage.toLower());
    if (!item)
        return;
    item->setState(state, seconds);
    if (state == StageState::Running && !m_ticker.isActive())
        m_ticker.start();
}

void StageGraphView::resetStates()
{
    for (StageNodeItem *item : std::as_const(m_items))
        item->setState(StageState::Idle);
}

void StageGraphView::selectStage(const QString &stage)
{
    StageNodeItem *item = m_items.value(stage);
    if (!item)
        return;
    scene()->clearSelection();
    item->setSelected(true);
    centerOn(item);
}

void StageGraphView::onSelectionChanged()
{
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *node = dynamic_cast<StageNodeItem *>(item)) {
            emit stageActivated(node->node().name, node->node().firstLine, node->node().lastLine);
            return;
        }
    }
}

void StageGraphView::scaleBy(double factor)
{
    const double current = zoom();
    const double target = qBound(0.1, current * factor, 5.0);
    scale(target / current, target / current);
}

void StageGraphView::zoomIn()
{
    scaleBy(1.25);
}

void StageGraphView::zoomOut()
{
    scaleBy(1 / 1.25);
}

void StageGraphView::fitGraph()
{
    if (scene()->items().isEmpty())
        return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Never blow a small graph up beyond its natural size.
    if (zoom() > 1.0)
        resetZoom();
}

void StageGraphView::resetZoom()
{
    setTransform(QTransform());
}

double StageGraphView::zoom() const
{
    return transform().m11();
}

void StageGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void StageGraphView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_data.nodes.isEmpty())
        rebuildScene();
}

} // namespace Manifold::Ui
