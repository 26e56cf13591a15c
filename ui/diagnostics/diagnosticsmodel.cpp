#include "ui/diagnostics/diagnosticsmodel.h"

#include "ui/style/palettes.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace Manifold::Ui {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticsModel::setDiagnostics(Source source, const QList<Dockerfile::Diagnostic> &diagnostics)
{
    QList<Entry> entries;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.source != source)
            entries << e;
    }
    for (const Dockerfile::Diagnostic &d : diagnostics)
        entries << Entry{d, source};
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const auto &ra = a.diagnostic.range.start;
        const auto &rb = b.diagnostic.range.start;
        if (a.diagnostic.file != b.diagnostic.file)
            return a.diagnostic.file < b.diagnostic.file;
        if (ra.line != rb.line)
            return ra.line < rb.line;
        return ra.column < rb.column;
    });
    if (entries == m_entries)
        return;
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    emit countsChanged();
}

void DiagnosticsModel::clear(Source source)
{
    setDiagnostics(source, {});
}

void DiagnosticsModel::clearAll()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    emit countsChanged();
}

int DiagnosticsModel::count(Dockerfile::Severity severity) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [severity](const Entry &e) { return e.diagnostic.severity == severity; }));
}

QString DiagnosticsModel::sourceName(Source source)
{
    switch (source) {
    case Source::Lint: return tr("lint");
    case Source::Plan: return tr("plan");
    case Source::Build: return tr("build");
    case Source::Verify: return tr("verify");
    }
    return {};
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const Dockerfile::Diagnostic &d = e.diagnostic;
    switch (role) {
    case LineRole: return d.range.start.line;
    case ColumnRole: return d.range.start.column;
    case SeverityRole: return static_cast<int>(d.severity);
    case SourceRole: return static_cast<int>(e.source);
    case IdRole: return d.id;
    case Qt::ToolTipRole:
        return d.fix.isEmpty() ? d.message : d.message + QLatin1Char('\n') + d.fix;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            const QStyle::StandardPixmap icon = d.severity == Dockerfile::Severity::Error ? QStyle::SP_MessageBoxCritical
                                                : d.severity == Dockerfile::Severity::Warning
                                                    ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation;
            return QApplication::style()->standardIcon(icon);
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn: return Dockerfile::severityName(d.severity);
        case IdColumn: return d.id;
        case LocationColumn: {
            const QString file = d.file.isEmpty() ? QStringLiteral("Dockerfile") : d.file;
            if (!d.range.isValid())
                return file;
            return QStringLiteral("%1:%2:%3").arg(file).arg(d.range.start.line).arg(d.range.start.column);
        }
        case MessageColumn: return d.message;
        case FixColumn: return d.fix;
        case SourceColumn: return sourceName(e.source);
        }
        return {};
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case IdColumn: return tr("Id");
    case LocationColumn: return tr("Location");
    case MessageColumn: return tr("Message");
    case FixColumn: return tr("Fix");
    case SourceColumn: return tr("Source");
    }
    return {};
}

} // namespace Manifold::Ui
