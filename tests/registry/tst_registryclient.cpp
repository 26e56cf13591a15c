// End-to-end: the distribution client against a real CNCF registry (tests/fixtures).
#include "core/oci/imagetree.h"
#include "core/oci/index.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrycontentsource.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/registry/uploadrangegate.h"
#include "tests/support/testsupport.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
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

// A file of `size` bytes (a repeating alphabet shifted by `seed`) to upload; returns its path.
QString writeBlobFile(const QTemporaryDir &dir, int size, int seed, QByteArray *data)
{
    data->clear();
    for (int i = 0; i < size; ++i)
        data->append(char('a' + (i * 7 + seed) % 26));
    QFile file(dir.filePath(QStringLiteral("blob")));
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size())
        return {};
    return file.fileName();
}

// One raw HTTP exchange with the registry, outside the client under test (to put an upload
// session into a state the client does not know about).
struct RawReply
{
    int status = 0;
    QByteArray location;
};
RawReply rawRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    for (const auto &header : headers)
        request.setRawHeader(header.first, header.second);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    RawReply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->rawHeader("Location")};
    delete reply;
    return result;
}

// An OCI artifact manifest (empty config) that refers to `subject`.
QByteArray artifactManifest(const QString &artifactType, const Oci::Descriptor &emptyConfig, const Oci::Descriptor &subject,
                            const QString &note)
{
    QJsonObject object{{"schemaVersion", 2},
                       {"mediaType", Oci::MediaType::OciManifest},
                       {"artifactType", artifactType},
                       {"config", emptyConfig.toJson()},
                       {"layers", QJsonArray{emptyConfig.toJson()}},
                       {"subject", subject.toJson()},
                       {"annotations", QJsonObject{{"org.example.note", note}}}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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
        QTemporaryDir dir;
        const QString path = writeBlobFile(dir, 2500, 0, &data);
        QVERIFY(!path.isEmpty());
        const Oci::Descriptor descriptor = Oci::Descriptor::forContent("application/octet-stream", data);
        const Status uploaded = client.uploadBlobFromFile("chunked", descriptor, path);
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.ok() ? QString() : uploaded.error().toString()));
        const auto back = client.getBlob("chunked", descriptor);
        QVERIFY(back.ok());
        QCOMPARE(*back, data);
    }

    // Two-phase upload (ImageCopier's way of writing nothing until every blob is verified):
    // staged bytes are invisible; commit makes the blob exist, abandon drops the session; a
    // commit repeated after its answer was lost still succeeds.
    void stagedUpload_data()
    {
        QTest::addColumn<QString>("ending");
        QTest::newRow("commit") << "commit";
        QTest::newRow("commit twice (lost answer)") << "commit twice";
        QTest::newRow("abandon") << "abandon";
    }
    void stagedUpload()
    {
        QFETCH(QString, ending);
        RegistryConfig config;
        config.credentials = std::make_shared<CredentialChain>(QList<std::shared_ptr<CredentialProvider>>{});
        config.chunkSize = 1000; // several PATCHes before the commit
        RegistryClient client(std::make_shared<RegistrySession>(config), m_registry.hostPort());
        QByteArray data;
        QTemporaryDir dir;
        const QString path = writeBlobFile(dir, 2500, int(ending.size()), &data);
        QVERIFY(!path.isEmpty());
        const Oci::Descriptor descriptor = Oci::Descriptor::forContent("application/octet-stream", data);
        qint64 reported = 0;
        const Result<QUrl> session =
            client.stageUpload("staged", descriptor, path, [&](qint64 done, qint64) { reported = done; });
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().toString()));
        QCOMPARE(reported, qint64(data.size()));
        const auto before = client.blobSize("staged", descriptor.digest.toString());
        QVERIFY(before.ok());
        QVERIFY2(!before->has_value(), "a staged blob must not be visible before its commit");

        if (ending == QLatin1String("abandon")) {
            client.abandonUpload("staged", *session);
            QNetworkAccessManager network;
            QScopedPointer<QNetworkReply> reply(network.get(QNetworkRequest(*session)));
            QSignalSpy finished(reply.data(), &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
            QVERIFY(!client.blobSize("staged", descriptor.digest.toString())->has_value());
            return;
        }
        const Status committed = client.commitUpload("staged", *session, descriptor, path);
        QVERIFY2(committed.ok(), qPrintable(committed.ok() ? QString() : committed.error().toString()));
        if (ending == QLatin1String("commit twice")) {
            const Status again = client.commitUpload("staged", *session, descriptor, path);
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
        }
        const auto back = client.getBlob("staged", descriptor);
        QVERIFY(back.ok());
        QCOMPARE(*back, data);
    }

    // The distribution spec's recovery: a chunk whose Content-Range does not start where the
    // registry stands gets 416; the client GETs the session's Range and resumes from there.
    // The real registry already holds the first 2000 bytes (sent outside the client) while the
    // client believes it holds none, so its first chunk is refused. Distribution 2.8 does not
    // check Content-Range itself (it would append the chunk), so the 416 comes from
    // UploadRangeGate, which adds exactly that rule in front of the real registry.
    void uploadResumesAfter416()
    {
        Manifold::Test::UploadRangeGate gate(quint16(m_registry.hostPort().section(':', 1).toUInt()));
        RegistryConfig config;
        config.credentials = std::make_shared<CredentialChain>(QList<std::shared_ptr<CredentialProvider>>{});
        config.chunkSize = 1500;
        RegistryClient client(std::make_shared<RegistrySession>(config), gate.hostPort());
        QByteArray data;
        QTemporaryDir dir;
        const QString path = writeBlobFile(dir, 5000, 3, &data);
        QVERIFY(!path.isEmpty());
        const Oci::Descriptor descriptor = Oci::Descriptor::forContent("application/octet-stream", data);

        const QUrl base(QStringLiteral("http://%1").arg(gate.hostPort()));
        const RawReply opened = rawRequest("POST", base.resolved(QUrl("/v2/resumed/blobs/uploads/")));
        QCOMPARE(opened.status, 202);
        const QUrl session = base.resolved(QUrl::fromEncoded(opened.location));
        const RawReply first = rawRequest("PATCH", session, data.left(2000),
                                          {{"Content-Type", "application/octet-stream"}, {"Content-Range", "0-1999"}});
        QCOMPARE(first.status, 202);
        const QUrl location = session.resolved(QUrl::fromEncoded(first.location));

        const Status uploaded = client.resumeUpload("resumed", location, descriptor, path, 0);
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.ok() ? QString() : uploaded.error().toString()));
        const auto back = client.getBlob("resumed", descriptor);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(*back, data);
        QCOMPARE(gate.refusedChunks(), 1); // the 416 path really ran, once
        // Uploads that agree with the registry never see a 416.
        const QByteArray other = data.right(4000);
        const Oci::Descriptor otherDescriptor = Oci::Descriptor::forContent("application/octet-stream", other);
        QVERIFY(client.uploadBlob("resumed", otherDescriptor, other).ok());
        QCOMPARE(gate.refusedChunks(), 1);
    }

    // Without a referrers API (distribution 2.8), pushing a manifest with a subject keeps the
    // "<alg>-<hex>" tag index up to date: read, keep what is listed, add, write back.
    void referrersWriteFallback()
    {
        RegistryClient client(anonymousSession(), m_registry.hostPort());
        const QString repository = "referred/app";
        const QByteArray config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";
        const Oci::Descriptor configDescriptor = Oci::Descriptor::forContent(Oci::MediaType::OciConfig, config);
        QVERIFY(client.uploadBlob(repository, configDescriptor, config).ok());
        const auto image = Oci::ImageManifest::create(configDescriptor, {});
        QVERIFY(client.putManifest(repository, "v1", image.mediaType(), image.rawBytes()).ok());
        const Oci::Descriptor subject = image.descriptor();
        const Oci::Descriptor empty = Oci::Descriptor::forContent(Oci::MediaType::OciEmpty, "{}");
        QVERIFY(client.uploadBlob(repository, empty, "{}").ok());

        const QByteArray sbom = artifactManifest("application/vnd.example.sbom", empty, subject, "sbom");
        const QByteArray signature = artifactManifest("application/vnd.example.signature", empty, subject, "sig");
        for (const QByteArray &bytes : {sbom, signature, sbom}) { // the repeat must not duplicate
            const Oci::Digest digest = Oci::Digest::of(bytes);
            const Status pushed = client.putManifest(repository, digest.toString(), Oci::MediaType::OciManifest, bytes);
            QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
        }

        const QString tag = RegistryClient::referrersFallbackTag(subject.digest.toString());
        const auto index = client.getManifest(repository, tag);
        QVERIFY2(index.ok(), qPrintable(index.ok() ? QString() : index.error().toString()));
        QCOMPARE(index->descriptor.mediaType, Oci::MediaType::OciIndex);

        const auto all = client.referrers(repository, subject.digest.toString());
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).digest, Oci::Digest::of(sbom));
        QCOMPARE(all->at(0).artifactType, QStringLiteral("application/vnd.example.sbom"));
        QCOMPARE(all->at(0).annotations.value("org.example.note"), QStringLiteral("sbom"));
        QCOMPARE(all->at(0).size, qint64(sbom.size()));
        QCOMPARE(all->at(1).digest, Oci::Digest::of(signature));

        const auto signatures = client.referrers(repository, subject.digest.toString(), "application/vnd.example.signature");
        QVERIFY(signatures.ok());
        QCOMPARE(signatures->size(), 1);
        QCOMPARE(signatures->constFirst().digest, Oci::Digest::of(signature));

        // Deleting a referrer takes it out of the index again; the other entry stays.
        const Status deleted = client.deleteManifest(repository, Oci::Digest::of(signature).toString());
        QVERIFY2(deleted.ok(), qPrintable(deleted.ok() ? QString() : deleted.error().toString()));
        const auto remaining = client.referrers(repository, subject.digest.toString());
        QVERIFY(remaining.ok());
        QCOMPARE(remaining->size(), 1);
        QCOMPARE(remaining->constFirst().digest, Oci::Digest::of(sbom));

        // A subject nobody refers to has no fallback tag and no referrers.
        const auto none = client.referrers(repository, configDescriptor.digest.toString());
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
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
