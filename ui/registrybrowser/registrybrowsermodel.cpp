#include "ui/registrybrowser/registrybrowsermodel.h"

#include "ui/inspector/tlsexceptionsmodel.h"

#include "core/oci/index.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "core/registry/registryclient.h"

#include <QBrush>
#include <QColor>
#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent>

namespace Manifold::Ui {

namespace {

QString humanSize(qint64 bytes)
{
    return bytes < 0 ? QString() : QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString shortDigest(const QString &digest)
{
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    return colon < 0 ? digest : digest.left(colon + 13);
}

Result<RegistryBrowserModel::TagDetails> readTagDetails(Registry::RegistryClient &client, const QString &repository,
                                                        const QString &tag)
{
    Result<Registry::ManifestResponse> response = client.getManifest(repository, tag);
    if (!response)
        return response.error();
    RegistryBrowserModel::TagDetails details;
    details.mediaType = response->descriptor.mediaType;
    details.digest = response->descriptor.digest.toString();
    details.size = response->descriptor.size;
    auto imageSize = [&](const QString &reference, const QString &mediaType) -> qint64 {
        Result<Registry::ManifestResponse> child = client.getManifest(repository, reference);
        if (!child)
            return -1;
        Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(child->bytes, mediaType);
        if (!manifest)
            return -1;
        return manifest->totalLayerSize() + qMax<qint64>(0, manifest->config().size);
    };
    if (Oci::MediaTypes::isIndex(details.mediaType)) {
        details.isIndex = true;
        Result<Oci::ImageIndex> index = Oci::ImageIndex::parse(response->bytes, details.mediaType, repository + QLatin1Char(':') + tag);
        if (!index)
            return index.error();
        for (const Oci::Descriptor &entry : index->manifests()) {
            RegistryBrowserModel::PlatformRow row;
            row.attestation = entry.isAttestation() || (entry.platform && entry.platform->isUnknown());
            row.platform = entry.platform ? entry.platform->toDisplayString() : QString();
            row.digest = entry.digest.toString();
            row.manifestSize = entry.size;
            if (!row.attestation && Oci::MediaTypes::isImageManifest(entry.mediaType))
                row.imageSize = imageSize(row.digest, entry.mediaType);
            details.platforms.append(row);
        }
        return details;
    }
    Result<Oci::ImageManifest> manifest = Oci::ImageManifest::parse(response->bytes, details.mediaType, repository + QLatin1Char(':') + tag);
    if (!manifest)
        return manifest.error();
    RegistryBrowserModel::PlatformRow row;
    row.digest = details.digest;
    row.manifestSize = details.size;
    row.imageSize = manifest->totalLayerSize() + qMax<qint64>(0, manifest->config().size);
    row.attestation = manifest->isAttestation();
    // A single manifest names no platform: its config does.
    if (Result<QByteArray> config = client.getBlob(repository, manifest->config(), 1024 * 1024); config) {
        const QJsonObject object = QJsonDocument::fromJson(*config).object();
        row.platform = Platform(object.value(QStringLiteral("os")).toString(), object.value(QStringLiteral("architecture")).toString(),
                                object.value(QStringLiteral("variant")).toString())
                           .toDisplayString();
    }
    details.platforms.append(row);
    return details;
}

} // namespace

template<typename Job, typename Done>
void RegistryBrowserModel::run(Job job, Done done)
{
    using R = std::invoke_result_t<Job>;
    auto watcher = new QFutureWatcher<R>(this);
    connect(watcher, &QFutureWatcher<R>::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
        jobFinished();
    });
    jobStarted();
    watcher->setFuture(QtConcurrent::run(&m_pool, job));
}

RegistryBrowserModel::RegistryBrowserModel(std::shared_ptr<Registry::RegistrySession> session, QObject *parent)
    : TreeItemModel(ColumnCount, parent)
    , m_session(std::move(session))
{
    m_pool.setMaxThreadCount(4);
}

RegistryBrowserModel::~RegistryBrowserModel()
{
    m_pool.waitForDone();
}

void RegistryBrowserModel::jobStarted()
{
    if (m_pending++ == 0)
        emit busyChanged(true);
}

void RegistryBrowserModel::jobFinished()
{
    if (--m_pending == 0)
        emit busyChanged(false);
}

RegistryBrowserModel::Node *RegistryBrowserModel::nodeById(quint64 id) const
{
    return m_nodes.value(id, nullptr);
}

void RegistryBrowserModel::forget(Node *node)
{
    m_nodes.remove(node->id);
    for (const std::unique_ptr<Node> &child : node->children)
        forget(child.get());
}

RegistryBrowserModel::Node *RegistryBrowserModel::addChild(Node *parent, Kind kind, const QString &name)
{
    auto child = std::make_unique<Node>();
    child->id = m_nextId++;
    child->kind = kind;
    child->name = name;
    if (kind == Kind::Platform)
        child->state = State::Loaded;
    m_nodes.insert(child->id, child.get());
    return parent->adopt(std::move(child));
}

QModelIndex RegistryBrowserModel::addRegistry(const QString &hostPort, Origin origin)
{
    const QString name = hostPort.trimmed();
    if (QModelIndex existing = find({}, name); existing.isValid())
        return existing;
    const int row = int(m_root->children.size());
    beginInsertRows({}, row, row);
    Node *node = addChild(m_root.get(), Kind::Registry, name);
    node->origin = origin;
    endInsertRows();
    return indexFor(node);
}

void RegistryBrowserModel::removeRegistry(const QModelIndex &registry)
{
    Node *node = nodeFor(registry);
    if (!registry.isValid() || node->kind != Kind::Registry)
        return;
    beginRemoveRows({}, node->row, node->row);
    forget(node);
    m_root->removeChild(node->row);
    endRemoveRows();
}

QStringList RegistryBrowserModel::registries(Origin origin) const
{
    QStringList result;
    for (const std::unique_ptr<Node> &node : m_root->children) {
        if (node->origin == origin)
            result.append(node->name);
    }
    return result;
}

QModelIndex RegistryBrowserModel::find(const QModelIndex &parent, const QString &name) const
{
    const Node *node = nodeFor(parent);
    for (const std::unique_ptr<Node> &child : node->children) {
        if (child->name == name)
            return indexFor(child.get());
    }
    return {};
}

void RegistryBrowserModel::reload(const QModelIndex &index)
{
    Node *node = nodeFor(index);
    if (!index.isValid() || node->kind == Kind::Platform || node->state == State::Loading)
        return;
    if (!node->children.empty()) {
        beginRemoveRows(index.siblingAtColumn(0), 0, int(node->children.size()) - 1);
        for (const std::unique_ptr<Node> &child : node->children)
            forget(child.get());
        node->children.clear();
        endRemoveRows();
    }
    node->state = State::NotLoaded;
    node->error.clear();
    node->details.reset();
    emit dataChanged(indexFor(node), indexFor(node, ColumnCount - 1));
    if (node->kind == Kind::Tag)
        startTagDetails(node);
}

void RegistryBrowserModel::setChildren(quint64 parentId, const QStringList &names, Kind kind)
{
    Node *parent = nodeById(parentId);
    if (!parent)
        return;
    parent->state = State::Loaded;
    if (!names.isEmpty()) {
        beginInsertRows(indexFor(parent), 0, int(names.size()) - 1);
        for (const QString &name : names)
            addChild(parent, kind, name);
        endInsertRows();
    }
    emit dataChanged(indexFor(parent), indexFor(parent, ColumnCount - 1));
    if (kind == Kind::Tag) {
        for (const std::unique_ptr<Node> &tag : parent->children)
            startTagDetails(tag.get());
    }
    emit childrenLoaded(indexFor(parent));
}

bool RegistryBrowserModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    return (node->kind == Kind::Registry || node->kind == Kind::Repository) && node->state == State::NotLoaded;
}

void RegistryBrowserModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeFor(parent);
    node->state = State::Loading;
    emit dataChanged(indexFor(node), indexFor(node, ColumnCount - 1));
    const quint64 id = node->id;
    const QString domain = node->registry()->name;
    const std::shared_ptr<Registry::RegistrySession> session = m_session;
    const Kind childKind = node->kind == Kind::Registry ? Kind::Repository : Kind::Tag;
    const QString repository = node->kind == Kind::Repository ? node->name : QString();
    run(
        [session, domain, repository]() -> Result<QStringList> {
            Registry::RegistryClient client(session, domain);
            Result<QStringList> names = repository.isEmpty() ? client.catalog() : client.listTags(repository);
            if (names)
                std::sort(names->begin(), names->end());
            return names;
        },
        [this, id, childKind](const Result<QStringList> &names) {
            Node *target = nodeById(id);
            if (!target)
                return;
            if (!names) {
                target->state = State::Failed;
                target->error = names.error().toString();
                emit dataChanged(indexFor(target), indexFor(target, ColumnCount - 1));
                emit operationFailed(indexFor(target), target->error);
                return;
            }
            setChildren(id, *names, childKind);
        });
}

void RegistryBrowserModel::startTagDetails(Node *tag)
{
    tag->state = State::Loading;
    const quint64 id = tag->id;
    const QString domain = tag->registry()->name;
    const QString repository = tag->repository()->name;
    const QString name = tag->name;
    const std::shared_ptr<Registry::RegistrySession> session = m_session;
    run(
        [session, domain, repository, name]() -> Result<TagDetails> {
            Registry::RegistryClient client(session, domain);
            return readTagDetails(client, repository, name);
        },
        [this, id](const Result<TagDetails> &details) {
            Node *target = nodeById(id);
            if (!target)
                return;
            if (!details) {
                target->state = State::Failed;
                target->error = details.error().toString();
                emit dataChanged(indexFor(target), indexFor(target, ColumnCount - 1));
                return;
            }
            target->details = *details;
            target->state = State::Loaded;
            if (!details->platforms.isEmpty()) {
                beginInsertRows(indexFor(target), 0, int(details->platforms.size()) - 1);
                for (const PlatformRow &platform : details->platforms) {
                    Node *row = addChild(target, Kind::Platform, platform.platform);
                    row->platform = platform;
                }
                endInsertRows();
            }
            emit dataChanged(indexFor(target), indexFor(target, ColumnCount - 1));
        });
}

