#include "ui/platforms/platformsmodel.h"

#include <QBrush>
#include <QColor>
#include <QtConcurrent>

namespace Manifold::Ui {

PlatformsModel::PlatformsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<HostCapabilities>::finished, this, [this] {
        setCapabilities(m_watcher.result());
        emit probed();
    });
}

void PlatformsModel::refresh(const HostProbeInputs &inputs)
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([inputs] { return HostProbe::probe(inputs); }));
}

void PlatformsModel::setCapabilities(const HostCapabilities &capabilities)
{
    beginResetModel();
    m_capabilities = capabilities;
    endResetModel();
}

int PlatformsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_capabilities.platforms.size());
}

int PlatformsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString supportText(PlatformSupport::Kind kind)
{
    switch (kind) {
    case PlatformSupport::Kind::Native:
        return PlatformsModel::tr("Native");
    case PlatformSupport::Kind::Emulated:
        return PlatformsModel::tr("Emulated (QEMU)");
    case PlatformSupport::Kind::Unavailable:
        return PlatformsModel::tr("Unavailable");
    }
    return {};
}

static QColor supportColor(PlatformSupport::Kind kind)
{
    switch (kind) {
    case PlatformSupport::Kind::Native:
        return QColor(0x2e, 0x9d, 0x4f);
    case PlatformSupport::Kind::Emulated:
        return QColor(0xd0, 0x8c, 0x00);
    case PlatformSupport::Kind::Unavailable:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QVariant PlatformsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlatformSupport &support = m_capabilities.platforms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PlatformColumn:
            return support.platform.toString();
        case SupportColumn:
            return supportText(support.kind);
        case DetailColumn:
            return support.warnings.isEmpty()
                       ? support.detail
                       : support.detail + QStringLiteral(" — ") + tr("warning: %1").arg(support.warnings.join(QLatin1Char(' ')));
        case FixColumn:
            return support.fix;
        }
        break;
    case Qt::ToolTipRole: {
        QStringList lines{support.detail};
        if (!support.interpreter.isEmpty())
            lines << tr("Emulator: %1").arg(support.interpreter);
        for (const QString &warning : support.warnings)
            lines << tr("Warning: %1").arg(warning);
        if (!support.fix.isEmpty())
            lines << tr("Fix: %1").arg(support.fix);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (index.column() == SupportColumn)
            return QBrush(supportColor(support.kind));
        break;
    case SupportKindRole:
        return int(support.kind);
    case PlatformStringRole:
        return support.platform.toString();
    default:
        break;
    }
    return {};
}

QVariant PlatformsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PlatformColumn:
        return tr("Platform");
    case SupportColumn:
        return tr("Support");
    case DetailColumn:
        return tr("How");
    case FixColumn:
        return tr("Fix");
    }
    return {};
}

} // namespace Manifold::Ui
