// Fault injection between the registry client (raw requests, and ImageCopier's copies, pushes and
// pulls) and a real registry process.
// FaultProxy is a double written for this test: no real component here can cut connections at
// chosen byte offsets, answer 5xx/429, stall, truncate or flip bytes on demand. Per connection
// a seeded RNG picks one fault. Every operation must end in a verified success or a clear error,
// and afterwards the registry, read directly (bypassing the proxy), must hold no manifest or
// index whose children are missing and no blob whose content does not match its digest.
#include "core/oci/descriptor.h"
#include "core/oci/digest.h"
#include "core/oci/index.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "core/oci/ocilayoutsource.h"
#include "core/oci/ocilayoutwriter.h"
#include "core/registry/copydestination.h"
#include "core/registry/imagecopier.h"
#include "core/registry/registrycontentsource.h"
#include "core/registry/credentials.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrysession.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/reliability/faultproxy.h"
#include "tests/support/testsupport.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QMutex>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::RegistryProcess;

namespace {

using Fault = Manifold::Test::FaultProxy::Fault;
using Manifold::Test::FaultProxy;

std::shared_ptr<RegistrySession> session(int transferTimeoutMs)
{
    RegistryConfig config;
    config.credentials = std::make_shared<CredentialChain>(QList<std::shared_ptr<CredentialProvider>>{});
    config.maxAttempts = 4;
    config.maxRetryDelayMs = 300;
    config.transferTimeoutMs = transferTimeoutMs;
    return std::make_shared<RegistrySession>(config);
}

Oci::Descriptor blobDescriptor(const QByteArray &bytes, const QString &mediaType)
{
    Oci::Descriptor descriptor;
    descriptor.mediaType = mediaType;
    descriptor.digest = Oci::Digest::of(bytes);
    descriptor.size = bytes.size();
    return descriptor;
}

// Where an operation ended: success, or an error that says what happened.
bool clearError(const Error &error)
{
    return !error.code.isEmpty() && !error.message.isEmpty();
}

// The registry read directly (bypassing the proxy): every tag resolves, every index's children
// (nested indexes included) exist and match their digests, every blob exists and matches.
void checkManifestTree(RegistryClient &direct, const QString &repository, const QString &what,
                       const ManifestResponse &top, int depth = 0)
{
    QVERIFY2(depth < 4, qPrintable(what + QStringLiteral(": indexes nested too deep")));
    if (const auto index = Oci::ImageIndex::parse(top.bytes, top.descriptor.mediaType)) {
        for (const Oci::Descriptor &child : index->manifests()) {
            const auto manifest = direct.getManifest(repository, child.digest.toString());
            QVERIFY2(manifest, qPrintable(what + QStringLiteral(": index child missing: ") + child.digest.toString()));
            QCOMPARE(Oci::Digest::of(manifest->bytes), child.digest);
            checkManifestTree(direct, repository, what, *manifest, depth + 1);
            if (QTest::currentTestFailed())
                return;
        }
        return;
    }
    const auto manifest = Oci::ImageManifest::parse(top.bytes);
    QVERIFY2(manifest, qPrintable(what));
    QList<Oci::Descriptor> blobs = manifest->layers();
    blobs.prepend(manifest->config());
    for (const Oci::Descriptor &blob : blobs) {
        const auto content = direct.getBlob(repository, blob);
        QVERIFY2(content, qPrintable(what + QStringLiteral(": blob missing or corrupt: ") + blob.digest.toString()));
        QCOMPARE(Oci::Digest::of(*content), blob.digest);
        QCOMPARE(content->size(), blob.size);
    }
}

void checkRepository(RegistryClient &direct, const QString &repository)
{
    const auto tags = direct.listTags(repository);
    QVERIFY2(tags, tags ? "" : qPrintable(tags.error().toString()));
    for (const QString &tag : *tags) {
        const auto top = direct.getManifest(repository, tag);
        QVERIFY2(top, qPrintable(tag + QStringLiteral(": ") + (top ? QString() : top.error().toString())));
        checkManifestTree(direct, repository, repository + QLatin1Char(':') + tag, *top);
        if (QTest::currentTestFailed())
            return;
    }
}

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

private slots:
    void operationsThroughFaultyProxy();
    void copierOperationsThroughFaultyProxy();
    void cleanup();

private:
    quint32 m_seed = 0;
};

