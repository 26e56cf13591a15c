#pragma once

#include <QDialog>

class QLabel;
class QTableView;

namespace Manifold::Ui {

class PlatformsModel;

// Tools ▸ Platforms…: what this host runs natively, by QEMU, or not at all, with the fix.
class PlatformsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PlatformsDialog(QWidget *parent = nullptr);

    PlatformsModel *model() const { return m_model; }

private:
    void updateSummary();
    void copyFix();

    PlatformsModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
};

} // namespace Manifold::Ui
