// The Push to Registry wizard driven page by page, like a user: a real push of the busybox image
// (from its OCI layout, and from another registry) into a second registry process, the per-blob
// rows of the progress page followed to "done", then the pushed tags read back; and Cancel in
// the middle of a push to a registry that stopped answering.

#include "core/registry/registryclient.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"
#include "tests/ui/wizards/wizarddriver.h"
#include "ui/inspector/registrysessions.h"
#include "ui/wizards/pushplanmodel.h"
#include "ui/wizards/pushprogressmodel.h"
#include "ui/wizards/pushwizard.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

#include <signal.h>

using namespace Manifold;
using namespace Manifold::Ui;
using namespace Manifold::Test::WizardDriver;

class tst_PushWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pushPageByPage_data();
    void pushPageByPage();
    void destinationIsValidated_data();
    void destinationIsValidated();
    void unreadableSourceStopsAtReview();
    void cancelMidPush();
    void cleanupTestCase();

private:
    std::unique_ptr<Test::RegistryProcess> m_source;
    std::unique_ptr<Test::RegistryProcess> m_destination;
};

void tst_PushWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("ManifoldTest");
    QCoreApplication::setApplicationName("tst_pushwizard");
    QSettings().clear();
    MANIFOLD_REQUIRE(Test::BusyboxImage::isAvailable(), QStringLiteral("busybox OCI layout (CTest fixture busybox)"));
    MANIFOLD_REQUIRE(Test::RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    m_source = std::make_unique<Test::RegistryProcess>();
    m_destination = std::make_unique<Test::RegistryProcess>();
    for (Test::RegistryProcess *registry : {m_source.get(), m_destination.get()}) {
        const Status started = registry->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    }
    const Status pushed = Test::BusyboxImage::pushTo(*m_source);
    QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
}

void tst_PushWizard::pushPageByPage_data()
{
    QTest::addColumn<QString>("sourceKind"); // "local" or "remote"
    QTest::addColumn<QString>("repository");
    QTest::addColumn<bool>("perArch");
    QTest::newRow("layout -> registry, two tags and per-arch tags") << "local" << "team/busybox" << true;
    QTest::newRow("registry -> registry") << "remote" << "mirror/busybox" << false;
}

