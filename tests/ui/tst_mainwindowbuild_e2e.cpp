// A real build of the sample driven from the window: Buildah (vfs storage, chroot isolation),
// QEMU through binfmt_misc for the arm64 steps, and a real docker-registry holding the offline
// busybox index as the base image and receiving the result.
#include "core/registry/registryclient.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"
#include "ui/buildlog/buildlogview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/stagegraph/stagegraphview.h"
#include "ui/stagegraph/stagegraphwidget.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Manifold;
using namespace Manifold::Ui;
using namespace Manifold::Test;

class tst_MainWindowBuildE2E : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void buildTheSampleFromTheWindow();

private:
    // Every stage a platform builds, and whether each reached `state`.
    static bool allStagesAre(StageGraphView *view, StageState state, QString *pending = nullptr);

    RegistryProcess m_registry;
    QTemporaryDir m_samples;
};

void tst_MainWindowBuildE2E::initTestCase()
{
    MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("buildah")).isEmpty(), QStringLiteral("buildah"));
    MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox layout (CTest fixture busybox)"));
    MANIFOLD_REQUIRE(QFile::exists(QStringLiteral("/proc/sys/fs/binfmt_misc/qemu-aarch64")),
                     QStringLiteral("qemu-aarch64 registered with binfmt_misc"));
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_samples.isValid());
    const Status started = m_registry.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    const Status pushed = BusyboxImage::pushTo(m_registry);
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));

    // The window saves the project before building: work on a copy of the sample.
    const QString source = QStringLiteral(MANIFOLD_SOURCE_DIR "/resources/samples/multiarch-example");
    const QString copy = m_samples.filePath(QStringLiteral("multiarch-example"));
    QVERIFY(QDir().mkpath(copy));
    for (const QString &name : QDir(source).entryList(QDir::Files))
        QVERIFY(QFile::copy(source + QLatin1Char('/') + name, copy + QLatin1Char('/') + name));
    qputenv("MANIFOLD_SAMPLES_DIR", m_samples.path().toUtf8());
}

bool tst_MainWindowBuildE2E::allStagesAre(StageGraphView *view, StageState state, QString *pending)
{
    if (!view)
        return false;
    for (const StageGraphNode &node : view->graph().nodes) {
        if (node.pruned)
            continue;
        const StageNodeItem *item = view->nodeItem(node.name);
        if (!item || item->state() != state) {
            if (pending && item)
                *pending = node.name + QLatin1Char('=') + stageStateName(item->state());
            return false;
        }
    }
    return !view->graph().nodes.isEmpty();
}

void tst_MainWindowBuildE2E::buildTheSampleFromTheWindow()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY2(window.openSample().ok(), "the sample opens");
    QVERIFY(window.waitForAnalysis());

    // Platforms through the toolbar's menu, as a user picks them.
    const QStringList platforms{QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")};
    window.setTargetPlatforms({QStringLiteral("linux/amd64")});
    QAction *arm64 = nullptr;
    QTRY_VERIFY((arm64 = window.findChild<QAction *>(QStringLiteral("platform:linux/arm64"))) && arm64->isEnabled());
    arm64->setChecked(true);
    QCOMPARE(window.project().platforms, platforms);

    // Engine: Buildah.
    auto engine = window.findChild<QComboBox *>(QStringLiteral("engineCombo"));
    QVERIFY(engine);
    QTest::keyClicks(engine, QStringLiteral("buildah"));
    QCOMPARE(window.project().engine, QStringLiteral("buildah"));

    // Registry: the fixture; the sample's tag and base image follow it.
    auto registry = window.findChild<QLineEdit *>(QStringLiteral("registryEdit"));
    QVERIFY(registry);
    registry->selectAll();
    QTest::keyClicks(registry, m_registry.hostPort());
    QTest::keyClick(registry, Qt::Key_Return);
    QCOMPARE(window.project().registry, m_registry.hostPort());
    const QString tag = m_registry.hostPort() + QStringLiteral("/multiarch-example:latest");
    QCOMPARE(window.project().tags, QStringList{tag});
    QCOMPARE(window.project().buildArgs.value(QStringLiteral("BASE_IMAGE")), m_registry.hostPort() + QStringLiteral("/busybox:latest"));
    QVERIFY(window.saveProject(m_samples.filePath(QStringLiteral("multiarch-example/multiarch-example.manifold"))).ok());
    QVERIFY(window.waitForAnalysis());
    QTRY_VERIFY(window.stageGraph()->view(QStringLiteral("linux/arm64")));

    // Build, through the toolbar button.
    QSignalSpy finished(&window, &MainWindow::buildFinished);
    auto buildAction = window.findChild<QAction *>(QStringLiteral("actionBuild"));
    auto toolbar = window.findChild<QToolBar *>(QStringLiteral("buildToolBar"));
    QVERIFY(buildAction && toolbar);
    QTRY_VERIFY(buildAction->isEnabled());
    QWidget *button = toolbar->widgetForAction(buildAction);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);

    StageGraphView *amd64View = window.stageGraph()->view(QStringLiteral("linux/amd64"));
    StageGraphView *arm64View = window.stageGraph()->view(QStringLiteral("linux/arm64"));
    QString pending;
    QTRY_VERIFY2_WITH_TIMEOUT(allStagesAre(amd64View, StageState::Done, &pending)
                                  && allStagesAre(arm64View, StageState::Done, &pending),
                              qPrintable(pending + QLatin1Char('\n') + window.buildLog()->lineText({}, window.buildLog()->lineCount() - 1)),
                              600000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    window.buildLog()->flush();
    QVERIFY2(finished.at(0).at(0).toBool(),
             qPrintable(window.buildLog()->lineText({}, window.buildLog()->lineCount() - 1)));
    QVERIFY(window.buildLog()->lineCount(QStringLiteral("linux/amd64")) > 0);
    QVERIFY(window.buildLog()->lineCount(QStringLiteral("linux/arm64")) > 0);

    // The stage that runs the other architecture carries the emulation badge on this host.
    bool emulated = false;
    for (StageGraphView *view : {amd64View, arm64View})
        for (const StageGraphNode &node : view->graph().nodes)
            emulated = emulated || node.emulated;
    QVERIFY(emulated);

    // The result: one index in the registry with both platforms.
    const Registry::ImageReference reference = *Registry::ImageReference::parse(tag);
    Registry::RegistryClient client(std::make_shared<Registry::RegistrySession>(), reference.domain);
    const Result<Registry::ManifestResponse> index = client.getManifest(reference.path, reference.manifestReference());
    QVERIFY2(index.ok(), qPrintable(index.ok() ? QString() : index.error().toString()));
    QStringList pushed;
    for (const QJsonValue &value : QJsonDocument::fromJson(index->bytes).object().value(QLatin1String("manifests")).toArray())
        pushed << Platform::fromJson(value.toObject().value(QLatin1String("platform")).toObject()).toString();
    pushed.sort();
    QCOMPARE(pushed, platforms);
}

QTEST_MAIN(tst_MainWindowBuildE2E)
#include "tst_mainwindowbuild_e2e.moc"
