#include "ui/inspector/manifestinspector.h"
#include "ui/mirror/mirrordialog.h"
#include "ui/inspector/tlsexceptionsmodel.h"
#include "ui/mainwindow/actionicons.h"
#include "ui/mainwindow/tlsexceptionsindicator.h"
#include "ui/registrybrowser/registrybrowser.h"
#include "ui/style/themedicon.h"
#include "ui/wizards/localregistrywizard.h"
#include "ui/wizards/pushwizard.h"
#include "ui/mainwindow/mainwindow.h"

#include "ui/app/languagesetting.h"

#include "ui/buildlog/buildlogview.h"
#include "ui/diagnostics/diagnosticsmodel.h"
#include "ui/diagnostics/diagnosticsview.h"
#include "ui/editor/dockerfileeditor.h"
#include "ui/editor/dockerfilehighlighter.h"
#include "ui/mainwindow/buildsession.h"
#include "ui/platforms/platformsdialog.h"
#include "ui/project/recentprojects.h"
#include "ui/stagegraph/stagegraphwidget.h"
#include "ui/style/palettes.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSaveFile>
#include <QFontDatabase>
#include <QSettings>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>
#include <QEventLoop>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Manifold::Ui {

namespace {

const char *const SampleName = "multiarch-example";

QString settingsGeometry()
{
    return QStringLiteral("mainWindow/geometry");
}
QString settingsState()
{
    return QStringLiteral("mainWindow/state");
}
QString settingsTheme()
{
    return QStringLiteral("mainWindow/theme");
}
QString settingsStarted()
{
    return QStringLiteral("mainWindow/startedBefore");
}

QAction *makeAction(QObject *parent, const QString &objectName, const QString &text,
                    const QKeySequence &shortcut = {})
{
    auto action = new QAction(text, parent);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

QDockWidget *makeDock(QMainWindow *window, const QString &objectName, const QString &title, QWidget *content)
{
    auto dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->toggleViewAction()->setObjectName(objectName + QStringLiteral("ToggleAction"));
    return dock;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_editor(new DockerfileEditor(this))
    , m_stageCombo(new QComboBox(this))
    , m_analyzer(new DocumentAnalyzer(this))
    , m_diagnosticsModel(new DiagnosticsModel(this))
    , m_diagnosticsView(new DiagnosticsView(m_diagnosticsModel, this))
    , m_buildLog(new BuildLogView(this))
    , m_stageGraph(new StageGraphWidget(this))
    , m_buildSession(new BuildSession(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Manifold"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    resize(1360, 860);

    // Centre: stage navigator above the editor.
    auto central = new QWidget(this);
    central->setObjectName(QStringLiteral("editorPane"));
    m_stageCombo->setObjectName(QStringLiteral("stageCombo"));
    m_stageCombo->setToolTip(tr("Go to stage (Ctrl+Shift+G)"));
    m_stageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stageCombo->setMinimumContentsLength(18);
    auto stageLabel = new QLabel(tr("Stage:"), central);
    stageLabel->setBuddy(m_stageCombo);
    auto navigator = new QHBoxLayout;
    navigator->setContentsMargins(6, 4, 6, 2);
    navigator->addWidget(stageLabel);
    navigator->addWidget(m_stageCombo);
    navigator->addStretch(1);
    auto centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addLayout(navigator);
    centralLayout->addWidget(m_editor, 1);
    setCentralWidget(central);

    createActions();
    createDocks();
    createMenus();
    createBuildToolBar();
    applyActionIcons(this);
    setWindowIcon(applicationIcon());

    m_statusPosition = new QLabel(this);
    m_statusPosition->setObjectName(QStringLiteral("statusPosition"));
    m_statusProblems = new QLabel(this);
    m_statusProblems->setObjectName(QStringLiteral("statusProblems"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(new TlsExceptionsIndicator(new TlsExceptionsModel(this), this));
    statusBar()->addPermanentWidget(m_statusProblems);
    statusBar()->addPermanentWidget(m_statusPosition);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            m_analyzer->setText(m_editor->toPlainText());
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &DockerfileEditor::cursorLineChanged, this, [this](int line) {
        m_statusPosition->setText(tr("Line %1").arg(line));
        // Keep the navigator on the stage the cursor is in.
        for (int i = 0; i < m_stages.size(); ++i) {
            if (line >= m_stages.at(i).firstLine && line <= m_stages.at(i).lastLine) {
                const QSignalBlocker blocker(m_stageCombo);
                m_stageCombo->setCurrentIndex(i);
            }
        }
    });
    connect(m_editor, &DockerfileEditor::filesDropped, this, [this](const QStringList &paths) {
        if (!paths.isEmpty() && maybeSave())
            if (const Status s = openPath(paths.first()); !s)
                QMessageBox::warning(this, tr("Cannot open"), s.error().toString());
    });
    connect(m_stageCombo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_stages.size())
            m_editor->selectLines(m_stages.at(index).firstLine, m_stages.at(index).firstLine);
        m_editor->setFocus();
    });
    connect(m_analyzer, &DocumentAnalyzer::analyzed, this, &MainWindow::applyAnalysis);
    connect(m_diagnosticsView, &DiagnosticsView::locationActivated, this,
            [this](int line, int column) { m_editor->goToLine(line, column); });
    connect(m_stageGraph, &StageGraphWidget::stageActivated, this,
            [this](const QString &, int first, int last) { m_editor->selectLines(first, last); });
    connect(m_diagnosticsModel, &DiagnosticsModel::countsChanged, this, [this] {
        const int errors = m_diagnosticsModel->count(Dockerfile::Severity::Error);
        const int warnings = m_diagnosticsModel->count(Dockerfile::Severity::Warning);
        m_statusProblems->setText(tr("%1 errors, %2 warnings").arg(errors).arg(warnings));
    });
    connect(&m_hostWatcher, &QFutureWatcher<HostCapabilities>::finished, this, [this] {
        m_host = m_hostWatcher.result();
        m_hostProbed = true;
        updatePlatformMenu();
        updatePlanInputs();
    });
    connect(m_buildSession, &BuildSession::event, this, [this](const Build::BuildEvent &event) {
        m_buildLog->appendEvent(event);
        const QString platform = event.platform.toString();
        using Kind = Build::BuildEvent::Kind;
        switch (event.kind) {
        case Kind::StepStarted:
            m_stageGraph->setStageState(platform, event.stage, StageState::Running);
            break;
        case Kind::StepCached:
        case Kind::StepFinished: {
            const bool last = event.stepCount > 0 && event.step >= event.stepCount;
            if (last)
                m_stageGraph->setStageState(platform, event.stage,
                                            event.kind == Kind::StepCached ? StageState::Cached : StageState::Done,
                                            event.seconds);
            if (auto bar = m_progressBox->findChild<QProgressBar *>(QStringLiteral("buildProgress:") + platform))
                bar->setValue(qMin(bar->maximum(), bar->value() + 1));
            break;
        }
        case Kind::StepFailed:
            m_stageGraph->setStageState(platform, event.stage, StageState::Failed, event.seconds);
            break;
        case Kind::PlatformFinished:
            if (auto bar = m_progressBox->findChild<QProgressBar *>(QStringLiteral("buildProgress:") + platform))
                bar->setValue(event.exitCode == 0 ? bar->maximum() : bar->value());
            break;
        default:
            break;
        }
    });
    connect(m_buildSession, &BuildSession::finished, this,
            [this](bool ok, bool, const QString &summary) { onBuildFinished(ok, summary); });

    applyTheme(themeFromName(QSettings().value(settingsTheme()).toString()));
    restoreWindowState();
    updateRecentMenu();
    updateBuildActions();
    updateTitle();
    probeHost();
}

MainWindow::~MainWindow()
{
    m_hostWatcher.waitForFinished();
}

void MainWindow::createActions()
{
    m_newAction = makeAction(this, QStringLiteral("actionNewProject"), tr("&New Project…"), QKeySequence::New);
    m_openProjectAction = makeAction(this, QStringLiteral("actionOpenProject"), tr("&Open Project…"), QKeySequence::Open);
    m_openDockerfileAction = makeAction(this, QStringLiteral("actionOpenDockerfile"), tr("Open &Dockerfile…"),
                                        QKeySequence(tr("Ctrl+Shift+O")));
    m_saveAction = makeAction(this, QStringLiteral("actionSave"), tr("&Save"), QKeySequence::Save);
    m_saveAsAction = makeAction(this, QStringLiteral("actionSaveAs"), tr("Save Project &As…"), QKeySequence::SaveAs);
    m_quitAction = makeAction(this, QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_goToStageAction = makeAction(this, QStringLiteral("actionGoToStage"), tr("Go to &Stage…"),
                                   QKeySequence(tr("Ctrl+Shift+G")));
    m_findInLogAction = makeAction(this, QStringLiteral("actionFindInLog"), tr("&Find in Build Log"),
                                   QKeySequence(tr("Ctrl+Shift+F")));
    m_zoomInAction = makeAction(this, QStringLiteral("actionZoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn);
    m_zoomOutAction = makeAction(this, QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut);
    m_zoomResetAction = makeAction(this, QStringLiteral("actionZoomReset"), tr("&Reset Zoom"), QKeySequence(tr("Ctrl+0")));
    m_buildAction = makeAction(this, QStringLiteral("actionBuild"), tr("&Build"), QKeySequence(tr("Ctrl+B")));
    m_cancelAction = makeAction(this, QStringLiteral("actionCancelBuild"), tr("&Cancel Build"), QKeySequence(tr("Ctrl+.")));
    m_platformsAction = makeAction(this, QStringLiteral("actionPlatforms"), tr("&Platforms…"));
    m_aboutAction = makeAction(this, QStringLiteral("actionAbout"), tr("&About Manifold"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProject);
    connect(m_openProjectAction, &QAction::triggered, this, &MainWindow::openProjectDialog);
    connect(m_openDockerfileAction, &QAction::triggered, this, &MainWindow::openDockerfileDialog);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_goToStageAction, &QAction::triggered, this, &MainWindow::goToStage);
    connect(m_findInLogAction, &QAction::triggered, this, [this] {
        m_buildLogDock->show();
        m_buildLogDock->raise();
        m_buildLog->focusSearch();
    });
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        if (m_stageGraph->currentView() && m_stageGraph->currentView()->hasFocus())
            m_stageGraph->currentView()->zoomIn();
        else
            m_editor->zoomIn(1);
    });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        if (m_stageGraph->currentView() && m_stageGraph->currentView()->hasFocus())
            m_stageGraph->currentView()->zoomOut();
        else
            m_editor->zoomOut(1);
    });
    connect(m_zoomResetAction, &QAction::triggered, this, [this] {
        m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        if (m_stageGraph->currentView())
            m_stageGraph->currentView()->fitGraph();
    });
    connect(m_buildAction, &QAction::triggered, this, &MainWindow::startBuild);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelBuild);
    connect(m_platformsAction, &QAction::triggered, this, &MainWindow::showPlatformsDialog);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createDocks()
{
    m_stageGraphDock = makeDock(this, QStringLiteral("stageGraphDock"), tr("Stage Graph"), m_stageGraph);
    m_buildLogDock = makeDock(this, QStringLiteral("buildLogDock"), tr("Build Log"), m_buildLog);
    auto inspector = new ManifestInspector(this);
    m_manifestDock = makeDock(this, QStringLiteral("manifestInspectorDock"), tr("Manifest Inspector"), inspector);
    auto registries = new RegistryBrowser(this);
    QDockWidget *registryDock =
        makeDock(this, QStringLiteral("registryBrowserDock"), tr("Registries"), registries);
    connect(registries, &RegistryBrowser::inspectRequested, this, [this, inspector](const QString &reference) {
        inspector->openReference(reference);
        m_manifestDock->raise();
    });
    m_diagnosticsDock = makeDock(this, QStringLiteral("diagnosticsDock"), tr("Diagnostics"), m_diagnosticsView);

    addDockWidget(Qt::RightDockWidgetArea, m_stageGraphDock);
    addDockWidget(Qt::RightDockWidgetArea, m_manifestDock);
    tabifyDockWidget(m_stageGraphDock, m_manifestDock);
    addDockWidget(Qt::RightDockWidgetArea, registryDock);
    tabifyDockWidget(m_manifestDock, registryDock);
    m_stageGraphDock->raise();
    addDockWidget(Qt::BottomDockWidgetArea, m_buildLogDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_diagnosticsDock);
    tabifyDockWidget(m_diagnosticsDock, m_buildLogDock);
    m_diagnosticsDock->raise();
    resizeDocks({m_stageGraphDock}, {620}, Qt::Horizontal);
    resizeDocks({m_buildLogDock}, {260}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_newAction);
    file->addAction(m_openProjectAction);
    file->addAction(m_openDockerfileAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    QAction *undo = makeAction(this, QStringLiteral("actionUndo"), tr("&Undo"), QKeySequence::Undo);
    QAction *redo = makeAction(this, QStringLiteral("actionRedo"), tr("&Redo"), QKeySequence::Redo);
    QAction *cut = makeAction(this, QStringLiteral("actionCut"), tr("Cu&t"), QKeySequence::Cut);
    QAction *copy = makeAction(this, QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy);
    QAction *paste = makeAction(this, QStringLiteral("actionPaste"), tr("&Paste"), QKeySequence::Paste);
    QAction *selectAll = makeAction(this, QStringLiteral("actionSelectAll"), tr("Select &All"), QKeySequence::SelectAll);
    // Edit actions act on the editor; the log has its own copy shortcut while it has focus.
    for (QAction *a : {undo, redo, cut, copy, paste, selectAll})
        a->setShortcutContext(Qt::WidgetShortcut);
    connect(undo, &QAction::triggered, m_editor, &QPlainTextEdit::undo);
    connect(redo, &QAction::triggered, m_editor, &QPlainTextEdit::redo);
    connect(cut, &QAction::triggered, m_editor, &QPlainTextEdit::cut);
    connect(copy, &QAction::triggered, m_editor, &QPlainTextEdit::copy);
    connect(paste, &QAction::triggered, m_editor, &QPlainTextEdit::paste);
    connect(selectAll, &QAction::triggered, m_editor, &QPlainTextEdit::selectAll);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addActions({cut, copy, paste, selectAll});
    edit->addSeparator();
    edit->addAction(m_goToStageAction);
    edit->addAction(m_findInLogAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    for (QDockWidget *dock : {m_stageGraphDock, m_buildLogDock, m_manifestDock, m_diagnosticsDock})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addActions({m_zoomInAction, m_zoomOutAction, m_zoomResetAction});
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("menuTheme"));
    auto themes = new QActionGroup(this);
    const QList<QPair<QString, QString>> names = {{QStringLiteral("system"), tr("&System")},
                                                 {QStringLiteral("light"), tr("&Light")},
                                                 {QStringLiteral("dark"), tr("&Dark")}};
    const QString current = QSettings().value(settingsTheme(), QStringLiteral("system")).toString();
    for (const auto &[name, text] : names) {
        QAction *a = theme->addAction(text);
        a->setObjectName(QStringLiteral("actionTheme_") + name);
        a->setCheckable(true);
        a->setChecked(name == current);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, n = name] { setTheme(n); });
    }
    view->addMenu(new LanguageMenu(this));

    QMenu *build = menuBar()->addMenu(tr("&Build"));
    build->setObjectName(QStringLiteral("menuBuild"));
    build->addAction(m_buildAction);
    build->addAction(m_cancelAction);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setObjectName(QStringLiteral("menuTools"));
    tools->addAction(m_platformsAction);
    tools->addSeparator();
    QAction *push = tools->addAction(tr("Push to &Registry…"), this, [this] { showPushWizard(this); });
    push->setObjectName(QStringLiteral("actionPushWizard"));
    QAction *local = tools->addAction(tr("&Local Registry Setup…"), this, [this] { showLocalRegistryWizard(this); });
    local->setObjectName(QStringLiteral("actionLocalRegistryWizard"));
    QAction *mirror = tools->addAction(tr("&Mirror Image…"), this, [this] { showMirrorDialog(this); });
    mirror->setObjectName(QStringLiteral("actionMirrorDialog"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_aboutAction);
}

void MainWindow::createBuildToolBar()
{
    QToolBar *bar = addToolBar(tr("Build"));
    bar->setObjectName(QStringLiteral("buildToolBar"));
    bar->setMovable(false);

    m_platformButton = new QToolButton(bar);
    m_platformButton->setObjectName(QStringLiteral("platformsButton"));
    m_platformButton->setPopupMode(QToolButton::InstantPopup);
    m_platformButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_platformMenu = new QMenu(m_platformButton);
    m_platformMenu->setObjectName(QStringLiteral("platformsMenu"));
    m_platformButton->setMenu(m_platformMenu);
    bar->addWidget(new QLabel(tr("Platforms:"), bar));
    bar->addWidget(m_platformButton);
    bar->addSeparator();

    m_engineCombo = new QComboBox(bar);
    m_engineCombo->setObjectName(QStringLiteral("engineCombo"));
    m_engineCombo->addItem(tr("Automatic"), QString());
    m_engineCombo->addItem(QStringLiteral("buildah"), QStringLiteral("buildah"));
    m_engineCombo->addItem(QStringLiteral("podman"), QStringLiteral("podman"));
    m_engineCombo->addItem(QStringLiteral("docker"), QStringLiteral("docker"));
    m_engineCombo->setToolTip(tr("The engine that runs the build"));
    connect(m_engineCombo, &QComboBox::activated, this, [this](int index) {
        const QString engine = m_engineCombo->itemData(index).toString();
        if (engine != m_project.engine) {
            m_project.engine = engine;
            m_editor->document()->setModified(true);
        }
    });
    bar->addWidget(new QLabel(tr("Engine:"), bar));
    bar->addWidget(m_engineCombo);
    bar->addSeparator();

    m_registryEdit = new QLineEdit(bar);
    m_registryEdit->setObjectName(QStringLiteral("registryEdit"));
    m_registryEdit->setPlaceholderText(tr("host:port"));
    m_registryEdit->setToolTip(tr("The registry the project pushes to; tags and build arguments naming the "
                                  "previous registry follow it"));
    m_registryEdit->setMaximumWidth(180);
    connect(m_registryEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_registryEdit->text().trimmed() == m_project.registry)
            return;
        m_project.moveToRegistry(m_registryEdit->text());
        m_editor->document()->setModified(true);
        updatePlanInputs();
    });
    bar->addWidget(new QLabel(tr("Registry:"), bar));
    bar->addWidget(m_registryEdit);
    bar->addSeparator();
    bar->addAction(m_buildAction);
    bar->addAction(m_cancelAction);

