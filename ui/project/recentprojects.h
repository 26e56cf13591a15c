#pragma once

#include <QString>
#include <QStringList>

namespace Manifold::Ui {

// Most recently opened projects and Dockerfiles, newest first, kept in QSettings.
class RecentProjects
{
public:
    static constexpr int MaximumCount = 10;

    static QStringList load();
    // Moves `path` to the front; drops entries beyond MaximumCount.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();

    // The list operation itself, without settings (testable).
    static QStringList prepend(QStringList list, const QString &path);
};

} // namespace Manifold::Ui
