#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"

#include <QTest>

using namespace Manifold;
using namespace Manifold::Oci;

namespace {

const QByteArray ConfigDigest = "sha256:" + QByteArray(64, 'c');
const QByteArray LayerDigest = "sha256:" + QByteArray(64, 'd');

QByteArray descriptorJson(const QByteArray &mediaType, const QByteArray &digest, const QByteArray &size = "10")
{
    return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + digest + "\",\"size\":" + size + "}";
}

QByteArray manifestJson(const QByteArray &mediaTypeField, const QByteArray &config, const QByteArray &layers,
                        const QByteArray &extra = {})
{
    QByteArray json = "{\"schemaVersion\":2";
    if (!mediaTypeField.isEmpty())
        json += ",\"mediaType\":\"" + mediaTypeField + "\"";
    if (!config.isEmpty())
        json += ",\"config\":" + config;
    if (!layers.isEmpty())
        json += ",\"layers\":" + layers;
    return json + extra + "}";
}

QByteArray ociConfig() { return descriptorJson("application/vnd.oci.image.config.v1+json", ConfigDigest); }
QByteArray ociLayers() { return "[" + descriptorJson("application/vnd.oci.image.layer.v1.tar+gzip", LayerDigest) + "]"; }

} // namespace

class TestManifest : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedType");
        QTest::addColumn<QString>("errorCode"); // empty = parses
        const QByteArray oci = MediaType::OciManifest.toLatin1();
        const QByteArray docker = MediaType::DockerManifest.toLatin1();
        QTest::newRow("oci") << manifestJson(oci, ociConfig(), ociLayers()) << QString() << "";
        QTest::newRow("oci as expected") << manifestJson(oci, ociConfig(), ociLayers()) << MediaType::OciManifest << "";
        QTest::newRow("docker schema2") << manifestJson(docker, descriptorJson(MediaType::DockerConfig.toLatin1(), ConfigDigest),
                                                        "[" + descriptorJson(MediaType::DockerLayerGzip.toLatin1(), LayerDigest) + "]")
                                        << MediaType::DockerManifest << "";
        QTest::newRow("no body type, expected decides") << manifestJson({}, ociConfig(), ociLayers()) << MediaType::OciManifest << "";
        QTest::newRow("expected with parameters") << manifestJson(oci, ociConfig(), ociLayers()) << MediaType::OciManifest + "; charset=utf-8" << "";
        QTest::newRow("artifact with empty config") << manifestJson(oci, descriptorJson("application/vnd.oci.empty.v1+json", ConfigDigest, "2"),
                                                                    ociLayers(), ",\"artifactType\":\"application/vnd.example+type\"")
                                                    << QString() << "";
        QTest::newRow("empty layers") << manifestJson(oci, ociConfig(), "[]") << QString() << "";
        QTest::newRow("unknown extra fields") << manifestJson(oci, ociConfig(), ociLayers(), ",\"x-future\":{\"a\":1}") << QString() << "";

        QTest::newRow("not json") << QByteArray("{nope") << QString() << "oci.manifest.json";
        QTest::newRow("json array") << QByteArray("[]") << QString() << "oci.manifest.json";
        QTest::newRow("schema1") << QByteArray("{\"schemaVersion\":1,\"name\":\"x\"}") << QString() << "oci.manifest.schema-version";
        QTest::newRow("no schemaVersion") << QByteArray("{\"mediaType\":\"" + oci + "\"}") << QString() << "oci.manifest.schema-version";
        QTest::newRow("missing media type") << manifestJson({}, ociConfig(), ociLayers()) << QString() << "oci.manifest.media-type";
        QTest::newRow("unknown media type") << manifestJson("application/x-whatever", ociConfig(), ociLayers()) << QString() << "oci.manifest.media-type";
        QTest::newRow("index type") << manifestJson(MediaType::OciIndex.toLatin1(), ociConfig(), ociLayers()) << QString() << "oci.manifest.media-type";
        QTest::newRow("body differs from expected") << manifestJson(oci, ociConfig(), ociLayers()) << MediaType::DockerManifest << "oci.manifest.media-type-mismatch";
        QTest::newRow("missing config") << manifestJson(oci, {}, ociLayers()) << QString() << "oci.manifest.missing-field";
        QTest::newRow("missing layers") << manifestJson(oci, ociConfig(), {}) << QString() << "oci.manifest.missing-field";
        QTest::newRow("config without media type") << manifestJson(oci, "{\"digest\":\"" + ConfigDigest + "\",\"size\":1}", ociLayers())
                                                   << QString() << "oci.descriptor.missing-media-type";
        QTest::newRow("layer with bad digest") << manifestJson(oci, ociConfig(), "[" + descriptorJson("application/vnd.oci.image.layer.v1.tar", "sha256:xyz") + "]")
                                               << QString() << "oci.digest.invalid";
        QTest::newRow("layer without size") << manifestJson(oci, ociConfig(), "[{\"mediaType\":\"a\",\"digest\":\"" + LayerDigest + "\"}]")
                                            << QString() << "oci.descriptor.missing-size";
        QTest::newRow("negative size") << manifestJson(oci, ociConfig(), "[" + descriptorJson("a", LayerDigest, "-1") + "]")
                                       << QString() << "oci.descriptor.missing-size";
        QTest::newRow("descriptor data not matching") << manifestJson(oci, "{\"mediaType\":\"application/vnd.oci.empty.v1+json\",\"digest\":\""
                                                                               + ConfigDigest + "\",\"size\":2,\"data\":\"e30=\"}", ociLayers())
                                                      << QString() << "oci.content.digest-mismatch";
        QByteArray huge = manifestJson(oci, ociConfig(), ociLayers(), ",\"annotations\":{\"pad\":\"" + QByteArray(MaxManifestSize, 'p') + "\"}");
        QTest::newRow("over 4 MiB") << huge << QString() << "oci.manifest.too-large";
    }
    void parse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedType);
        QFETCH(QString, errorCode);
        Result<ImageManifest> manifest = ImageManifest::parse(bytes, expectedType, "test.json");
        if (errorCode.isEmpty()) {
            QVERIFY2(manifest.ok(), qPrintable(manifest.ok() ? QString() : manifest.error().toString()));
            QCOMPARE(manifest->rawBytes(), bytes);
            QCOMPARE(manifest->digest(), Digest::of(bytes));
            QCOMPARE(manifest->descriptor().size, qint64(bytes.size()));
            return;
        }
        QVERIFY(!manifest.ok());
        QCOMPARE(manifest.error().code, errorCode);
        QVERIFY2(manifest.error().location.startsWith("test.json"), qPrintable(manifest.error().location));
        QVERIFY(!manifest.error().message.isEmpty());
        QVERIFY(!manifest.error().hint.isEmpty());
    }

    void digestIsOfRawBytesNotReserialized()
    {
        // Same document, different whitespace: different digests, both kept exactly.
        const QByteArray compact = manifestJson(MediaType::OciManifest.toLatin1(), ociConfig(), ociLayers());
        QByteArray spaced = compact;
        spaced.replace(",", ",\n   ");
        Result<ImageManifest> a = ImageManifest::parse(compact);
        Result<ImageManifest> b = ImageManifest::parse(spaced);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->layers(), b->layers());
        QVERIFY(a->digest() != b->digest());
        QCOMPARE(b->rawBytes(), spaced);
        QCOMPARE(b->digest(), Digest::of(spaced));
    }

    void artifactsAndAttestations()
    {
        const QByteArray subject = descriptorJson(MediaType::OciManifest.toLatin1(), "sha256:" + QByteArray(64, 'e'), "500");
        Result<ImageManifest> artifact = ImageManifest::parse(
            manifestJson(MediaType::OciManifest.toLatin1(), descriptorJson("application/vnd.oci.empty.v1+json", ConfigDigest, "2"),
                         "[" + descriptorJson("application/vnd.example.sbom", LayerDigest) + "]",
                         ",\"artifactType\":\"application/vnd.example.sbom\",\"subject\":" + subject));
        QVERIFY(artifact.ok());
        QVERIFY(artifact->isArtifact());
        QVERIFY(artifact->subject().has_value());
        QCOMPARE(artifact->subject()->size, qint64(500));
        QVERIFY(artifact->problems().isEmpty());

        Result<ImageManifest> attestation = ImageManifest::parse(manifestJson(
            MediaType::OciManifest.toLatin1(), ociConfig(), "[" + descriptorJson("application/vnd.in-toto+json", LayerDigest) + "]"));
        QVERIFY(attestation.ok());
        QVERIFY(attestation->isAttestation());
        QVERIFY(!attestation->isArtifact());
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problemCode");
        QTest::newRow("empty config without artifactType")
            << manifestJson(MediaType::OciManifest.toLatin1(), descriptorJson("application/vnd.oci.empty.v1+json", ConfigDigest, "2"), ociLayers())
            << "oci.manifest.missing-artifact-type";
        QTest::newRow("docker manifest with oci layer")
            << manifestJson(MediaType::DockerManifest.toLatin1(), descriptorJson(MediaType::DockerConfig.toLatin1(), ConfigDigest), ociLayers())
            << "oci.manifest.mixed-media-types";
        QTest::newRow("image with non-layer blob")
            << manifestJson(MediaType::OciManifest.toLatin1(), ociConfig(), "[" + descriptorJson("text/plain", LayerDigest) + "]")
            << "oci.manifest.unknown-layer-type";
    }
    void problems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problemCode);
        Result<ImageManifest> manifest = ImageManifest::parse(bytes);
        QVERIFY(manifest.ok());
        const QList<Error> problems = manifest->problems("m");
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, problemCode);
        QVERIFY(!problems.first().hint.isEmpty());
    }

    void createRoundTrips()
    {
        Descriptor config = Descriptor::forContent(MediaType::OciConfig, "{\"architecture\":\"amd64\",\"os\":\"linux\"}");
        Descriptor layer = Descriptor::forContent(MediaType::OciLayerGzip, "layer bytes");
        const ImageManifest created = ImageManifest::create(config, {layer}, {{"org.example", "1"}});
        Result<ImageManifest> parsed = ImageManifest::parse(created.rawBytes(), MediaType::OciManifest);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->config(), config);
        QCOMPARE(parsed->layers(), QList<Descriptor>{layer});
        QCOMPARE(parsed->annotations().value("org.example"), QString("1"));
        QCOMPARE(parsed->digest(), created.digest());
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