    m_progressBox = new QWidget(bar);
    m_progressBox->setObjectName(QStringLiteral("buildProgress"));
    auto progressLayout = new QHBoxLayout(m_progressBox);
    progressLayout->setContentsMargins(8, 0, 0, 0);
    bar->addWidget(m_progressBox);
    updatePlatformMenu();
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(settingsGeometry()).toByteArray());
    restoreState(settings.value(settingsState()).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(settingsGeometry(), saveGeometry());
    settings.setValue(settingsState(), saveState());
}

QString MainWindow::sampleDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("MANIFOLD_SAMPLES_DIR");
    QStringList candidates;
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment + QLatin1Char('/') + QLatin1String(SampleName);
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << appDir + QStringLiteral("/../share/manifold/samples/") + QLatin1String(SampleName)
               << appDir + QStringLiteral("/../Resources/samples/") + QLatin1String(SampleName)
               << QStringLiteral(MANIFOLD_UI_SOURCE_DIR "/resources/samples/") + QLatin1String(SampleName);
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo::exists(candidate + QStringLiteral("/Dockerfile")))
            return QDir::cleanPath(candidate);
    }
    return {};
}

void MainWindow::openInitialProject()
{
    QSettings settings;
    const bool firstStart = !settings.value(settingsStarted(), false).toBool();
    settings.setValue(settingsStarted(), true);
    if (!firstStart) {
        const QStringList recent = RecentProjects::load();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()) && openPath(recent.first()))
            return;
    }
    if (const Status s = openSample(); !s)
        statusBar()->showMessage(s.error().toString());
}

