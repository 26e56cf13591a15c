// End-to-end: copies between real registry processes and OCI layouts: mounts, subsets, per-arch
// tags, nested indexes (children first), per-blob progress, cancel, and a tampered source blob
// (served by FaultProxy, a test double in front of the real registry: no real component serves
// bytes that do not match their digest) that leaves the destination untouched.
#include "core/oci/index.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "core/oci/ocilayoutsource.h"
#include "core/registry/imagecopier.h"
#include "core/registry/registrycontentsource.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/reliability/faultproxy.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <signal.h>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::BusyboxImage;
using Manifold::Test::RegistryProcess;

namespace {

std::shared_ptr<RegistrySession> anonymousSession(RegistryConfig config = {})
{
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

// Forwards to a real destination and records the order of manifest writes, to prove that every
// index is written after its children.
class RecordingDestination : public CopyDestination
{
public:
    explicit RecordingDestination(std::shared_ptr<CopyDestination> inner) : m_inner(std::move(inner)) {}
    QString describe() const override { return m_inner->describe(); }
    Result<bool> hasBlob(const Oci::Descriptor &d, const Oci::CancelToken &c = {}) override { return m_inner->hasBlob(d, c); }
    Result<bool> mountBlob(const Oci::Descriptor &d, const QString &from, const Oci::CancelToken &c = {}) override
    {
        return m_inner->mountBlob(d, from, c);
    }
    Status putBlobFromFile(const Oci::Descriptor &d, const QString &path, const Oci::ProgressCallback &p,
                           const Oci::CancelToken &c) override
    {
        return m_inner->putBlobFromFile(d, path, p, c);
    }
    Status putBlob(const Oci::Descriptor &d, const QByteArray &bytes, const Oci::CancelToken &c) override
    {
        return m_inner->putBlob(d, bytes, c);
    }
    Result<QUrl> stageBlobFromFile(const Oci::Descriptor &d, const QString &path, const Oci::ProgressCallback &p,
                                   const Oci::CancelToken &c) override
    {
        return m_inner->stageBlobFromFile(d, path, p, c);
    }
    Status commitBlob(const Oci::Descriptor &d, const QString &path, const QUrl &staged, const Oci::ProgressCallback &p,
                      const Oci::CancelToken &c) override
    {
        return m_inner->commitBlob(d, path, staged, p, c);
    }
    void abandonBlob(const QUrl &staged) override { m_inner->abandonBlob(staged); }
    Result<bool> hasManifest(const Oci::Descriptor &d, const Oci::CancelToken &c = {}) override { return m_inner->hasManifest(d, c); }
    Status putManifest(const Oci::Descriptor &d, const QByteArray &bytes, const QString &tag, const Oci::CancelToken &c) override
    {
        Status put = m_inner->putManifest(d, bytes, tag, c);
        QMutexLocker lock(&m_mutex);
        if (put)
            m_written.append({d.digest.toString(), bytes});
        return put;
    }
    QString registryDomain() const override { return m_inner->registryDomain(); }
    bool isPlainHttp() const override { return m_inner->isPlainHttp(); }
    // Every index written lists only manifests written before it (or already present).
    QString orderProblem(const QSet<QString> &present) const
    {
        QSet<QString> seen = present;
        for (const auto &[digest, bytes] : m_written) {
            if (const auto index = Oci::ImageIndex::parse(bytes)) {
                for (const Oci::Descriptor &child : index->manifests()) {
                    if (!seen.contains(child.digest.toString()))
                        return QStringLiteral("index %1 written before its child %2").arg(digest, child.digest.toString());
                }
            }
            seen.insert(digest);
        }
        return {};
    }
    int written() const { return int(m_written.size()); }

private:
    std::shared_ptr<CopyDestination> m_inner;
    QMutex m_mutex;
    QList<QPair<QString, QByteArray>> m_written;
};

Oci::Descriptor indexEntry(const QString &digest, qint64 size)
{
    Oci::Descriptor entry;
    entry.mediaType = Oci::MediaType::OciIndex;
    entry.digest = *Oci::Digest::parse(digest);
    entry.size = size;
    return entry;
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

    // An index listing indexes: busybox's 5-platform index inside "nested", inside "nested2".
    void nestedIndexes_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("platforms");
        QTest::addColumn<int>("copied");
        QTest::addColumn<bool>("digestChanged");
        QTest::newRow("two levels, all platforms") << "nested" << "" << 6 << false;
        QTest::newRow("three levels, all platforms") << "nested2" << "" << 6 << false;
        QTest::newRow("three levels, arm64 only") << "nested2" << "linux/arm64" << 1 << true;
    }
    void nestedIndexes()
    {
        QFETCH(QString, tag);
        QFETCH(QString, platforms);
        QFETCH(int, copied);
        QFETCH(bool, digestChanged);
        auto session = anonymousSession();
        pushNestedIndexes(session);
        if (QTest::currentTestFailed())
            return;
        auto source = std::make_shared<RegistryContentSource>(session, repo(m_source, "busybox"));
        const QString repository = QStringLiteral("nested/") + QString::fromLatin1(QTest::currentDataTag()).remove(' ').remove(',').remove('/');
        auto recording = std::make_shared<RecordingDestination>(
            std::make_shared<RegistryDestination>(session, repo(m_second, repository)));
        CopyOptions options;
        if (!platforms.isEmpty())
            options.platforms = *Platform::parseList(platforms);
        const auto result = ImageCopier(source, tag, recording, "latest", options).run();
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result->digestChanged, digestChanged);
        QCOMPARE(result->copiedPlatforms.size(), copied);
        if (!digestChanged)
            QCOMPARE(result->destinationRoot.digest.toString(), m_nestedDigests.value(tag));
        const QString problem = recording->orderProblem({});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Read back directly: the whole tree is there, each index's children present.
        RegistryClient client(session, m_second.hostPort());
        const auto top = client.getManifest(repository, "latest");
        QVERIFY(top.ok());
        QCOMPARE(top->descriptor.digest, result->destinationRoot.digest);
        int images = 0;
        std::function<void(const QByteArray &, int)> walk = [&](const QByteArray &bytes, int depth) {
            QVERIFY(depth < 4);
            const auto index = Oci::ImageIndex::parse(bytes);
            QVERIFY(index.ok());
            for (const Oci::Descriptor &child : index->manifests()) {
                const auto got = client.getManifest(repository, child.digest.toString());
                QVERIFY2(got.ok(), qPrintable(child.digest.toString()));
                if (Oci::MediaTypes::isIndex(child.mediaType))
                    walk(got->bytes, depth + 1);
                else
                    ++images;
            }
        };
        walk(top->bytes, 0);
        QCOMPARE(images, copied);
    }

