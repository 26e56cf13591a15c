#include "ui/mainwindow/actionicons.h"

#include "ui/style/themedicon.h"

#include <QAction>

namespace Manifold::Ui {

QList<QPair<QString, QString>> actionIconNames()
{
    return {
        {QStringLiteral("actionNewProject"), QStringLiteral("new-project")},
        {QStringLiteral("actionOpenProject"), QStringLiteral("open-project")},
        {QStringLiteral("actionOpenDockerfile"), QStringLiteral("open-dockerfile")},
        {QStringLiteral("actionSave"), QStringLiteral("save")},
        {QStringLiteral("actionSaveAs"), QStringLiteral("save-as")},
        {QStringLiteral("actionClearRecent"), QStringLiteral("clear")},
        {QStringLiteral("actionQuit"), QStringLiteral("quit")},
        {QStringLiteral("actionUndo"), QStringLiteral("undo")},
        {QStringLiteral("actionRedo"), QStringLiteral("redo")},
        {QStringLiteral("actionCut"), QStringLiteral("cut")},
        {QStringLiteral("actionCopy"), QStringLiteral("copy")},
        {QStringLiteral("actionPaste"), QStringLiteral("paste")},
        {QStringLiteral("actionSelectAll"), QStringLiteral("select-all")},
        {QStringLiteral("actionGoToStage"), QStringLiteral("go-to-stage")},
        {QStringLiteral("actionFindInLog"), QStringLiteral("find")},
        {QStringLiteral("stageGraphDockToggleAction"), QStringLiteral("stage-graph")},
        {QStringLiteral("buildLogDockToggleAction"), QStringLiteral("build-log")},
        {QStringLiteral("manifestInspectorDockToggleAction"), QStringLiteral("manifest")},
        {QStringLiteral("registryBrowserDockToggleAction"), QStringLiteral("registries")},
        {QStringLiteral("diagnosticsDockToggleAction"), QStringLiteral("diagnostics")},
        {QStringLiteral("actionZoomIn"), QStringLiteral("zoom-in")},
        {QStringLiteral("actionZoomOut"), QStringLiteral("zoom-out")},
        {QStringLiteral("actionZoomReset"), QStringLiteral("zoom-fit")},
        {QStringLiteral("actionTheme_system"), QStringLiteral("theme-system")},
        {QStringLiteral("actionTheme_light"), QStringLiteral("theme-light")},
        {QStringLiteral("actionTheme_dark"), QStringLiteral("theme-dark")},
        {QStringLiteral("actionBuild"), QStringLiteral("build")},
        {QStringLiteral("actionCancelBuild"), QStringLiteral("cancel")},
        {QStringLiteral("actionPlatforms"), QStringLiteral("platforms")},
        {QStringLiteral("actionPushWizard"), QStringLiteral("push")},
        {QStringLiteral("actionLocalRegistryWizard"), QStringLiteral("local-registry")},
        {QStringLiteral("actionMirrorDialog"), QStringLiteral("mirror")},
        {QStringLiteral("actionAbout"), QStringLiteral("about")},
    };
}

void applyActionIcons(QObject *root)
{
    const QList<QPair<QString, QString>> names = actionIconNames();
    for (QAction *action : root->findChildren<QAction *>()) {
        for (const auto &[objectName, icon] : names) {
            if (action->objectName() == objectName) {
                action->setIcon(themedIcon(icon));
                break;
            }
        }
    }
}

} // namespace Manifold::Ui
