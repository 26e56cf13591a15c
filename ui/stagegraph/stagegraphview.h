#pragma once

#include "ui/stagegraph/stagegraphdata.h"

#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QHash>
#include <QTimer>

namespace Manifold::Ui {

enum class StageState { Idle, Queued, Running, Cached, Done, Failed };
QString stageStateName(StageState state);

// One stage box: name, base, execution platform, step count, an emulation badge when QEMU runs
// it, and its live build state with timing.
class StageNodeItem : public QGraphicsItem
{
public:
    explicit StageNodeItem(const StageGraphNode &node, const QSizeF &size);

    const StageGraphNode &node() const { return m_node; }
    StageState state() const { return m_state; }
    void setState(StageState state, double seconds = -1);
    double seconds() const;
    QString stateText() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    StageGraphNode m_node;
    QSizeF m_size;
    StageState m_state = StageState::Idle;
    double m_seconds = -1;
    QElapsedTimer m_running;
};

// One platform's stage graph: Graphviz layout, zoom (Ctrl+wheel, +/-), pan (drag), fit.
class StageGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit StageGraphView(QWidget *parent = nullptr);
    ~StageGraphView() override;

    void setGraph(const StageGraphData &data);
    const StageGraphData &graph() const { return m_data; }
    // How the last layout was made ("dot" or "simple" when Graphviz failed).
    QString layoutEngine() const { return m_layoutEngine; }

    StageNodeItem *nodeItem(const QString &stage) const { return m_items.value(stage); }
    QList<QGraphicsPathItem *> edgeItems() const { return m_edgeItems; }

    void setStageState(const QString &stage, StageState state, double seconds = -1);
    void resetStates();
    // Selects a stage as a click would (emits stageActivated).
    void selectStage(const QString &stage);

    void zoomIn();
    void zoomOut();
    void fitGraph();
    void resetZoom();
    double zoom() const;

    static QSizeF nodeSize() { return QSizeF(230, 96); }

signals:
    void stageActivated(const QString &stage, int firstLine, int lastLine);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildScene();
    void onSelectionChanged();
    void scaleBy(double factor);

    StageGraphData m_data;
    QHash<QString, StageNodeItem *> m_items;
    QList<QGraphicsPathItem *> m_edgeItems;
    QString m_layoutEngine;
    QTimer m_ticker; // repaints running stages so their timers advance
};

} // namespace Manifold::Ui