    // The same nested tree pulled into an OCI layout, then pushed from the layout directory and
    // from a tar of it (an OCI archive): the digest of the root survives every hop.
    void nestedIndexThroughLayoutAndArchive()
    {
        auto session = anonymousSession();
        pushNestedIndexes(session);
        if (QTest::currentTestFailed())
            return;
        QTemporaryDir dir;
        const QString layoutDir = dir.filePath("nested");
        auto source = std::make_shared<RegistryContentSource>(session, repo(m_source, "busybox"));
        const auto pulled = ImageCopier(source, "nested2", std::make_shared<LayoutDestination>(layoutDir), "n2").run();
        QVERIFY2(pulled.ok(), qPrintable(describe(pulled)));
        QCOMPARE(pulled->nestedIndexes.size(), 2);
        const QString archive = dir.filePath("nested.tar");
        QCOMPARE(Test::runProgram("tar", {"-C", layoutDir, "-cf", archive, "."}), 0);
        auto fromDirectory = Oci::OciLayoutSource::openDirectory(layoutDir);
        QVERIFY2(fromDirectory.ok(), qPrintable(fromDirectory.ok() ? QString() : fromDirectory.error().toString()));
        auto fromArchive = Oci::OciLayoutSource::openArchive(archive);
        QVERIFY2(fromArchive.ok(), qPrintable(fromArchive.ok() ? QString() : fromArchive.error().toString()));
        const QList<QPair<QString, std::shared_ptr<Oci::OciLayoutSource>>> sources{{"nestedlayout/dir", *fromDirectory},
                                                                                   {"nestedlayout/tar", *fromArchive}};
        RegistryClient client(session, m_second.hostPort());
        for (const auto &[repository, layout] : sources) {
            const auto pushed = ImageCopier(layout, "n2", std::make_shared<RegistryDestination>(session, repo(m_second, repository)),
                                            "latest").run();
            QVERIFY2(pushed.ok(), qPrintable(repository + ": " + describe(pushed)));
            QCOMPARE(pushed->destinationRoot.digest.toString(), m_nestedDigests.value("nested2"));
            for (const Oci::Descriptor &nested : pushed->nestedIndexes)
                QVERIFY(client.headManifest(repository, nested.digest.toString())->has_value());
            for (const Oci::Descriptor &manifest : pushed->manifests)
                QVERIFY(client.headManifest(repository, manifest.digest.toString())->has_value());
        }
    }

