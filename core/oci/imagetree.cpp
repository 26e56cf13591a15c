#include "core/oci/imagetree.h"

#include "core/oci/documentjson.h"
#include "core/oci/mediatypes.h"
#include "core/oci/ocilayoutsource.h"

#include <QAtomicInteger>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QMutex>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>

namespace Manifold::Oci {

using Internal::Tr;

namespace {

QJsonObject errorJson(const Error &error)
{
    QJsonObject object;
    object.insert(QStringLiteral("code"), error.code);
    object.insert(QStringLiteral("message"), error.message);
    if (!error.location.isEmpty())
        object.insert(QStringLiteral("location"), error.location);
    if (!error.hint.isEmpty())
        object.insert(QStringLiteral("hint"), error.hint);
    return object;
}

QJsonArray errorsJson(const QList<Error> &errors)
{
    QJsonArray array;
    for (const Error &error : errors)
        array.append(errorJson(error));
    return array;
}

Error cancelledError(const QString &where)
{
    return Error(QStringLiteral("oci.cancelled"), Tr::tr("Cancelled"), where, {});
}

// The loader's own pool: its tasks block on source futures, so they must not starve the
// global pool that local sources complete those futures on.
QThreadPool *loaderPool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;
        created->setMaxThreadCount(4);
        return created;
    }();
    return pool;
}

bool platformWanted(const Platform &platform, const QList<Platform> &wanted)
{
    if (wanted.isEmpty())
        return true;
    const Platform normalized = platform.normalized();
    for (const Platform &candidate : wanted) {
        if (candidate.normalized() == normalized)
            return true;
    }
    return false;
}

class Progress
{
public:
    explicit Progress(const ProgressCallback &callback) : m_callback(callback) {}
    void addTotal(int count) { m_total += count; report(); }
    void step() { ++m_done; report(); }

private:
    void report() const
    {
        if (m_callback)
            m_callback(m_done.loadRelaxed(), m_total.loadRelaxed());
    }
    ProgressCallback m_callback;
    QAtomicInteger<qint64> m_done = 0;
    QAtomicInteger<qint64> m_total = 0;
};

struct PendingManifest
{
    Descriptor descriptor;
    QString indexPath;
    QFuture<Result<QByteArray>> bytes;
};

// Expands an index into image entries, following nested indexes (a few levels deep).
void collectEntries(ContentSource &source, const ImageIndex &index, const QString &prefix, int depth,
                    const ImageTreeOptions &options, QList<PendingManifest> &out, QList<Error> &errors, Progress &progress)
{
    QList<PendingManifest> pending;
    const QList<Descriptor> &entries = index.manifests();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Descriptor &entry = entries.at(i);
        const QString path = prefix + QStringLiteral("manifests[%1]").arg(i);
        const bool attestation = entry.isAttestation() || (entry.platform && entry.platform->isUnknown());
        if (!MediaTypes::isManifestOrIndex(entry.mediaType)) {
            // Artifacts and unknown types are listed, not fetched.
            continue;
        }
        if (MediaTypes::isImageManifest(entry.mediaType) && !attestation && entry.platform
            && !platformWanted(*entry.platform, options.platforms))
            continue;
        progress.addTotal(1);
        pending.append(PendingManifest{entry, path, source.fetchManifest(entry)});
    }
    for (PendingManifest &item : pending) {
        Result<QByteArray> bytes = item.bytes.result();
        if (MediaTypes::isIndex(item.descriptor.mediaType)) {
            progress.step();
            if (!bytes) {
                errors.append(bytes.error());
                continue;
            }
            Result<ImageIndex> nested = ImageIndex::parse(*bytes, item.descriptor.mediaType, item.indexPath);
            if (!nested) {
                errors.append(nested.error());
                continue;
            }
            if (depth >= 3) {
                errors.append(Error(QStringLiteral("oci.index.too-deep"), Tr::tr("Indexes are nested too deeply"),
                                    item.indexPath, Tr::tr("Flatten the index.")));
                continue;
            }
            collectEntries(source, *nested, item.indexPath + QLatin1Char('/'), depth + 1, options, out, errors, progress);
            continue;
        }
        out.append(item);
    }
}

} // namespace

QJsonObject LayerNode::toJson(bool includeEntries) const
{
    QJsonObject object = descriptor.toJson();
    if (scan)
        object.insert(QStringLiteral("scan"), scan->toJson(includeEntries));
    if (scanError)
        object.insert(QStringLiteral("scanError"), errorJson(*scanError));
    return object;
}

bool ImageNode::isAttestation() const
{
    return descriptor.isAttestation() || (descriptor.platform && descriptor.platform->isUnknown())
        || (manifest && manifest->isAttestation());
}

Platform ImageNode::declaredPlatform() const
{
    if (descriptor.platform)
        return *descriptor.platform;
    if (config)
        return config->platform();
    return {};
}