void tst_PushWizard::pushPageByPage()
{
    QFETCH(QString, sourceKind);
    QFETCH(QString, repository);
    QFETCH(bool, perArch);

    PushWizard wizard(sharedRegistrySession(), nullptr);
    QAbstractItemModelTester tester(wizard.planModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    PushProgressModel *blobs = wizard.blobProgressModel();
    QAbstractItemModelTester blobTester(blobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every state each row showed, as the user would have seen it change.
    QMap<int, QList<int>> seenStates;
    auto record = [&](int first, int last) {
        for (int row = first; row <= last; ++row) {
            const int state = blobs->index(row, 0).data(PushProgressModel::StateRole).toInt();
            if (seenStates[row].isEmpty() || seenStates[row].last() != state)
                seenStates[row].append(state);
        }
    };
    connect(blobs, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &, int first, int last) { record(first, last); });
    connect(blobs, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) { record(topLeft.row(), bottomRight.row()); });
    wizard.show();
    QCOMPARE(wizard.currentId(), int(PushWizard::SourcePageId));

    // Source
    if (sourceKind == "local") {
        QTest::mouseClick(wizard.findChild<QRadioButton *>("pushSourceLocal"), Qt::LeftButton);
        typeInto(&wizard, "pushLocalPathEdit", Test::BusyboxImage::layoutDir() + ":latest");
    } else {
        typeInto(&wizard, "pushRemoteReferenceEdit", m_source->hostPort() + "/busybox:latest");
        QVERIFY(wizard.findChild<QRadioButton *>("pushSourceRemote")->isChecked());
    }
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(PushWizard::DestinationPageId));

    // Destination
    typeInto(&wizard, "pushRegistryEdit", m_destination->hostPort());
    typeInto(&wizard, "pushRepositoryEdit", repository);
    typeInto(&wizard, "pushTagsEdit", "latest, stable");
    if (perArch)
        QTest::mouseClick(wizard.findChild<QCheckBox *>("pushPerArchCheck"), Qt::LeftButton);
    QCOMPARE(wizard.perArchTags(), perArch);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(PushWizard::CredentialsPageId));

    // Credentials: the fixture registry has no auth.
    QVERIFY(wizard.findChild<QRadioButton *>("pushCredentialsStored")->isChecked());
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(PushWizard::ReviewPageId));

    // Review: every platform, and every blob to upload (the destination is empty).
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isReviewReady(), 60000);
    const QString summary = wizard.findChild<QLabel *>("pushReviewSummary")->text();
    for (const Platform &platform : Test::BusyboxImage::platforms())
        QVERIFY2(summary.contains(platform.toDisplayString()), qPrintable(summary));
    // How the loopback registries are reached is said, never left to be assumed.
    QVERIFY2(summary.contains("Destination " + m_destination->hostPort() + ": insecure (plain HTTP"), qPrintable(summary));
    QCOMPARE(summary.contains("Registry " + m_source->hostPort() + ": insecure (plain HTTP"), sourceKind != "local");
    QVERIFY(wizard.planModel()->rowCount() >= 10); // 5 configs + 5 layers
    QCOMPARE(wizard.planModel()->count(PushPlanModel::Action::Skip), 0);
    clickNext(wizard); // "Push"
    QCOMPARE(wizard.currentId(), int(PushWizard::ProgressPageId));

    // Progress -> Result
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isPushFinished(), 120000);
    QVERIFY2(wizard.result()->ok(), qPrintable(wizard.result()->ok() ? QString() : wizard.result()->error().toString()));
    // The progress page showed a row per blob, each uploaded in full: queued, then uploading,
    // then done with all its bytes.
    QCOMPARE(wizard.findChild<QTableView *>("pushBlobTable")->model(), blobs);
    QCOMPARE(blobs->rowCount(), wizard.result()->value().blobs.size());
    QVERIFY(blobs->rowCount() >= 10);
    for (int row = 0; row < blobs->rowCount(); ++row) {
        const QModelIndex index = blobs->index(row, 0);
        QCOMPARE(index.data(PushProgressModel::StateRole).toInt(), int(Registry::BlobState::Done));
        QCOMPARE(index.data(PushProgressModel::BytesDoneRole).toLongLong(), index.data(PushProgressModel::SizeRole).toLongLong());
        QCOMPARE(blobs->index(row, PushProgressModel::StateColumn).data().toString(), PushProgressModel::stateText(Registry::BlobState::Done));
        QVERIFY2(seenStates.value(row).contains(int(Registry::BlobState::Uploading)), qPrintable(QString::number(row)));
        QCOMPARE(seenStates.value(row).first(), int(Registry::BlobState::Queued));
    }
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(PushWizard::ResultPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.verification().isEmpty(), 60000);
    QVERIFY2(wizard.verified(), qPrintable(wizard.verification()));
    QVERIFY(wizard.verification().contains("5 platform(s)"));
    QVERIFY(wizard.planModel()->count(PushPlanModel::Action::Uploaded) >= 10);

    // Read back, independently of the wizard: both tags point at the busybox index.
    Registry::RegistryClient client(sharedRegistrySession(), m_destination->hostPort());
    for (const QString &tag : {QString("latest"), QString("stable")}) {
        Result<std::optional<Oci::Descriptor>> head = client.headManifest(repository, tag);
        QVERIFY2(head.ok() && head->has_value(), qPrintable(tag));
        QCOMPARE((*head)->digest.toString(), *Test::BusyboxImage::digestOf("latest"));
    }
    Result<QStringList> tags = client.listTags(repository);
    QVERIFY(tags.ok());
    QCOMPARE(tags->contains("arm64"), perArch);
    if (perArch) {
        Result<std::optional<Oci::Descriptor>> arm64 = client.headManifest(repository, "arm64");
        QVERIFY(arm64.ok() && arm64->has_value());
        QCOMPARE((*arm64)->digest.toString(), *Test::BusyboxImage::digestOf("arm64"));
    }
}

void tst_PushWizard::destinationIsValidated_data()
{
    QTest::addColumn<QString>("registry");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("tags");
    QTest::addColumn<bool>("complete");
    QTest::newRow("valid") << "127.0.0.1:5000" << "team/app" << "v1" << true;
    QTest::newRow("uppercase repository") << "127.0.0.1:5000" << "Team/App" << "v1" << false;
    QTest::newRow("bad tag") << "127.0.0.1:5000" << "team/app" << "-v1" << false;
    QTest::newRow("no tag") << "127.0.0.1:5000" << "team/app" << " , " << false;
    QTest::newRow("no registry") << "" << "team/app" << "v1" << false;
}