Status MainWindow::openSample()
{
    const QString dir = sampleDirectory();
    if (dir.isEmpty())
        return Error(QStringLiteral("ui.sample.missing"), tr("The sample project is not installed."),
                     QStringLiteral("share/manifold/samples"), tr("Set MANIFOLD_SAMPLES_DIR to a copy of resources/samples."));
    const QString projectFile = dir + QStringLiteral("/multiarch-example.manifold");
    if (QFileInfo::exists(projectFile))
        return openProject(projectFile);
    Project sample = Project::forDockerfile(dir + QStringLiteral("/Dockerfile"));
    sample.name = QString::fromLatin1(SampleName);
    sample.platforms = {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")};
    sample.tags = {QStringLiteral("localhost:5002/multiarch-example:latest")};
    sample.registry = QStringLiteral("localhost:5002");
    // The Dockerfile's default, spelled out so it follows the registry when that moves.
    sample.buildArgs.insert(QStringLiteral("BASE_IMAGE"), QStringLiteral("localhost:5002/busybox:latest"));
    return loadProject(sample);
}

Status MainWindow::openProject(const QString &path)
{
    Result<Project> project = Project::load(path);
    if (!project)
        return project.error();
    const Status loaded = loadProject(*project);
    if (loaded)
        RecentProjects::add(path);
    updateRecentMenu();
    return loaded;
}

Status MainWindow::openDockerfile(const QString &path)
{
    const Status loaded = loadProject(Project::forDockerfile(path));
    if (loaded)
        RecentProjects::add(path);
    updateRecentMenu();
    return loaded;
}

Status MainWindow::openPath(const QString &path)
{
    if (QFileInfo(path).isDir()) {
        const QDir folder(path);
        const QStringList projects = folder.entryList({QStringLiteral("*.") + Project::fileSuffix()}, QDir::Files);
        if (projects.size() == 1)
            return openProject(folder.filePath(projects.first()));
        if (folder.exists(QStringLiteral("Dockerfile")))
            return openDockerfile(folder.filePath(QStringLiteral("Dockerfile")));
        return Error(QStringLiteral("ui.open.folder"),
                     projects.isEmpty() ? tr("The folder has no Dockerfile and no Manifold project.")
                                        : tr("The folder has several Manifold projects and no Dockerfile."),
                     QDir::toNativeSeparators(path), tr("Open the Dockerfile or the project file itself."));
    }
    if (QFileInfo(path).suffix() == Project::fileSuffix())
        return openProject(path);
    return openDockerfile(path);
}

Status MainWindow::loadProject(const Project &project)
{
    QFile file(project.dockerfile);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("ui.dockerfile.read"), tr("Cannot read the Dockerfile: %1.").arg(file.errorString()),
                     project.dockerfile, tr("Check the path in the project, or open the Dockerfile directly."));
    const QByteArray bytes = file.readAll();
    m_project = project;
    m_settingText = true;
    m_editor->setPlainText(QString::fromUtf8(bytes));
    m_settingText = false;
    m_editor->document()->setModified(false);
    m_analyzer->setFileName(QFileInfo(project.dockerfile).fileName());
    m_analyzer->setText(m_editor->toPlainText());
    m_diagnosticsModel->clearAll();
    m_buildLog->setPlatforms(project.platforms);
    const int engine = m_engineCombo->findData(project.engine);
    m_engineCombo->setCurrentIndex(engine < 0 ? 0 : engine);
    m_registryEdit->setText(project.registry);
    updateBuildActions(); // a project with a Dockerfile can be built
    updatePlatformMenu();
    updatePlanInputs();
    m_analyzer->analyzeNow();
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(project.dockerfile)), 4000);
    emit projectChanged();
    return {};
}

