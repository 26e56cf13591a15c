#pragma once

#include "core/oci/imageverifier.h"

#include <QAbstractItemModel>

namespace Manifold::Ui {

// The findings of `verify` as a tree: one row per finding (severity, subject, message) with
// its evidence lines and the fix as children, so the proof sits under each claim.
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, SubjectColumn, MessageColumn, ColumnCount };
    enum Role { FindingIdRole = Qt::UserRole + 1, SeverityRole };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Oci::Finding> &findings);
    const QList<Oci::Finding> &findings() const { return m_findings; }
    // Row of the first finding with `id`, -1 when absent.
    int rowOf(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Children of a finding: evidence lines, then the fix.
    QStringList detailLines(const Oci::Finding &finding) const;

    QList<Oci::Finding> m_findings;
};

} // namespace Manifold::Ui
