#include "ui/diagnostics/diagnosticsview.h"

#include "ui/diagnostics/diagnosticsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Manifold::Ui {

DiagnosticsView::DiagnosticsView(DiagnosticsModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("diagnosticsView"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_tree->setObjectName(QStringLiteral("diagnosticsTree"));
    m_tree->setModel(m_proxy);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(-1, Qt::AscendingOrder);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(DiagnosticsModel::SeverityColumn, 90);
    m_tree->setColumnWidth(DiagnosticsModel::IdColumn, 170);
    m_tree->setColumnWidth(DiagnosticsModel::LocationColumn, 130);
    m_tree->setColumnWidth(DiagnosticsModel::FixColumn, 260);
    m_summary->setObjectName(QStringLiteral("diagnosticsSummary"));

    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    connect(m_tree, &QTreeView::activated, this, &DiagnosticsView::activate);
    connect(m_tree, &QTreeView::doubleClicked, this, &DiagnosticsView::activate);
    connect(m_model, &DiagnosticsModel::countsChanged, this, &DiagnosticsView::updateSummary);
    updateSummary();
}

void DiagnosticsView::activateRow(int sourceRow)
{
    activate(m_proxy->mapFromSource(m_model->index(sourceRow, 0)));
}

void DiagnosticsView::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    const int line = index.data(DiagnosticsModel::LineRole).toInt();
    if (line > 0)
        emit locationActivated(line, qMax(1, index.data(DiagnosticsModel::ColumnRole).toInt()));
}

void DiagnosticsView::updateSummary()
{
    const int errors = m_model->count(Dockerfile::Severity::Error);
    const int warnings = m_model->count(Dockerfile::Severity::Warning);
    const int infos = m_model->count(Dockerfile::Severity::Info);
    if (errors + warnings + infos == 0)
        m_summary->setText(tr("No problems found."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                           + tr("%n warning(s)", nullptr, warnings) + QStringLiteral(", ")
                           + tr("%n note(s)", nullptr, infos));
}

} // namespace Manifold::Ui
