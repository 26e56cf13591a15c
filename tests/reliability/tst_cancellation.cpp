// Cancelling a registry download at random points leaves either the complete, verified file or
// nothing: no "<path>.part", no stray file in the destination directory. Real docker-registry.
#include "core/oci/canceltoken.h"
#include "core/oci/descriptor.h"
#include "core/oci/digest.h"
#include "core/oci/mediatypes.h"
#include "core/registry/credentials.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrysession.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>


using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::RegistryProcess;

class TestCancellation : public QObject
{
    Q_OBJECT

private slots:
    void cancelDownloadAtRandomPoints();
};

void TestCancellation::cancelDownloadAtRandomPoints()
{
    MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    RegistryProcess registry;
    const Status started = registry.start();
    if (!started.ok())
        QFAIL(qPrintable(started.error().toString()));

    RegistryConfig config;
    config.credentials = std::make_shared<CredentialChain>(QList<std::shared_ptr<CredentialProvider>>{});
    RegistryClient client(std::make_shared<RegistrySession>(config), registry.hostPort());

    QRandomGenerator rng(4242);
    QByteArray blob(24 * 1024 * 1024, Qt::Uninitialized);
    for (char &c : blob)
        c = char(rng.bounded(256));
    Oci::Descriptor descriptor;
    descriptor.mediaType = Oci::MediaType::OciLayerGzip;
    descriptor.digest = Oci::Digest::of(blob);
    descriptor.size = blob.size();
    const QString repository = QStringLiteral("reliability/cancel");
    const Status uploaded = client.uploadBlob(repository, descriptor, blob);
    if (!uploaded.ok())
        QFAIL(qPrintable(uploaded.error().toString()));

    int cancelled = 0, completed = 0;
    for (int round = 0; round < 20; ++round) {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("blob"));
        Oci::CancelToken cancel;
        const int cancelAfterBytes = int(rng.bounded(blob.size() + blob.size() / 4));
        // Cancel from the progress callback at a random byte count (past the end: never).
        const Status status = client.getBlobToFile(repository, descriptor, path,
            [&](qint64 done, qint64) { if (done >= cancelAfterBytes) cancel.cancel(); }, cancel);
        const QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (status.ok()) {
            ++completed;
            QCOMPARE(left, QStringList{QStringLiteral("blob")});
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(Oci::Digest::of(file.readAll()), descriptor.digest);
        } else {
            ++cancelled;
            QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("round %1 left %2 behind (%3)")
                                                    .arg(round).arg(left.join(QLatin1Char(',')), status.error().code)));
            QVERIFY(!status.error().code.isEmpty());
        }
    }
    qInfo("20 downloads: %d cancelled, %d completed", cancelled, completed);
    QVERIFY(cancelled > 0);
}

QTEST_GUILESS_MAIN(TestCancellation)
#include "tst_cancellation.moc"
