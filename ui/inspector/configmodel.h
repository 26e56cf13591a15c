#pragma once

#include "core/oci/imageconfig.h"

#include <QStandardItemModel>

namespace Manifold::Ui {

// An image configuration as "field | value" rows: platform, entrypoint, cmd, working dir,
// user, then environment, labels, ports and history as expandable groups.
class ConfigModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, ValueColumn };
    enum Role { FieldIdRole = Qt::UserRole + 1 }; // stable id: "entrypoint", "env", "history"...

    explicit ConfigModel(QObject *parent = nullptr);

    void setConfig(const Oci::ImageConfig &config);
    void clearConfig();
    // The top-level row of a field id, -1 when absent.
    int rowOf(const QString &fieldId) const;
};

} // namespace Manifold::Ui
