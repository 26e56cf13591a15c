#pragma once

#include "core/platform/hostprobe.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

namespace Manifold::Ui {

// The host probe as a table: one row per platform with how (or whether) this host runs it.
// refresh() probes off the UI thread; rows are replaced when the probe finishes.
class PlatformsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PlatformColumn, SupportColumn, DetailColumn, FixColumn, ColumnCount };
    enum Role { SupportKindRole = Qt::UserRole + 1, PlatformStringRole };

    explicit PlatformsModel(QObject *parent = nullptr);

    // Probes asynchronously with `inputs` (default: this machine).
    void refresh(const HostProbeInputs &inputs = {});
    // Replaces the rows synchronously (tests, or a probe done elsewhere).
    void setCapabilities(const HostCapabilities &capabilities);
    const HostCapabilities &capabilities() const { return m_capabilities; }
    bool isProbing() const { return m_watcher.isRunning(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void probed();

private:
    HostCapabilities m_capabilities;
    QFutureWatcher<HostCapabilities> m_watcher;
};

} // namespace Manifold::Ui
