#pragma once

#include "core/registry/copyprogress.h"

#include <QAbstractTableModel>
#include <QList>

namespace Manifold::Ui {

// The push's live per-blob table: one row per blob with its state (queued, downloading,
// uploading, mounted, skipped, done, failed) and bytes, fed by CopyJob::blobProgress.
class PushProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DigestColumn, SizeColumn, StateColumn, BytesColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, DigestRole, BytesDoneRole, SizeRole };

    explicit PushProgressModel(QObject *parent = nullptr);

    void clear();
    void update(const Registry::BlobProgress &blob);
    const QList<Registry::BlobProgress> &blobs() const { return m_blobs; }
    int count(Registry::BlobState state) const;

    static QString stateText(Registry::BlobState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Registry::BlobProgress> m_blobs; // row = BlobProgress::index
};

} // namespace Manifold::Ui
