// The Manifest Inspector widget driven like a user would: typing a location, dropping a folder,
// selecting tree rows; against the real busybox layout (and registry, when registry support is built in).

#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"
#include "ui/inspector/configmodel.h"
#include "ui/inspector/findingsmodel.h"
#include "ui/inspector/imagesourceopener.h"
#include "ui/inspector/imagetreemodel.h"
#include "ui/inspector/manifestinspector.h"
#include "ui/inspector/registrysessions.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using namespace Manifold;
using namespace Manifold::Ui;

namespace {

Oci::HostDescription hostOf(const QString &native)
{
    Oci::HostDescription host;
    host.native.append(*Platform::parse(native));
    return host;
}

} // namespace

class tst_ManifestInspector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void typedLocationOpensTheLayout_data();
    void typedLocationOpensTheLayout();
    void missingPlatformWarning_data();
    void missingPlatformWarning();
    void selectingShowsRawJsonAndConfig();
    void droppedFolderIsOpened();
    void badLocationsExplainThemselves_data();
    void badLocationsExplainThemselves();
    void registryReference();
    void cleanupTestCase();
};

void tst_ManifestInspector::initTestCase()
{
    MANIFOLD_REQUIRE(Test::BusyboxImage::isAvailable(), QStringLiteral("busybox OCI layout (CTest fixture busybox)"));
}

void tst_ManifestInspector::typedLocationOpensTheLayout_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("entries");
    QTest::newRow("latest") << ":latest" << 5;
    QTest::newRow("amd64-only") << ":amd64-only" << 1;
    QTest::newRow("explicit scheme") << "oci-layout:" << 5;
}

void tst_ManifestInspector::typedLocationOpensTheLayout()
{
    QFETCH(QString, suffix);
    QFETCH(int, entries);
    ManifestInspector inspector;
    QAbstractItemModelTester tester(inspector.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    inspector.setHostDescription(hostOf("linux/amd64"));
    inspector.show();
    const QString location = suffix.endsWith(':') && suffix.size() > 1 ? QString(suffix + Test::BusyboxImage::layoutDir() + ":latest")
                                                                        : QString(Test::BusyboxImage::layoutDir() + suffix);
    QSignalSpy opened(&inspector, &ManifestInspector::opened);
    auto edit = inspector.findChild<QLineEdit *>("inspectorLocationEdit");
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, location);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
    QCOMPARE(inspector.currentReference(), location);
    const QModelIndex root = inspector.treeModel()->index(0, 0);
    QCOMPARE(inspector.treeModel()->rowCount(root), entries);
    QVERIFY(inspector.treeView()->isExpanded(root));
    QVERIFY2(inspector.hostLine().contains("natively"), qPrintable(inspector.hostLine()));
    QVERIFY(inspector.hostLine().contains("linux/amd64"));
    QVERIFY(inspector.platformWarning().isEmpty());
}

void tst_ManifestInspector::missingPlatformWarning_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("warned");
    QTest::newRow("amd64-only on an arm64 host") << "amd64-only" << "linux/arm64" << true;
    QTest::newRow("latest on an arm64 host") << "latest" << "linux/arm64" << false;
    QTest::newRow("amd64-only on an amd64 host") << "amd64-only" << "linux/amd64" << false;
    QTest::newRow("latest on a riscv64 host") << "latest" << "linux/riscv64" << true;
}