bool MainWindow::isModified() const
{
    return m_editor->document()->isModified();
}

Status MainWindow::saveProject(const QString &path)
{
    // The Dockerfile first: the project file only points at it.
    if (isModified() && !m_project.dockerfile.isEmpty()) {
        QSaveFile dockerfile(m_project.dockerfile);
        const QByteArray bytes = m_editor->toPlainText().toUtf8();
        if (!dockerfile.open(QIODevice::WriteOnly) || dockerfile.write(bytes) != bytes.size() || !dockerfile.commit())
            return Error(QStringLiteral("ui.dockerfile.write"),
                         tr("Cannot save the Dockerfile: %1.").arg(dockerfile.errorString()), m_project.dockerfile,
                         tr("Check permissions and free space; your text is still in the editor."));
    }
    Project project = m_project;
    if (project.name.isEmpty())
        project.name = QFileInfo(path).completeBaseName();
    if (const Status saved = project.save(path); !saved)
        return saved;
    project.filePath = QFileInfo(path).absoluteFilePath();
    m_project = project;
    m_editor->document()->setModified(false);
    RecentProjects::add(path);
    updateRecentMenu();
    updateTitle();
    return {};
}

bool MainWindow::save()
{
    if (m_project.filePath.isEmpty())
        return saveAs();
    const Status s = saveProject(m_project.filePath);
    if (!s)
        QMessageBox::warning(this, tr("Cannot save"), s.error().toString());
    return s.ok();
}