void TestFaultInjection::operationsThroughFaultyProxy()
{
    MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    RegistryProcess registry;
    const Status started = registry.start();
    if (!started.ok())
        QFAIL(qPrintable(started.error().toString()));

    const quint32 seed = qEnvironmentVariableIsSet("MANIFOLD_FAULT_SEED")
        ? quint32(qEnvironmentVariableIntValue("MANIFOLD_FAULT_SEED")) : 20261123u;
    m_seed = seed;
    qInfo("fault seed %u (set MANIFOLD_FAULT_SEED to replay)", seed);
    FaultProxy proxy(registry.baseUrl().port(), seed);
    QVERIFY(proxy.start());
    const QString proxied = QStringLiteral("127.0.0.1:%1").arg(proxy.port());
    RegistryClient faulty(session(1500), proxied);
    RegistryClient direct(session(30000), registry.hostPort());

    QRandomGenerator rng(seed);
    const QString repository = QStringLiteral("reliability/faults");
    struct Pushed { QString tag; QByteArray manifest; QList<Oci::Descriptor> blobs; QMap<QString, QByteArray> content; };
    QList<Pushed> pushed;
    int successes = 0, failures = 0;
    constexpr int Operations = 200;
    for (int i = 0; i < Operations; ++i) {
        const int kind = pushed.isEmpty() ? 0 : int(rng.bounded(3));
        if (kind == 0) { // push a tiny image: config + one layer + manifest (+ sometimes an index)
            QByteArray config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"n\":" + QByteArray::number(i) + "}";
            QByteArray layer(int(rng.bounded(1, 96 * 1024)), Qt::Uninitialized);
            for (char &c : layer)
                c = char(rng.bounded(256));
            const Oci::Descriptor configDescriptor = blobDescriptor(config, Oci::MediaType::OciConfig);
            const Oci::Descriptor layerDescriptor = blobDescriptor(layer, Oci::MediaType::OciLayerGzip);
            const Oci::ImageManifest manifest = Oci::ImageManifest::create(configDescriptor, {layerDescriptor});
            const QString tag = QStringLiteral("op%1").arg(i);
            Status status = faulty.uploadBlob(repository, configDescriptor, config);
            if (status.ok())
                status = faulty.uploadBlob(repository, layerDescriptor, layer);
            if (status.ok())
                status = faulty.putManifest(repository, tag, manifest.mediaType(), manifest.rawBytes());
            QByteArray top = manifest.rawBytes();
            if (status.ok() && rng.bounded(3) == 0) {
                Oci::Descriptor child = manifest.descriptor();
                child.platform = Platform::parse(QStringLiteral("linux/amd64")).value();
                const Oci::ImageIndex index = Oci::ImageIndex::create({child});
                status = faulty.putManifest(repository, tag, index.mediaType(), index.rawBytes());
                top = index.rawBytes();
            }
            if (status.ok()) {
                ++successes;
                pushed.append({tag, top, {configDescriptor, layerDescriptor},
                               {{configDescriptor.digest.toString(), config}, {layerDescriptor.digest.toString(), layer}}});
            } else {
                ++failures;
                QVERIFY2(clearError(status.error()), qPrintable(QStringLiteral("op %1: unclear error").arg(i)));
            }
        } else { // inspect / pull: manifest then a blob; success must return the exact bytes
            const Pushed &image = pushed.at(int(rng.bounded(qint64(pushed.size()))));
            const auto manifest = faulty.getManifest(repository, image.tag);
            if (!manifest) {
                ++failures;
                QVERIFY2(clearError(manifest.error()), qPrintable(QStringLiteral("op %1: unclear error").arg(i)));
                continue;
            }
            QCOMPARE(manifest->bytes, image.manifest);
            const Oci::Descriptor &blob = image.blobs.at(int(rng.bounded(qint64(image.blobs.size()))));
            const auto bytes = faulty.getBlob(repository, blob);
            if (!bytes) {
                ++failures;
                QVERIFY2(clearError(bytes.error()), qPrintable(QStringLiteral("op %1: unclear error").arg(i)));
                continue;
            }
            QCOMPARE(Oci::Digest::of(*bytes), blob.digest);
            QCOMPARE(*bytes, image.content.value(blob.digest.toString()));
            ++successes;
        }
    }
    const auto counts = proxy.counts();
    qInfo("%d operations: %d succeeded, %d failed with an error; connections: clean %d, status %d, cut %d, "
          "stall %d, truncate %d, flip %d", Operations, successes, failures, counts.value(Fault::None),
          counts.value(Fault::Status), counts.value(Fault::Cut), counts.value(Fault::Stall),
          counts.value(Fault::Truncate), counts.value(Fault::Flip));
    QVERIFY2(successes > 0, "no operation got through: the proxy injects too much to prove anything");
    int connections = 0;
    for (int count : counts)
        connections += count;
    QVERIFY2(counts.value(Fault::None) < connections, "no fault was injected");

    // Read the registry directly: every tag resolves, every child and blob exists and matches.
    proxy.setEnabled(false);
    checkRepository(direct, repository);
    if (QTest::currentTestFailed())
        return;
    // Every operation that reported success is really there.
    for (const auto &image : pushed) {
        const auto manifest = direct.getManifest(repository, image.tag);
        QVERIFY2(manifest, qPrintable(image.tag));
        QCOMPARE(manifest->bytes, image.manifest);
    }
}

