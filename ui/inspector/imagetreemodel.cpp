#include "ui/inspector/imagetreemodel.h"

#include "core/oci/digest.h"
#include "core/oci/filestore.h"
#include "core/oci/layerscanner.h"
#include "core/oci/ocilayoutsource.h"
#include "core/platform/hostprobe.h"

#include <QBrush>
#include <QColor>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QTemporaryDir>
#include <QtConcurrent>

namespace Manifold::Ui {

using Oci::Finding;

struct ImageTreeModel::ScanJob
{
    Oci::CancelToken cancel;
};

namespace {

struct LoadResult
{
    Result<Oci::ImageTree> tree = Error();
    std::optional<Oci::HostDescription> host;
};

Oci::HostDescription describeThisHost()
{
    const HostCapabilities capabilities = HostProbe::probe();
    Oci::HostDescription host;
    host.native.append(capabilities.host);
    for (const PlatformSupport &support : capabilities.platforms) {
        if (support.kind == PlatformSupport::Kind::Native && !(support.platform == capabilities.host))
            host.native.append(support.platform);
        else if (support.kind == PlatformSupport::Kind::Emulated)
            host.emulated.append(support.platform);
    }
    return host;
}

QString humanSize(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

bool sameSubject(const QString &subject, const Oci::ImageNode &node)
{
    if (subject.isEmpty())
        return false;
    if (subject == node.indexPath || subject == node.descriptor.digest.toString())
        return true;
    const Platform platform = node.declaredPlatform();
    if (platform.isEmpty() || node.isAttestation())
        return false;
    Result<Platform> parsed = Platform::parse(subject);
    return parsed && parsed->normalized() == platform.normalized();
}

// Reads a file in chunks, verifying size and digest on the way and reporting progress.
Result<Oci::LayerScan> scanVerifiedFile(const QString &path, const Oci::Descriptor &descriptor,
                                        const Oci::LayerScanOptions &options, const Oci::ProgressCallback &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("ui.inspector.layer-unreadable"),
                     QCoreApplication::translate("Manifold::Ui::ImageTreeModel", "Cannot read the layer blob: %1").arg(file.errorString()),
                     path, QCoreApplication::translate("Manifold::Ui::ImageTreeModel", "Check the file permissions of the image layout."));
    Oci::ContentVerifier verifier(descriptor.digest, descriptor.size, path);
    std::optional<Error> failure;
    const qint64 total = descriptor.size >= 0 ? descriptor.size : file.size();
    qint64 done = 0;
    qint64 reported = 0;
    const Oci::LayerScanner scanner(options);
    Result<Oci::LayerScan> scan = scanner.scan(
        [&](char *buffer, qint64 capacity) -> qint64 {
            if (options.cancel.isCancelled())
                return -1;
            const qint64 read = file.read(buffer, capacity);
            if (read > 0) {
                if (Status status = verifier.addData(buffer, read); !status) {
                    failure = status.error();
                    return -1;
                }
                done += read;
                if (progress && (done - reported > total / 100 || done == total)) {
                    reported = done;
                    progress(done, total);
                }
            }
            return read;
        },
        path);
    if (failure)
        return *failure;
    if (!scan)
        return scan.error();
    // The scanner may stop at the end of the tar stream: hash what is left so the digest covers it all.
    char rest[65536];
    for (qint64 read = file.read(rest, sizeof rest); read > 0; read = file.read(rest, sizeof rest)) {
        if (Status status = verifier.addData(rest, read); !status)
            return status.error();
    }
    if (Status status = verifier.finish(); !status)
        return status.error();
    if (progress)
        progress(total, total);
    return scan;
}

} // namespace

ImageTreeModel::ImageTreeModel(QObject *parent)
    : TreeItemModel(ColumnCount, parent)
{
    m_pool.setMaxThreadCount(2);
}

ImageTreeModel::~ImageTreeModel()
{
    cancel();
    m_pool.waitForDone();
}

void ImageTreeModel::load(std::shared_ptr<Oci::ContentSource> source, const QString &reference)
{
    cancel();
    if (m_loadWatcher) {
        m_loadWatcher->disconnect(this);
        m_loadWatcher->waitForFinished();
        m_loadWatcher->deleteLater();
        m_loadWatcher = nullptr;
    }
    clear();
    m_loadCancel = Oci::CancelToken();
    Oci::ImageTreeOptions options;
    options.cancel = m_loadCancel;
    QPointer<ImageTreeModel> self(this);
    options.progress = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(self, [self, done, total] {
            if (self)
                emit self->loadProgress(done, total);
        }, Qt::QueuedConnection);
    };
    const bool needHost = !m_host.has_value();
    auto watcher = new QFutureWatcher<LoadResult>(this);
    m_loadWatcher = watcher;
    connect(watcher, &QFutureWatcher<LoadResult>::finished, this, [this, watcher, source] {
        const LoadResult result = watcher->result();
        watcher->deleteLater();
        m_loadWatcher = nullptr;
        if (result.host && !m_host)
            m_host = result.host;
        emit loadingChanged(false);
        if (!result.tree) {
            emit loadFinished(false, result.tree.error().toString());
            return;
        }
        setTree(source, *result.tree);
        emit loadFinished(true, {});
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [source, reference, options, needHost] {
        LoadResult result;
        if (needHost)
            result.host = describeThisHost();
        result.tree = Oci::ImageTreeLoader::loadNow(source, reference, options);
        return result;
    }));
    emit loadingChanged(true);
}