bool MainWindow::saveAs()
{
    QString suggestion = m_project.filePath;
    if (suggestion.isEmpty() && !m_project.context.isEmpty())
        suggestion = m_project.context + QLatin1Char('/') + m_project.displayName() + QStringLiteral(".manifold");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Project"), suggestion,
                                                      tr("Manifold projects (*.manifold)"));
    if (path.isEmpty())
        return false;
    const Status s = saveProject(path.endsWith(QStringLiteral(".manifold")) ? path : path + QStringLiteral(".manifold"));
    if (!s)
        QMessageBox::warning(this, tr("Cannot save"), s.error().toString());
    return s.ok();
}

bool MainWindow::maybeSave()
{
    if (!isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("Save the changes to %1?").arg(m_project.displayName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    const QString dockerfile = QFileDialog::getOpenFileName(this, tr("New Project: choose its Dockerfile"), QString(),
                                                            tr("Dockerfiles (Dockerfile *.Dockerfile Containerfile *);;All files (*)"));
    if (dockerfile.isEmpty())
        return;
    Project project = Project::forDockerfile(dockerfile);
    project.platforms = {HostProbe::hostPlatform().toString()};
    if (const Status s = loadProject(project); !s) {
        QMessageBox::warning(this, tr("Cannot create the project"), s.error().toString());
        return;
    }
    saveAs();
}

void MainWindow::openProjectDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("Manifold projects (*.manifold)"));
    if (!path.isEmpty())
        if (const Status s = openProject(path); !s)
            QMessageBox::warning(this, tr("Cannot open the project"), s.error().toString());
}

