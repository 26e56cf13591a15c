// Renders the screenshots in docs/screenshots/ from a real build: the sample project built by
// Buildah for linux/amd64 + linux/arm64 (arm64 under QEMU) against a local docker-registry
// holding the offline busybox index, grabbed mid-build and after. Run through
// scripts/screenshots.sh, which builds this program and the busybox fixture first.
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "ui/buildlog/buildlogview.h"
#include "ui/inspector/manifestinspector.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/stagegraph/stagegraphview.h"
#include "ui/stagegraph/stagegraphwidget.h"
#include "ui/style/palettes.h"
#include "ui/wizards/pushwizard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cstdio>

using namespace Manifold;
using namespace Manifold::Ui;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool save(QWidget *widget, const QString &dir, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = dir + QLatin1Char('/') + name;
    const bool ok = widget->grab().save(path, "PNG");
    err() << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

int stagesIn(StageGraphView *view, StageState state)
{
    int count = 0;
    for (const StageGraphNode &node : view->graph().nodes)
        if (!node.pruned && view->nodeItem(node.name) && view->nodeItem(node.name)->state() == state)
            ++count;
    return count;
}

void showDock(MainWindow &window, const char *name)
{
    if (auto dock = window.findChild<QDockWidget *>(QString::fromLatin1(name))) {
        dock->show();
        dock->raise();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ManifoldScreenshots"));
    QStandardPaths::setTestModeEnabled(true);
    const QString out = QDir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots")).absolutePath();
    QDir().mkpath(out);
    applyTheme(Theme::Light);

    if (!Test::BusyboxImage::isAvailable() || !Test::RegistryProcess::isAvailable()) {
        err() << "needs the busybox fixture (ctest -R fixture.busybox) and docker-registry" << Qt::endl;
        return 1;
    }
    Test::RegistryProcess registry;
    if (const Status s = registry.start(); !s) {
        err() << s.error().toString() << Qt::endl;
        return 1;
    }
    if (const Status s = Test::BusyboxImage::pushTo(registry); !s) {
        err() << s.error().toString() << Qt::endl;
        return 1;
    }

    // The sample, copied so saving the project before the build leaves the source tree alone.
    QTemporaryDir samples;
    const QString source = QStringLiteral(MANIFOLD_SOURCE_DIR "/resources/samples/multiarch-example");
    QDir().mkpath(samples.filePath(QStringLiteral("multiarch-example")));
    for (const QString &name : QDir(source).entryList(QDir::Files))
        QFile::copy(source + QLatin1Char('/') + name, samples.filePath(QStringLiteral("multiarch-example/") + name));
    qputenv("MANIFOLD_SAMPLES_DIR", samples.path().toUtf8());

    MainWindow window;
    window.resize(1500, 950);
    window.show();
    if (!window.openSample()) {
        err() << "cannot open the sample" << Qt::endl;
        return 1;
    }
    window.waitForAnalysis();
    auto engine = window.findChild<QComboBox *>(QStringLiteral("engineCombo"));
    engine->setCurrentIndex(engine->findData(QStringLiteral("buildah")));
    emit engine->activated(engine->currentIndex());
    auto registryEdit = window.findChild<QLineEdit *>(QStringLiteral("registryEdit"));
    registryEdit->setText(registry.hostPort());
    emit registryEdit->editingFinished();
    if (!window.saveProject(samples.filePath(QStringLiteral("multiarch-example/multiarch-example.manifold")))) {
        err() << "cannot save the project copy" << Qt::endl;
        return 1;
    }
    window.waitForAnalysis();
    save(&window, out, QStringLiteral("window-before-build.png"));

    QSignalSpy finished(&window, &MainWindow::buildFinished);
    window.findChild<QAction *>(QStringLiteral("actionBuild"))->trigger();

    // Mid-build: the native builder done, the emulated one (QEMU) still running.
    StageGraphView *arm64 = window.stageGraph()->view(QStringLiteral("linux/arm64"));
    StageGraphView *amd64 = window.stageGraph()->view(QStringLiteral("linux/amd64"));
    const bool midBuild = QTest::qWaitFor([&] {
        return !finished.isEmpty()
               || ((stagesIn(amd64, StageState::Done) + stagesIn(arm64, StageState::Done)) > 0
                   && (stagesIn(amd64, StageState::Running) + stagesIn(arm64, StageState::Running)) > 0);
    }, 600000);
    err() << (midBuild ? "caught the build mid-way" : "timed out waiting for the build") << Qt::endl;
    if (auto tabs = window.stageGraph()->findChild<QTabWidget *>())
        tabs->setCurrentIndex(qMax(0, tabs->count() - 1));
    showDock(window, "stageGraphDock");
    showDock(window, "buildLogDock");
    if (window.stageGraph()->currentView())
        window.stageGraph()->currentView()->fitGraph();
    window.buildLog()->flush();
    save(&window, out, QStringLiteral("window-mid-build.png"));
    save(window.stageGraph(), out, QStringLiteral("stage-graph-mid-build.png"));
    save(window.buildLog(), out, QStringLiteral("build-log-mid-build.png"));

    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 900000))
        err() << "the build did not finish in time" << Qt::endl;
    window.buildLog()->flush();
    save(window.stageGraph(), out, QStringLiteral("stage-graph-done.png"));

    // The inspector on the 5-platform busybox index.
    auto inspector = window.findChild<ManifestInspector *>();
    showDock(window, "manifestInspectorDock");
    QSignalSpy opened(inspector, &ManifestInspector::opened);
    inspector->openReference(registry.hostPort() + QStringLiteral("/busybox:latest"));
    if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 60000))
        err() << "the inspector did not open the index" << Qt::endl;
    QTest::qWait(300);
    inspector->resize(900, 650);
    save(inspector, out, QStringLiteral("inspector-busybox-index.png"));

    // A wizard page: the push destination with per-arch tags.
    PushWizard *wizard = showPushWizard(&window);
    wizard->setSource(PushWizard::SourceKind::Remote, registry.hostPort() + QStringLiteral("/busybox:latest"));
    wizard->setDestination(registry.hostPort(), QStringLiteral("team/busybox"), QStringLiteral("latest, 1.36"));
    wizard->next();
    QTest::qWait(300);
    save(wizard, out, QStringLiteral("push-wizard-destination.png"));
    wizard->close();

    const bool ok = !finished.isEmpty() && finished.first().first().toBool();
    err() << "build " << (ok ? "succeeded" : "did not succeed") << Qt::endl;
    return ok ? 0 : 1;
}
