#include "core/build/indexpublisher.h"
#include "core/oci/digest.h"
#include "core/registry/registryclient.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Build;
using namespace Manifold::Test;

// IndexPublisher with attestation manifests, against a real registry. No engine on this machine
// adds attestations (that is buildx), so the test constructs what buildx exports: per platform an
// OCI index holding the image (real busybox from the fixture) and an attestation manifest (an
// in-toto SLSA provenance statement) annotated vnd.docker.reference.type=attestation-manifest.
class TestIndexPublisher : public QObject
{
    Q_OBJECT

private:
    RegistryProcess m_registry;
    QTemporaryDir m_layout;

    static QString writeBlob(const QString &layoutDir, const QByteArray &bytes)
    {
        const QString digest = Oci::Digest::of(bytes).toString();
        QFile file(QDir(layoutDir).filePath(QStringLiteral("blobs/sha256/") + digest.section(u':', 1)));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return digest;
    }

    static QByteArray readBlob(const QString &layoutDir, const QString &digest)
    {
        QFile file(QDir(layoutDir).filePath(QStringLiteral("blobs/sha256/") + digest.section(u':', 1)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray json(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

    // Adds to the layout what `buildx build --output type=oci` writes for one platform with
    // provenance on, tagged `tag` in index.json.
    static void addEngineIndex(const QString &layoutDir, const QString &imageTag, const QString &tag)
    {
        const QString imageDigest = *BusyboxImage::digestOf(imageTag);
        const QByteArray imageManifest = readBlob(layoutDir, imageDigest);
        const QJsonObject imageObject = QJsonDocument::fromJson(imageManifest).object();
        const QByteArray imageConfig = readBlob(layoutDir, imageObject[QLatin1String("config")][QLatin1String("digest")].toString());
        const QJsonObject platform{{"architecture", QJsonDocument::fromJson(imageConfig)[QLatin1String("architecture")].toString()},
                                   {"os", "linux"}};

        const QByteArray statement = json({{"_type", "https://in-toto.io/Statement/v0.1"},
                                           {"predicateType", "https://slsa.dev/provenance/v0.2"},
                                           {"subject", QJsonArray{QJsonObject{{"name", "_"},
                                                                              {"digest", QJsonObject{{"sha256", imageDigest.section(u':', 1)}}}}}},
                                           {"predicate", QJsonObject{{"builder", QJsonObject{{"id", "https://example.invalid/test"}}}}}});
        const QString statementDigest = writeBlob(layoutDir, statement);
        const QByteArray config = json({{"architecture", "unknown"}, {"os", "unknown"}, {"config", QJsonObject{}},
                                        {"rootfs", QJsonObject{{"type", "layers"}, {"diff_ids", QJsonArray{statementDigest}}}}});
        const QString configDigest = writeBlob(layoutDir, config);
        const QByteArray attestation = json(
            {{"schemaVersion", 2}, {"mediaType", "application/vnd.oci.image.manifest.v1+json"},
             {"config", QJsonObject{{"mediaType", "application/vnd.oci.image.config.v1+json"}, {"digest", configDigest}, {"size", config.size()}}},
             {"layers", QJsonArray{QJsonObject{{"mediaType", "application/vnd.in-toto+json"}, {"digest", statementDigest},
                                               {"size", statement.size()},
                                               {"annotations", QJsonObject{{"in-toto.io/predicate-type", "https://slsa.dev/provenance/v0.2"}}}}}}});
        const QString attestationDigest = writeBlob(layoutDir, attestation);
        const QByteArray engineIndex = json(
            {{"schemaVersion", 2}, {"mediaType", "application/vnd.oci.image.index.v1+json"},
             {"manifests", QJsonArray{
                  QJsonObject{{"mediaType", imageObject[QLatin1String("mediaType")].toString()}, {"digest", imageDigest},
                              {"size", imageManifest.size()}, {"platform", platform}},
                  QJsonObject{{"mediaType", "application/vnd.oci.image.manifest.v1+json"}, {"digest", attestationDigest},
                              {"size", attestation.size()},
                              {"platform", QJsonObject{{"architecture", "unknown"}, {"os", "unknown"}}},
                              {"annotations", QJsonObject{{"vnd.docker.reference.digest", imageDigest},
                                                          {"vnd.docker.reference.type", "attestation-manifest"}}}}}}});
        const QString indexDigest = writeBlob(layoutDir, engineIndex);

        QFile indexFile(QDir(layoutDir).filePath(QStringLiteral("index.json")));
        QVERIFY(indexFile.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(indexFile.readAll()).object();
        indexFile.close();
        QJsonArray entries = root[QLatin1String("manifests")].toArray();
        entries.append(QJsonObject{{"mediaType", "application/vnd.oci.image.index.v1+json"}, {"digest", indexDigest},
                                   {"size", engineIndex.size()},
                                   {"annotations", QJsonObject{{"org.opencontainers.image.ref.name", tag}}}});
        root[QStringLiteral("manifests")] = entries;
        QVERIFY(indexFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        indexFile.write(QJsonDocument(root).toJson());
    }

    QList<BuiltImage> builtImages() const
    {
        QList<BuiltImage> images;
        const QList<QPair<QString, QString>> platforms{{"linux/amd64", "engine-amd64"}, {"linux/arm64", "engine-arm64"}};
        for (const auto &[platform, tag] : platforms) {
            const Result<BuiltImage> image = BuiltImage::fromLayout(*Platform::parse(platform), m_layout.path(), QString(), tag);
            if (image)
                images.append(*image);
            else
                qWarning("%s", qPrintable(image.error().toString()));
        }
        return images;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox layout (CTest fixture busybox)"));
        QVERIFY(m_layout.isValid());
        QCOMPARE(runProgram(QStringLiteral("cp"), {QStringLiteral("-a"), BusyboxImage::layoutDir() + QStringLiteral("/."),
                                                   m_layout.path()}), 0);
        addEngineIndex(m_layout.path(), QStringLiteral("amd64"), QStringLiteral("engine-amd64"));
        addEngineIndex(m_layout.path(), QStringLiteral("arm64"), QStringLiteral("engine-arm64"));
        const Status started = m_registry.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    }

    // An engine index unwraps to its image; the attestation describing it travels along.
    void engineIndexUnwrapsToImage()
    {
        const QList<BuiltImage> images = builtImages();
        QCOMPARE(images.size(), 2);
        QCOMPARE(images.at(0).digest, *BusyboxImage::digestOf(QStringLiteral("amd64")));
        QCOMPARE(images.at(1).digest, *BusyboxImage::digestOf(QStringLiteral("arm64")));
        for (const BuiltImage &image : images) {
            QCOMPARE(image.attestations.size(), 1);
            QCOMPARE(image.attestations.first().attestationSubject(), image.digest);
        }
    }

    void attestations_data()
    {
        QTest::addColumn<bool>("drop");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QString>("noteSays");
        QTest::newRow("kept by default") << false << 4 << "pass --no-attestations";
        QTest::newRow("dropped with --no-attestations") << true << 2 << "Dropped as asked";
    }

    // Pushed to the real registry: kept attestations sit next to the images they describe and
    // every one of their blobs is there; dropped ones are nowhere in the index. The note explains
    // unknown/unknown and the flag either way; the publisher's verification passes.
    void attestations()
    {
        QFETCH(bool, drop);
        QFETCH(int, entries);
        QFETCH(QString, noteSays);
        const QList<BuiltImage> images = builtImages();
        QCOMPARE(images.size(), 2);
        BuildRequest request;
        request.push = true;
        request.dropAttestations = drop;
        const QString repository = drop ? QStringLiteral("attest/dropped") : QStringLiteral("attest/kept");
        const Registry::ImageReference tag = *Registry::ImageReference::parse(m_registry.hostPort() + QLatin1Char('/') + repository + QStringLiteral(":1.0"));

        const QString note = IndexPublisher::attestationNote(images, request);
        QVERIFY2(note.contains(QLatin1String("unknown/unknown")) && note.contains(QLatin1String("attestation-manifest"))
                     && note.contains(noteSays), qPrintable(note));

        const Result<PublishOutcome> outcome = IndexPublisher::publish(images, request, {tag}, Oci::CancelToken());
        QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
        QVERIFY(outcome->verification.join(u'\n').contains(QLatin1String("linux/arm64")));

        Registry::RegistryClient client(std::make_shared<Registry::RegistrySession>(), tag.domain);
        const Result<Registry::ManifestResponse> index = client.getManifest(tag.path, QStringLiteral("1.0"));
        QVERIFY(index.ok());
        QCOMPARE(index->descriptor.digest.toString(), outcome->indexDigest);
        const QJsonArray manifests = QJsonDocument::fromJson(index->bytes)[QLatin1String("manifests")].toArray();
        QCOMPARE(manifests.size(), entries);
        QStringList imageDigests;
        for (const QJsonValue &value : manifests) {
            const QJsonObject entry = value.toObject();
            const QJsonObject annotations = entry[QLatin1String("annotations")].toObject();
            if (annotations.isEmpty()) {
                imageDigests.append(entry[QLatin1String("digest")].toString());
                continue;
            }
            QVERIFY(!drop);
            QCOMPARE(entry[QLatin1String("platform")][QLatin1String("architecture")].toString(), QStringLiteral("unknown"));
            QCOMPARE(annotations[QLatin1String("vnd.docker.reference.type")].toString(), QStringLiteral("attestation-manifest"));
            QVERIFY(imageDigests.contains(annotations[QLatin1String("vnd.docker.reference.digest")].toString()));
            const Result<Registry::ManifestResponse> attestation = client.getManifest(tag.path, entry[QLatin1String("digest")].toString());
            QVERIFY(attestation.ok());
            const QJsonArray layers = QJsonDocument::fromJson(attestation->bytes)[QLatin1String("layers")].toArray();
            QCOMPARE(layers.size(), 1);
            const Result<std::optional<qint64>> statement = client.blobSize(tag.path, layers.first()[QLatin1String("digest")].toString());
            QVERIFY(statement.ok() && statement->has_value());
        }
        QCOMPARE(imageDigests.size(), 2);
    }

    // Images without attestations get no note.
    void noAttestationsNoNote()
    {
        QList<BuiltImage> images = builtImages();
        for (BuiltImage &image : images)
            image.attestations.clear();
        QVERIFY(IndexPublisher::attestationNote(images, BuildRequest()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIndexPublisher)
#include "tst_indexpublisher.moc"