void MainWindow::openDockerfileDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dockerfile"), QString(),
                                                      tr("Dockerfiles (Dockerfile *.Dockerfile Containerfile *);;All files (*)"));
    if (!path.isEmpty())
        if (const Status s = openDockerfile(path); !s)
            QMessageBox::warning(this, tr("Cannot open the Dockerfile"), s.error().toString());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentProjects::load();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(themedIcon(QStringLiteral("recent")), QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] {
            if (!maybeSave())
                return;
            if (const Status s = openPath(path); !s) {
                RecentProjects::remove(path);
                updateRecentMenu();
                QMessageBox::warning(this, tr("Cannot open"), s.error().toString());
            }
        });
    }
    if (!recent.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Recent"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setIcon(themedIcon(QStringLiteral("clear")));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        RecentProjects::clear();
        updateRecentMenu();
    });
}

void MainWindow::updateTitle()
{
    setWindowModified(isModified());
    setWindowTitle(m_project.dockerfile.isEmpty() ? tr("Manifold")
                                                  : tr("%1[*] — Manifold").arg(m_project.displayName()));
}

QList<Platform> MainWindow::targetPlatforms() const
{
    QList<Platform> platforms;
    for (const QString &text : m_project.platforms) {
        if (const Result<Platform> p = Platform::parse(text))
            platforms << p->normalized();
    }
    if (platforms.isEmpty())
        platforms << HostProbe::hostPlatform();
    return platforms;
}