void ImageTreeModel::setTree(std::shared_ptr<Oci::ContentSource> source, Oci::ImageTree tree)
{
    beginResetModel();
    for (const std::shared_ptr<ScanJob> &job : std::as_const(m_scans))
        job->cancel.cancel();
    m_scans.clear();
    m_binaryIndex.clear();
    m_source = std::move(source);
    m_tree = std::move(tree);
    m_hasTree = true;
    rebuild();
    verify();
    endResetModel();
    emit reportChanged();
}

void ImageTreeModel::clear()
{
    beginResetModel();
    for (const std::shared_ptr<ScanJob> &job : std::as_const(m_scans))
        job->cancel.cancel();
    m_scans.clear();
    m_binaryIndex.clear();
    m_tree = {};
    m_hasTree = false;
    m_report = {};
    m_root = std::make_unique<Node>();
    endResetModel();
    emit reportChanged();
}

void ImageTreeModel::cancel()
{
    m_loadCancel.cancel();
    for (const std::shared_ptr<ScanJob> &job : std::as_const(m_scans))
        job->cancel.cancel();
}

void ImageTreeModel::setHost(const Oci::HostDescription &host)
{
    m_host = host;
    if (!m_hasTree)
        return;
    verify();
    if (m_root->children.empty())
        return;
    emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
    const QModelIndex top = index(0, 0);
    if (const int rows = rowCount(top); rows > 0)
        emit dataChanged(index(0, 0, top), index(rows - 1, ColumnCount - 1, top));
    emit reportChanged();
}

void ImageTreeModel::rebuild()
{
    m_root = std::make_unique<Node>();
    auto addImage = [](Node *imageNode, const Oci::ImageNode &image) {
        if (image.config || (image.manifest && !image.manifest->config().digest.isEmpty()))
            imageNode->add(Kind::Config);
        for (int i = 0; i < image.layers.size(); ++i) {
            Node *layer = imageNode->add(Kind::Layer);
            layer->layer = i;
        }
    };
    if (m_tree.index) {
        Node *indexNode = m_root->add(Kind::Index);
        for (int i = 0; i < m_tree.images.size(); ++i) {
            Node *imageNode = indexNode->add(Kind::Image);
            imageNode->image = i;
            addImage(imageNode, m_tree.images.at(i));
        }
    } else if (!m_tree.images.isEmpty()) {
        Node *imageNode = m_root->add(Kind::Image);
        imageNode->image = 0;
        addImage(imageNode, m_tree.images.first());
    }
}

void ImageTreeModel::verify()
{
    Oci::VerifyOptions options;
    options.host = m_host;
    m_report = Oci::ImageVerifier::verify(m_tree, options);
}

bool ImageTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    if (!node->children.empty())
        return true;
    if (node->kind != Kind::Layer || node->filesLoaded)
        return false;
    const Oci::LayerNode *layer = layerNode(parent);
    return layer && !layer->scanError && !m_tree.images.at(node->image).isAttestation();
}

bool ImageTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    if (node->kind != Kind::Layer || node->filesLoaded || !m_source)
        return false;
    const Oci::LayerNode *layer = layerNode(parent);
    return layer && !layer->scanError && !m_scans.contains(layer->descriptor.digest.toString())
        && !m_tree.images.at(node->image).isAttestation();
}

void ImageTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    startScan(nodeFor(parent));
}

void ImageTreeModel::startScan(Node *layerNodeToScan)
{
    const Oci::LayerNode &layer = m_tree.images.at(layerNodeToScan->image).layers.at(layerNodeToScan->layer);
    if (layer.scan) { // already scanned (a shared layer, or a tree loaded with scans)
        emit scanProgress(layer.descriptor.digest.toString(), layer.descriptor.size, layer.descriptor.size);
        finishScan(layer.descriptor.digest.toString(), *layer.scan);
        return;
    }
    const QString digest = layer.descriptor.digest.toString();
    auto job = std::make_shared<ScanJob>();
    m_scans.insert(digest, job);
    const Oci::Descriptor descriptor = layer.descriptor;
    std::shared_ptr<Oci::ContentSource> source = m_source;
    QPointer<ImageTreeModel> self(this);
    Oci::ProgressCallback progress = [self, digest](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(self, [self, digest, done, total] {
            if (self)
                emit self->scanProgress(digest, done, total);
        }, Qt::QueuedConnection);
    };
    const Oci::CancelToken cancel = job->cancel;
    auto watcher = new QFutureWatcher<Result<Oci::LayerScan>>(this);
    connect(watcher, &QFutureWatcher<Result<Oci::LayerScan>>::finished, this, [this, watcher, digest, job] {
        watcher->deleteLater();
        if (m_scans.value(digest) != job)
            return; // the tree was replaced meanwhile
        m_scans.remove(digest);
        finishScan(digest, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [source, descriptor, progress, cancel]() -> Result<Oci::LayerScan> {
        Oci::LayerScanOptions options;
        options.cancel = cancel;
        const auto *layout = dynamic_cast<const Oci::OciLayoutSource *>(source.get());
        const auto *directory = layout ? dynamic_cast<const Oci::DirectoryStore *>(&layout->store()) : nullptr;
        // Progress always ends at 100 %, also when the source reported none (a fast or local read).
        auto complete = [&](Result<Oci::LayerScan> scan) {
            if (scan && progress)
                progress(descriptor.size, descriptor.size);
            return scan;
        };
        if (directory) // read the blob in place
            return complete(scanVerifiedFile(directory->describe() + QLatin1Char('/') + descriptor.digest.blobPath(),
                                             descriptor, options, progress));
        QTemporaryDir work(QDir::tempPath() + QStringLiteral("/manifold-inspect-XXXXXX"));
        if (!work.isValid())
            return Error(QStringLiteral("ui.inspector.temp"),
                         QCoreApplication::translate("Manifold::Ui::ImageTreeModel", "Cannot create a temporary folder for the layer"),
                         QDir::tempPath(), QCoreApplication::translate("Manifold::Ui::ImageTreeModel", "Free some disk space or set TMPDIR."));
        Result<QString> file = source->fetchBlobToFile(descriptor, work.filePath(descriptor.digest.encoded()), progress, cancel).result();
        if (!file)
            return file.error();
        return complete(Oci::LayerScanner(options).scanFile(*file));
    }));
    const QModelIndex changed = indexFor(layerNodeToScan, StatusColumn);
    emit dataChanged(changed, changed);
}

void ImageTreeModel::finishScan(const QString &digest, const Result<Oci::LayerScan> &scan)
{
    // Every layer node with this digest shares the scan (layers are shared between images).
    for (Oci::ImageNode &image : m_tree.images) {
        for (Oci::LayerNode &layer : image.layers) {
            if (layer.descriptor.digest.toString() != digest)
                continue;
            if (scan) {
                layer.scan = *scan;
                layer.scanError.reset();
            } else {
                layer.scanError = scan.error();
            }
        }
    }
    if (scan) {
        QHash<QString, int> &binaries = m_binaryIndex[digest];
        binaries.clear();
        for (int i = 0; i < scan->binaries.size(); ++i)
            binaries.insert(scan->binaries.at(i).path, i);
    }
    std::function<void(Node *)> visit = [&](Node *node) {
        if (node->kind == Kind::Layer && !node->filesLoaded
            && m_tree.images.at(node->image).layers.at(node->layer).descriptor.digest.toString() == digest) {
            node->filesLoaded = true;
            const QModelIndex parentIndex = indexFor(node);
            if (scan && !scan->entries.isEmpty()) {
                beginInsertRows(parentIndex, 0, int(scan->entries.size()) - 1);
                for (int i = 0; i < scan->entries.size(); ++i) {
                    Node *file = node->add(Kind::File);
                    file->file = i;
                }
                endInsertRows();
            }
            emit dataChanged(indexFor(node, 0), indexFor(node, ColumnCount - 1));
        }
        for (const std::unique_ptr<Node> &child : node->children)
            visit(child.get());
    };
    visit(m_root.get());
    verify();
    if (!m_root->children.empty()) {
        const QModelIndex top = index(0, 0);
        emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
        if (const int rows = rowCount(top); rows > 0)
            emit dataChanged(index(0, 0, top), index(rows - 1, ColumnCount - 1, top));
    }
    emit reportChanged();
    emit scanFinished(digest, scan.ok(), scan ? QString() : scan.error().toString());
}

ImageTreeModel::Kind ImageTreeModel::kind(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->kind : Kind::Placeholder;
}

const Oci::ImageNode *ImageTreeModel::imageNode(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!index.isValid() || node->image < 0 || node->image >= m_tree.images.size())
        return nullptr;
    return &m_tree.images.at(node->image);
}

