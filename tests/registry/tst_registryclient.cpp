// End-to-end: the distribution client against a real CNCF registry (tests/fixtures).
#include "core/oci/imagetree.h"
#include "core/oci/index.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrycontentsource.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::BusyboxImage;
using Manifold::Test::RegistryOptions;
using Manifold::Test::RegistryProcess;

namespace {

std::shared_ptr<RegistrySession> anonymousSession()
{
    RegistryConfig config;
    config.credentials = std::make_shared<CredentialChain>(QList<std::shared_ptr<CredentialProvider>>{});
    return std::make_shared<RegistrySession>(config);
}

} // namespace

class TestRegistryClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox fixture"));
        const Status started = m_registry.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        const Status pushed = BusyboxImage::pushTo(m_registry);
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
    }

    void ping()
    {
        RegistryClient client(anonymousSession(), m_registry.hostPort());
        const Status pinged = client.ping();
        QVERIFY2(pinged.ok(), qPrintable(pinged.ok() ? QString() : pinged.error().toString()));
        // Loopback registry over plain HTTP, and results say so.
        QVERIFY(client.isPlainHttp());
    }

    void manifests_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("isIndex");
        QTest::newRow("latest is an index") << "latest" << true;
        QTest::newRow("amd64 is a manifest") << "amd64" << false;
        QTest::newRow("amd64-only is an index") << "amd64-only" << true;
    }
    void manifests()
    {
        QFETCH(QString, tag);
        QFETCH(bool, isIndex);
        RegistryClient client(anonymousSession(), m_registry.hostPort());
        const auto got = client.getManifest("busybox", tag);
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().toString()));
        QCOMPARE(Oci::MediaTypes::isIndex(got->descriptor.mediaType), isIndex);
        const auto expected = BusyboxImage::digestOf(tag);
        QVERIFY(expected.ok());
        QCOMPARE(got->descriptor.digest.toString(), *expected);
        const auto head = client.headManifest("busybox", tag);
        QVERIFY(head.ok() && head->has_value());
        QCOMPARE((*head)->digest, got->descriptor.digest);
        QCOMPARE((*head)->size, qint64(got->bytes.size()));
        // By digest too, verified against the digest.
        const auto byDigest = client.getManifest("busybox", *expected);
        QVERIFY(byDigest.ok());
        QCOMPARE(byDigest->bytes, got->bytes);
    }

    void missing()
    {
        RegistryClient client(anonymousSession(), m_registry.hostPort());
        const auto head = client.headManifest("busybox", "no-such-tag");
        QVERIFY(head.ok());
        QVERIFY(!head->has_value());
        const auto got = client.getManifest("busybox", "no-such-tag");
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, QStringLiteral("registry.not-found"));
        QVERIFY(!got.error().hint.isEmpty());
    }

    void inspectTree()
    {
        auto source = std::make_shared<RegistryContentSource>(anonymousSession(),
                                                              *ImageReference::parse(m_registry.hostPort() + "/busybox"));
        const auto tree = Oci::ImageTreeLoader::loadNow(source, "latest");
        QVERIFY2(tree.ok(), qPrintable(tree.ok() ? QString() : tree.error().toString()));
        QVERIFY(tree->index.has_value());
        QCOMPARE(tree->platformImages().size(), 5);
        QStringList platforms;
        for (const Oci::ImageNode *node : tree->platformImages()) {
            QVERIFY2(node->errors.isEmpty(), qPrintable(node->errors.isEmpty() ? QString() : node->errors.first().toString()));
            QVERIFY(node->config.has_value());
            platforms.append(node->declaredPlatform().normalized().toString());
        }
        QStringList expected;
        for (const Platform &p : BusyboxImage::platforms())
            expected.append(p.normalized().toString());
        QCOMPARE(platforms, expected);
    }

    void blobs()
    {
        RegistryClient client(anonymousSession(), m_registry.hostPort());
        const auto manifestBytes = client.getManifest("busybox", "amd64");
        QVERIFY(manifestBytes.ok());
        const auto manifest = Oci::ImageManifest::parse(manifestBytes->bytes);
        QVERIFY(manifest.ok());
        const auto config = client.getBlob("busybox", manifest->config());
        QVERIFY(config.ok());
        QVERIFY(manifest->config().verify(*config).ok());
        const Oci::Descriptor layer = manifest->layers().constFirst();
        const auto size = client.blobSize("busybox", layer.digest.toString());
        QVERIFY(size.ok() && size->has_value());
        QCOMPARE(**size, layer.size);
        QTemporaryDir dir;
        const QString path = dir.filePath("layer");
        const Status fetched = client.getBlobToFile("busybox", layer, path);
        QVERIFY2(fetched.ok(), qPrintable(fetched.ok() ? QString() : fetched.error().toString()));
        QCOMPARE(QFileInfo(path).size(), layer.size);
        // A descriptor that lies about the size is refused and leaves no file behind.
        Oci::Descriptor lying = layer;
        lying.size = layer.size - 1;
        const QString bad = dir.filePath("bad");
        QVERIFY(!client.getBlobToFile("busybox", lying, bad).ok());
        QVERIFY(!QFile::exists(bad));
        QVERIFY(!QFile::exists(bad + ".part"));
    }

    void uploadAndDelete()
    {
        RegistryClient client(anonymousSession(), m_registry.hostPort());
        const QByteArray config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";
        const Oci::Descriptor configDescriptor = Oci::Descriptor::forContent(Oci::MediaType::OciConfig, config);
        const Status uploaded = client.uploadBlob("scratch/app", configDescriptor, config);
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.ok() ? QString() : uploaded.error().toString()));
        const auto manifest = Oci::ImageManifest::create(configDescriptor, {});
        const Status put = client.putManifest("scratch/app", "v1", manifest.mediaType(), manifest.rawBytes());
        QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : put.error().toString()));
        const auto head = client.headManifest("scratch/app", "v1");
        QVERIFY(head.ok() && head->has_value());
        QCOMPARE((*head)->digest, manifest.digest());
        const Status deleted = client.deleteManifest("scratch/app", manifest.digest().toString());
        QVERIFY2(deleted.ok(), qPrintable(deleted.ok() ? QString() : deleted.error().toString()));
        const auto gone = client.headManifest("scratch/app", manifest.digest().toString());
        QVERIFY(gone.ok());
        QVERIFY(!gone->has_value());
    }

    void chunkedUpload()
    {
        RegistryConfig config;
        config.credentials = std::make_shared<CredentialChain>(QList<std::shared_ptr<CredentialProvider>>{});
        config.chunkedUploadThreshold = 1000;
        config.chunkSize = 700;
        RegistryClient client(std::make_shared<RegistrySession>(config), m_registry.hostPort());
        QByteArray data;
        for (int i = 0; i < 2500; ++i)
            data.append(char('a' + i % 26));
        QTemporaryDir dir;
        QFile file(dir.filePath("blob"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        const Oci::Descriptor descriptor = Oci::Descriptor::forContent("application/octet-stream", data);
        const Status uploaded = client.uploadBlobFromFile("chunked", descriptor, file.fileName());
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.ok() ? QString() : uploaded.error().toString()));
        const auto back = client.getBlob("chunked", descriptor);
        QVERIFY(back.ok());
        QCOMPARE(*back, data);
    }

    void tagPagination_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("n=2") << 2;
        QTest::newRow("n=1") << 1;
        QTest::newRow("default") << 0;
    }
    void tagPagination()
    {
        QFETCH(int, pageSize);
        RegistryClient client(anonymousSession(), m_registry.hostPort());
        const auto tags = client.listTags("busybox", pageSize);
        QVERIFY2(tags.ok(), qPrintable(tags.ok() ? QString() : tags.error().toString()));
        QStringList expected = BusyboxImage::perArchTags() + QStringList{"latest", "amd64-only"};
        expected.sort();
        QStringList got = *tags;
        got.sort();
        QCOMPARE(got, expected);
    }

    void catalog()
    {
        RegistryClient client(anonymousSession(), m_registry.hostPort());
        const auto repositories = client.catalog(1);
        QVERIFY2(repositories.ok(), qPrintable(repositories.ok() ? QString() : repositories.error().toString()));
        QVERIFY(repositories->contains("busybox"));
    }

    void referrersFallback()
    {
        RegistryClient client(anonymousSession(), m_registry.hostPort());
        const auto digest = BusyboxImage::digestOf("latest");
        QVERIFY(digest.ok());
        // distribution 2.8 has no referrers API: the tag schema is asked and nothing is found.
        const auto referrers = client.referrers("busybox", *digest);
        QVERIFY2(referrers.ok(), qPrintable(referrers.ok() ? QString() : referrers.error().toString()));
        QVERIFY(referrers->isEmpty());
    }

    void basicAuth()
    {
        RegistryOptions options;
        options.auth = RegistryOptions::Auth::Htpasswd;
        options.username = "alice";
        options.password = "s3cret-pw";
        RegistryProcess secured(options);
        const Status started = secured.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));

        RegistryClient anonymous(anonymousSession(), secured.hostPort());
        const auto refused = anonymous.listTags("busybox");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("registry.unauthorized"));
        QVERIFY(refused.error().hint.contains("manifold login"));

        RegistryConfig wrongConfig;
        wrongConfig.credentials = std::make_shared<StaticCredentials>(secured.hostPort(), Credential{"alice", "wrong"});
        RegistryClient wrong(std::make_shared<RegistrySession>(wrongConfig), secured.hostPort());
        const auto wrongTags = wrong.catalog();
        QVERIFY(!wrongTags.ok());
        QCOMPARE(wrongTags.error().code, QStringLiteral("registry.unauthorized"));

        RegistryConfig config;
        config.credentials = std::make_shared<StaticCredentials>(secured.hostPort(), Credential{"alice", "s3cret-pw"});
        RegistryClient client(std::make_shared<RegistrySession>(config), secured.hostPort());
        QVERIFY(client.ping().ok());
        const QByteArray blob = "hello";
        const Status uploaded = client.uploadBlob("private/app", Oci::Descriptor::forContent("application/octet-stream", blob), blob);
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.ok() ? QString() : uploaded.error().toString()));
        const auto repositories = client.catalog();
        QVERIFY(repositories.ok());
    }

private:
    RegistryProcess m_registry;
};

QTEST_GUILESS_MAIN(TestRegistryClient)
#include "tst_registryclient.moc"