namespace {

// A fresh two-platform image (index -> 2 manifests -> config + one random layer each) in its
// own OCI layout: a push of it has real blobs to upload.
Result<Oci::Descriptor> writeImageLayout(const QString &directory, QRandomGenerator &rng, int n)
{
    Oci::OciLayoutWriter writer(directory);
    if (Status begun = writer.begin(); !begun)
        return begun.error();
    QList<Oci::Descriptor> entries;
    for (const QString &platform : {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}) {
        const Platform parsed = Platform::parse(platform).value();
        const QByteArray config = "{\"architecture\":\"" + parsed.architecture.toLatin1() + "\",\"os\":\"linux\",\"n\":"
            + QByteArray::number(n) + ",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";
        QByteArray layer(int(rng.bounded(512, 24 * 1024)), Qt::Uninitialized);
        for (char &c : layer)
            c = char(rng.bounded(256));
        const Oci::Descriptor configDescriptor = blobDescriptor(config, Oci::MediaType::OciConfig);
        const Oci::Descriptor layerDescriptor = blobDescriptor(layer, Oci::MediaType::OciLayerGzip);
        if (Status added = writer.addBlob(configDescriptor, config); !added)
            return added.error();
        if (Status added = writer.addBlob(layerDescriptor, layer); !added)
            return added.error();
        const Oci::ImageManifest manifest = Oci::ImageManifest::create(configDescriptor, {layerDescriptor});
        if (Status added = writer.addBlob(manifest.descriptor(), manifest.rawBytes()); !added)
            return added.error();
        Oci::Descriptor entry = manifest.descriptor();
        entry.platform = parsed;
        entries.append(entry);
    }
    const Oci::ImageIndex index = Oci::ImageIndex::create(entries);
    if (Status added = writer.addManifest(index.descriptor(), index.rawBytes(), QStringLiteral("latest")); !added)
        return added.error();
    if (Status committed = writer.commit(); !committed)
        return committed.error();
    return index.descriptor();
}

} // namespace

