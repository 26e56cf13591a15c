#include "core/registry/imagecopier.h"

#include "core/oci/imageconfig.h"
#include "core/oci/index.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "core/platform/platformmatcher.h"
#include "core/registry/registrycontentsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QMutex>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>

namespace Manifold::Registry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Registry::ImageCopier)
};

Error cancelled()
{
    return Error(QStringLiteral("registry.cancelled"), Tr::tr("the copy was cancelled"));
}

// Runs `work(i)` for each index on `pool`, started in the order given; returns the first error.
Status parallelFor(QThreadPool *pool, const QList<int> &indexes, const std::function<Status(int)> &work)
{
    QMutex mutex;
    std::optional<Error> first;
    QtConcurrent::blockingMap(pool, indexes, [&](int i) {
        {
            QMutexLocker lock(&mutex);
            if (first)
                return; // stop starting new work after a failure
        }
        Status status = work(i);
        if (!status) {
            QMutexLocker lock(&mutex);
            if (!first)
                first = status.error();
        }
    });
    if (first)
        return *first;
    return {};
}

Status parallelFor(QThreadPool *pool, int count, const std::function<Status(int)> &work)
{
    QList<int> indexes;
    for (int i = 0; i < count; ++i)
        indexes.append(i);
    return parallelFor(pool, indexes, work);
}

// Blob indexes, largest first: the long transfers start at once and the small ones fill the
// gaps, instead of one large blob starting last and running alone at the end.
QList<int> largestFirst(const QList<Oci::Descriptor> &blobs)
{
    QList<int> indexes;
    for (int i = 0; i < blobs.size(); ++i)
        indexes.append(i);
    std::stable_sort(indexes.begin(), indexes.end(),
                     [&](int a, int b) { return blobs.at(a).size > blobs.at(b).size; });
    return indexes;
}

struct ChildManifest
{
    Oci::Descriptor descriptor; // as listed in the index (with platform)
    QByteArray bytes;
    Oci::ImageManifest manifest;
};

QString transferName(BlobTransfer transfer)
{
    switch (transfer) {
    case BlobTransfer::Skipped:
        return QStringLiteral("skipped");
    case BlobTransfer::Mounted:
        return QStringLiteral("mounted");
    case BlobTransfer::Uploaded:
        return QStringLiteral("uploaded");
    }
    return {};
}

} // namespace

qint64 CopyResult::bytesUploaded() const
{
    qint64 total = 0;
    for (const CopiedBlob &blob : blobs) {
        if (blob.transfer == BlobTransfer::Uploaded)
            total += blob.size;
    }
    return total;
}

QJsonObject CopyResult::toJson() const
{
    QJsonArray blobArray;
    int skipped = 0, mounted = 0, uploaded = 0;
    for (const CopiedBlob &blob : blobs) {
        blobArray.append(QJsonObject{{QStringLiteral("digest"), blob.digest},
                                     {QStringLiteral("size"), blob.size},
                                     {QStringLiteral("transfer"), transferName(blob.transfer)}});
        (blob.transfer == BlobTransfer::Skipped ? skipped : blob.transfer == BlobTransfer::Mounted ? mounted : uploaded)++;
    }
    QJsonArray manifestArray;
    for (const Oci::Descriptor &descriptor : manifests) {
        QJsonObject object{{QStringLiteral("digest"), descriptor.digest.toString()},
                           {QStringLiteral("mediaType"), descriptor.mediaType},
                           {QStringLiteral("size"), descriptor.size}};
        if (descriptor.platform)
            object.insert(QStringLiteral("platform"), descriptor.platform->toString());
        if (descriptor.isAttestation())
            object.insert(QStringLiteral("attestationFor"), descriptor.attestationSubject());
        manifestArray.append(object);
    }
    QJsonArray nestedArray;
    for (const Oci::Descriptor &descriptor : nestedIndexes)
        nestedArray.append(QJsonObject{{QStringLiteral("digest"), descriptor.digest.toString()},
                                       {QStringLiteral("mediaType"), descriptor.mediaType},
                                       {QStringLiteral("size"), descriptor.size}});
    return QJsonObject{
        {QStringLiteral("source"), source},
        {QStringLiteral("destination"), destination},
        {QStringLiteral("sourceDigest"), sourceRoot.digest.toString()},
        {QStringLiteral("destinationDigest"), destinationRoot.digest.toString()},
        {QStringLiteral("mediaType"), destinationRoot.mediaType},
        {QStringLiteral("digestChanged"), digestChanged},
        {QStringLiteral("platforms"), QJsonArray::fromStringList(copiedPlatforms)},
        {QStringLiteral("droppedPlatforms"), QJsonArray::fromStringList(droppedPlatforms)},
        {QStringLiteral("attestations"), copiedAttestations},
        {QStringLiteral("droppedAttestations"), droppedAttestations},
        {QStringLiteral("manifests"), manifestArray},
        {QStringLiteral("nestedIndexes"), nestedArray},
        {QStringLiteral("blobs"), blobArray},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("skipped"), skipped},
                                                {QStringLiteral("mounted"), mounted},
                                                {QStringLiteral("uploaded"), uploaded},
                                                {QStringLiteral("bytesUploaded"), bytesUploaded()}}},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("destinationPlainHttp"), destinationPlainHttp},
    };
}

