#include "core/registry/imagecopier.h"

#include "core/oci/index.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "core/platform/platformmatcher.h"
#include "core/registry/registrycontentsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>

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

// Runs `work(i)` for i in [0, count) on `pool`; returns the first error.
Status parallelFor(QThreadPool *pool, int count, const std::function<Status(int)> &work)
{
    QList<int> indexes;
    for (int i = 0; i < count; ++i)
        indexes.append(i);
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
    Result<Oci::Descriptor> root = m_source->resolve(m_sourceReference).result();
    if (!root)
        return root.error();
    result.sourceRoot = *root;
    Result<QByteArray> rootBytes = m_source->fetchManifest(*root).result();
    if (!rootBytes)
        return rootBytes.error();
    if (cancel.isCancelled())
        return cancelled();

    QList<Oci::Descriptor> childDescriptors;
    Oci::Descriptor destinationRoot = *root;
    QByteArray destinationRootBytes = *rootBytes;
    if (Oci::MediaTypes::isIndex(root->mediaType)) {
        Result<Oci::ImageIndex> index = Oci::ImageIndex::parse(*rootBytes, root->mediaType, result.source);
        if (!index)
            return index.error();
        QSet<QString> selected;
        QList<Oci::Descriptor> kept;
        QStringList available;
        for (const Oci::Descriptor &entry : index->manifests()) {
            if (entry.isAttestation())
                continue;
            if (Oci::MediaTypes::isIndex(entry.mediaType))
                return Error(QStringLiteral("registry.copy.nested-index"),
                             Tr::tr("the index lists another index (%1); nested indexes are not copied yet")
                                 .arg(entry.digest.toString()),
                             result.source, Tr::tr("Copy the nested index by its digest."));
            const Platform platform = entry.platform.value_or(Platform()).normalized();
            available.append(platform.toString());
            bool wanted = m_options.platforms.isEmpty();
            for (const Platform &want : m_options.platforms) {
                if (want.normalized() == platform)
                    wanted = true;
            }
            if (wanted) {
                selected.insert(entry.digest.toString());
                result.copiedPlatforms.append(platform.toString());
            } else {
                result.droppedPlatforms.append(platform.toString());
            }
        }
        if (selected.isEmpty())
            return Error(QStringLiteral("registry.copy.no-platform"),
                         Tr::tr("the image has none of the requested platforms"), result.source,
                         Tr::tr("It has: %1.").arg(available.join(QStringLiteral(", "))));
        for (const Oci::Descriptor &entry : index->manifests()) {
            if (entry.isAttestation()) {
                // Attestations go with the image they describe, or are dropped; never dangling.
                if (m_options.includeAttestations && selected.contains(entry.attestationSubject())) {
                    kept.append(entry);
                    ++result.copiedAttestations;
                } else {
                    ++result.droppedAttestations;
                }
                continue;
            }
            if (selected.contains(entry.digest.toString()))
                kept.append(entry);
        }
        childDescriptors = kept;
        if (kept.size() != index->manifests().size()) {
            const Oci::ImageIndex rewritten = Oci::ImageIndex::create(kept, index->annotations(), index->mediaType());
            destinationRoot = rewritten.descriptor();
            destinationRootBytes = rewritten.rawBytes();
            result.digestChanged = true;
        }
    } else if (Oci::MediaTypes::isImageManifest(root->mediaType)) {
        childDescriptors.append(*root);
    } else {
        return Error(QStringLiteral("registry.copy.media-type"),
                     Tr::tr("%1 is a %2, not an image or index").arg(m_sourceReference, root->mediaType), result.source);
    }
    result.destinationRoot = destinationRoot;

    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, m_options.parallelTransfers));
    QList<ChildManifest> children(childDescriptors.size());
    report(0, -1, Tr::tr("reading %1 manifests").arg(childDescriptors.size()));
    Status read = parallelFor(&pool, int(childDescriptors.size()), [&](int i) -> Status {
        if (cancel.isCancelled())
            return cancelled();
        ChildManifest &child = children[i];
        child.descriptor = childDescriptors.at(i);
        if (Oci::MediaTypes::isIndex(root->mediaType) || true) {
            Result<QByteArray> bytes = child.descriptor.digest == root->digest
                ? Result<QByteArray>(*rootBytes)
                : m_source->fetchManifest(child.descriptor).result();
            if (!bytes)
                return bytes.error();
            child.bytes = *bytes;
        }
        Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(child.bytes, child.descriptor.mediaType,
                                                                        child.descriptor.digest.toString());
        if (!manifest)
            return manifest.error();
        child.manifest = *manifest;
        return {};
    });
    if (!read)
        return read.error();

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
    QList<BlobTransfer> transfers(blobs.size(), BlobTransfer::Uploaded);
    report(0, -1, Tr::tr("checking %1 blobs at the destination").arg(blobs.size()));
    Status checked = parallelFor(&pool, int(blobs.size()), [&](int i) -> Status {
        if (cancel.isCancelled())
            return cancelled();
        Result<bool> exists = m_destination->hasBlob(blobs.at(i));
        if (!exists)
            return exists.error();
        if (*exists)
            transfers[i] = BlobTransfer::Skipped;
        return {};
    });
    if (!checked)
        return checked.error();

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

    qint64 total = 0;
    for (int i = 0; i < blobs.size(); ++i) {
        if (transfers.at(i) != BlobTransfer::Skipped)
            total += blobs.at(i).size * (sameRegistry ? 1 : 2);
    }
    std::atomic<qint64> done{0};
    auto fetch = [&](const Oci::Descriptor &blob) -> Status {
        qint64 last = 0;
        Result<QString> fetched = m_source->fetchBlobToFile(
            blob, stagedPath(blob),
            [&](qint64 bytes, qint64) {
                done += bytes - last;
                last = bytes;
                report(done, total, Tr::tr("downloading"));
            },
            cancel).result();
        if (!fetched)
            return fetched.error();
        done += blob.size - last;
        return {};
    };
    // Download and verify everything that cannot be mounted before writing anything.
    Status downloaded = parallelFor(&pool, int(blobs.size()), [&](int i) -> Status {
        if (cancel.isCancelled())
            return cancelled();
        if (transfers.at(i) == BlobTransfer::Skipped || sameRegistry)
            return {};
        return fetch(blobs.at(i));
    });
    if (!downloaded)
        return downloaded.error();

    // 3. Writes: blobs, then child manifests, then per-arch tags, then the root under its tag.
    Status uploaded = parallelFor(&pool, int(blobs.size()), [&](int i) -> Status {
        if (cancel.isCancelled())
            return cancelled();
        const Oci::Descriptor &blob = blobs.at(i);
        if (transfers.at(i) == BlobTransfer::Skipped)
            return {};
        if (sameRegistry) {
            Result<bool> mounted = m_destination->mountBlob(blob, fromRepository);
            if (mounted && *mounted) {
                transfers[i] = BlobTransfer::Mounted;
                done += blob.size;
                report(done, total, Tr::tr("mounting"));
                return {};
            }
            if (Status fetched = fetch(blob); !fetched)
                return fetched;
        }
        qint64 last = 0;
        Status put = m_destination->putBlobFromFile(
            blob, stagedPath(blob),
            [&](qint64 bytes, qint64) {
                done += bytes - last;
                last = bytes;
                report(done, total, Tr::tr("uploading"));
            },
            cancel);
        QFile::remove(stagedPath(blob));
        if (!put)
            return put;
        done += blob.size - last;
        return {};
    });
    if (!uploaded)
        return uploaded.error();
    for (int i = 0; i < blobs.size(); ++i)
        result.blobs.append(CopiedBlob{blobs.at(i).digest.toString(), blobs.at(i).size, transfers.at(i)});

    const bool rootIsChild = !Oci::MediaTypes::isIndex(destinationRoot.mediaType);
    report(done, total, Tr::tr("writing manifests"));
    Status manifestsWritten = parallelFor(&pool, int(children.size()), [&](int i) -> Status {
        if (cancel.isCancelled())
            return cancelled();
        const ChildManifest &child = children.at(i);
        if (rootIsChild)
            return {};
        Result<bool> exists = m_destination->hasManifest(child.descriptor);
        if (!exists)
            return exists.error();
        if (*exists && !dynamic_cast<LayoutDestination *>(m_destination.get()))
            return {};
        return m_destination->putManifest(child.descriptor, child.bytes, {}, cancel);
    });
    if (!manifestsWritten)
        return manifestsWritten.error();
    for (const ChildManifest &child : children)
        result.manifests.append(child.descriptor);

    if (m_options.perArchTags && !rootIsChild) {
        for (const ChildManifest &child : children) {
            if (child.descriptor.isAttestation() || !child.descriptor.platform)
                continue;
            const QString tag = perArchTagFor(*child.descriptor.platform, m_destinationTag);
            if (Status tagged = m_destination->putManifest(child.descriptor, child.bytes, tag, cancel); !tagged)
                return tagged.error();
            result.tags.append(tag);
        }
    }
    if (cancel.isCancelled())
        return cancelled();
    if (Status put = m_destination->putManifest(destinationRoot, destinationRootBytes, m_destinationTag, cancel); !put)
        return put.error();
    if (!m_destinationTag.isEmpty())
        result.tags.prepend(m_destinationTag);
    if (Status committed = m_destination->commit(); !committed)
        return committed.error();
    result.destinationPlainHttp = m_destination->isPlainHttp();
    report(total, total, Tr::tr("done"));
    return result;
}

CopyJob::CopyJob(std::unique_ptr<ImageCopier> copier, QObject *parent)
    : QObject(parent)
    , m_copier(std::move(copier))
{}

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
