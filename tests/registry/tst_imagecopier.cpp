// End-to-end: copies between real registry processes and OCI layouts.
#include "core/oci/index.h"
#include "core/oci/ocilayoutsource.h"
#include "core/registry/imagecopier.h"
#include "core/registry/registrycontentsource.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::BusyboxImage;
using Manifold::Test::RegistryProcess;

namespace {

std::shared_ptr<RegistrySession> anonymousSession()
{
    RegistryConfig config;
    config.credentials = std::make_shared<CredentialChain>(QList<std::shared_ptr<CredentialProvider>>{});
    return std::make_shared<RegistrySession>(config);
}

ImageReference repo(const RegistryProcess &registry, const QString &path)
{
    return *ImageReference::parse(registry.hostPort() + QLatin1Char('/') + path);
}

QString describe(const Result<CopyResult> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

} // namespace

class TestImageCopier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox fixture"));
        QVERIFY(m_source.start().ok());
        QVERIFY(m_second.start().ok());
        const Status pushed = BusyboxImage::pushTo(m_source);
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
    }

    void copyMountsWithinRegistry()
    {
        auto session = anonymousSession();
        auto source = std::make_shared<RegistryContentSource>(session, repo(m_source, "busybox"));
        auto destination = std::make_shared<RegistryDestination>(session, repo(m_source, "mirror/busybox"));
        ImageCopier copier(source, "latest", destination, "latest");
        const auto result = copier.run();
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->destinationRoot.digest.toString(), *BusyboxImage::digestOf("latest"));
        QVERIFY(!result->digestChanged);
        QCOMPARE(result->copiedPlatforms.size(), 5);
        int mounted = 0;
        for (const CopiedBlob &blob : result->blobs)
            mounted += blob.transfer == BlobTransfer::Mounted;
        QCOMPARE(mounted, result->blobs.size());
        QVERIFY(result->destinationPlainHttp);
        // A second run finds everything present.
        const auto again = ImageCopier(source, "latest", destination, "latest").run();
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        for (const CopiedBlob &blob : again->blobs)
            QCOMPARE(blob.transfer, BlobTransfer::Skipped);
    }

    void copyToSecondRegistryWithPerArchTags()
    {
        auto session = anonymousSession();
        auto source = std::make_shared<RegistryContentSource>(session, repo(m_source, "busybox"));
        auto destination = std::make_shared<RegistryDestination>(session, repo(m_second, "busybox"));
        CopyOptions options;
        options.perArchTags = true;
        const auto result = ImageCopier(source, "latest", destination, "latest", options).run();
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->destinationRoot.digest.toString(), *BusyboxImage::digestOf("latest"));
        for (const CopiedBlob &blob : result->blobs)
            QCOMPARE(blob.transfer, BlobTransfer::Uploaded);
        RegistryClient client(session, m_second.hostPort());
        for (const QString &tag : BusyboxImage::perArchTags()) {
            QVERIFY2(result->tags.contains(tag), qPrintable(tag));
            const auto head = client.headManifest("busybox", tag);
            QVERIFY(head.ok() && head->has_value());
            QCOMPARE((*head)->digest.toString(), *BusyboxImage::digestOf(tag));
        }
        // The copy reads back in full from the second registry.
        const auto index = client.getManifest("busybox", "latest");
        QVERIFY(index.ok());
        QCOMPARE(index->descriptor.digest.toString(), *BusyboxImage::digestOf("latest"));
    }

    void subsetCopy_data()
    {
        QTest::addColumn<QString>("platforms");
        QTest::addColumn<int>("count");
        QTest::newRow("arm64") << "linux/arm64" << 1;
        QTest::newRow("amd64 and arm/v7") << "linux/amd64,linux/arm/v7" << 2;
    }
    void subsetCopy()
    {
        QFETCH(QString, platforms);
        QFETCH(int, count);
        auto session = anonymousSession();
        auto source = std::make_shared<RegistryContentSource>(session, repo(m_source, "busybox"));
        const QString repository = "subset/" + QString::fromLatin1(QTest::currentDataTag()).remove(' ').remove('/');
        auto destination = std::make_shared<RegistryDestination>(session, repo(m_second, repository.toLower()));
        CopyOptions options;
        options.platforms = *Platform::parseList(platforms);
        const auto result = ImageCopier(source, "latest", destination, "latest", options).run();
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(result->digestChanged);
        QVERIFY(result->destinationRoot.digest.toString() != *BusyboxImage::digestOf("latest"));
        QCOMPARE(result->copiedPlatforms.size(), count);
        QCOMPARE(result->droppedPlatforms.size(), 5 - count);
        RegistryClient client(session, m_second.hostPort());
        const auto written = client.getManifest(repository.toLower(), "latest");
        QVERIFY(written.ok());
        QCOMPARE(written->descriptor.digest, result->destinationRoot.digest);
        const auto index = Oci::ImageIndex::parse(written->bytes);
        QVERIFY(index.ok());
        QCOMPARE(index->platformEntries().size(), count);
        // Every child the new index lists is present.
        for (const Oci::Descriptor &entry : index->manifests()) {
            const auto head = client.headManifest(repository.toLower(), entry.digest.toString());
            QVERIFY(head.ok() && head->has_value());
        }
    }

    void unknownPlatform()
    {
        auto session = anonymousSession();
        auto source = std::make_shared<RegistryContentSource>(session, repo(m_source, "busybox"));
        auto destination = std::make_shared<RegistryDestination>(session, repo(m_second, "nothing"));
        CopyOptions options;
        options.platforms = {Platform("linux", "riscv64")};
        const auto result = ImageCopier(source, "amd64-only", destination, "x", options).run();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("registry.copy.no-platform"));
        QVERIFY(result.error().hint.contains("linux/amd64"));
        RegistryClient client(session, m_second.hostPort());
        const auto tags = client.listTags("nothing");
        QVERIFY(!tags.ok() || tags->isEmpty());
    }

    void layoutToRegistryAndBack()
    {
        auto session = anonymousSession();
        auto layout = Oci::OciLayoutSource::openDirectory(BusyboxImage::layoutDir());
        QVERIFY(layout.ok());
        auto destination = std::make_shared<RegistryDestination>(session, repo(m_second, "fromlayout"));
        const auto pushed = ImageCopier(*layout, "latest", destination, "v1").run();
        QVERIFY2(pushed.ok(), qPrintable(describe(pushed)));
        QCOMPARE(pushed->destinationRoot.digest.toString(), *BusyboxImage::digestOf("latest"));

        QTemporaryDir dir;
        const QString target = dir.filePath("out");
        auto source = std::make_shared<RegistryContentSource>(session, repo(m_second, "fromlayout"));
        auto layoutDestination = std::make_shared<LayoutDestination>(target);
        const auto pulled = ImageCopier(source, "v1", layoutDestination, "v1").run();
        QVERIFY2(pulled.ok(), qPrintable(describe(pulled)));
        auto back = Oci::OciLayoutSource::openDirectory(target);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        const auto resolved = (*back)->resolveNow("v1");
        QVERIFY(resolved.ok());
        QCOMPARE(resolved->digest.toString(), *BusyboxImage::digestOf("latest"));
    }

private:
    RegistryProcess m_source;
    RegistryProcess m_second;
};

QTEST_GUILESS_MAIN(TestImageCopier)
#include "tst_imagecopier.moc"