void tst_ManifestInspector::missingPlatformWarning()
{
    QFETCH(QString, tag);
    QFETCH(QString, host);
    QFETCH(bool, warned);
    ManifestInspector inspector;
    inspector.setHostDescription(hostOf(host));
    inspector.show();
    QSignalSpy opened(&inspector, &ManifestInspector::opened);
    inspector.openReference(Test::BusyboxImage::layoutDir() + ':' + tag);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
    auto warning = inspector.findChild<QLabel *>("inspectorPlatformWarning");
    QVERIFY(warning);
    QCOMPARE(warning->isVisible(), warned);
    if (warned) {
        QVERIFY2(inspector.platformWarning().contains("Missing platform"), qPrintable(inspector.platformWarning()));
        QVERIFY(inspector.platformWarning().contains(host));
        QVERIFY(inspector.platformWarning().contains("skopeo copy --all"));
        // The evidence is also in the findings list.
        QVERIFY(inspector.findingsModel()->rowOf("not-runnable") >= 0);
    } else {
        QVERIFY2(inspector.hostLine().contains("natively"), qPrintable(inspector.hostLine()));
    }
    // Changing the described host re-explains without reloading.
    inspector.setHostDescription(hostOf("linux/amd64"));
    QVERIFY(!warning->isVisible());
}

void tst_ManifestInspector::selectingShowsRawJsonAndConfig()
{
    ManifestInspector inspector;
    inspector.setHostDescription(hostOf("linux/amd64"));
    inspector.show();
    QSignalSpy opened(&inspector, &ManifestInspector::opened);
    inspector.openReference(Test::BusyboxImage::layoutDir() + ":latest");
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
    auto raw = inspector.findChild<QPlainTextEdit *>("inspectorRawJson");
    QVERIFY(raw);
    ImageTreeModel *model = inspector.treeModel();
    const QModelIndex root = model->index(0, 0);
    // The index is current after opening: its exact bytes are shown.
    QCOMPARE(raw->toPlainText().toUtf8(), model->rawBytes(root));

    const QModelIndex arm64 = model->index(1, 0, root);
    inspector.treeView()->setCurrentIndex(arm64);
    QCOMPARE(raw->toPlainText().toUtf8(), model->rawBytes(arm64));
    ConfigModel *config = inspector.configModel();
    QAbstractItemModelTester configTester(config, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int platformRow = config->rowOf("platform");
    QVERIFY(platformRow >= 0);
    QCOMPARE(config->index(platformRow, ConfigModel::ValueColumn).data().toString(), QString("linux/arm64/v8"));
    QVERIFY(config->rowOf("entrypoint") >= 0 || config->rowOf("cmd") >= 0);
    QVERIFY(config->rowOf("env") >= 0);
    QVERIFY(config->rowOf("history") >= 0);

    // Pretty printing is offered but is not the default (it is not what the digest covers).
    auto pretty = inspector.findChild<QCheckBox *>("inspectorPrettyJson");
    QVERIFY(pretty);
    QVERIFY(!pretty->isChecked());

    // Expanding a layer scans it; the busybox binary shows its architecture.
    QModelIndex layer;
    for (int row = 0; row < model->rowCount(arm64); ++row) {
        if (ImageTreeModel::Kind(model->index(row, 0, arm64).data(ImageTreeModel::KindRole).toInt()) == ImageTreeModel::Kind::Layer)
            layer = model->index(row, 0, arm64);
    }
    QVERIFY(layer.isValid());
    inspector.treeView()->expand(arm64);
    inspector.treeView()->expand(layer);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(layer) > 0, 60000);
    bool sawArm64Binary = false;
    for (int row = 0; row < model->rowCount(layer); ++row) {
        const QModelIndex file = model->index(row, ImageTreeModel::PlatformColumn, layer);
        sawArm64Binary = sawArm64Binary || file.data().toString().startsWith("linux/arm64");
    }
    QVERIFY(sawArm64Binary);
}

void tst_ManifestInspector::droppedFolderIsOpened()
{
    ManifestInspector inspector;
    inspector.setHostDescription(hostOf("linux/amd64"));
    inspector.show();
    QSignalSpy opened(&inspector, &ManifestInspector::opened);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(Test::BusyboxImage::layoutDir())});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&inspector, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&inspector, &drop);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 30000);
    QCOMPARE(inspector.currentReference(), Test::BusyboxImage::layoutDir());
    // No ref name given: the layout's default ("latest") is opened.
    QCOMPARE(inspector.treeModel()->rowCount(inspector.treeModel()->index(0, 0)), 5);
}

