#pragma once

#include <QIcon>
#include <QString>

namespace Manifold::Ui {

// An icon from resources/icons (`name` without ".svg"), drawn in the application palette's
// text colour whenever it is painted, so one set of line icons reads on light and dark themes
// and follows a theme switch without reloading. Disabled and selected states use the
// palette's disabled and highlighted-text colours. A null icon when `name` does not exist.
QIcon themedIcon(const QString &name);

// The application icon (installer/icons/manifold.svg).
QIcon applicationIcon();

} // namespace Manifold::Ui
