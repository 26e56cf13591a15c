#pragma once

#include "ui/stagegraph/stagegraphdata.h"
#include "ui/stagegraph/stagegraphview.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace Manifold::Ui {

// The Stage Graph dock: one tab per target platform, zoom/fit buttons, a legend, and the
// planning problem of the current tab when there is one.
class StageGraphWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StageGraphWidget(QWidget *parent = nullptr);

    // One graph per target platform; tabs are reused when the platforms stay the same so zoom
    // and build states survive re-analysis while typing.
    void setGraphs(const QList<StageGraphData> &graphs);
    QList<StageGraphData> graphs() const;

    QTabWidget *tabs() const { return m_tabs; }
    StageGraphView *view(const QString &platform) const;
    StageGraphView *currentView() const;

    void setStageState(const QString &platform, const QString &stage, StageState state, double seconds = -1);
    void resetStates();

signals:
    void stageActivated(const QString &stage, int firstLine, int lastLine);

private:
    void updateProblem();

    QTabWidget *m_tabs;
    QLabel *m_problem;
    QList<StageGraphView *> m_views;
};

} // namespace Manifold::Ui
