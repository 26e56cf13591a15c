#include "ui/wizards/pushprogressmodel.h"

#include <QLocale>

namespace Manifold::Ui {

namespace {

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

PushProgressModel::PushProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PushProgressModel::clear()
{
    beginResetModel();
    m_blobs.clear();
    endResetModel();
}

void PushProgressModel::update(const Registry::BlobProgress &blob)
{
    if (blob.index < 0)
        return;
    if (blob.index >= m_blobs.size()) {
        // Rows arrive in index order from the copier; fill any gap so a row never moves.
        beginInsertRows({}, int(m_blobs.size()), blob.index);
        while (m_blobs.size() <= blob.index) {
            Registry::BlobProgress placeholder;
            placeholder.index = int(m_blobs.size());
            m_blobs.append(placeholder);
        }
        m_blobs[blob.index] = blob;
        endInsertRows();
        return;
    }
    m_blobs[blob.index] = blob;
    emit dataChanged(index(blob.index, 0), index(blob.index, ColumnCount - 1));
}

int PushProgressModel::count(Registry::BlobState state) const
{
    return int(std::count_if(m_blobs.cbegin(), m_blobs.cend(),
                             [state](const Registry::BlobProgress &blob) { return blob.state == state; }));
}

QString PushProgressModel::stateText(Registry::BlobState state)
{
    switch (state) {
    case Registry::BlobState::Queued: return tr("queued");
    case Registry::BlobState::Downloading: return tr("reading source");
    case Registry::BlobState::Uploading: return tr("uploading");
    case Registry::BlobState::Mounted: return tr("mounted");
    case Registry::BlobState::Skipped: return tr("skipped (exists)");
    case Registry::BlobState::Done: return tr("done");
    case Registry::BlobState::Failed: return tr("failed");
    }
    return {};
}

int PushProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blobs.size());
}

int PushProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PushProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_blobs.size())
        return {};
    const Registry::BlobProgress &blob = m_blobs.at(index.row());
    switch (role) {
    case StateRole: return int(blob.state);
    case DigestRole: return blob.digest;
    case BytesDoneRole: return blob.bytesDone;
    case SizeRole: return blob.size;
    case Qt::ToolTipRole:
        if (index.column() == DigestColumn)
            return blob.digest;
        if (index.column() == StateColumn && !blob.error.isEmpty())
            return blob.error;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DigestColumn: return blob.digest.left(19);
    case SizeColumn: return humanSize(blob.size);
    case StateColumn: return stateText(blob.state);
    case BytesColumn:
        if (blob.state == Registry::BlobState::Skipped || blob.state == Registry::BlobState::Queued)
            return QString();
        return tr("%1 of %2").arg(humanSize(blob.isFinished() && blob.state != Registry::BlobState::Failed ? blob.size : blob.bytesDone),
                                  humanSize(blob.size));
    }
    return {};
}

QVariant PushProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DigestColumn: return tr("Blob");
    case SizeColumn: return tr("Size");
    case StateColumn: return tr("State");
    case BytesColumn: return tr("Transferred");
    }
    return {};
}

} // namespace Manifold::Ui