void tst_ManifestInspector::badLocationsExplainThemselves_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "" << "Nothing to inspect";
    QTest::newRow("folder without a layout") << QString(MANIFOLD_SOURCE_DIR) + "/docs" << "not an OCI image layout";
    QTest::newRow("missing path with scheme") << "oci-layout:/nonexistent/layout" << "Nothing to inspect at this path";
    QTest::newRow("unknown tag") << Test::BusyboxImage::layoutDir() + ":no-such-tag" << "no-such-tag";
}

void tst_ManifestInspector::badLocationsExplainThemselves()
{
    QFETCH(QString, location);
    QFETCH(QString, expected);
    ManifestInspector inspector;
    inspector.setHostDescription(hostOf("linux/amd64"));
    inspector.show();
    QSignalSpy failed(&inspector, &ManifestInspector::openFailed);
    inspector.openReference(location);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY2(failed.first().first().toString().contains(expected), qPrintable(failed.first().first().toString()));
    auto error = inspector.findChild<QLabel *>("inspectorError");
    QVERIFY(error->isVisible());
    QTRY_VERIFY(!inspector.isBusy());
    QVERIFY(inspector.findChild<QPushButton *>("inspectorOpenButton")->isEnabled());
}

void tst_ManifestInspector::registryReference()
{
    MANIFOLD_REQUIRE(Test::RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    Test::RegistryProcess registry;
    const Status started = registry.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    const Status pushed = Test::BusyboxImage::pushTo(registry);
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));

    ManifestInspector inspector;
    QAbstractItemModelTester tester(inspector.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    inspector.setHostDescription(hostOf("linux/arm64"));
    inspector.show();
    QSignalSpy opened(&inspector, &ManifestInspector::opened);
    QSignalSpy failed(&inspector, &ManifestInspector::openFailed);
    inspector.openReference(registry.hostPort() + "/busybox:latest");
    QTRY_VERIFY_WITH_TIMEOUT(opened.size() + failed.size() == 1, 60000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    ImageTreeModel *model = inspector.treeModel();
    const QModelIndex root = model->index(0, 0);
    QCOMPARE(model->rowCount(root), 5);
    QCOMPARE(Oci::Digest::of(model->rawBytes(root)).toString(), *Test::BusyboxImage::digestOf("latest"));
    QVERIFY2(inspector.hostLine().contains("linux/arm64"), qPrintable(inspector.hostLine()));

    // A layer fetched from the registry is scanned with progress.
    const QModelIndex arm64 = model->index(1, 0, root);
    QModelIndex layer;
    for (int row = 0; row < model->rowCount(arm64); ++row) {
        if (ImageTreeModel::Kind(model->index(row, 0, arm64).data(ImageTreeModel::KindRole).toInt()) == ImageTreeModel::Kind::Layer)
            layer = model->index(row, 0, arm64);
    }
    QSignalSpy progress(model, &ImageTreeModel::scanProgress);
    model->fetchMore(layer);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount(layer) > 0, 60000);
    QVERIFY(!progress.isEmpty());

    // The amd64-only trap for an arm64 host, read from the registry.
    QSignalSpy openedAgain(&inspector, &ManifestInspector::opened);
    inspector.openReference(registry.hostPort() + "/busybox:amd64-only");
    QTRY_COMPARE_WITH_TIMEOUT(openedAgain.size(), 1, 60000);
    QVERIFY2(inspector.platformWarning().contains("linux/arm64"), qPrintable(inspector.platformWarning()));
}

void tst_ManifestInspector::cleanupTestCase()
{
    // The registry client frees its per-thread network managers when a worker thread ends:
    // end the workers while that per-thread storage still exists (not at static destruction).
    sharedRegistrySession()->pool()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_MAIN(tst_ManifestInspector)
#include "tst_manifestinspector.moc"
