// Mirroring the busybox multi-arch layout into a fresh real registry: the index (same digest as
// the source), per-arch tags (<tag>-amd64, -arm64, -arm-v7 ...), a chosen subset as a new index,
// re-mirroring skips present blobs, and a source lacking a platform is refused with the
// platforms it has. Read back with curl, not with our own client.

#include "core/localregistry/imagemirror.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::LocalRegistry;
using Manifold::Test::BusyboxImage;
using Manifold::Test::RegistryProcess;

namespace {

struct Fetched
{
    int status = 0;
    QByteArray body;
    QString digest;
};

Fetched get(const RegistryProcess &registry, const QString &repository, const QString &reference)
{
    QTemporaryDir dir;
    const QString headers = dir.filePath(QStringLiteral("h"));
    const QString body = dir.filePath(QStringLiteral("b"));
    QByteArray output;
    Test::runProgram(QStringLiteral("curl"),
                     {QStringLiteral("-s"), QStringLiteral("-D"), headers, QStringLiteral("-o"), body, QStringLiteral("-w"),
                      QStringLiteral("%{http_code}"), QStringLiteral("-H"),
                      QStringLiteral("Accept: application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, "
                                     "application/vnd.docker.distribution.manifest.list.v2+json, "
                                     "application/vnd.docker.distribution.manifest.v2+json"),
                      QStringLiteral("%1/v2/%2/manifests/%3").arg(registry.baseUrl().toString(), repository, reference)},
                     &output);
    Fetched fetched;
    fetched.status = output.trimmed().toInt();
    QFile b(body);
    if (b.open(QIODevice::ReadOnly))
        fetched.body = b.readAll();
    QFile h(headers);
    if (h.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : h.readAll().split('\n')) {
            if (line.toLower().startsWith("docker-content-digest:"))
                fetched.digest = QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return fetched;
}

MirrorRequest requestFor(const RegistryProcess &registry, const QString &reference)
{
    MirrorRequest request;
    Result<std::shared_ptr<Oci::ContentSource>> source =
        ImageMirror::openSource(QStringLiteral("oci:%1:%2").arg(BusyboxImage::layoutDir(), reference), &request.sourceReference);
    if (source)
        request.source = *source;
    request.destination.baseUrl = registry.baseUrl();
    request.repository = QStringLiteral("mirror/busybox");
    request.tag = QStringLiteral("1.36");
    return request;
}

} // namespace

class TestImageMirror : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox fixture"));
    }

    void perArchTagNames_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("tag");
        QTest::newRow("amd64") << "linux/amd64" << "3.11-slim-amd64";
        QTest::newRow("arm64") << "linux/arm64" << "3.11-slim-arm64";
        QTest::newRow("arm64/v8 spelled out") << "linux/arm64/v8" << "3.11-slim-arm64";
        QTest::newRow("arm/v7") << "linux/arm/v7" << "3.11-slim-arm-v7";
        QTest::newRow("arm/v6") << "linux/arm/v6" << "3.11-slim-arm-v6";
        QTest::newRow("windows") << "windows/amd64" << "3.11-slim-windows-amd64";
    }
    void perArchTagNames()
    {
        QFETCH(QString, platform);
        QFETCH(QString, tag);
        QCOMPARE(ImageMirror::perArchTag(QStringLiteral("3.11-slim"), *Platform::parse(platform)), tag);
    }

    void mirrorsIndexAndPerArchTags()
    {
        RegistryProcess registry;
        QVERIFY(registry.start().ok());
        MirrorRequest request = requestFor(registry, QStringLiteral("latest"));
        QVERIFY(request.source);
        QList<MirrorProgress> steps;
        const Result<MirrorResult> result = ImageMirror::run(request, [&](const MirrorProgress &p) { steps << p; });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(result->indexUnchanged);
        QCOMPARE(result->indexDigest, *BusyboxImage::digestOf(QStringLiteral("latest")));
        QVERIFY(result->blobsUploaded > 0);
        QCOMPARE(result->blobsSkipped, 0);
        // Progress named every blob with its position and reached its size.
        bool sawLastBlob = false;
        for (const MirrorProgress &p : steps)
            sawLastBlob = sawLastBlob || (p.blobCount > 0 && p.blobIndex == p.blobCount && p.done == p.total);
        QVERIFY(sawLastBlob);

        const Fetched index = get(registry, request.repository, QStringLiteral("1.36"));
        QCOMPARE(index.status, 200);
        QCOMPARE(index.digest, result->indexDigest);
        QCOMPARE(QJsonDocument::fromJson(index.body).object().value(QStringLiteral("manifests")).toArray().size(), 5);
        for (const Platform &platform : BusyboxImage::platforms()) {
            const QString tag = QStringLiteral("1.36-") + BusyboxImage::tagFor(platform);
            const Fetched manifest = get(registry, request.repository, tag);
            QVERIFY2(manifest.status == 200, qPrintable(tag));
            QCOMPARE(manifest.digest, *BusyboxImage::digestOf(BusyboxImage::tagFor(platform)));
        }

        // Again: every blob is already there.
        const Result<MirrorResult> again = ImageMirror::run(request);
        QVERIFY(again.ok());
        QCOMPARE(again->blobsUploaded, 0);
        QCOMPARE(again->blobsSkipped, result->blobsSkipped + result->blobsUploaded);
    }

    void chosenPlatformsMakeANewIndex()
    {
        RegistryProcess registry;
        QVERIFY(registry.start().ok());
        MirrorRequest request = requestFor(registry, QStringLiteral("latest"));
        request.platforms = *Platform::parseList(QStringLiteral("linux/amd64,linux/arm64"));
        request.perArchTags = false;
        const Result<MirrorResult> result = ImageMirror::run(request);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QVERIFY(!result->indexUnchanged);
        const Fetched index = get(registry, request.repository, QStringLiteral("1.36"));
        QCOMPARE(index.status, 200);
        const QJsonArray entries = QJsonDocument::fromJson(index.body).object().value(QStringLiteral("manifests")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(get(registry, request.repository, QStringLiteral("1.36-amd64")).status, 404);
    }

    void perArchOnly()
    {
        RegistryProcess registry;
        QVERIFY(registry.start().ok());
        MirrorRequest request = requestFor(registry, QStringLiteral("latest"));
        request.platforms = *Platform::parseList(QStringLiteral("linux/arm/v7"));
        request.pushIndex = false;
        const Result<MirrorResult> result = ImageMirror::run(request);
        QVERIFY(result.ok());
        QCOMPARE(result->images.size(), 1);
        QCOMPARE(result->images.first().tag, QStringLiteral("1.36-arm-v7"));
        QCOMPARE(get(registry, request.repository, QStringLiteral("1.36-arm-v7")).status, 200);
        QCOMPARE(get(registry, request.repository, QStringLiteral("1.36")).status, 404);
    }

    void missingPlatformIsRefused()
    {
        RegistryProcess registry;
        QVERIFY(registry.start().ok());
        MirrorRequest request = requestFor(registry, QStringLiteral("amd64-only"));
        request.platforms = *Platform::parseList(QStringLiteral("linux/amd64,linux/arm64"));
        const Result<MirrorResult> result = ImageMirror::run(request);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("localregistry.mirror.platform-missing"));
        QVERIFY2(result.error().message.contains(QLatin1String("linux/arm64")), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QLatin1String("only linux/amd64")), qPrintable(result.error().message));
        // Nothing was pushed.
        QCOMPARE(get(registry, request.repository, QStringLiteral("1.36")).status, 404);
    }

    void mirrorsFromAnotherRegistry()
    {
        RegistryProcess upstream;
        QVERIFY(upstream.start().ok());
        const Status pushed = BusyboxImage::pushTo(upstream, QStringLiteral("library/busybox"));
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
        RegistryProcess local;
        QVERIFY(local.start().ok());
        MirrorRequest request;
        const auto source = ImageMirror::openSource(
            QStringLiteral("docker://%1/library/busybox:latest").arg(upstream.hostPort()), &request.sourceReference);
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().toString()));
        request.source = *source;
        QCOMPARE(request.sourceReference, QStringLiteral("latest"));
        request.destination.baseUrl = local.baseUrl();
        request.repository = QStringLiteral("busybox");
        request.tag = QStringLiteral("stable");
        request.platforms = *Platform::parseList(QStringLiteral("linux/amd64,linux/arm64"));
        const Result<MirrorResult> result = ImageMirror::run(request);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
        QCOMPARE(get(local, QStringLiteral("busybox"), QStringLiteral("stable-amd64")).digest,
                 *BusyboxImage::digestOf(QStringLiteral("amd64")));
        QCOMPARE(get(local, QStringLiteral("busybox"), QStringLiteral("stable-arm64")).digest,
                 *BusyboxImage::digestOf(QStringLiteral("arm64")));
        QCOMPARE(get(local, QStringLiteral("busybox"), QStringLiteral("stable")).status, 200);
    }

    void defaultRepository_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("repository");
        QTest::newRow("docker hub") << "docker://python:3.11-slim" << "python";
        QTest::newRow("library path") << "docker.io/library/python:3.11-slim" << "python";
        QTest::newRow("layout") << "oci:/tmp/Busy Box:latest" << "busy-box";
        QTest::newRow("archive") << "oci-archive:/tmp/base.tar" << "base";
        QTest::newRow("digest") << "localhost:5000/team/app@sha256:abc" << "app";
    }
    void defaultRepository()
    {
        QFETCH(QString, source);
        QFETCH(QString, repository);
        QCOMPARE(ImageMirror::defaultRepository(source), repository);
    }

    void unsupportedSourceExplainsTheWayAround()
    {
        QString reference;
        const auto source = ImageMirror::openSource(QStringLiteral("ftp://Not A Reference"), &reference);
        QVERIFY(!source.ok());
        QCOMPARE(source.error().code, QStringLiteral("localregistry.mirror.source"));
        QVERIFY(source.error().hint.contains(QLatin1String("skopeo copy --all")));
    }
};

QTEST_GUILESS_MAIN(TestImageMirror)
#include "tst_imagemirror.moc"