ImageCopier::ImageCopier(std::shared_ptr<Oci::ContentSource> source, QString sourceReference,
                         std::shared_ptr<CopyDestination> destination, QString destinationTag, CopyOptions options)
    : m_source(std::move(source))
    , m_sourceReference(std::move(sourceReference))
    , m_destination(std::move(destination))
    , m_destinationTag(std::move(destinationTag))
    , m_options(std::move(options))
{}

QString ImageCopier::perArchTagFor(const Platform &platform, const QString &baseTag)
{
    const Platform normalized = platform.normalized();
    QString tag = normalized.architecture;
    if (!normalized.variant.isEmpty())
        tag += QLatin1Char('-') + normalized.variant;
    if (normalized.os != QLatin1String("linux") && !normalized.os.isEmpty())
        tag = normalized.os + QLatin1Char('-') + tag;
    if (!baseTag.isEmpty() && baseTag != QLatin1String("latest"))
        tag = baseTag + QLatin1Char('-') + tag;
    return tag;
}

namespace {

template<typename T>
Result<T> waitFor(QFuture<Result<T>> future)
{
    future.waitForFinished();
    return future.result();
}

// Step 1 of a copy: which manifests go, read and verified before anything is written. An index
// may list indexes; each level is filtered by platform and rewritten when an entry below it was
// dropped, so the written tree is complete and self-consistent.
class CopyPlanner
{
public:
    CopyPlanner(Oci::ContentSource &source, const CopyOptions &options, const Oci::CancelToken &cancel)
        : m_source(source), m_options(options), m_cancel(cancel), m_where(source.describe())
    {}

    struct Node
    {
        Oci::Descriptor descriptor; // of the bytes written (platform from the parent's entry)
        QByteArray bytes;
        bool rewritten = false;
        int platforms = 0;          // image manifests selected at or below this node
    };

    QList<ChildManifest> images;     // image manifests (and attestations), once per digest
    QList<Node> nestedIndexes;       // below the root, children before parents
    QStringList copiedPlatforms, droppedPlatforms, availablePlatforms;
    int copiedAttestations = 0, droppedAttestations = 0;

