#pragma once

#include "core/platform/hostprobe.h"
#include "core/utils/result.h"
#include "ui/editor/documentanalyzer.h"
#include "ui/project/project.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSystemTrayIcon;
class QToolButton;

namespace Manifold::Ui {

class BuildLogView;
class BuildSession;
class DiagnosticsModel;
class DiagnosticsView;
class DockerfileEditor;
class StageGraphWidget;

// The studio window: the Dockerfile editor in the centre, docks for the Stage Graph, Build Log,
// Manifest Inspector and Diagnostics, the build toolbar, menus and the status bar.
// Every important widget and action has a stable objectName (see objectNames() in tests).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the last project, or the sample project on first start.
    void openInitialProject();
    Status openProject(const QString &path);
    Status openDockerfile(const QString &path);
    Status openSample();
    Status saveProject(const QString &path);
    // Opens a project (*.manifold) or Dockerfile by its name, or a folder's project (when it has
    // exactly one) or else its Dockerfile; used by drops and the command line.
    Status openPath(const QString &path);

    const Project &project() const { return m_project; }
    bool isModified() const;

    DockerfileEditor *editor() const { return m_editor; }
    DiagnosticsModel *diagnosticsModel() const { return m_diagnosticsModel; }
    DiagnosticsView *diagnosticsView() const { return m_diagnosticsView; }
    BuildLogView *buildLog() const { return m_buildLog; }
    StageGraphWidget *stageGraph() const { return m_stageGraph; }
    DocumentAnalyzer *analyzer() const { return m_analyzer; }
    QComboBox *stageCombo() const { return m_stageCombo; }
    const HostCapabilities &hostCapabilities() const { return m_host; }

    // Waits (running the event loop) until the editor text has been analysed; false on timeout.
    bool waitForAnalysis(int timeoutMs = 10000);

    // Where the bundled sample lives (installed share/ dir, or the source tree).
    static QString sampleDirectory();

    // Target platforms of the project; the host platform when it names none.
    QList<Platform> targetPlatforms() const;
    void setTargetPlatforms(const QStringList &platforms);

signals:
    void projectChanged();
    void analysisApplied();
    void buildFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createBuildToolBar();
    void restoreWindowState();
    void saveWindowState() const;

    Status loadProject(const Project &project);
    bool maybeSave();
    void newProject();
    void openProjectDialog();
    void openDockerfileDialog();
    bool save();
    bool saveAs();
    void updateRecentMenu();
    void updateTitle();

    void applyAnalysis(const DocumentAnalysis &analysis);
    void updatePlanInputs();
    void probeHost();
    void updatePlatformMenu();
    void goToStage();
    void showPlatformsDialog();
    void showAbout();
    void setTheme(const QString &name);

    void startBuild();
    void cancelBuild();
    void updateBuildActions();
    void onBuildFinished(bool ok, const QString &summary);
    void notify(const QString &title, const QString &message);

    Project m_project;
    DockerfileEditor *m_editor;
    QComboBox *m_stageCombo;
    DocumentAnalyzer *m_analyzer;
    DiagnosticsModel *m_diagnosticsModel;
    DiagnosticsView *m_diagnosticsView;
    BuildLogView *m_buildLog;
    StageGraphWidget *m_stageGraph;
    QDockWidget *m_stageGraphDock = nullptr;
    QDockWidget *m_buildLogDock = nullptr;
    QDockWidget *m_manifestDock = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_platformMenu = nullptr;
    QToolButton *m_platformButton = nullptr;
    QComboBox *m_engineCombo = nullptr;
    QLineEdit *m_registryEdit = nullptr;
    QWidget *m_progressBox = nullptr;
    QLabel *m_statusPosition = nullptr;
    QLabel *m_statusProblems = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    BuildSession *m_buildSession = nullptr;
    HostCapabilities m_host;
    bool m_hostProbed = false;
    QFutureWatcher<HostCapabilities> m_hostWatcher;
    QList<StageLocation> m_stages;
    bool m_settingText = false;

    QAction *m_newAction = nullptr;
    QAction *m_openProjectAction = nullptr;
    QAction *m_openDockerfileAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_goToStageAction = nullptr;
    QAction *m_findInLogAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_buildAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_platformsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace Manifold::Ui
