#include "ui/buildlog/buildlogview.h"
#include "ui/diagnostics/diagnosticsmodel.h"
#include "ui/diagnostics/diagnosticsview.h"
#include "ui/editor/dockerfileeditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/screenshot.h"
#include "ui/platforms/platformsdialog.h"
#include "ui/project/recentprojects.h"
#include "ui/stagegraph/stagegraphwidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Ui;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void docksHaveStableNames_data();
    void docksHaveStableNames();
    void menusHoldTheActions_data();
    void menusHoldTheActions();
    void firstStartOpensTheSample();
    void sampleShowsItsStagesAndGraphs();
    void diagnosticsJumpToTheLine();
    void platformsActionOpensTheDialog();
    void buildActionStateIsExplained();
    void saveAndReopenProject();
    void unreadableDockerfileIsReported();
    void openingAFolder_data();
    void openingAFolder();
    void screenshots_data();
    void screenshots();
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("ManifoldTest");
    QCoreApplication::setApplicationName("tst_mainwindow");
    QSettings().clear();
}

void tst_MainWindow::docksHaveStableNames_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("title");
    QTest::newRow("graph") << "stageGraphDock" << "Stage Graph";
    QTest::newRow("log") << "buildLogDock" << "Build Log";
    QTest::newRow("manifests") << "manifestInspectorDock" << "Manifest Inspector";
    QTest::newRow("diagnostics") << "diagnosticsDock" << "Diagnostics";
}

void tst_MainWindow::docksHaveStableNames()
{
    QFETCH(QString, objectName);
    QFETCH(QString, title);
    MainWindow window;
    auto dock = window.findChild<QDockWidget *>(objectName);
    QVERIFY(dock);
    QCOMPARE(dock->windowTitle(), title);
    QVERIFY(dock->widget());
    QVERIFY(window.findChild<QAction *>(objectName + "ToggleAction"));
}

void tst_MainWindow::menusHoldTheActions_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QStringList>("actions");
    QTest::newRow("file") << "menuFile"
                          << QStringList{"actionNewProject", "actionOpenProject", "actionOpenDockerfile", "actionSave",
                                         "actionSaveAs", "actionQuit"};
    QTest::newRow("edit") << "menuEdit" << QStringList{"actionUndo", "actionCopy", "actionGoToStage"};
    QTest::newRow("view") << "menuView" << QStringList{"stageGraphDockToggleAction", "actionZoomIn", "actionZoomOut"};
    QTest::newRow("build") << "menuBuild" << QStringList{"actionBuild", "actionCancelBuild"};
    QTest::newRow("tools") << "menuTools" << QStringList{"actionPlatforms"};
    QTest::newRow("help") << "menuHelp" << QStringList{"actionAbout"};
}

void tst_MainWindow::menusHoldTheActions()
{
    QFETCH(QString, menu);
    QFETCH(QStringList, actions);
    MainWindow window;
    auto m = window.menuBar()->findChild<QMenu *>(menu);
    QVERIFY(m);
    QStringList present;
    for (QAction *a : m->actions())
        present << a->objectName();
    for (const QString &name : actions)
        QVERIFY2(present.contains(name), qPrintable(name + " not in " + present.join(',')));
    QVERIFY(window.findChild<QAction *>("actionGoToStage")->shortcut() == QKeySequence("Ctrl+Shift+G"));
}

void tst_MainWindow::firstStartOpensTheSample()
{
    QSettings().clear();
    MainWindow window;
    window.openInitialProject();
    QVERIFY(window.project().dockerfile.endsWith("multiarch-example/Dockerfile"));
    QFile sample(window.project().dockerfile);
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QCOMPARE(window.editor()->toPlainText(), QString::fromUtf8(sample.readAll()));
    QCOMPARE(window.project().platforms, (QStringList{"linux/amd64", "linux/arm64"}));
    QVERIFY(window.windowTitle().contains("multiarch-example"));
}

void tst_MainWindow::sampleShowsItsStagesAndGraphs()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openSample().ok());
    QVERIFY(window.waitForAnalysis());
    QCOMPARE(window.stageCombo()->count(), 5);
    QCOMPARE(window.stageCombo()->itemData(1).toString(), QString("arm64_builder"));

    // Go to stage: the editor moves to the stage's FROM line.
    window.stageCombo()->setCurrentIndex(4);
    emit window.stageCombo()->activated(4);
    QCOMPARE(window.editor()->currentLineNumber(), 27);

    QTabWidget *tabs = window.stageGraph()->tabs();
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(1), QString("linux/arm64"));
    StageGraphView *arm = window.stageGraph()->view("linux/arm64");
    QVERIFY(arm->nodeItem("final_amd64")->node().pruned);
    QVERIFY(!arm->nodeItem("final_arm64")->node().pruned);

    // Clicking a stage selects its lines in the editor.
    arm->selectStage("arm64_builder");
    const QTextCursor cursor = window.editor()->textCursor();
    QVERIFY(cursor.hasSelection());
    QCOMPARE(window.editor()->document()->findBlock(cursor.selectionStart()).blockNumber() + 1, 15);
    QCOMPARE(window.editor()->document()->findBlock(cursor.selectionEnd()).blockNumber() + 1, 17);
}

