#include "ui/stagegraph/stagegraphwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Manifold::Ui {

StageGraphWidget::StageGraphWidget(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("stageGraphWidget"));
    m_tabs->setObjectName(QStringLiteral("stageGraphTabs"));
    m_tabs->setDocumentMode(true);
    m_problem->setObjectName(QStringLiteral("stageGraphProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto makeButton = [this](const QString &name, const QString &text, const QString &tip) {
        auto button = new QToolButton(this);
        button->setObjectName(name);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        return button;
    };
    QToolButton *zoomIn = makeButton(QStringLiteral("stageGraphZoomIn"), QStringLiteral("+"), tr("Zoom in (Ctrl+wheel)"));
    QToolButton *zoomOut = makeButton(QStringLiteral("stageGraphZoomOut"), QStringLiteral("−"), tr("Zoom out"));
    QToolButton *fit = makeButton(QStringLiteral("stageGraphFit"), tr("Fit"), tr("Fit the graph in the view"));
    auto legend = new QLabel(this);
    legend->setObjectName(QStringLiteral("stageGraphLegend"));
    legend->setText(tr("━ FROM   ╌ COPY --from   ┈ RUN --mount=from   QEMU: emulated"));
    legend->setEnabled(false);

    auto top = new QHBoxLayout;
    top->setContentsMargins(4, 0, 4, 0);
    top->addWidget(legend, 1);
    top->addWidget(zoomOut);
    top->addWidget(zoomIn);
    top->addWidget(fit);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);

    connect(zoomIn, &QToolButton::clicked, this, [this] {
        if (StageGraphView *v = currentView())
            v->zoomIn();
    });
    connect(zoomOut, &QToolButton::clicked, this, [this] {
        if (StageGraphView *v = currentView())
            v->zoomOut();
    });
    connect(fit, &QToolButton::clicked, this, [this] {
        if (StageGraphView *v = currentView())
            v->fitGraph();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &StageGraphWidget::updateProblem);
}

void StageGraphWidget::setGraphs(const QList<StageGraphData> &graphs)
{
    bool samePlatforms = graphs.size() == m_views.size();
    for (qsizetype i = 0; samePlatforms && i < graphs.size(); ++i)
        samePlatforms = m_views.at(i)->graph().platform == graphs.at(i).platform;
    if (!samePlatforms) {
        while (m_tabs->count() > 0) {
            QWidget *page = m_tabs->widget(0);
            m_tabs->removeTab(0);
            page->deleteLater();
        }
        m_views.clear();
        for (const StageGraphData &graph : graphs) {
            auto view = new StageGraphView(m_tabs);
            view->setObjectName(QStringLiteral("stageGraphView:") + graph.platform);
            connect(view, &StageGraphView::stageActivated, this, &StageGraphWidget::stageActivated);
            m_views << view;
            m_tabs->addTab(view, graph.platform);
        }
    }
    for (qsizetype i = 0; i < graphs.size(); ++i) {
        if (m_views.at(i)->graph() != graphs.at(i)) {
            m_views.at(i)->setGraph(graphs.at(i));
            if (!samePlatforms)
                m_views.at(i)->fitGraph();
        }
        m_tabs->setTabToolTip(int(i), graphs.at(i).problem);
    }
    updateProblem();
}

QList<StageGraphData> StageGraphWidget::graphs() const
{
    QList<StageGraphData> result;
    for (const StageGraphView *view : m_views)
        result << view->graph();
    return result;
}

StageGraphView *StageGraphWidget::view(const QString &platform) const
{
    for (StageGraphView *view : m_views) {
        if (view->graph().platform == platform)
            return view;
    }
    return nullptr;
}

StageGraphView *StageGraphWidget::currentView() const
{
    return qobject_cast<StageGraphView *>(m_tabs->currentWidget());
}

void StageGraphWidget::setStageState(const QString &platform, const QString &stage, StageState state, double seconds)
{
    if (StageGraphView *v = view(platform))
        v->setStageState(stage, state, seconds);
}

void StageGraphWidget::resetStates()
{
    for (StageGraphView *view : std::as_const(m_views))
        view->resetStates();
}

void StageGraphWidget::updateProblem()
{
    const StageGraphView *v = currentView();
    const QString problem = v ? v->graph().problem : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

} // namespace Manifold::Ui