// ImageCopier through the faulty proxy: pushes (layout -> registry), copies within the registry
// (mounts, subsets, per-arch tags) and pulls (registry -> OCI layout). Each copy ends verified
// or with a clear error; the registry never holds an index with missing children or a blob
// that does not match its digest, and a pulled layout is complete or absent.
void TestFaultInjection::copierOperationsThroughFaultyProxy()
{
    MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    RegistryProcess registry;
    const Status started = registry.start();
    if (!started.ok())
        QFAIL(qPrintable(started.error().toString()));

    m_seed = qEnvironmentVariableIsSet("MANIFOLD_FAULT_SEED")
        ? quint32(qEnvironmentVariableIntValue("MANIFOLD_FAULT_SEED")) : 20261124u;
    qInfo("fault seed %u (set MANIFOLD_FAULT_SEED to replay)", m_seed);
    FaultProxy proxy(registry.baseUrl().port(), m_seed);
    // Fewer faults than the single-request test: a copy makes ~15 requests and must be able to
    // succeed often enough to prove the success path too.
    proxy.setFaultPercent(20);
    QVERIFY(proxy.start());
    auto faultySession = session(800);
    auto directSession = session(30000);
    RegistryClient direct(directSession, registry.hostPort());
    auto repoAt = [](const QString &host, const QString &path) { return *ImageReference::parse(host + QLatin1Char('/') + path); };
    const QString pushRepository = QStringLiteral("copier/push");
    const QString copyRepository = QStringLiteral("copier/copy");

    QRandomGenerator rng(m_seed);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QMap<QString, QString> pushedTags; // tag in pushRepository -> index digest
    int successes = 0, failures = 0;
    QMap<QString, int> errorCodes;
    auto failedWith = [&](int i, const Error &error) {
        ++failures;
        errorCodes[error.code]++;
        QVERIFY2(clearError(error), qPrintable(QStringLiteral("op %1: unclear error %2").arg(i).arg(error.toString())));
    };
    constexpr int Operations = 200;
    for (int i = 0; i < Operations; ++i) {
        const int kind = pushedTags.isEmpty() ? 0 : int(rng.bounded(3));
        if (kind == 0) { // push a fresh image from a layout
            const QString layoutDir = scratch.filePath(QStringLiteral("image%1").arg(i));
            const Result<Oci::Descriptor> image = writeImageLayout(layoutDir, rng, i);
            QVERIFY2(image, qPrintable(image ? QString() : image.error().toString()));
            auto layout = Oci::OciLayoutSource::openDirectory(layoutDir);
            QVERIFY(layout);
            const QString tag = QStringLiteral("p%1").arg(i);
            auto destination = std::make_shared<RegistryDestination>(faultySession, repoAt(proxy.hostPort(), pushRepository));
            const auto copied = ImageCopier(*layout, QStringLiteral("latest"), destination, tag).run();
            if (!copied) {
                failedWith(i, copied.error());
                continue;
            }
            QCOMPARE(copied->destinationRoot.digest, image->digest);
            const auto head = direct.headManifest(pushRepository, tag);
            QVERIFY2(head && head->has_value(), qPrintable(QStringLiteral("op %1: reported pushed, not there").arg(i)));
            QCOMPARE((*head)->digest, image->digest);
            pushedTags.insert(tag, image->digest.toString());
            ++successes;
        } else if (kind == 1) { // copy within the registry: mounts, sometimes a subset, sometimes per-arch tags
            const QString from = pushedTags.keys().at(int(rng.bounded(qint64(pushedTags.size()))));
            CopyOptions options;
            const bool subset = rng.bounded(2) == 0;
            if (subset)
                options.platforms = {Platform(QStringLiteral("linux"), QStringLiteral("arm64"))};
            options.perArchTags = rng.bounded(2) == 0;
            const QString tag = QStringLiteral("c%1").arg(i);
            auto source = std::make_shared<RegistryContentSource>(faultySession, repoAt(proxy.hostPort(), pushRepository));
            auto destination = std::make_shared<RegistryDestination>(faultySession, repoAt(proxy.hostPort(), copyRepository));
            const auto copied = ImageCopier(source, from, destination, tag, options).run();
            if (!copied) {
                failedWith(i, copied.error());
                continue;
            }
            QCOMPARE(copied->digestChanged, subset);
            if (!subset)
                QCOMPARE(copied->destinationRoot.digest.toString(), pushedTags.value(from));
            const auto head = direct.headManifest(copyRepository, tag);
            QVERIFY2(head && head->has_value(), qPrintable(QStringLiteral("op %1: reported copied, not there").arg(i)));
            QCOMPARE((*head)->digest, copied->destinationRoot.digest);
            ++successes;
        } else { // pull into an OCI layout: complete and verified, or not there at all
            const QString from = pushedTags.keys().at(int(rng.bounded(qint64(pushedTags.size()))));
            const QString target = scratch.filePath(QStringLiteral("pull%1").arg(i));
            auto source = std::make_shared<RegistryContentSource>(faultySession, repoAt(proxy.hostPort(), pushRepository));
            auto destination = std::make_shared<LayoutDestination>(target);
            const auto copied = ImageCopier(source, from, destination, QStringLiteral("pulled")).run();
            if (!copied) {
                QVERIFY2(!QFileInfo::exists(target), qPrintable(QStringLiteral("op %1: a failed pull left %2").arg(i).arg(target)));
                failedWith(i, copied.error());
                continue;
            }
            auto layout = Oci::OciLayoutSource::openDirectory(target);
            QVERIFY2(layout, qPrintable(QStringLiteral("op %1: pulled layout unreadable").arg(i)));
            const auto resolved = (*layout)->resolveNow(QStringLiteral("pulled"));
            QVERIFY(resolved);
            QCOMPARE(resolved->digest.toString(), pushedTags.value(from));
            const auto index = Oci::ImageIndex::parse((*layout)->fetchManifest(*resolved).result().value());
            QVERIFY(index);
            for (const Oci::Descriptor &child : index->manifests()) {
                const auto bytes = (*layout)->fetchManifest(child).result();
                QVERIFY2(bytes, qPrintable(QStringLiteral("op %1: pulled layout lacks %2").arg(i).arg(child.digest.toString())));
                const auto manifest = Oci::ImageManifest::parse(*bytes);
                QVERIFY(manifest);
                for (const Oci::Descriptor &blob : QList<Oci::Descriptor>{manifest->config()} + manifest->layers())
                    QVERIFY2((*layout)->fetchBlob(blob).result().ok(), qPrintable(blob.digest.toString()));
            }
            ++successes;
        }
    }
    const auto counts = proxy.counts();
    QStringList codes;
    for (auto it = errorCodes.cbegin(); it != errorCodes.cend(); ++it)
        codes.append(QStringLiteral("%1 x%2").arg(it.key()).arg(it.value()));
    qInfo("%d copier operations: %d verified, %d failed with an error (%s); connections: clean %d, status %d, "
          "cut %d, stall %d, truncate %d, flip %d", Operations, successes, failures,
          qPrintable(codes.join(QStringLiteral(", "))), counts.value(Fault::None), counts.value(Fault::Status),
          counts.value(Fault::Cut), counts.value(Fault::Stall), counts.value(Fault::Truncate), counts.value(Fault::Flip));
    QVERIFY2(successes >= Operations / 4, "too few copies got through to prove the success path");
    QVERIFY2(failures > 0 || counts.value(Fault::None) < 200, "no fault reached a copy");

    proxy.setFaultPercent(0);
    checkRepository(direct, pushRepository);
    checkRepository(direct, copyRepository);
}

void TestFaultInjection::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("failed with fault seed %u: rerun with MANIFOLD_FAULT_SEED=%u", m_seed, m_seed);
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
