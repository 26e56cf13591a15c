#pragma once

#include "core/dockerfile/diagnostic.h"

#include <QAbstractTableModel>
#include <QList>

namespace Manifold::Ui {

// Every finding about the open project in one table: parse and lint results, plan problems,
// build failures and verification results. Each source is replaced as a whole when it reports.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Source { Lint, Plan, Build, Verify };
    Q_ENUM(Source)
    enum Column { SeverityColumn, IdColumn, LocationColumn, MessageColumn, FixColumn, SourceColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, ColumnRole, SeverityRole, SourceRole, IdRole };

    struct Entry
    {
        Dockerfile::Diagnostic diagnostic;
        Source source = Source::Lint;
        bool operator==(const Entry &other) const = default;
    };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    // Replaces the findings of `source`; rows stay ordered by file, line and column.
    void setDiagnostics(Source source, const QList<Dockerfile::Diagnostic> &diagnostics);
    void clear(Source source);
    void clearAll();

    const QList<Entry> &entries() const { return m_entries; }
    const Entry &entry(int row) const { return m_entries.at(row); }
    int count(Dockerfile::Severity severity) const;

    static QString sourceName(Source source);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void countsChanged();

private:
    QList<Entry> m_entries;
};

} // namespace Manifold::Ui