const Oci::LayerNode *ImageTreeModel::layerNode(const QModelIndex &index) const
{
    const Oci::ImageNode *image = imageNode(index);
    const Node *node = nodeFor(index);
    if (!image || node->layer < 0 || node->layer >= image->layers.size())
        return nullptr;
    return &image->layers.at(node->layer);
}

QByteArray ImageTreeModel::rawBytes(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    switch (node->kind) {
    case Kind::Index:
        return m_tree.index ? m_tree.index->rawBytes() : QByteArray();
    case Kind::Image:
        if (const Oci::ImageNode *image = imageNode(index); image && image->manifest)
            return image->manifest->rawBytes();
        return {};
    case Kind::Config:
        if (const Oci::ImageNode *image = imageNode(index); image && image->config)
            return image->config->rawBytes();
        return {};
    default:
        return {};
    }
}

QList<Finding> ImageTreeModel::findingsFor(const QModelIndex &index) const
{
    QList<Finding> result;
    const Node *node = nodeFor(index);
    if (!index.isValid())
        return result;
    if (node->kind == Kind::Index) {
        // Findings about the whole tag: those that no image claims.
        for (const Finding &finding : m_report.findings) {
            bool claimed = false;
            for (const Oci::ImageNode &image : m_tree.images)
                claimed = claimed || sameSubject(finding.subject, image);
            if (!claimed)
                result.append(finding);
        }
        return result;
    }
    const Oci::ImageNode *image = imageNode(index);
    if (!image)
        return result;
    for (const Finding &finding : m_report.findings) {
        if (!sameSubject(finding.subject, *image))
            continue;
        if (node->kind == Kind::Image || node->kind == Kind::Layer || node->kind == Kind::File)
            result.append(finding);
    }
    if (node->kind == Kind::File) {
        // Only findings whose evidence names this file.
        const Oci::LayerNode *layer = layerNode(index);
        const QString path = layer && layer->scan ? layer->scan->entries.value(node->file).path : QString();
        QList<Finding> fileFindings;
        for (const Finding &finding : std::as_const(result)) {
            for (const QString &line : finding.evidence) {
                if (!path.isEmpty() && line.contains(path)) {
                    fileFindings.append(finding);
                    break;
                }
            }
        }
        return fileFindings;
    }
    return result;
}

int ImageTreeModel::worstSeverity(const Node *node) const
{
    const QList<Finding> findings = findingsFor(indexFor(node));
    int worst = -1;
    for (const Finding &finding : findings) {
        if (finding.severity == Finding::Severity::Info && (node->kind == Kind::File))
            continue;
        const int severity = int(finding.severity);
        if (worst < 0 || severity < worst) // Error = 0 is the worst
            worst = severity;
    }
    return worst;
}

const Oci::LayerBinary *ImageTreeModel::binaryFor(const Node *file) const
{
    const Oci::LayerNode *layer = layerNode(indexFor(file));
    if (!layer || !layer->scan)
        return nullptr;
    const QString path = layer->scan->entries.value(file->file).path;
    const auto digestIt = m_binaryIndex.constFind(layer->descriptor.digest.toString());
    if (digestIt == m_binaryIndex.constEnd())
        return nullptr;
    const auto it = digestIt->constFind(path);
    if (it == digestIt->constEnd())
        return nullptr;
    return &layer->scan->binaries.at(it.value());
}

