#include "ui/wizards/pushplanmodel.h"

#include <QLocale>

namespace Manifold::Ui {

PushPlanModel::PushPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PushPlanModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PushPlanModel::count(Action action) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [action](const Row &row) { return row.action == action; }));
}

qint64 PushPlanModel::bytes(Action action) const
{
    qint64 total = 0;
    for (const Row &row : m_rows) {
        if (row.action == action)
            total += row.size;
    }
    return total;
}

void PushPlanModel::setOutcome(const QString &digest, Action action)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).digest != digest)
            continue;
        m_rows[i].action = action;
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{digest, 0, action, {}});
    endInsertRows();
}

int PushPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PushPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PushPlanModel::actionName(Action action)
{
    switch (action) {
    case Action::Upload: return tr("upload");
    case Action::Mount: return tr("mount (same registry)");
    case Action::Skip: return tr("skip (already there)");
    case Action::Uploaded: return tr("uploaded");
    case Action::Mounted: return tr("mounted");
    case Action::Skipped: return tr("skipped");
    }
    return {};
}

QVariant PushPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ActionRole)
        return int(row.action);
    if (role == DigestRole || (role == Qt::ToolTipRole && index.column() == DigestColumn))
        return row.digest;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DigestColumn: return row.digest.left(19);
    case SizeColumn: return QLocale().formattedDataSize(row.size, 1, QLocale::DataSizeTraditionalFormat);
    case ActionColumn: return actionName(row.action);
    case UsedByColumn: return row.usedBy.join(QStringLiteral(", "));
    }
    return {};
}

QVariant PushPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DigestColumn: return tr("Blob");
    case SizeColumn: return tr("Size");
    case ActionColumn: return tr("Action");
    case UsedByColumn: return tr("Used by");
    }
    return {};
}

} // namespace Manifold::Ui