void MainWindow::setTargetPlatforms(const QStringList &platforms)
{
    if (platforms == m_project.platforms)
        return;
    m_project.platforms = platforms;
    m_editor->document()->setModified(true);
    m_buildLog->setPlatforms(platforms);
    updatePlatformMenu();
    updatePlanInputs();
}

void MainWindow::updatePlanInputs()
{
    PlanInputs inputs;
    inputs.platforms = targetPlatforms();
    inputs.request.buildArgs = m_project.buildArgs;
    inputs.request.target = m_project.target;
    inputs.request.buildPlatform = m_hostProbed ? m_host.host : HostProbe::hostPlatform();
    if (m_hostProbed)
        inputs.host = m_host;
    m_analyzer->setPlanInputs(inputs);
}

void MainWindow::probeHost()
{
    m_hostWatcher.setFuture(QtConcurrent::run([] { return HostProbe::probe(); }));
}

void MainWindow::updatePlatformMenu()
{
    m_platformMenu->clear();
    QList<Platform> candidates = m_hostProbed ? QList<Platform>() : HostProbe::commonPlatforms();
    for (const PlatformSupport &support : std::as_const(m_host.platforms))
        candidates << support.platform;
    for (const Platform &p : targetPlatforms())
        if (!candidates.contains(p))
            candidates << p;
    const QList<Platform> selected = targetPlatforms();
    for (const Platform &platform : std::as_const(candidates)) {
        QString label = platform.toString();
        if (m_hostProbed) {
            const PlatformSupport *support = m_host.find(platform);
            const QString how = !support ? tr("unknown")
                                : support->kind == PlatformSupport::Kind::Native ? tr("native")
                                : support->kind == PlatformSupport::Kind::Emulated ? tr("emulated")
                                                                                   : tr("unavailable");
            label += QStringLiteral("  —  ") + how;
        }
        QAction *a = m_platformMenu->addAction(label);
        a->setObjectName(QStringLiteral("platform:") + platform.toString());
        a->setCheckable(true);
        a->setChecked(selected.contains(platform) && !m_project.platforms.isEmpty());
        if (m_hostProbed) {
            if (const PlatformSupport *support = m_host.find(platform)) {
                a->setToolTip(support->fix.isEmpty() ? support->detail : support->fix);
                if (!support->canRun() && !a->isChecked())
                    a->setEnabled(false);
            }
        }
        connect(a, &QAction::toggled, this, [this, name = platform.toString()](bool on) {
            QStringList platforms = m_project.platforms;
            if (on && !platforms.contains(name))
                platforms << name;
            if (!on)
                platforms.removeAll(name);
            setTargetPlatforms(platforms);
        });
    }
    m_platformMenu->addSeparator();
    m_platformMenu->addAction(m_platformsAction);

    QStringList names;
    for (const Platform &p : selected)
        names << p.toString();
    m_platformButton->setText(names.join(QStringLiteral(", ")));
    m_platformMenu->setToolTipsVisible(true);
}

void MainWindow::applyAnalysis(const DocumentAnalysis &analysis)
{
    m_diagnosticsModel->setDiagnostics(DiagnosticsModel::Source::Lint,
                                       analysis.parsed.diagnostics + analysis.checks);
    // Plan findings per platform; one that every platform reports is listed once.
    QList<Dockerfile::Diagnostic> planProblems;
    for (const StageGraphData &graph : analysis.graphs) {
        for (Dockerfile::Diagnostic d : graph.diagnostics) {
            if (d.file.isEmpty())
                d.file = analysis.parsed.fileName;
            Dockerfile::Diagnostic tagged = d;
            if (analysis.graphs.size() > 1) {
                bool shared = true;
                for (const StageGraphData &other : analysis.graphs) {
                    bool found = false;
                    for (const Dockerfile::Diagnostic &o : other.diagnostics)
                        found = found || (o.id == d.id && o.range == d.range && o.message == d.message);
                    shared = shared && found;
                }
                if (!shared)
                    tagged.message = tr("%1: %2").arg(graph.platform, d.message);
            }
            if (!planProblems.contains(tagged))
                planProblems << tagged;
        }
    }
    m_diagnosticsModel->setDiagnostics(DiagnosticsModel::Source::Plan, planProblems);
    m_editor->setDiagnostics(analysis.parsed.diagnostics);
    m_editor->highlighter()->setEscapeChar(analysis.parsed.directives.escape);

    m_stages = analysis.stages;
    {
        const QSignalBlocker blocker(m_stageCombo);
        m_stageCombo->clear();
        for (const StageLocation &stage : std::as_const(m_stages))
            m_stageCombo->addItem(QStringLiteral("%1  (line %2)").arg(stage.name).arg(stage.firstLine), stage.name);
    }
    m_stageGraph->setGraphs(analysis.graphs);
    emit analysisApplied();
}

