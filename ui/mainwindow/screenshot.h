#pragma once

#include <QString>
#include <QStringList>

namespace Manifold::Ui {

class MainWindow;

// The views --screenshot can render: "window", "graph", "log", "editor", "diagnostics".
QStringList screenshotViews();

// Renders the window or one of its views to a PNG (QWidget::grab) after the current analysis
// has been applied; false when the view is unknown or the file cannot be written.
bool renderScreenshot(MainWindow &window, const QString &view, const QString &file);

} // namespace Manifold::Ui