QString ImageTreeModel::statusText(const Node *node) const
{
    const QModelIndex nodeIndex = indexFor(node);
    QStringList parts;
    if (node->kind == Kind::Image) {
        const Oci::ImageNode &image = m_tree.images.at(node->image);
        if (image.isAttestation())
            parts.append(tr("attestation (provenance/SBOM), not runnable"));
        for (const Oci::RuntimeSelection &selection : m_report.selections) {
            if (selection.entryIndex != node->image)
                continue;
            parts.append(selection.how == Oci::RuntimeSelection::How::Native ? tr("this host runs it natively")
                                                                              : tr("this host runs it emulated"));
            break;
        }
    }
    if (node->kind == Kind::Layer) {
        const Oci::LayerNode *layer = layerNode(nodeIndex);
        if (layer && m_scans.contains(layer->descriptor.digest.toString()))
            parts.append(tr("scanning…"));
        else if (layer && layer->scanError)
            parts.append(tr("scan failed: %1").arg(layer->scanError->message));
        else if (layer && layer->scan)
            parts.append(tr("%n file(s), %1 binaries", nullptr, int(layer->scan->entryCount)).arg(layer->scan->binaries.size()));
    }
    if (node->kind == Kind::File) {
        if (const Oci::LayerBinary *binary = binaryFor(node)) {
            const Oci::ImageNode &image = m_tree.images.at(node->image);
            switch (Oci::ImageVerifier::binaryFit(image.declaredPlatform(), binary->info.platform)) {
            case Oci::ImageVerifier::BinaryFit::Native: break;
            case Oci::ImageVerifier::BinaryFit::Compatible: parts.append(tr("runs in compatibility mode")); break;
            case Oci::ImageVerifier::BinaryFit::Foreign: parts.append(tr("foreign architecture: exec format error")); break;
            case Oci::ImageVerifier::BinaryFit::Unknown: break;
            }
        }
        return parts.join(QStringLiteral("; "));
    }
    const QList<Finding> findings = findingsFor(nodeIndex);
    int errors = 0;
    int warnings = 0;
    for (const Finding &finding : findings) {
        errors += finding.severity == Finding::Severity::Error;
        warnings += finding.severity == Finding::Severity::Warning;
    }
    if (errors)
        parts.append(tr("%n error(s)", nullptr, errors));
    if (warnings)
        parts.append(tr("%n warning(s)", nullptr, warnings));
    return parts.join(QStringLiteral("; "));
}