bool MainWindow::waitForAnalysis(int timeoutMs)
{
    // The host probe feeds planning: wait for it too, then for the analysis it triggers.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_hostProbed && !m_analyzer->isBusy())
            return true;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

void MainWindow::goToStage()
{
    m_stageCombo->setFocus(Qt::ShortcutFocusReason);
    m_stageCombo->showPopup();
}

void MainWindow::showPlatformsDialog()
{
    auto dialog = new PlatformsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Manifold"),
                       tr("<h3>Manifold %1</h3><p>A studio for building and inspecting multi-architecture "
                          "container images.</p>")
                           .arg(QStringLiteral(MANIFOLD_VERSION)));
}

void MainWindow::setTheme(const QString &name)
{
    QSettings().setValue(settingsTheme(), name);
    applyTheme(themeFromName(name));
}

void MainWindow::updateBuildActions()
{
    QString why;
    const bool available = BuildSession::isAvailable(&why);
    const bool running = m_buildSession->isRunning();
    m_buildAction->setEnabled(available && !running && !m_project.dockerfile.isEmpty());
    m_buildAction->setToolTip(available ? tr("Build the project for the selected platforms (Ctrl+B)") : why);
    m_buildAction->setStatusTip(m_buildAction->toolTip());
    m_cancelAction->setEnabled(running);
    m_platformButton->setEnabled(!running);
    m_engineCombo->setEnabled(!running);
    m_registryEdit->setEnabled(!running);
}

void MainWindow::startBuild()
{
    if (isModified() && !m_project.dockerfile.isEmpty() && !save())
        return;
    const QList<Platform> platforms = targetPlatforms();
    m_buildLog->setPlatforms(m_project.platforms.isEmpty() ? QStringList{platforms.first().toString()} : m_project.platforms);
    m_stageGraph->resetStates();
    m_diagnosticsModel->clear(DiagnosticsModel::Source::Build);

    // One progress bar per platform, sized by the steps its plan runs.
    qDeleteAll(m_progressBox->findChildren<QProgressBar *>());
    for (const Platform &platform : platforms) {
        auto bar = new QProgressBar(m_progressBox);
        bar->setObjectName(QStringLiteral("buildProgress:") + platform.toString());
        bar->setFormat(platform.toString() + QStringLiteral(" %p%"));
        bar->setMaximumWidth(180);
        int steps = 0;
        if (StageGraphView *view = m_stageGraph->view(platform.toString())) {
            for (const StageGraphNode &node : view->graph().nodes) {
                if (!node.pruned) {
                    steps += node.stepCount;
                    view->setStageState(node.name, StageState::Queued);
                }
            }
        }
        bar->setRange(0, qMax(1, steps));
        bar->setValue(0);
        m_progressBox->layout()->addWidget(bar);
    }

    if (const Status started = m_buildSession->start(m_project, platforms); !started) {
        m_buildLog->appendLine({}, QStringLiteral("\x1b[31m") + started.error().toString() + QStringLiteral("\x1b[0m"));
        statusBar()->showMessage(started.error().toString());
        return;
    }
    m_buildLogDock->show();
    m_buildLogDock->raise();
    statusBar()->showMessage(tr("Building…"));
    updateBuildActions();
}

void MainWindow::cancelBuild()
{
    m_buildSession->cancel();
    statusBar()->showMessage(tr("Cancelling…"));
}

void MainWindow::onBuildFinished(bool ok, const QString &summary)
{
    m_buildLog->flush();
    updateBuildActions();
    statusBar()->showMessage(summary);
    if (!ok) {
        Dockerfile::Diagnostic d;
        d.severity = Dockerfile::Severity::Error;
        d.id = QStringLiteral("BuildFailed");
        d.message = summary;
        m_diagnosticsModel->setDiagnostics(DiagnosticsModel::Source::Build, {d});
    }
    if (!isActiveWindow())
        notify(ok ? tr("Build succeeded") : tr("Build failed"), summary);
    emit buildFinished(ok);
}

void MainWindow::notify(const QString &title, const QString &message)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QApplication::windowIcon() : windowIcon(), this);
            m_tray->setObjectName(QStringLiteral("trayIcon"));
        }
        m_tray->show();
        m_tray->showMessage(title, message);
        return;
    }
    statusBar()->showMessage(title + QStringLiteral(": ") + message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_buildSession->isRunning())
        m_buildSession->cancel();
    saveWindowState();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile() || !maybeSave())
        return;
    event->acceptProposedAction();
    if (const Status s = openPath(urls.first().toLocalFile()); !s)
        QMessageBox::warning(this, tr("Cannot open"), s.error().toString());
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
}

} // namespace Manifold::Ui