    void nestedTooDeepIsRefused()
    {
        auto session = anonymousSession();
        pushNestedIndexes(session);
        if (QTest::currentTestFailed())
            return;
        auto source = std::make_shared<RegistryContentSource>(session, repo(m_source, "busybox"));
        auto destination = std::make_shared<RegistryDestination>(session, repo(m_second, "nested/toodeep"));
        CopyOptions options;
        options.maxIndexDepth = 2;
        const auto result = ImageCopier(source, "nested2", destination, "latest", options).run();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("registry.copy.too-deep"));
        RegistryClient client(session, m_second.hostPort());
        const auto tags = client.listTags("nested/toodeep");
        QVERIFY(!tags.ok() || tags->isEmpty());
    }

    // A blob whose bytes do not match its digest: the copy fails naming it, and the
    // destination (read directly) has no tag, no manifest and no blob of the image - whether
    // the good blobs waited for the commit (the default for blobs that fit one request) or
    // were already sent into upload sessions (larger blobs; forced here by a tiny threshold).
    void tamperedBlobWritesNothing_data()
    {
        QTest::addColumn<bool>("stagedInSessions");
        QTest::newRow("sent at commit") << false;
        QTest::newRow("staged in sessions") << true;
    }
    void tamperedBlobWritesNothing()
    {
        QFETCH(bool, stagedInSessions);
        Test::FaultProxy proxy(quint16(m_source.baseUrl().port()), 1);
        proxy.setFaultPercent(0);
        QVERIFY(proxy.start());
        RegistryConfig config;
        if (stagedInSessions)
            config.chunkedUploadThreshold = 1;
        auto session = anonymousSession(config);
        const QString repository = stagedInSessions ? QStringLiteral("tampered/staged") : QStringLiteral("tampered/busybox");
        RegistryClient direct(session, m_source.hostPort());
        const auto index = direct.getManifest("busybox", "latest");
        QVERIFY(index.ok());
        const auto parsed = Oci::ImageIndex::parse(index->bytes);
        QVERIFY(parsed.ok());
        // Tamper with the last platform's layer: every other blob downloads fine first.
        const Oci::Descriptor last = parsed->platformEntries().last();
        const auto manifest = Oci::ImageManifest::parse(direct.getManifest("busybox", last.digest.toString())->bytes);
        QVERIFY(manifest.ok());
        const QString tampered = manifest->layers().first().digest.toString();
        proxy.setTamper("/blobs/" + tampered.toLatin1());

        auto proxied = std::make_shared<RegistryContentSource>(
            session, *ImageReference::parse(proxy.hostPort() + QStringLiteral("/busybox")));
        auto destination = std::make_shared<RegistryDestination>(session, repo(m_second, repository));
        QList<BlobProgress> failedBlobs;
        ImageCopier copier(proxied, "latest", destination, "latest");
        copier.setBlobProgress([&](const BlobProgress &blob, const CopyTotals &) {
            if (blob.state == BlobState::Failed)
                failedBlobs.append(blob);
        });
        const auto result = copier.run();
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("oci.content.digest-mismatch"));
        QVERIFY2(result.error().toString().contains(tampered), qPrintable(result.error().toString()));
        QVERIFY(proxy.counts().value(Test::FaultProxy::Fault::Tamper) >= 1);
        QCOMPARE(failedBlobs.size(), 1);
        QCOMPARE(failedBlobs.first().digest, tampered);

        RegistryClient second(session, m_second.hostPort());
        const auto tags = second.listTags(repository);
        QVERIFY(!tags.ok() || tags->isEmpty());
        QVERIFY(!second.headManifest(repository, index->descriptor.digest.toString())->has_value());
        for (const Oci::Descriptor &entry : parsed->manifests()) {
            QVERIFY(!second.headManifest(repository, entry.digest.toString())->has_value());
            const auto child = Oci::ImageManifest::parse(direct.getManifest("busybox", entry.digest.toString())->bytes);
            for (const Oci::Descriptor &blob : QList<Oci::Descriptor>{child->config()} + child->layers())
                QVERIFY2(!second.blobSize(repository, blob.digest.toString())->has_value(), qPrintable(blob.digest.toString()));
        }
    }

    // Per-blob progress: every blob goes queued -> (downloading ->) uploading -> done, or
    // straight to mounted / skipped; totals add up.
    void blobProgress()
    {
        auto session = anonymousSession();
        auto layout = Oci::OciLayoutSource::openDirectory(BusyboxImage::layoutDir());
        QVERIFY(layout.ok());
        auto destination = std::make_shared<RegistryDestination>(session, repo(m_second, "progress/busybox"));
        QMap<QString, QList<BlobState>> states;
        QMap<QString, qint64> sizes;
        CopyTotals last;
        bool bytesBeyondSize = false;
        QMutex mutex;
        ImageCopier copier(*layout, "latest", destination, "latest");
        copier.setBlobProgress([&](const BlobProgress &blob, const CopyTotals &totals) {
            QMutexLocker lock(&mutex);
            QList<BlobState> &seen = states[blob.digest];
            if (seen.isEmpty() || seen.last() != blob.state)
                seen.append(blob.state);
            sizes[blob.digest] = blob.size;
            bytesBeyondSize = bytesBeyondSize || blob.bytesDone > blob.size;
            last = totals;
        });
        const auto result = copier.run();
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(!bytesBeyondSize);
        QCOMPARE(states.size(), result->blobs.size());
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            const QList<BlobState> expected{BlobState::Queued, BlobState::Downloading, BlobState::Uploading, BlobState::Done};
            QCOMPARE(it.value(), expected);
        }
        QCOMPARE(last.blobs, result->blobs.size());
        QCOMPARE(last.finished, last.blobs);
        QCOMPARE(last.uploaded, last.blobs);
        QCOMPARE(last.bytesDone, last.bytesTotal);
        QCOMPARE(last.bytesTotal, result->bytesUploaded());

        // Again: everything is skipped.
        states.clear();
        const auto again = copier.run();
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            QCOMPARE(it.value(), (QList<BlobState>{BlobState::Queued, BlobState::Skipped}));
        QCOMPARE(last.skipped, last.blobs);
    }

    // Cancel while the destination does not answer (its process is stopped): the copy ends
    // promptly with registry.cancelled instead of waiting for the transfer timeout, and
    // nothing is tagged.
    void cancelAbortsRequestsInFlight()
    {
        RegistryProcess stalled;
        QVERIFY(stalled.start().ok());
        auto session = anonymousSession();
        RegistryClient client(session, stalled.hostPort());
        QVERIFY(client.ping().ok());
        auto layout = Oci::OciLayoutSource::openDirectory(BusyboxImage::layoutDir());
        QVERIFY(layout.ok());
        auto destination = std::make_shared<RegistryDestination>(session, repo(stalled, "cancelled/busybox"));
        auto job = std::make_unique<CopyJob>(std::make_unique<ImageCopier>(*layout, "latest", destination, "latest"));
        QSignalSpy finished(job.get(), &CopyJob::finished);
        QVERIFY(::kill(pid_t(stalled.processId()), SIGSTOP) == 0);
        job->start();
        QTest::qWait(300); // requests are in flight now, unanswered
        QElapsedTimer timer;
        timer.start();
        job->cancel();
        QVERIFY(finished.wait(10000));
        const qint64 elapsed = timer.elapsed();
        QVERIFY(::kill(pid_t(stalled.processId()), SIGCONT) == 0);
        QVERIFY(job->result().has_value());
        QVERIFY(!job->result()->ok());
        QCOMPARE(job->result()->error().code, QStringLiteral("registry.cancelled"));
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        const auto tags = client.listTags("cancelled/busybox");
        QVERIFY(!tags.ok() || tags->isEmpty());
    }

