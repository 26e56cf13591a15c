#include "ui/mainwindow/screenshot.h"

#include "ui/buildlog/buildlogview.h"
#include "ui/diagnostics/diagnosticsview.h"
#include "ui/editor/dockerfileeditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/stagegraph/stagegraphwidget.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QPixmap>

namespace Manifold::Ui {

QStringList screenshotViews()
{
    return {QStringLiteral("window"), QStringLiteral("graph"), QStringLiteral("log"), QStringLiteral("editor"),
            QStringLiteral("diagnostics")};
}

bool renderScreenshot(MainWindow &window, const QString &view, const QString &file)
{
    if (!window.isVisible())
        window.show();
    window.waitForAnalysis();

    QWidget *target = nullptr;
    QDockWidget *dock = nullptr;
    if (view == QLatin1String("window")) {
        target = &window;
    } else if (view == QLatin1String("graph")) {
        target = window.stageGraph();
        dock = window.findChild<QDockWidget *>(QStringLiteral("stageGraphDock"));
    } else if (view == QLatin1String("log")) {
        target = window.buildLog();
        dock = window.findChild<QDockWidget *>(QStringLiteral("buildLogDock"));
        window.buildLog()->flush();
    } else if (view == QLatin1String("editor")) {
        target = window.editor();
    } else if (view == QLatin1String("diagnostics")) {
        target = window.diagnosticsView();
        dock = window.findChild<QDockWidget *>(QStringLiteral("diagnosticsDock"));
    }
    if (!target)
        return false;
    if (dock) {
        dock->show();
        dock->raise();
    }
    if (view == QLatin1String("graph") && window.stageGraph()->currentView())
        window.stageGraph()->currentView()->fitGraph();
    QCoreApplication::processEvents();
    const QPixmap pixmap = target->grab();
    return !pixmap.isNull() && pixmap.save(file, "PNG");
}

} // namespace Manifold::Ui