QJsonObject ImageNode::toJson(bool includeEntries) const
{
    QJsonObject object;
    object.insert(QStringLiteral("descriptor"), descriptor.toJson());
    object.insert(QStringLiteral("indexPath"), indexPath);
    object.insert(QStringLiteral("attestation"), isAttestation());
    if (isAttestation() && !descriptor.attestationSubject().isEmpty())
        object.insert(QStringLiteral("attestationFor"), descriptor.attestationSubject());
    const Platform platform = declaredPlatform();
    if (!platform.isEmpty())
        object.insert(QStringLiteral("platform"), platform.toString());
    if (manifest) {
        object.insert(QStringLiteral("mediaType"), manifest->mediaType());
        if (!manifest->artifactType().isEmpty())
            object.insert(QStringLiteral("artifactType"), manifest->artifactType());
        object.insert(QStringLiteral("layerSize"), manifest->totalLayerSize());
    }
    if (config)
        object.insert(QStringLiteral("config"), config->toJson());
    QJsonArray layerArray;
    for (const LayerNode &layer : layers)
        layerArray.append(layer.toJson(includeEntries));
    object.insert(QStringLiteral("layers"), layerArray);
    if (!errors.isEmpty())
        object.insert(QStringLiteral("errors"), errorsJson(errors));
    return object;
}

QList<const ImageNode *> ImageTree::platformImages() const
{
    QList<const ImageNode *> result;
    for (const ImageNode &image : images) {
        if (!image.isAttestation())
            result.append(&image);
    }
    return result;
}

QList<const ImageNode *> ImageTree::attestations() const
{
    QList<const ImageNode *> result;
    for (const ImageNode &image : images) {
        if (image.isAttestation())
            result.append(&image);
    }
    return result;
}

const ImageNode *ImageTree::find(const Digest &digest) const
{
    for (const ImageNode &image : images) {
        if (image.descriptor.digest == digest)
            return &image;
    }
    return nullptr;
}

QJsonObject ImageTree::toJson(bool includeEntries) const
{
    QJsonObject object;
    object.insert(QStringLiteral("source"), source);
    object.insert(QStringLiteral("reference"), reference);
    object.insert(QStringLiteral("root"), root.toJson());
    if (index) {
        QJsonObject indexObject;
        indexObject.insert(QStringLiteral("mediaType"), index->mediaType());
        indexObject.insert(QStringLiteral("entries"), index->manifests().size());
        indexObject.insert(QStringLiteral("annotations"), Internal::annotationsToJson(index->annotations()));
        object.insert(QStringLiteral("index"), indexObject);
    }
    QJsonArray platforms;
    for (const ImageNode *image : platformImages())
        platforms.append(image->declaredPlatform().toString());
    object.insert(QStringLiteral("platforms"), platforms);
    QJsonArray imageArray;
    for (const ImageNode &image : images)
        imageArray.append(image.toJson(includeEntries));
    object.insert(QStringLiteral("images"), imageArray);
    if (!errors.isEmpty())
        object.insert(QStringLiteral("errors"), errorsJson(errors));
    return object;
}

QFuture<Result<ImageTree>> ImageTreeLoader::load(std::shared_ptr<ContentSource> source, const QString &reference,
                                                 const ImageTreeOptions &options)
{
    return QtConcurrent::run(loaderPool(), [source, reference, options] { return loadNow(source, reference, options); });
}