QStringList RegistryBrowserModel::tagsSharingDigest(const QModelIndex &tag) const
{
    QStringList result;
    Node *node = nodeFor(tag);
    if (!tag.isValid() || node->kind != Kind::Tag || !node->details)
        return result;
    for (const std::unique_ptr<Node> &sibling : node->parent->children) {
        if (sibling->details && sibling->details->digest == node->details->digest)
            result.append(sibling->name);
    }
    return result;
}

void RegistryBrowserModel::deleteTag(const QModelIndex &tag)
{
    Node *node = nodeFor(tag);
    if (!tag.isValid() || node->kind != Kind::Tag)
        return;
    if (!node->details) {
        emit operationFailed(tag, tr("The tag's manifest has not been read yet; wait until its platforms are listed."));
        return;
    }
    const quint64 repositoryId = node->parent->id;
    const QString domain = node->registry()->name;
    const QString repository = node->repository()->name;
    const QString digest = node->details->digest;
    const QString reference = this->reference(tag);
    const std::shared_ptr<Registry::RegistrySession> session = m_session;
    run(
        [session, domain, repository, digest]() -> Status {
            Registry::RegistryClient client(session, domain);
            return client.deleteManifest(repository, digest);
        },
        [this, repositoryId, digest, reference](const Status &status) {
            Node *repositoryNode = nodeById(repositoryId);
            if (!status) {
                emit operationFailed(repositoryNode ? indexFor(repositoryNode) : QModelIndex(), status.error().toString());
                return;
            }
            if (repositoryNode) {
                // Every tag on the deleted manifest is gone; remove from the bottom so rows stay valid.
                for (int row = int(repositoryNode->children.size()) - 1; row >= 0; --row) {
                    Node *child = repositoryNode->children[size_t(row)].get();
                    if (!child->details || child->details->digest != digest)
                        continue;
                    beginRemoveRows(indexFor(repositoryNode), row, row);
                    forget(child);
                    repositoryNode->removeChild(row);
                    endRemoveRows();
                }
            }
            emit tagDeleted(reference);
        });
}

RegistryBrowserModel::Kind RegistryBrowserModel::kind(const QModelIndex &index) const
{
    return nodeFor(index)->kind;
}

RegistryBrowserModel::State RegistryBrowserModel::state(const QModelIndex &index) const
{
    return nodeFor(index)->state;
}

QString RegistryBrowserModel::errorText(const QModelIndex &index) const
{
    return nodeFor(index)->error;
}