    Result<Node> selectIndex(const Oci::Descriptor &descriptor, const QByteArray &bytes, int depth)
    {
        if (m_cancel.isCancelled())
            return cancelled();
        if (depth > m_options.maxIndexDepth)
            return Error(QStringLiteral("registry.copy.too-deep"),
                         Tr::tr("the index nests indexes deeper than %1 levels (at %2)")
                             .arg(m_options.maxIndexDepth)
                             .arg(descriptor.digest.toString()),
                         m_where, Tr::tr("Copy the inner index by its digest instead."));
        Result<Oci::ImageIndex> index = Oci::ImageIndex::parse(bytes, descriptor.mediaType, m_where);
        if (!index)
            return index.error();
        const QList<Oci::Descriptor> entries = index->manifests();

        // Decide the image entries by platform; nested indexes decide below.
        QSet<QString> selected;
        QList<int> wantedEntries;
        for (int i = 0; i < entries.size(); ++i) {
            const Oci::Descriptor &entry = entries.at(i);
            if (entry.isAttestation())
                continue;
            if (Oci::MediaTypes::isIndex(entry.mediaType)) {
                wantedEntries.append(i);
                continue;
            }
            const Platform platform = entry.platform.value_or(Platform()).normalized();
            availablePlatforms.append(platform.toString());
            if (isWanted(platform)) {
                selected.insert(entry.digest.toString());
                wantedEntries.append(i);
                copiedPlatforms.append(platform.toString());
            } else {
                droppedPlatforms.append(platform.toString());
            }
        }
        for (int i = 0; i < entries.size(); ++i) {
            const Oci::Descriptor &entry = entries.at(i);
            if (!entry.isAttestation())
                continue;
            // Attestations go with the image they describe, or are dropped; never dangling.
            if (m_options.includeAttestations && selected.contains(entry.attestationSubject())) {
                wantedEntries.append(i);
                ++copiedAttestations;
            } else {
                ++droppedAttestations;
            }
        }
        std::sort(wantedEntries.begin(), wantedEntries.end());

        // Fetch every wanted child at once (the source runs them in parallel), verified.
        QList<QFuture<Result<QByteArray>>> fetches;
        for (int i : wantedEntries)
            fetches.append(m_source.fetchManifest(entries.at(i)));
        // On an early return the other fetches still run against the source: wait for them, so
        // that none outlives the source (or this copy).
        const auto settle = qScopeGuard([&fetches] {
            for (QFuture<Result<QByteArray>> &fetch : fetches)
                fetch.waitForFinished();
        });
        QList<Oci::Descriptor> kept;
        Node node;
        for (int k = 0; k < wantedEntries.size(); ++k) {
            Oci::Descriptor entry = entries.at(wantedEntries.at(k));
            Result<QByteArray> child = waitFor(fetches.at(k));
            if (!child)
                return child.error();
            if (m_cancel.isCancelled())
                return cancelled();
            if (Oci::MediaTypes::isIndex(entry.mediaType)) {
                Result<Node> nested = selectIndex(entry, *child, depth + 1);
                if (!nested)
                    return nested.error();
                if (nested->platforms == 0) {
                    node.rewritten = true; // nothing wanted below: the entry goes
                    continue;
                }
                if (nested->rewritten) {
                    entry.digest = nested->descriptor.digest;
                    entry.size = nested->descriptor.size;
                    node.rewritten = true;
                }
                node.platforms += nested->platforms;
                if (!m_nestedSeen.contains(entry.digest.toString())) {
                    m_nestedSeen.insert(entry.digest.toString());
                    Node written = *nested;
                    written.descriptor.platform = entry.platform;
                    nestedIndexes.append(written);
                }
                kept.append(entry);
                continue;
            }
            Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(*child, entry.mediaType,
                                                                            entry.digest.toString());
            if (!manifest)
                return manifest.error();
            if (!entry.isAttestation())
                ++node.platforms;
            if (!m_imagesSeen.contains(entry.digest.toString())) {
                m_imagesSeen.insert(entry.digest.toString());
                images.append(ChildManifest{entry, *child, *manifest});
            }
            kept.append(entry);
        }
        if (kept.size() != entries.size())
            node.rewritten = true;
        if (node.rewritten) {
            const Oci::ImageIndex rewritten = Oci::ImageIndex::create(kept, index->annotations(), index->mediaType());
            node.descriptor = rewritten.descriptor();
            node.bytes = rewritten.rawBytes();
        } else {
            node.descriptor = descriptor;
            node.bytes = bytes;
        }
        node.descriptor.platform = descriptor.platform;
        return node;
    }

