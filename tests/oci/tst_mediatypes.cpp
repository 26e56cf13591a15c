#include "core/oci/mediatypes.h"

#include <QTest>

using namespace Manifold::Oci;

class TestMediaTypes : public QObject
{
    Q_OBJECT

private slots:
    void kind_data()
    {
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("compression");
        const int none = int(LayerCompression::None);
        const int gzip = int(LayerCompression::Gzip);
        const int zstd = int(LayerCompression::Zstd);
        const int unknown = int(LayerCompression::Unknown);
        QTest::newRow("docker manifest") << MediaType::DockerManifest << "manifest" << unknown;
        QTest::newRow("docker list") << MediaType::DockerManifestList << "index" << unknown;
        QTest::newRow("oci manifest") << MediaType::OciManifest << "manifest" << unknown;
        QTest::newRow("oci index") << MediaType::OciIndex << "index" << unknown;
        QTest::newRow("oci manifest with parameters") << "application/vnd.oci.image.manifest.v1+json; charset=utf-8" << "manifest" << unknown;
        QTest::newRow("docker config") << MediaType::DockerConfig << "config" << unknown;
        QTest::newRow("oci config") << MediaType::OciConfig << "config" << unknown;
        QTest::newRow("empty") << MediaType::OciEmpty << "empty" << unknown;
        QTest::newRow("in-toto") << MediaType::InToto << "attestation" << unknown;
        QTest::newRow("oci tar") << MediaType::OciLayerTar << "layer" << none;
        QTest::newRow("oci gzip") << MediaType::OciLayerGzip << "layer" << gzip;
        QTest::newRow("oci zstd") << MediaType::OciLayerZstd << "layer" << zstd;
        QTest::newRow("docker rootfs gzip") << MediaType::DockerLayerGzip << "layer" << gzip;
        QTest::newRow("docker rootfs tar") << MediaType::DockerLayerTar << "layer" << none;
        QTest::newRow("nondistributable gzip") << MediaType::OciLayerNondistributableGzip << "layer" << gzip;
        QTest::newRow("schema1") << MediaType::DockerSchema1SignedManifest << "schema1" << unknown;
        QTest::newRow("helm chart (artifact)") << "application/vnd.cncf.helm.chart.content.v1.tar+gzip" << "unknown" << gzip;
        QTest::newRow("garbage") << "not a type" << "unknown" << unknown;
    }
    void kind()
    {
        QFETCH(QString, mediaType);
        QFETCH(QString, kind);
        QFETCH(int, compression);
        QCOMPARE(MediaTypes::kindName(MediaTypes::kindOf(mediaType)), kind);
        QCOMPARE(int(MediaTypes::layerCompression(mediaType)), compression);
    }

    void predicates()
    {
        QVERIFY(MediaTypes::isManifestOrIndex(MediaType::OciIndex));
        QVERIFY(MediaTypes::isDocker(MediaType::DockerManifestList));
        QVERIFY(!MediaTypes::isDocker(MediaType::OciIndex));
        QVERIFY(MediaTypes::isNondistributable(MediaType::DockerForeignLayerGzip));
        QVERIFY(!MediaTypes::isNondistributable(MediaType::OciLayerGzip));
        QCOMPARE(MediaTypes::withoutParameters(" Application/JSON ; charset=utf-8"), QString("application/json"));
        const QString accept = MediaTypes::manifestAcceptHeader();
        for (const QString &type : {MediaType::DockerManifest, MediaType::DockerManifestList, MediaType::OciManifest, MediaType::OciIndex})
            QVERIFY(accept.contains(type));
    }
};

QTEST_GUILESS_MAIN(TestMediaTypes)
#include "tst_mediatypes.moc"
