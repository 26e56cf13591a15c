#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Manifold::Ui {

// What a push will do with each blob, then what it did: the review page's and result page's table.
class PushPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Action { Upload, Mount, Skip, Uploaded, Mounted, Skipped };
    enum Column { DigestColumn, SizeColumn, ActionColumn, UsedByColumn, ColumnCount };
    enum Role { ActionRole = Qt::UserRole + 1, DigestRole };

    struct Row
    {
        QString digest;
        qint64 size = 0;
        Action action = Action::Upload;
        QStringList usedBy; // platforms (or "config", "manifest") using the blob
    };

    explicit PushPlanModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    int count(Action action) const;
    qint64 bytes(Action action) const;
    // After the push: the action each blob really got.
    void setOutcome(const QString &digest, Action action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString actionName(Action action);

private:
    QList<Row> m_rows;
};

} // namespace Manifold::Ui
