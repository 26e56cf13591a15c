#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace Manifold::Ui {

class DiagnosticsModel;

// The Diagnostics dock: a sortable table of findings; activating a row jumps to its line.
class DiagnosticsView : public QWidget
{
    Q_OBJECT
public:
    explicit DiagnosticsView(DiagnosticsModel *model, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    DiagnosticsModel *model() const { return m_model; }
    // Activates a row as a double-click would (tests, keyboard).
    void activateRow(int sourceRow);

signals:
    void locationActivated(int line, int column);

private:
    void activate(const QModelIndex &proxyIndex);
    void updateSummary();

    DiagnosticsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLabel *m_summary;
};

} // namespace Manifold::Ui