    // A single image manifest as the root: its platform comes from its config.
    Status selectManifest(const Oci::Descriptor &descriptor, const QByteArray &bytes)
    {
        Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(bytes, descriptor.mediaType, m_where);
        if (!manifest)
            return manifest.error();
        Oci::Descriptor entry = descriptor;
        {
            Result<QByteArray> configBytes = waitFor(m_source.fetchBlob(manifest->config()));
            if (!configBytes)
                return configBytes.error();
            Result<Oci::ImageConfig> config = Oci::ImageConfig::parse(*configBytes, m_where);
            if (!config)
                return config.error();
            entry.platform = config->platform();
            const Platform platform = config->platform().normalized();
            availablePlatforms.append(platform.toString());
            if (!isWanted(platform)) {
                droppedPlatforms.append(platform.toString());
                return {};
            }
            copiedPlatforms.append(platform.toString());
        }
        images.append(ChildManifest{entry, bytes, *manifest});
        return {};
    }

    // After selection: refuse when nothing (or, when asked, not everything) was found.
    Status checkPlatforms() const
    {
        QStringList missing;
        for (const Platform &want : m_options.platforms) {
            if (!availablePlatforms.contains(want.normalized().toString()))
                missing.append(want.toDisplayString());
        }
        QStringList available;
        for (const QString &platform : availablePlatforms) {
            const Result<Platform> parsed = Platform::parse(platform);
            available.append(parsed ? parsed->toDisplayString() : platform);
        }
        available.removeDuplicates();
        if (m_options.requireAllPlatforms && !missing.isEmpty())
            return Error(QStringLiteral("registry.copy.platform-missing"),
                         Tr::tr("the source image has no %1; it has only %2")
                             .arg(missing.join(QStringLiteral(", ")), available.join(QStringLiteral(", "))),
                         m_where,
                         Tr::tr("Copy from a source that has every platform you need (for example the upstream "
                            "multi-arch tag), or ask only for the platforms listed."));
        if (copiedPlatforms.isEmpty() && images.isEmpty())
            return Error(QStringLiteral("registry.copy.no-platform"),
                         Tr::tr("the image has none of the requested platforms"), m_where,
                         Tr::tr("It has: %1.").arg(available.join(QStringLiteral(", "))));
        return {};
    }

private:
    bool isWanted(const Platform &platform) const
    {
        if (m_options.platforms.isEmpty())
            return true;
        for (const Platform &want : m_options.platforms) {
            if (want.normalized() == platform)
                return true;
        }
        return false;
    }

    Oci::ContentSource &m_source;
    const CopyOptions &m_options;
    const Oci::CancelToken &m_cancel;
    QString m_where;
    QSet<QString> m_imagesSeen, m_nestedSeen;
};

} // namespace