void tst_PushWizard::destinationIsValidated()
{
    QFETCH(QString, registry);
    QFETCH(QString, repository);
    QFETCH(QString, tags);
    QFETCH(bool, complete);
    PushWizard wizard(sharedRegistrySession(), nullptr);
    wizard.setSource(PushWizard::SourceKind::Local, Test::BusyboxImage::layoutDir());
    wizard.show();
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(PushWizard::DestinationPageId));
    typeInto(&wizard, "pushRegistryEdit", registry);
    typeInto(&wizard, "pushRepositoryEdit", repository);
    typeInto(&wizard, "pushTagsEdit", tags);
    QCOMPARE(wizard.button(QWizard::NextButton)->isEnabled(), complete);
    if (!complete && !registry.isEmpty() && !tags.trimmed().startsWith(','))
        QVERIFY(!wizard.findChild<QLabel *>("pushDestinationError")->text().isEmpty());
}

void tst_PushWizard::unreadableSourceStopsAtReview()
{
    PushWizard wizard(sharedRegistrySession(), nullptr);
    wizard.setSource(PushWizard::SourceKind::Local, QString(MANIFOLD_SOURCE_DIR) + "/docs");
    wizard.setDestination(m_destination->hostPort(), "nothing/here", "latest");
    wizard.show();
    QSignalSpy review(&wizard, &PushWizard::reviewReady);
    clickNext(wizard);
    clickNext(wizard);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(PushWizard::ReviewPageId));
    QTRY_COMPARE_WITH_TIMEOUT(review.size(), 1, 30000);
    QVERIFY(!review.first().first().toBool());
    QVERIFY(wizard.findChild<QLabel *>("pushReviewSummary")->text().contains("not an OCI image layout"));
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
}

void tst_PushWizard::cancelMidPush()
{
    // A registry of its own, stopped (SIGSTOP) once the review is done: the push's requests hang
    // unanswered until Cancel aborts them.
    Test::RegistryProcess stalled;
    const Status started = stalled.start();
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    PushWizard wizard(sharedRegistrySession(), nullptr);
    wizard.setSource(PushWizard::SourceKind::Local, Test::BusyboxImage::layoutDir() + ":latest");
    wizard.setDestination(stalled.hostPort(), "cancelled/busybox", "latest");
    wizard.show();
    clickNext(wizard);
    clickNext(wizard);
    clickNext(wizard);
    QCOMPARE(wizard.currentId(), int(PushWizard::ReviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isReviewReady(), 60000);
    QVERIFY(::kill(pid_t(stalled.processId()), SIGSTOP) == 0);
    clickNext(wizard); // "Push"
    QCOMPARE(wizard.currentId(), int(PushWizard::ProgressPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.blobProgressModel()->rowCount() >= 10, 30000);
    QTest::qWait(300); // the destination's HEAD requests are in flight, unanswered
    QVERIFY(!wizard.isPushFinished());
    auto cancel = wizard.findChild<QPushButton *>("pushCancelPushButton");
    QVERIFY(cancel && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.isPushFinished(), 5000); // well before the 60 s transfer timeout
    QVERIFY(::kill(pid_t(stalled.processId()), SIGCONT) == 0);
    QVERIFY(!wizard.result()->ok());
    QCOMPARE(wizard.result()->error().code, QStringLiteral("registry.cancelled"));
    QCOMPARE(wizard.blobProgressModel()->count(Registry::BlobState::Done), 0);
    // Nothing was tagged.
    Registry::RegistryClient client(sharedRegistrySession(), stalled.hostPort());
    const Result<QStringList> tags = client.listTags("cancelled/busybox");
    QVERIFY(!tags.ok() || tags->isEmpty());
}

void tst_PushWizard::cleanupTestCase()
{
    // The registry client frees its per-thread network managers when a worker thread ends:
    // end the workers while that per-thread storage still exists (not at static destruction).
    sharedRegistrySession()->pool()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_MAIN(tst_PushWizard)
#include "tst_pushwizard.moc"