QVariant ImageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    const Oci::ImageNode *image = imageNode(index);
    const Oci::LayerNode *layer = layerNode(index);
    const Oci::LayerEntry *entry = nullptr;
    if (node->kind == Kind::File && layer && layer->scan && node->file < layer->scan->entries.size())
        entry = &layer->scan->entries.at(node->file);

    switch (role) {
    case KindRole:
        return int(node->kind);
    case ImageIndexRole:
        return node->image;
    case AttestationRole:
        return image && image->isAttestation();
    case SeverityRole:
        return worstSeverity(node);
    case PathRole:
        return entry ? entry->path : QString();
    case HostSelectedRole:
        if (node->kind != Kind::Image || m_report.selections.isEmpty())
            return false;
        return m_report.selections.first().entryIndex == node->image;
    case DigestRole:
        switch (node->kind) {
        case Kind::Index: return m_tree.root.digest.toString();
        case Kind::Image: return image ? image->descriptor.digest.toString() : QString();
        case Kind::Config: return image && image->manifest ? image->manifest->config().digest.toString() : QString();
        case Kind::Layer: return layer ? layer->descriptor.digest.toString() : QString();
        default: return QString();
        }
    case PlatformRole:
        if (node->kind == Kind::File) {
            const Oci::LayerBinary *binary = binaryFor(node);
            return binary ? binary->info.platform.toDisplayString() : QString();
        }
        return image ? image->declaredPlatform().toDisplayString() : QString();
    case Qt::ToolTipRole: {
        if (node->kind == Kind::Image && image && image->isAttestation())
            return tr("A BuildKit attestation manifest (provenance or SBOM) with platform unknown/unknown. Runtimes skip it; "
                      "`docker manifest create` and older tools fail on indexes that contain it.");
        const QList<Finding> findings = findingsFor(index);
        QStringList lines;
        for (const Finding &finding : findings)
            lines.append(finding.message + (finding.fix.isEmpty() ? QString() : QStringLiteral("\n→ ") + finding.fix));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QStringLiteral("\n\n")));
    }
    case Qt::ForegroundRole: {
        if (index.column() != StatusColumn)
            return {};
        const int severity = worstSeverity(node);
        if (severity == int(Finding::Severity::Error))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (severity == int(Finding::Severity::Warning))
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (node->kind == Kind::File && binaryFor(node)
            && Oci::ImageVerifier::binaryFit(image->declaredPlatform(), binaryFor(node)->info.platform)
                   == Oci::ImageVerifier::BinaryFit::Foreign)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case NameColumn:
        switch (node->kind) {
        case Kind::Index:
            return m_tree.index && m_tree.index->isDocker() ? tr("Manifest list") : tr("Image index");
        case Kind::Image:
            if (!image)
                return {};
            if (image->isAttestation())
                return tr("Attestation %1").arg(image->indexPath);
            return m_tree.index ? image->indexPath : tr("Image manifest");
        case Kind::Config:
            return tr("Config");
        case Kind::Layer:
            return tr("Layer %1").arg(node->layer + 1);
        case Kind::File:
            return entry ? entry->path : QString();
        case Kind::Placeholder:
            return {};
        }
        return {};
    case PlatformColumn:
        if (node->kind == Kind::File) {
            const Oci::LayerBinary *binary = binaryFor(node);
            if (!binary)
                return entry && entry->type != Oci::LayerEntry::Type::File ? Oci::LayerEntry::typeName(entry->type) : QString();
            const QString platform = binary->info.platform.isEmpty() ? binary->info.machineName : binary->info.platform.toDisplayString();
            return tr("%1 (%2)").arg(platform, Oci::BinaryInfo::formatName(binary->info.format));
        }
        if (node->kind == Kind::Index)
            return tr("%n platform(s)", nullptr, int(m_tree.platformImages().size()));
        if (node->kind == Kind::Image && image)
            return image->isAttestation() ? QStringLiteral("unknown/unknown") : image->declaredPlatform().toDisplayString();
        return {};
    case SizeColumn:
        switch (node->kind) {
        case Kind::Index: return humanSize(m_tree.root.size);
        case Kind::Image:
            if (image && image->manifest)
                return tr("%1 (layers %2)").arg(humanSize(image->descriptor.size), humanSize(image->manifest->totalLayerSize()));
            return image ? humanSize(image->descriptor.size) : QString();
        case Kind::Config: return image && image->manifest ? humanSize(image->manifest->config().size) : QString();
        case Kind::Layer: return layer ? humanSize(layer->descriptor.size) : QString();
        case Kind::File: return entry && entry->type == Oci::LayerEntry::Type::File ? humanSize(entry->size) : QString();
        default: return {};
        }
    case DigestColumn: {
        const QString digest = data(index, DigestRole).toString();
        if (digest.isEmpty())
            return {};
        Result<Oci::Digest> parsed = Oci::Digest::parse(digest);
        return parsed ? parsed->algorithmName() + QLatin1Char(':') + parsed->shortString() : digest;
    }
    case StatusColumn:
        return statusText(node);
    }
    return {};
}

QVariant ImageTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Entry");
    case PlatformColumn: return tr("Platform / Architecture");
    case SizeColumn: return tr("Size");
    case DigestColumn: return tr("Digest");
    case StatusColumn: return tr("Status");
    }
    return {};
}

QModelIndex ImageTreeModel::indexForImage(int imageIndex) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *node) -> const Node * {
        if (node->kind == Kind::Image && node->image == imageIndex)
            return node;
        for (const std::unique_ptr<Node> &child : node->children) {
            if (child->kind == Kind::Index || child->kind == Kind::Image) {
                if (const Node *found = find(child.get()))
                    return found;
            }
        }
        return nullptr;
    };
    return indexFor(find(m_root.get()));
}

QModelIndex ImageTreeModel::rootIndex() const
{
    return m_root->children.empty() ? QModelIndex() : index(0, 0);
}

} // namespace Manifold::Ui