Result<ImageTree> ImageTreeLoader::loadNow(const std::shared_ptr<ContentSource> &source, const QString &reference,
                                           const ImageTreeOptions &options)
{
    Progress progress(options.progress);
    ImageTree tree;
    tree.source = source->describe();
    tree.reference = reference;
    progress.addTotal(1);
    Result<Descriptor> root = source->resolve(reference).result();
    if (!root)
        return root.error();
    tree.root = *root;
    if (options.cancel.isCancelled())
        return cancelledError(tree.source);

    QList<PendingManifest> manifests;
    if (MediaTypes::isIndex(root->mediaType)) {
        Result<QByteArray> bytes = source->fetchManifest(*root).result();
        if (!bytes)
            return bytes.error();
        Result<ImageIndex> index = ImageIndex::parse(*bytes, root->mediaType, tree.source);
        if (!index)
            return index.error();
        tree.index = *index;
        progress.step();
        collectEntries(*source, *index, {}, 0, options, manifests, tree.errors, progress);
    } else if (MediaTypes::isImageManifest(root->mediaType)) {
        manifests.append(PendingManifest{*root, QString(), source->fetchManifest(*root)});
    } else {
        return Error(QStringLiteral("oci.tree.unsupported-root"),
                     Tr::tr("%1 points to %2, which is neither an image nor an index").arg(reference, root->mediaType),
                     tree.source, Tr::tr("Inspect an image reference; artifacts are listed by their subject's index."));
    }

    // Manifests (already requested together); each config goes out as soon as its manifest is
    // in, whichever arrives first.
    QList<QFuture<Result<QByteArray>>> configs(manifests.size());
    tree.images.resize(manifests.size());
    QList<qsizetype> waiting;
    for (qsizetype i = 0; i < manifests.size(); ++i)
        waiting.append(i);
    while (!waiting.isEmpty()) {
        QList<QFuture<Result<QByteArray>>> arriving;
        for (const qsizetype i : std::as_const(waiting))
            arriving.append(manifests.at(i).bytes);
        const qsizetype next = waiting.takeAt(QtFuture::whenAny(arriving.begin(), arriving.end()).result().index);
        PendingManifest &pending = manifests[next];
        ImageNode node;
        node.descriptor = pending.descriptor;
        node.indexPath = pending.indexPath;
        Result<QByteArray> bytes = pending.bytes.result();
        progress.step();
        if (!bytes) {
            node.errors.append(bytes.error());
        } else if (Result<ImageManifest> manifest = ImageManifest::parse(*bytes, pending.descriptor.mediaType,
                                                                         tree.source + QLatin1Char(' ') + pending.descriptor.digest.toString());
                   !manifest) {
            node.errors.append(manifest.error());
        } else {
            node.manifest = *manifest;
        }
        const bool wantConfig = node.manifest && MediaTypes::isConfig(node.manifest->config().mediaType);
        if (wantConfig)
            progress.addTotal(1);
        if (wantConfig)
            configs[next] = source->fetchBlob(node.manifest->config());
        tree.images[next] = node;
    }
    for (qsizetype i = 0; i < tree.images.size(); ++i) {
        ImageNode &node = tree.images[i];
        if (!configs.at(i).isValid())
            continue;
        Result<QByteArray> bytes = configs[i].result();
        progress.step();
        if (!bytes) {
            node.errors.append(bytes.error());
            continue;
        }
        Result<ImageConfig> config = ImageConfig::parse(*bytes, node.manifest->config().digest.toString());
        if (!config)
            node.errors.append(config.error());
        else
            node.config = *config;
        // A single manifest at the root has no index platform: filter on the config's.
    }
    if (!tree.index && !options.platforms.isEmpty() && !tree.images.isEmpty() && tree.images.first().config
        && !platformWanted(tree.images.first().config->platform(), options.platforms))
        tree.images.clear();
    if (options.cancel.isCancelled())
        return cancelledError(tree.source);

    for (ImageNode &node : tree.images) {
        if (!node.manifest)
            continue;
        for (const Descriptor &layer : node.manifest->layers())
            node.layers.append(LayerNode{layer, std::nullopt, std::nullopt});
    }
    if (!options.scanLayers)
        return tree;

    // Scan each distinct layer once, in parallel; layers shared by platforms are common.
    QHash<Digest, Descriptor> unique;
    for (const ImageNode &node : std::as_const(tree.images)) {
        if (node.isAttestation() && !options.scanAttestations)
            continue;
        for (const LayerNode &layer : node.layers) {
            if (MediaTypes::isLayer(layer.descriptor.mediaType))
                unique.insert(layer.descriptor.digest, layer.descriptor);
        }
    }
    progress.addTotal(int(unique.size()));
    std::unique_ptr<QTemporaryDir> temporary;
    QString workDirectory = options.workDirectory;
    if (workDirectory.isEmpty()) {
        temporary = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/manifold-layers-XXXXXX"));
        workDirectory = temporary->path();
    }
    const auto *layout = dynamic_cast<const OciLayoutSource *>(source.get());
    const auto *directory = layout ? dynamic_cast<const DirectoryStore *>(&layout->store()) : nullptr;
    const LayerScanner scanner(options.scanOptions);
    QMutex mutex;
    QHash<Digest, Result<LayerScan>> results;
    QList<QFuture<void>> scans;
    for (const Descriptor &layer : std::as_const(unique)) {
        scans.append(QtConcurrent::run(loaderPool(), [&, layer] {
            Result<LayerScan> scan = [&]() -> Result<LayerScan> {
                if (options.cancel.isCancelled())
                    return cancelledError(tree.source);
                if (directory) // scan the blob in place, verifying it on the way
                    return scanner.scanFile(directory->describe() + QLatin1Char('/') + layer.digest.blobPath(), layer);
                const QString path = workDirectory + QLatin1Char('/') + layer.digest.encoded();
                Result<QString> file = source->fetchBlobToFile(layer, path, {}, options.cancel).result();
                if (!file)
                    return file.error();
                Result<LayerScan> scanned = scanner.scanFile(*file);
                QFile::remove(*file);
                return scanned;
            }();
            QMutexLocker locker(&mutex);
            results.insert(layer.digest, scan);
            progress.step();
        }));
    }
    for (QFuture<void> &scan : scans)
        scan.waitForFinished();
    if (options.cancel.isCancelled())
        return cancelledError(tree.source);
    for (ImageNode &node : tree.images) {
        for (LayerNode &layer : node.layers) {
            const auto it = results.constFind(layer.descriptor.digest);
            if (it == results.constEnd())
                continue;
            if (it->ok())
                layer.scan = it->value();
            else
                layer.scanError = it->error();
        }
    }
    return tree;
}

} // namespace Manifold::Oci