QString RegistryBrowserModel::reference(const QModelIndex &index) const
{
    Node *node = nodeFor(index);
    if (!index.isValid())
        return {};
    switch (node->kind) {
    case Kind::Registry: return node->name;
    case Kind::Repository: return node->registry()->name + QLatin1Char('/') + node->name;
    case Kind::Tag: return node->registry()->name + QLatin1Char('/') + node->repository()->name + QLatin1Char(':') + node->name;
    case Kind::Platform:
        return node->registry()->name + QLatin1Char('/') + node->repository()->name + QLatin1Char('@') + node->platform.digest;
    }
    return {};
}

bool RegistryBrowserModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    if (!node->children.empty())
        return true;
    if (!parent.isValid())
        return false;
    switch (node->kind) {
    case Kind::Registry:
    case Kind::Repository: return node->state == State::NotLoaded || node->state == State::Loading;
    case Kind::Tag: return node->state != State::Loaded && node->state != State::Failed;
    case Kind::Platform: return false;
    }
    return false;
}

QVariant RegistryBrowserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    QStringList platforms;
    int attestations = 0;
    qint64 total = 0;
    bool totalKnown = true;
    if (node->details) {
        for (const PlatformRow &platform : node->details->platforms) {
            if (platform.attestation) {
                ++attestations;
                continue;
            }
            platforms.append(platform.platform);
            total += qMax<qint64>(0, platform.imageSize);
            totalKnown = totalKnown && platform.imageSize >= 0;
        }
    }
    switch (role) {
    case KindRole: return int(node->kind);
    case StateRole: return int(node->state);
    case ReferenceRole: return reference(index);
    case PlatformListRole: return platforms;
    case DigestRole:
        if (node->kind == Kind::Tag)
            return node->details ? node->details->digest : QString();
        return node->kind == Kind::Platform ? node->platform.digest : QString();
    case Qt::ToolTipRole:
        if (!node->error.isEmpty())
            return node->error;
        if (node->kind == Kind::Platform && node->platform.attestation)
            return tr("BuildKit attestation (provenance/SBOM), platform unknown/unknown: runtimes skip it.");
        if (index.column() == DigestColumn)
            return data(index, DigestRole);
        return {};
    case Qt::ForegroundRole:
        if (node->state == State::Failed)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (node->kind == Kind::Platform && node->platform.attestation)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        if (node->kind == Kind::Platform)
            return node->platform.attestation ? tr("attestation") : node->platform.platform;
        return node->name;
    case PlatformsColumn:
        if (node->kind == Kind::Tag && node->details) {
            QString text = platforms.join(QStringLiteral(", "));
            if (attestations)
                text += tr(" (+%n attestation(s))", nullptr, attestations);
            return text;
        }
        if (node->kind == Kind::Platform)
            return node->platform.attestation ? QStringLiteral("unknown/unknown") : node->platform.platform;
        return {};
    case DigestColumn:
        return shortDigest(data(index, DigestRole).toString());
    case SizeColumn:
        if (node->kind == Kind::Tag && node->details)
            return totalKnown ? humanSize(total) : QString();
        if (node->kind == Kind::Platform)
            return humanSize(node->platform.imageSize >= 0 ? node->platform.imageSize : node->platform.manifestSize);
        return {};
    case DetailColumn:
        switch (node->state) {
        case State::Loading: return tr("loading…");
        case State::Failed: return node->error;
        default: break;
        }
        if (node->kind == Kind::Registry) {
            const QString origin = node->origin == Origin::Detected ? tr("detected on this machine") : tr("added");
            const QString transport = TlsExceptionsModel::transportNotice(*m_session, node->name);
            return transport.isEmpty() ? origin : tr("%1 — %2").arg(origin, transport);
        }
        if (node->kind == Kind::Tag && node->details) {
            if (!node->details->isIndex)
                return tr("single-platform manifest");
            return tr("index, %n platform(s)", nullptr, int(platforms.size()));
        }
        return {};
    }
    return {};
}

QVariant RegistryBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case PlatformsColumn: return tr("Platforms");
    case DigestColumn: return tr("Digest");
    case SizeColumn: return tr("Size");
    case DetailColumn: return tr("Details");
    }
    return {};
}

} // namespace Manifold::Ui
