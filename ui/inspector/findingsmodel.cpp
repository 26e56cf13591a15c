#include "ui/inspector/findingsmodel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace Manifold::Ui {

// Top-level rows carry internalId 0; detail rows carry their finding's row + 1.
FindingsModel::FindingsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void FindingsModel::setFindings(const QList<Oci::Finding> &findings)
{
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = findings;
    // Errors first, then warnings, then information; stable within a severity.
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Oci::Finding &a, const Oci::Finding &b) { return int(a.severity) < int(b.severity); });
    endResetModel();
}

int FindingsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings.at(i).id == id)
            return i;
    }
    return -1;
}

QStringList FindingsModel::detailLines(const Oci::Finding &finding) const
{
    QStringList lines;
    for (const QString &evidence : finding.evidence)
        lines.append(tr("Evidence: %1").arg(evidence));
    if (!finding.fix.isEmpty())
        lines.append(tr("Fix: %1").arg(finding.fix));
    return lines;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_findings.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_findings.size())
        return {};
    if (row >= detailLines(m_findings.at(parent.row())).size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_findings.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(detailLines(m_findings.at(parent.row())).size());
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() != 0) {
        const Oci::Finding &finding = m_findings.at(int(index.internalId() - 1));
        if ((role == Qt::DisplayRole || role == Qt::ToolTipRole) && index.column() == MessageColumn)
            return detailLines(finding).value(index.row());
        if (role == FindingIdRole)
            return finding.id;
        return {};
    }
    const Oci::Finding &finding = m_findings.at(index.row());
    switch (role) {
    case FindingIdRole:
        return finding.id;
    case SeverityRole:
        return int(finding.severity);
    case Qt::DecorationRole:
        if (index.column() != SeverityColumn)
            return {};
        switch (finding.severity) {
        case Oci::Finding::Severity::Error: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Oci::Finding::Severity::Warning: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Oci::Finding::Severity::Info: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn && finding.severity == Oci::Finding::Severity::Error)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::ToolTipRole:
        return QString(finding.message + QLatin1Char('\n') + detailLines(finding).join(QLatin1Char('\n')));
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            switch (finding.severity) {
            case Oci::Finding::Severity::Error: return tr("Error");
            case Oci::Finding::Severity::Warning: return tr("Warning");
            case Oci::Finding::Severity::Info: return tr("Info");
            }
            return {};
        case SubjectColumn: return finding.subject;
        case MessageColumn: return finding.message;
        }
        return {};
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case SubjectColumn: return tr("Subject");
    case MessageColumn: return tr("Finding");
    }
    return {};
}

} // namespace Manifold::Ui
