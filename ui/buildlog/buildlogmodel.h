#pragma once

#include "ui/buildlog/loglinestore.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QTimer>

namespace Manifold::Ui {

// The lines of one build log view. appendLine() only queues; queued lines join the model in
// one beginInsertRows/endInsertRows per flush (a short timer coalesces bursts), so a million
// lines cost a few hundred view updates instead of a million.
class BuildLogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { RawTextRole = Qt::UserRole + 1, PlatformRole, PlatformNameRole };

    explicit BuildLogModel(QObject *parent = nullptr);

    void appendLine(const QString &rawText, int platform = -1);
    // Moves queued lines into the model now.
    void flush();
    void clear();
    // Coalescing interval; 0 flushes on the next event-loop turn.
    void setFlushInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Upper bound on queued lines before a flush happens without waiting for the timer.
    void setMaximumPending(int lines) { m_maximumPending = lines; }

    void setPlatformNames(const QStringList &names) { m_platformNames = names; }
    const QStringList &platformNames() const { return m_platformNames; }

    qsizetype pendingCount() const { return m_pending.size(); }
    int flushCount() const { return m_flushCount; }
    const LogLineStore &store() const { return m_store; }
    // Line text without escape sequences.
    QString plainText(int row) const;
    // First row at or after `from` (wrapping) whose plain text contains `needle`; -1 if none.
    int find(const QString &needle, int from, bool backwards = false,
             Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    LogLineStore m_store;
    std::vector<LogLineStore::Line> m_pending;
    QStringList m_platformNames;
    QTimer m_timer;
    int m_maximumPending = 100000;
    int m_flushCount = 0;
};

} // namespace Manifold::Ui
