#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QObject;

namespace Manifold::Ui {

// Which icon (resources/icons/<icon>.svg) each action of the main window shows, by the action's
// objectName; one table so menus and toolbars stay consistent.
QList<QPair<QString, QString>> actionIconNames();
// Gives every action below `root` that the table names its icon.
void applyActionIcons(QObject *root);

} // namespace Manifold::Ui
