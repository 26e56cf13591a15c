#include "ui/project/recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace Manifold::Ui {

namespace {
QString settingsKey()
{
    return QStringLiteral("recentProjects");
}
} // namespace

QStringList RecentProjects::load()
{
    return QSettings().value(settingsKey()).toStringList();
}

QStringList RecentProjects::prepend(QStringList list, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaximumCount)
        list.removeLast();
    return list;
}

void RecentProjects::add(const QString &path)
{
    QSettings().setValue(settingsKey(), prepend(load(), path));
}

void RecentProjects::remove(const QString &path)
{
    QStringList list = load();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(settingsKey(), list);
}

void RecentProjects::clear()
{
    QSettings().remove(settingsKey());
}

} // namespace Manifold::Ui
