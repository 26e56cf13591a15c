#include "core/oci/dockerarchivesource.h"
#include "core/oci/imageconfig.h"
#include "core/oci/index.h"
#include "core/oci/mediatypes.h"
#include "core/oci/ocilayoutsource.h"
#include "tests/oci/ocitestdata.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Oci;
using namespace Manifold::Test::Oci;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A `docker save`-shaped archive (legacy layout: <id>/layer.tar, <config>.json, manifest.json).
QByteArray makeDockerArchive(const QByteArray &layer1, const QByteArray &layer2)
{
    const QByteArray config = configJson(Platform("linux", "arm64", "v8"));
    const QString configName = Digest::of(config).encoded() + ".json";
    const QByteArray manifest = R"([{"Config":")" + configName.toUtf8()
        + R"(","RepoTags":["example.com/app:1.0","busybox:latest"],"Layers":["aaa/layer.tar","bbb/layer.tar"]}])";
    return makeTar({{"aaa", {}, TarEntry::Kind::Directory},
                    {"aaa/layer.tar", layer1},
                    {"bbb/layer.tar", layer2},
                    {configName, config},
                    {"manifest.json", manifest},
                    {"repositories", R"({"busybox":{"latest":"bbb"}})"}});
}

} // namespace

class TestArchives : public QObject
{
    Q_OBJECT

private slots:
    void ociArchive_data()
    {
        QTest::addColumn<QString>("tarArguments");
        QTest::newRow("plain tar") << "-cf";
        QTest::newRow("gzip-compressed tar") << "-czf";
    }
    void ociArchive()
    {
        QFETCH(QString, tarArguments);
        QTemporaryDir temp;
        const QString layoutDir = temp.path() + "/layout";
        Descriptor amd64, arm64, index;
        {
            OciLayoutWriter writer(layoutDir);
            QVERIFY(writer.begin().ok());
            amd64 = addImage(writer, {Platform("linux", "amd64"), Platform("linux", "amd64"), {{{"bin/a", elfHeader(2, 1, 62)}}}});
            arm64 = addImage(writer, {Platform("linux", "arm64"), Platform("linux", "arm64"), {{{"bin/a", elfHeader(2, 1, 183)}}}});
            index = addIndex(writer, {amd64, arm64}, "v1");
            QVERIFY(writer.commit().ok());
        }
        const QString archive = temp.path() + "/image.tar";
        QCOMPARE(Manifold::Test::runProgram("tar", {"-C", layoutDir, tarArguments, archive, "."}), 0);
        QDir(layoutDir).removeRecursively(); // read from the archive alone

        Result<std::shared_ptr<OciLayoutSource>> source = OciLayoutSource::openArchive(archive);
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
        QCOMPARE((*source)->describe(), "oci-archive:" + archive);
        Result<Descriptor> root = (*source)->resolve("v1").result();
        QVERIFY(root.ok());
        QCOMPARE(root->digest, index.digest);
        Result<QByteArray> bytes = (*source)->fetchManifest(*root).result();
        QVERIFY(bytes.ok());
        Result<ImageIndex> parsed = ImageIndex::parse(*bytes, root->mediaType);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->manifests().size(), 2);
        // A layer streamed out of the archive, verified.
        const ImageManifest manifest = *ImageManifest::parse(*(*source)->fetchManifest(arm64).result(), arm64.mediaType);
        Result<QString> layer = (*source)->fetchBlobToFile(manifest.layers().first(), temp.path() + "/layer").result();
        QVERIFY2(layer.ok(), qPrintable(layer.ok() ? QString() : layer.error().toString()));
        QCOMPARE(QFileInfo(*layer).size(), manifest.layers().first().size);
    }

    void dockerArchive_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("found");
        QTest::newRow("first image") << "" << true;
        QTest::newRow("repo tag") << "example.com/app:1.0" << true;
        QTest::newRow("short name means latest") << "busybox" << true;
        QTest::newRow("docker.io prefix") << "docker.io/library/busybox:latest" << false;
        QTest::newRow("unknown tag") << "busybox:2" << false;
    }
    void dockerArchive()
    {
        QFETCH(QString, reference);
        QFETCH(bool, found);
        QTemporaryDir temp;
        const QByteArray layer1 = makeTar({{"bin/busybox", elfHeader(2, 1, 183)}});
        const QByteArray layer2 = makeTar({{"etc/hostname", "x\n"}});
        const QString archive = temp.path() + "/saved.tar";
        writeFile(archive, makeDockerArchive(layer1, layer2));

        Result<std::shared_ptr<DockerArchiveSource>> source = DockerArchiveSource::open(archive);
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
        Result<Descriptor> root = (*source)->resolve(reference).result();
        QCOMPARE(root.ok(), found);
        if (!found) {
            QCOMPARE(root.error().code, QString("oci.docker-archive.unknown-reference"));
            QVERIFY(root.error().hint.contains("busybox:latest"));
            return;
        }
        QCOMPARE(root->mediaType, MediaType::DockerManifest);
        // Synthesized manifest: stable bytes, layer digests are the digests of the layer tars.
        Result<QByteArray> bytes = (*source)->fetchManifest(*root).result();
        QVERIFY(bytes.ok());
        QVERIFY(root->verify(*bytes).ok());
        Result<ImageManifest> manifest = ImageManifest::parse(*bytes, root->mediaType);
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->layers().size(), 2);
        QCOMPARE(manifest->layers().at(0).digest, Digest::of(layer1));
        QCOMPARE(manifest->layers().at(0).mediaType, MediaType::DockerLayerTar);
        QCOMPARE(manifest->layers().at(1).size, qint64(layer2.size()));
        Result<QByteArray> config = (*source)->fetchBlob(manifest->config()).result();
        QVERIFY(config.ok());
        QCOMPARE(ImageConfig::parse(*config)->platform().toString(), QString("linux/arm64/v8"));
        Result<QString> file = (*source)->fetchBlobToFile(manifest->layers().at(0), temp.path() + "/l1").result();
        QVERIFY(file.ok());
        QCOMPARE(QFileInfo(*file).size(), qint64(layer1.size()));
        QCOMPARE(*(*source)->listReferences().result(), (QStringList{"example.com/app:1.0", "busybox:latest"}));
    }

    void archiveErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("docker");
        QTest::addColumn<QString>("errorCode");
        QTest::newRow("missing file") << QByteArray() << false << "oci.archive.missing";
        QTest::newRow("not an archive") << QByteArray("just text, not tar") << false << "oci.archive.open";
        QTest::newRow("tar without oci-layout") << makeTar({{"hello", "x"}}) << false << "oci.layout.not-a-layout";
        QTest::newRow("tar without manifest.json") << makeTar({{"hello", "x"}}) << true << "oci.docker-archive.not-an-archive";
        QTest::newRow("docker archive missing a layer")
            << makeTar({{"c.json", configJson(Platform("linux", "amd64"))},
                        {"manifest.json", R"([{"Config":"c.json","RepoTags":[],"Layers":["gone/layer.tar"]}])"}})
            << true << "oci.docker-archive.missing-layer";
    }
    void archiveErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, docker);
        QFETCH(QString, errorCode);
        QTemporaryDir temp;
        const QString path = temp.path() + "/a.tar";
        if (!content.isEmpty())
            writeFile(path, content);
        const Error error = docker ? DockerArchiveSource::open(path).error() : OciLayoutSource::openArchive(path).error();
        // "not an archive": libarchive may accept the bytes as an empty stream; both fail clearly.
        if (errorCode == "oci.archive.open")
            QVERIFY2(error.code == "oci.archive.open" || error.code == "oci.archive.read" || error.code == "oci.archive.empty",
                     qPrintable(error.code));
        else
            QCOMPARE(error.code, errorCode);
        QVERIFY(!error.hint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArchives)
#include "tst_archives.moc"