Result<CopyResult> ImageCopier::run(const CopyProgress &progress, const Oci::CancelToken &cancel)
{
    CopyResult result;
    result.source = m_source->describe();
    result.destination = m_destination->describe();
    auto report = [&](qint64 done, qint64 total, const QString &stage) {
        if (progress)
            progress(done, total, stage);
    };

    // 1. Manifests: read and verify everything before any write.
    report(0, -1, Tr::tr("resolving %1").arg(m_sourceReference));
    Result<Oci::Descriptor> root = waitFor(m_source->resolve(m_sourceReference));
    if (!root)
        return root.error();
    result.sourceRoot = *root;
    Result<QByteArray> rootBytes = waitFor(m_source->fetchManifest(*root));
    if (!rootBytes)
        return rootBytes.error();
    if (cancel.isCancelled())
        return cancelled();

    CopyPlanner planner(*m_source, m_options, cancel);
    Oci::Descriptor destinationRoot = *root;
    QByteArray destinationRootBytes = *rootBytes;
    const bool rootIsIndex = Oci::MediaTypes::isIndex(root->mediaType);
    report(0, -1, Tr::tr("reading manifests"));
    if (rootIsIndex) {
        Result<CopyPlanner::Node> node = planner.selectIndex(*root, *rootBytes, 1);
        if (!node)
            return node.error();
        destinationRoot = node->descriptor;
        destinationRootBytes = node->bytes;
        result.digestChanged = node->rewritten;
    } else if (Oci::MediaTypes::isImageManifest(root->mediaType)) {
        if (Status selected = planner.selectManifest(*root, *rootBytes); !selected)
            return selected.error();
    } else {
        return Error(QStringLiteral("registry.copy.media-type"),
                     Tr::tr("%1 is a %2, not an image or index").arg(m_sourceReference, root->mediaType), result.source);
    }
    if (Status checked = planner.checkPlatforms(); !checked)
        return checked.error();
    result.copiedPlatforms = planner.copiedPlatforms;
    result.droppedPlatforms = planner.droppedPlatforms;
    result.copiedAttestations = planner.copiedAttestations;
    result.droppedAttestations = planner.droppedAttestations;
    result.destinationRoot = destinationRoot;
    const QList<ChildManifest> &children = planner.images;

    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, m_options.parallelTransfers));

    // 2. Blobs: configs and layers, once per digest. Foreign layers (urls) are never pushed.
    QList<Oci::Descriptor> blobs;
    QSet<QString> seen;
    for (const ChildManifest &child : children) {
        QList<Oci::Descriptor> all{child.manifest.config()};
        all += child.manifest.layers();
        for (const Oci::Descriptor &blob : all) {
            if (!blob.urls.isEmpty() || Oci::MediaTypes::isNondistributable(blob.mediaType))
                continue;
            if (seen.contains(blob.digest.toString()))
                continue;
            seen.insert(blob.digest.toString());
            blobs.append(blob);
        }
    }
    BlobProgressTracker tracker(m_blobProgress);
    {
        QList<BlobProgress> initial;
        for (const Oci::Descriptor &blob : blobs) {
            BlobProgress entry;
            entry.digest = blob.digest.toString();
            entry.mediaType = blob.mediaType;
            entry.size = blob.size;
            initial.append(entry);
        }
        tracker.reset(initial);
    }
    // Marks the blob failed (with the reason, cancelled included) and passes the status on.
    auto failed = [&](int i, const Status &status) -> Status {
        if (!status)
            tracker.setState(i, BlobState::Failed, -1, status.error().message);
        return status;
    };

    QList<BlobTransfer> transfers(blobs.size(), BlobTransfer::Uploaded);
    auto *registrySource = dynamic_cast<RegistryContentSource *>(m_source.get());
    const bool sameRegistry = registrySource && !m_destination->registryDomain().isEmpty()
        && registrySource->reference().domain == m_destination->registryDomain();
    const QString fromRepository = registrySource ? registrySource->reference().path : QString();

    std::unique_ptr<QTemporaryDir> temporary;
    QString staging = m_options.workDirectory;
    if (staging.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/manifold-copy-XXXXXX"));
        if (!temporary->isValid())
            return Error(QStringLiteral("registry.copy.staging"), Tr::tr("cannot create a staging directory"),
                         QDir::tempPath(), temporary->errorString());
        staging = temporary->path();
    }
    QDir().mkpath(staging);
    auto stagedPath = [&](const Oci::Descriptor &blob) -> QString {
        return staging + QLatin1Char('/') + blob.digest.algorithmName() + QLatin1Char('-') + blob.digest.encoded();
    };

    // Blobs found at the destination leave the total as they are found.
    const int passes = sameRegistry ? 1 : 2;
    std::atomic<qint64> total{0};
    for (const Oci::Descriptor &blob : blobs)
        total += blob.size * passes;
    std::atomic<qint64> done{0};
    // Progress of one transfer of blob i; `last` holds the bytes of it already counted.
    auto transferProgress = [&](int i, qint64 &last, const QString &label) -> Oci::ProgressCallback {
        return [&, i, label](qint64 bytes, qint64) {
            done += bytes - last;
            last = bytes;
            tracker.setBytes(i, bytes);
            report(done, total, label);
        };
    };
    auto fetch = [&](int i) -> Status {
        const Oci::Descriptor &blob = blobs.at(i);
        tracker.setState(i, BlobState::Downloading, 0);
        qint64 last = 0;
        auto download = [&] {
            return waitFor(m_source->fetchBlobToFile(blob, stagedPath(blob),
                                                     transferProgress(i, last, Tr::tr("downloading")), cancel));
        };
        Result<QString> fetched = download();
        // Bytes that do not match the digest may be damage in transit: one more try, then the
        // mismatch is the answer (a source that keeps serving other bytes is refused).
        if (!fetched && fetched.error().code.startsWith(QLatin1String("oci.content.")) && !cancel.isCancelled()) {
            done -= last;
            last = 0;
            fetched = download();
        }
        if (!fetched)
            return failed(i, fetched.error());
        done += blob.size - last;
        tracker.setBytes(i, blob.size);
        return {};
    };
    // Each worker takes a blob through its download (verified against the digest) and its
    // upload into a session the destination keeps invisible; the blobs are committed only once
    // every one of them arrived intact. Downloads and uploads of different blobs so overlap, and
    // a bad source blob still leaves nothing at the destination. Within one registry, blobs are
    // mounted instead (their bytes never leave it).
    QList<QUrl> stagedAt(blobs.size());
    QList<bool> staged(blobs.size(), false);
    auto stage = [&](int i) -> Status {
        const Oci::Descriptor &blob = blobs.at(i);
        tracker.setState(i, BlobState::Uploading, 0);
        qint64 last = 0;
        Result<QUrl> session =
            m_destination->stageBlobFromFile(blob, stagedPath(blob), transferProgress(i, last, Tr::tr("uploading")), cancel);
        if (!session)
            return failed(i, session.error());
        if (!session->isEmpty()) // the bytes went up now; otherwise they go at commit
            done += blob.size - last;
        stagedAt[i] = *session;
        staged[i] = true;
        return {};
    };
    auto commit = [&](int i) -> Status {
        const Oci::Descriptor &blob = blobs.at(i);
        qint64 last = 0;
        if (Status put = m_destination->commitBlob(blob, stagedPath(blob), stagedAt.at(i),
                                                   transferProgress(i, last, Tr::tr("uploading")), cancel);
            !put)
            return failed(i, put);
        if (stagedAt.at(i).isEmpty())
            done += blob.size - last;
        staged[i] = false;
        QFile::remove(stagedPath(blob));
        tracker.setState(i, BlobState::Done, blob.size);
        return {};
    };
    // Each worker first asks the destination for its blob, so those checks overlap the
    // transfers instead of all of them coming first.
    const QList<int> bySize = largestFirst(blobs);
    report(0, total, Tr::tr("checking %1 blobs at the destination").arg(blobs.size()));
    Status transferred = parallelFor(&pool, bySize, [&](int i) -> Status {
        if (cancel.isCancelled())
            return cancelled();
        const Oci::Descriptor &blob = blobs.at(i);
        Result<bool> exists = m_destination->hasBlob(blob, cancel);
        if (!exists)
            return failed(i, exists.error());
        if (*exists) {
            transfers[i] = BlobTransfer::Skipped;
            total -= blob.size * passes;
            tracker.setState(i, BlobState::Skipped, blob.size);
            return {};
        }
        if (sameRegistry) {
            Result<bool> mounted = m_destination->mountBlob(blob, fromRepository, cancel);
            if (mounted && *mounted) {
                transfers[i] = BlobTransfer::Mounted;
                done += blob.size;
                tracker.setState(i, BlobState::Mounted, blob.size);
                report(done, total, Tr::tr("mounting"));
                return {};
            }
            if (cancel.isCancelled())
                return cancelled();
        }
        if (Status fetched = fetch(i); !fetched)
            return fetched;
        return stage(i);
    });
    auto discardStaged = [&] {
        for (int i = 0; i < blobs.size(); ++i) {
            if (staged.at(i))
                m_destination->abandonBlob(stagedAt.at(i));
            QFile::remove(stagedPath(blobs.at(i)));
        }
    };
    if (!transferred) {
        discardStaged();
        return transferred.error();
    }
    Status blobsCommitted = parallelFor(&pool, bySize, [&](int i) -> Status {
        if (!staged.at(i))
            return {};
        if (cancel.isCancelled())
            return cancelled();
        return commit(i);
    });
    if (!blobsCommitted) {
        discardStaged();
        return blobsCommitted.error();
    }
    for (int i = 0; i < blobs.size(); ++i)
        result.blobs.append(CopiedBlob{blobs.at(i).digest.toString(), blobs.at(i).size, transfers.at(i)});

    // 3. Manifests: children, then nested indexes, per-arch tags, and the root.
    // A manifest root that is also written under its tag needs no separate write by digest.
    const bool rootIsChild = !rootIsIndex && m_options.pushRoot;
    const bool layout = dynamic_cast<LayoutDestination *>(m_destination.get()) != nullptr;
    auto putByDigest = [&](const Oci::Descriptor &descriptor, const QByteArray &bytes) -> Status {
        if (cancel.isCancelled())
            return cancelled();
        Result<bool> exists = m_destination->hasManifest(descriptor, cancel);
        if (!exists)
            return exists.error();
        if (*exists && !layout)
            return {};
        return m_destination->putManifest(descriptor, bytes, {}, cancel);
    };
    report(done, total, Tr::tr("writing manifests"));
    Status manifestsWritten = parallelFor(&pool, int(children.size()), [&](int i) -> Status {
        if (rootIsChild)
            return {};
        return putByDigest(children.at(i).descriptor, children.at(i).bytes);
    });
    if (!manifestsWritten)
        return manifestsWritten.error();
    for (const ChildManifest &child : children)
        result.manifests.append(child.descriptor);
    // Nested indexes in order: each one's children (images and inner indexes) are already there.
    for (const CopyPlanner::Node &nested : planner.nestedIndexes) {
        if (Status put = putByDigest(nested.descriptor, nested.bytes); !put)
            return put.error();
        result.nestedIndexes.append(nested.descriptor);
    }

    if (m_options.perArchTags) {
        QSet<QString> written;
        for (const ChildManifest &child : children) {
            if (child.descriptor.isAttestation() || !child.descriptor.platform)
                continue;
            const QString tag = m_options.perArchTagName ? m_options.perArchTagName(*child.descriptor.platform)
                                                         : perArchTagFor(*child.descriptor.platform, m_destinationTag);
            if (tag.isEmpty() || written.contains(tag) || (tag == m_destinationTag && m_options.pushRoot))
                continue; // two entries for one platform (nested indexes): the first wins, as for runtimes
            written.insert(tag);
            if (Status tagged = m_destination->putManifest(child.descriptor, child.bytes, tag, cancel); !tagged)
                return tagged.error();
            result.tags.append(tag);
            result.perArchTags.insert(child.descriptor.digest.toString(), tag);
        }
    }
    if (cancel.isCancelled())
        return cancelled();
    if (m_options.pushRoot) {
        if (Status put = m_destination->putManifest(destinationRoot, destinationRootBytes, m_destinationTag, cancel); !put)
            return put.error();
        if (!m_destinationTag.isEmpty())
            result.tags.prepend(m_destinationTag);
    }
    if (Status committed = m_destination->commit(); !committed)
        return committed.error();
    result.destinationPlainHttp = m_destination->isPlainHttp();
    report(total, total, Tr::tr("done"));
    return result;
}

CopyJob::CopyJob(std::unique_ptr<ImageCopier> copier, QObject *parent)
    : QObject(parent)
    , m_copier(std::move(copier))
{
    qRegisterMetaType<Manifold::Registry::BlobProgress>();
    qRegisterMetaType<Manifold::Registry::CopyTotals>();
    m_copier->setBlobProgress([this](const BlobProgress &blob, const CopyTotals &totals) {
        emit blobProgress(blob, totals);
    });
}

CopyJob::~CopyJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void CopyJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        Result<CopyResult> outcome = m_copier->run(
            [this](qint64 done, qint64 total, const QString &stage) { emit progress(done, total, stage); }, m_cancel);
        QMetaObject::invokeMethod(this, [this, outcome] {
            m_result = outcome;
            emit finished();
        }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void CopyJob::cancel()
{
    m_cancel.cancel();
}

bool CopyJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace Manifold::Registry