private:
    // Pushes (once) "nested": an OCI index listing the busybox index and one more image
    // manifest (amd64, listed twice in the tree), and "nested2", an index listing "nested".
    void pushNestedIndexes(const std::shared_ptr<RegistrySession> &session)
    {
        if (!m_nestedDigests.isEmpty())
            return;
        RegistryClient client(session, m_source.hostPort());
        const auto busybox = client.getManifest("busybox", "latest");
        QVERIFY(busybox.ok());
        const auto amd64 = client.headManifest("busybox", "amd64");
        QVERIFY(amd64.ok() && amd64->has_value());
        Oci::Descriptor amd64Entry = **amd64;
        amd64Entry.platform = Platform(QStringLiteral("linux"), QStringLiteral("amd64"));
        const Oci::ImageIndex nested = Oci::ImageIndex::create(
            {indexEntry(busybox->descriptor.digest.toString(), busybox->descriptor.size), amd64Entry});
        QVERIFY(client.putManifest("busybox", "nested", nested.mediaType(), nested.rawBytes()).ok());
        const Oci::ImageIndex nested2 = Oci::ImageIndex::create(
            {indexEntry(nested.descriptor().digest.toString(), nested.descriptor().size)});
        QVERIFY(client.putManifest("busybox", "nested2", nested2.mediaType(), nested2.rawBytes()).ok());
        m_nestedDigests.insert("nested", nested.descriptor().digest.toString());
        m_nestedDigests.insert("nested2", nested2.descriptor().digest.toString());
    }

    QMap<QString, QString> m_nestedDigests;
    RegistryProcess m_source;
    RegistryProcess m_second;
};

QTEST_GUILESS_MAIN(TestImageCopier)
#include "tst_imagecopier.moc"