void tst_MainWindow::diagnosticsJumpToTheLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("Dockerfile");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("FROM busybox\nRUN true\nFROOM x\n");
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(window.openDockerfile(path).ok());
    QVERIFY(window.waitForAnalysis());
    DiagnosticsModel *model = window.diagnosticsModel();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->entry(i).diagnostic.id == QLatin1String("UnknownInstruction"))
            row = i;
    QVERIFY2(row >= 0, "the parser reports the unknown instruction");
    QCOMPARE(model->entry(row).diagnostic.range.start.line, 3);
    QVERIFY(!window.editor()->diagnosticsAt(3, 2).isEmpty());

    window.editor()->goToLine(1);
    window.diagnosticsView()->activateRow(row);
    QCOMPARE(window.editor()->currentLineNumber(), 3);
}

void tst_MainWindow::platformsActionOpensTheDialog()
{
    MainWindow window;
    window.show();
    auto action = window.findChild<QAction *>("actionPlatforms");
    QVERIFY(action);
    action->trigger();
    auto dialog = window.findChild<PlatformsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->close();
}

void tst_MainWindow::buildActionStateIsExplained()
{
    MainWindow window;
    QVERIFY(window.openSample().ok());
    auto build = window.findChild<QAction *>("actionBuild");
    auto cancel = window.findChild<QAction *>("actionCancelBuild");
    QVERIFY(build && cancel);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(build->isEnabled()); // an opened project can be built
    QVERIFY(!build->toolTip().isEmpty());
    // A real build driven from the window is covered by the e2e build tests once the build
    // engine fixture runs here; this checks only the idle state.
}

void tst_MainWindow::saveAndReopenProject()
{
    QTemporaryDir dir;
    const QString dockerfile = dir.filePath("Dockerfile");
    QFile file(dockerfile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("FROM busybox AS a");
    file.close();

    const QString projectPath = dir.filePath("demo.manifold");
    {
        MainWindow window;
        QVERIFY(window.openDockerfile(dockerfile).ok());
        window.setTargetPlatforms({"linux/amd64", "linux/riscv64"});
        window.editor()->appendPlainText("RUN echo edited");
        QVERIFY(window.isModified());
        const Status saved = window.saveProject(projectPath);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
        QVERIFY(!window.isModified());
    }
    QCOMPARE(RecentProjects::load().value(0), projectPath);

    MainWindow reopened;
    QVERIFY(reopened.openProject(projectPath).ok());
    QCOMPARE(reopened.project().platforms, (QStringList{"linux/amd64", "linux/riscv64"}));
    QCOMPARE(reopened.editor()->toPlainText(), QString("FROM busybox AS a\nRUN echo edited"));
    QVERIFY(reopened.waitForAnalysis());
    QCOMPARE(reopened.stageGraph()->tabs()->count(), 2);
}

void tst_MainWindow::unreadableDockerfileIsReported()
{
    MainWindow window;
    const Status status = window.openDockerfile("/nonexistent/Dockerfile");
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, QString("ui.dockerfile.read"));
    QCOMPARE(status.error().location, QString("/nonexistent/Dockerfile"));
    QVERIFY(!status.error().hint.isEmpty());
}

// A folder opens its only project, else its Dockerfile; anything else is explained.
void tst_MainWindow::openingAFolder_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("opened"); // file name the window shows, empty = refused
    QTest::newRow("Dockerfile") << QStringList{"Dockerfile"} << "Dockerfile";
    QTest::newRow("project and Dockerfile") << QStringList{"Dockerfile", "app.manifold"} << "app.manifold";
    QTest::newRow("two projects and a Dockerfile") << QStringList{"Dockerfile", "a.manifold", "b.manifold"} << "Dockerfile";
    QTest::newRow("two projects") << QStringList{"a.manifold", "b.manifold"} << "";
    QTest::newRow("empty") << QStringList{} << "";
}

void tst_MainWindow::openingAFolder()
{
    QFETCH(QStringList, files);
    QFETCH(QString, opened);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    for (const QString &name : files) {
        if (name.endsWith(".manifold")) {
            Project project;
            project.dockerfile = folder.filePath("Dockerfile");
            project.platforms = {"linux/arm64"};
            QVERIFY(project.save(folder.filePath(name)).ok());
            continue;
        }
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("FROM busybox\nRUN true\n");
    }
    MainWindow window;
    const Status status = window.openPath(folder.path());
    if (opened.isEmpty()) {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, QString("ui.open.folder"));
        QCOMPARE(status.error().location, QDir::toNativeSeparators(folder.path()));
        QVERIFY(!status.error().hint.isEmpty());
        return;
    }
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().toString()));
    QCOMPARE(window.editor()->toPlainText(), QString("FROM busybox\nRUN true\n"));
    if (opened.endsWith(".manifold"))
        QCOMPARE(window.project().platforms, QStringList{"linux/arm64"});
}

void tst_MainWindow::screenshots_data()
{
    QTest::addColumn<QString>("view");
    for (const QString &view : screenshotViews())
        QTest::newRow(qPrintable(view)) << view;
}

void tst_MainWindow::screenshots()
{
    QFETCH(QString, view);
    MainWindow window;
    QVERIFY(window.openSample().ok());
    QTemporaryDir dir;
    const QString file = dir.filePath(view + ".png");
    QVERIFY(renderScreenshot(window, view, file));
    const QImage image(file);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 50 && image.height() > 50);
    QVERIFY(!renderScreenshot(window, "nonsense", dir.filePath("x.png")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
