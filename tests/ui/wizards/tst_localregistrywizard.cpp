// The Local Registry Setup wizard driven page by page: it detects a registry already running,
// starts a real managed registry (the distribution binary) on a free port with its own storage,
// verifies index support, writes engine trust into a temporary root, mirrors the busybox image
// with per-arch tags, and the registry is then stopped.

#include "core/localregistry/localregistrymanager.h"
#include "core/localregistry/passwordkeychain.h"
#include "core/localregistry/portprobe.h"
#include "core/registry/registryclient.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"
#include "tests/ui/wizards/wizarddriver.h"
#include "ui/inspector/registrysessions.h"
#include "ui/wizards/localregistrywizard.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QThread>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Ui;
using namespace Manifold::Test::WizardDriver;

class tst_LocalRegistryWizard : public QObject
{
    Q_OBJECT
private slots:
    void setUpStartVerifyTrustMirrorStop();
    void takenPortIsExplained();
    void cancelDuringStart_data();
    void cancelDuringStart();
};

void tst_LocalRegistryWizard::setUpStartVerifyTrustMirrorStop()
{
    MANIFOLD_REQUIRE(Test::BusyboxImage::isAvailable(), QStringLiteral("busybox OCI layout (CTest fixture busybox)"));
    MANIFOLD_REQUIRE(Test::RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    Test::RegistryProcess existing;
    const Status started = existing.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    const quint16 existingPort = quint16(existing.hostPort().section(':', -1).toUInt());

    QTemporaryDir root;
    const LocalRegistry::LocalRegistryPaths paths = LocalRegistry::LocalRegistryPaths::under(root.filePath("manifold"));
    LocalRegistryWizard wizard(paths, nullptr);
    wizard.setDetectPorts({existingPort});
    wizard.setTrustRoot(root.filePath("sysroot"));
    wizard.show();

    // Detected registries
    QCOMPARE(wizard.currentId(), int(LocalRegistryWizard::DetectPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isDetecting(), 30000);
    auto detected = wizard.findChild<QListView *>("localDetectedList");
    QCOMPARE(detected->model()->rowCount(), 1);
    QVERIFY(detected->model()->index(0, 0).data().toString().contains(QString::number(existingPort)));
    clickNext(wizard);

    // Runtime: the distribution binary
    QCOMPARE(wizard.currentId(), int(LocalRegistryWizard::RuntimePageId));
    auto runtime = wizard.findChild<QComboBox *>("localRuntimeCombo");
    QTRY_VERIFY_WITH_TIMEOUT(runtime->count() > 0, 60000);
    const int binary = runtime->findData(int(LocalRegistry::RuntimeKind::Binary));
    QVERIFY(binary >= 0);
    runtime->setCurrentIndex(binary);
    clickNext(wizard);

    // Port: a free one (the taken one is refused)
    QCOMPARE(wizard.currentId(), int(LocalRegistryWizard::PortPageId));
    auto port = wizard.findChild<QSpinBox *>("localPortSpin");
    port->setValue(existingPort);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(wizard.findChild<QLabel *>("localPortStatus")->text().contains("taken"));
    const quint16 freePort = LocalRegistry::PortProbe::nextFree(quint16(existingPort + 1));
    QVERIFY(freePort != 0);
    port->clear();
    QTest::keyClicks(port, QString::number(freePort));
    QCOMPARE(port->value(), int(freePort));
    clickNext(wizard);

    // Storage
    QCOMPARE(wizard.currentId(), int(LocalRegistryWizard::StoragePageId));
    auto storage = wizard.findChild<QLineEdit *>("localStorageEdit");
    storage->clear();
    QTest::keyClicks(storage, root.filePath("storage"));
    clickNext(wizard);

    // Auth/TLS: none (loopback only)
    QCOMPARE(wizard.currentId(), int(LocalRegistryWizard::SecurityPageId));
    clickNext(wizard);

    // Start
    QCOMPARE(wizard.currentId(), int(LocalRegistryWizard::StartPageId));
    QSignalSpy startedSpy(&wizard, &LocalRegistryWizard::registryStarted);
    QTRY_COMPARE_WITH_TIMEOUT(startedSpy.size(), 1, 60000);
    QVERIFY2(startedSpy.first().first().toBool(), qPrintable(wizard.startError()));
    QCOMPARE(wizard.started()->instance->port, freePort);
    QVERIFY(!LocalRegistry::PortProbe::isFree(freePort));
    clickNext(wizard);

    // Verify: a real index round trip
    QCOMPARE(wizard.currentId(), int(LocalRegistryWizard::VerifyPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.verification().has_value(), 60000);
    QVERIFY(wizard.verification()->isRegistry);
    QVERIFY2(wizard.verification()->acceptsIndex.value_or(false), qPrintable(wizard.verification()->indexDetail));
    clickNext(wizard);

    // Engine trust for Podman, written under the temporary root
    QCOMPARE(wizard.currentId(), int(LocalRegistryWizard::TrustPageId));
    auto engine = wizard.findChild<QComboBox *>("localTrustEngineCombo");
    engine->setCurrentIndex(engine->findText("podman"));
    QVERIFY(wizard.findChild<QPlainTextEdit *>("localTrustPlan")->toPlainText().contains(QString::number(freePort)));
    QSignalSpy trust(&wizard, &LocalRegistryWizard::trustApplied);
    QTest::mouseClick(wizard.findChild<QPushButton *>("localTrustApplyButton"), Qt::LeftButton);
    QCOMPARE(trust.size(), 1);
    QVERIFY2(trust.first().first().toBool(), qPrintable(wizard.findChild<QLabel *>("localTrustStatus")->text()));
    const QStringList dropIns = QDir(root.filePath("sysroot/etc/containers/registries.conf.d")).entryList(QDir::Files);
    QCOMPARE(dropIns.size(), 1);
    clickNext(wizard);

    // Mirror the busybox layout with per-arch tags
    QCOMPARE(wizard.currentId(), int(LocalRegistryWizard::MirrorPageId));
    QTest::keyClicks(wizard.findChild<QLineEdit *>("localMirrorSourceEdit"), Test::BusyboxImage::layoutDir() + ":latest");
    QTest::keyClicks(wizard.findChild<QLineEdit *>("localMirrorRepositoryEdit"), "library/busybox");
    QTest::mouseClick(wizard.findChild<QCheckBox *>("localMirrorPerArchCheck"), Qt::LeftButton);
    QSignalSpy mirrored(&wizard, &LocalRegistryWizard::mirrorFinished);
    QTest::mouseClick(wizard.findChild<QPushButton *>("localMirrorButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(mirrored.size(), 1, 120000);
    QVERIFY2(mirrored.first().first().toBool(), qPrintable(wizard.mirrorSummary()));
    Registry::RegistryClient client(sharedRegistrySession(), QStringLiteral("127.0.0.1:%1").arg(freePort));
    Result<QStringList> tags = client.listTags("library/busybox");
    QVERIFY2(tags.ok(), qPrintable(tags.ok() ? QString() : tags.error().toString()));
    QVERIFY(tags->contains("latest"));
    QVERIFY(tags->contains("latest-arm64"));
    Result<std::optional<Oci::Descriptor>> index = client.headManifest("library/busybox", "latest");
    QVERIFY(index.ok() && index->has_value());
    QCOMPARE((*index)->digest.toString(), *Test::BusyboxImage::digestOf("latest"));

    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);

    // Stop the managed registry: nothing keeps listening.
    LocalRegistry::LocalRegistryManager manager(paths);
    const Status stopped = manager.stop();
    QVERIFY2(stopped.ok(), qPrintable(stopped.ok() ? QString() : stopped.error().toString()));
    QCOMPARE(manager.status().state, LocalRegistry::RunState::Stopped);
    QTRY_VERIFY_WITH_TIMEOUT(LocalRegistry::PortProbe::isFree(freePort), 10000);
}

void tst_LocalRegistryWizard::takenPortIsExplained()
{
    QTemporaryDir root;
    LocalRegistryWizard wizard(LocalRegistry::LocalRegistryPaths::under(root.path()), nullptr);
    wizard.setDetectPorts({});
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isDetecting(), 30000);
    // A port this test holds open.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    clickNext(wizard);
    auto runtime = wizard.findChild<QComboBox *>("localRuntimeCombo");
    // Runtime detection runs off the UI thread: wait for its result, not for the empty list.
    QTRY_VERIFY_WITH_TIMEOUT(runtime->count() > 0 && wizard.button(QWizard::NextButton)->isEnabled(), 60000);
    clickNext(wizard);
    auto port = wizard.findChild<QSpinBox *>("localPortSpin");
    port->setValue(server.serverPort());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    const QString status = wizard.findChild<QLabel *>("localPortStatus")->text();
    QVERIFY2(status.contains(QString::number(server.serverPort())) && status.contains("taken"), qPrintable(status));
}

// Cancel, closing the window and destroying the wizard while the registry starts: the wizard
// waits for the manager's cleanup (the UI stays responsive), then nothing is left: no registry
// process (by command line and port), no state, config, htpasswd or keychain entry.
void tst_LocalRegistryWizard::cancelDuringStart_data()
{
    QTest::addColumn<QString>("how");    // "cancel", "close", "destroy"
    QTest::addColumn<int>("delayMs");    // after the Start page opens; -1: once the process is spawned
    QTest::addColumn<bool>("auth");
    QTest::newRow("Cancel at once") << "cancel" << 0 << true;
    QTest::newRow("Cancel after 150 ms") << "cancel" << 150 << false;
    QTest::newRow("Cancel once spawned") << "cancel" << -1 << true;
    QTest::newRow("close the window once spawned") << "close" << -1 << false;
    QTest::newRow("destroy the wizard once spawned (app quits)") << "destroy" << -1 << true;
}

void tst_LocalRegistryWizard::cancelDuringStart()
{
    QFETCH(QString, how);
    QFETCH(int, delayMs);
    QFETCH(bool, auth);
    MANIFOLD_REQUIRE(Test::RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    if (auth)
        MANIFOLD_REQUIRE(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("a Secret Service (scripts/with-keyring.sh)"));
    QTemporaryDir root;
    const LocalRegistry::LocalRegistryPaths paths = LocalRegistry::LocalRegistryPaths::under(root.filePath("manifold"));
    auto wizard = new LocalRegistryWizard(paths, nullptr);
    QPointer<LocalRegistryWizard> guard(wizard);
    wizard->setDetectPorts({});
    wizard->show();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->isDetecting(), 30000);
    clickNext(*wizard);
    auto runtime = wizard->findChild<QComboBox *>("localRuntimeCombo");
    QTRY_VERIFY_WITH_TIMEOUT(runtime->findData(int(LocalRegistry::RuntimeKind::Binary)) >= 0, 60000);
    runtime->setCurrentIndex(runtime->findData(int(LocalRegistry::RuntimeKind::Binary)));
    clickNext(*wizard);
    const quint16 port = Test::freeLoopbackPort();
    wizard->findChild<QSpinBox *>("localPortSpin")->setValue(port);
    clickNext(*wizard);
    typeInto(wizard, "localStorageEdit", root.filePath("storage"));
    clickNext(*wizard);
    if (auth) {
        wizard->findChild<QCheckBox *>("localAuthCheck")->setChecked(true);
        typeInto(wizard, "localUserEdit", QStringLiteral("carol"));
        typeInto(wizard, "localPasswordEdit", QStringLiteral("Wizard-Cancel-77"));
    }
    clickNext(*wizard);
    QCOMPARE(wizard->currentId(), int(LocalRegistryWizard::StartPageId));
    QVERIFY(wizard->isStarting());

    // No events are processed until the cancel: the wizard cannot learn that the start ended,
    // so the cancel always meets a start in progress (the manager may be done already).
    QElapsedTimer clock;
    clock.start();
    if (delayMs < 0) {
        while (Test::processesMentioning(root.path()).isEmpty() && clock.elapsed() < 30000)
            QThread::msleep(5);
        QVERIFY(clock.elapsed() < 30000);
    } else {
        QThread::msleep(delayMs);
    }
    QVERIFY(wizard->isStarting());
    if (how == QLatin1String("destroy")) {
        delete wizard;
    } else {
        if (how == QLatin1String("close"))
            wizard->close();
        else
            QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        // The UI thread is not blocked while the start cleans up; the wizard closes afterwards.
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), 30000);
        QVERIFY(!wizard->isStarting());
        QVERIFY2(!wizard->started().has_value(), qPrintable(wizard->startError()));
        delete wizard;
    }
    QVERIFY(guard.isNull());

    QTRY_VERIFY_WITH_TIMEOUT(Test::processesMentioning(root.path()).isEmpty(), 10000);
    // Tests running in parallel pick free ports too: only a listener of this test counts.
    const auto occupant = LocalRegistry::PortProbe::occupant(port);
    QVERIFY2(!occupant || (occupant->pid != 0 && !occupant->commandLine.contains(root.path())),
             qPrintable(occupant ? occupant->describe() : QString()));
    QVERIFY2(!QFileInfo::exists(paths.statePath()), qPrintable(paths.statePath()));
    QVERIFY(!QFileInfo::exists(paths.configPath()));
    QVERIFY(!QFileInfo::exists(paths.htpasswdPath()));
    if (auth)
        QVERIFY(!LocalRegistry::PasswordKeychain::read(QStringLiteral("carol"), QStringLiteral("localhost:%1").arg(port)).ok());
}

QTEST_MAIN(tst_LocalRegistryWizard)
#include "tst_localregistrywizard.moc"
