// The Mirror dialog copying the busybox index between two real registry processes: every
// platform (same digest) or a subset (a new index with only those platforms).

#include "core/oci/index.h"
#include "core/registry/registryclient.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"
#include "ui/inspector/registrysessions.h"
#include "ui/mirror/mirrordialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Manifold;
using namespace Manifold::Ui;

class tst_MirrorDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mirror_data();
    void mirror();
    void unknownSourceIsExplained();
    void cleanupTestCase();

private:
    std::unique_ptr<Test::RegistryProcess> m_source;
    std::unique_ptr<Test::RegistryProcess> m_destination;
};

void tst_MirrorDialog::initTestCase()
{
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

void tst_MirrorDialog::mirror_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QStringList>("platforms"); // empty: keep all checked
    QTest::newRow("all platforms") << "mirror/all" << QStringList();
    QTest::newRow("amd64 and arm64 only") << "mirror/subset" << QStringList{"linux/amd64", "linux/arm64/v8"};
}

void tst_MirrorDialog::mirror()
{
    QFETCH(QString, repository);
    QFETCH(QStringList, platforms);
    MirrorDialog dialog(sharedRegistrySession(), nullptr);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>("mirrorSourceEdit"), m_source->hostPort() + "/busybox:latest");
    QSignalSpy loaded(&dialog, &MirrorDialog::platformsLoaded);
    QTest::mouseClick(dialog.findChild<QPushButton *>("mirrorLoadButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
    QVERIFY2(loaded.first().first().toBool(), qPrintable(dialog.findChild<QLabel *>("mirrorStatus")->text()));
    QCOMPARE(dialog.availablePlatforms().size(), 5);
    QCOMPARE(dialog.selectedPlatforms().size(), 5);
    if (!platforms.isEmpty())
        dialog.setSelectedPlatforms(platforms);
    QTest::keyClicks(dialog.findChild<QLineEdit *>("mirrorDestinationEdit"), m_destination->hostPort() + "/" + repository + ":latest");
    auto copy = dialog.findChild<QPushButton *>("mirrorCopyButton");
    QVERIFY(copy->isEnabled());
    QSignalSpy finished(&dialog, &MirrorDialog::copyFinished);
    QTest::mouseClick(copy, Qt::LeftButton);
    QVERIFY(dialog.findChild<QPushButton *>("mirrorCancelButton")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.findChild<QLabel *>("mirrorStatus")->text()));

    Registry::RegistryClient client(sharedRegistrySession(), m_destination->hostPort());
    Result<Registry::ManifestResponse> index = client.getManifest(repository, "latest");
    QVERIFY(index.ok());
    Result<Oci::ImageIndex> parsed = Oci::ImageIndex::parse(index->bytes, index->descriptor.mediaType);
    QVERIFY(parsed.ok());
    QStringList copied;
    for (const Oci::Descriptor &entry : parsed->platformEntries())
        copied.append(entry.platform->toDisplayString());
    if (platforms.isEmpty()) {
        QCOMPARE(index->descriptor.digest.toString(), *Test::BusyboxImage::digestOf("latest"));
        QCOMPARE(copied.size(), 5);
    } else {
        QCOMPARE(copied, platforms);
        QVERIFY(index->descriptor.digest.toString() != *Test::BusyboxImage::digestOf("latest"));
        QVERIFY(dialog.findChild<QLabel *>("mirrorStatus")->text().contains("new digest"));
    }
}

void tst_MirrorDialog::unknownSourceIsExplained()
{
    MirrorDialog dialog(sharedRegistrySession(), nullptr);
    dialog.setSource(m_source->hostPort() + "/busybox:no-such-tag");
    QSignalSpy loaded(&dialog, &MirrorDialog::platformsLoaded);
    dialog.loadPlatforms();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 60000);
    QVERIFY(!loaded.first().first().toBool());
    QVERIFY(dialog.findChild<QLabel *>("mirrorStatus")->text().contains("no-such-tag"));
    QVERIFY(!dialog.findChild<QPushButton *>("mirrorCopyButton")->isEnabled());
}

void tst_MirrorDialog::cleanupTestCase()
{
    // Registry workers end now, while the per-thread network and TLS state they hold can still
    // be freed (not after OpenSSL's own exit handler).
    sharedRegistrySession()->pool()->waitForDone();
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_MAIN(tst_MirrorDialog)
#include "tst_mirrordialog.moc"
