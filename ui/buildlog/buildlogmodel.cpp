#include "ui/buildlog/buildlogmodel.h"

#include "ui/buildlog/ansitext.h"

namespace Manifold::Ui {

BuildLogModel::BuildLogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &BuildLogModel::flush);
}

void BuildLogModel::appendLine(const QString &rawText, int platform)
{
    m_pending.push_back({rawText, platform});
    if (qsizetype(m_pending.size()) >= m_maximumPending)
        flush();
    else if (!m_timer.isActive())
        m_timer.start();
}

void BuildLogModel::flush()
{
    m_timer.stop();
    if (m_pending.empty())
        return;
    const int first = int(m_store.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    for (LogLineStore::Line &line : m_pending)
        m_store.append(std::move(line));
    m_pending.clear();
    endInsertRows();
    ++m_flushCount;
}

void BuildLogModel::clear()
{
    m_timer.stop();
    m_pending.clear();
    beginResetModel();
    m_store.clear();
    endResetModel();
}

QString BuildLogModel::plainText(int row) const
{
    if (row < 0 || row >= m_store.size())
        return {};
    return stripAnsi(m_store.at(row).text);
}

int BuildLogModel::find(const QString &needle, int from, bool backwards, Qt::CaseSensitivity cs) const
{
    const int count = int(m_store.size());
    if (needle.isEmpty() || count == 0)
        return -1;
    from = qBound(0, from, count - 1);
    for (int n = 0; n < count; ++n) {
        const int row = backwards ? (from - n + count) % count : (from + n) % count;
        const QString &raw = m_store.at(row).text;
        // Most lines have no escapes: search the raw text first and strip only candidates.
        if (raw.contains(QChar(0x1b)) ? stripAnsi(raw).contains(needle, cs) : raw.contains(needle, cs))
            return row;
    }
    return -1;
}

int BuildLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.size());
}

QVariant BuildLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLineStore::Line &line = m_store.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return stripAnsi(line.text);
    case RawTextRole:
        return line.text;
    case PlatformRole:
        return line.platform;
    case PlatformNameRole:
        return m_platformNames.value(line.platform);
    default:
        return {};
    }
}

} // namespace Manifold::Ui
