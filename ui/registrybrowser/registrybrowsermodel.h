#pragma once

#include "core/registry/registrysession.h"
#include "ui/itemmodels/treeitemmodel.h"

#include <QHash>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

namespace Manifold::Ui {

// Registries -> repositories (catalog) -> tags -> the platforms of each tag. Repositories and
// tags are listed only when their parent is expanded (canFetchMore / fetchMore); every tag then
// reads its manifest in the background and shows ALL its platforms with their digests and sizes
// (the index entries, attestations marked), not just one architecture. All network work runs
// on the model's thread pool through core/registry; views never touch the network.
struct RegistryBrowserNode;

class RegistryBrowserModel : public TreeItemModel<RegistryBrowserNode>
{
    Q_OBJECT
public:
    enum class Kind { Registry, Repository, Tag, Platform };
    enum class Origin { Added, Detected };
    enum Column { NameColumn, PlatformsColumn, DigestColumn, SizeColumn, DetailColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1,
        ReferenceRole,   // "host/repo:tag", "host/repo@sha256:…" for platform rows
        DigestRole,      // full digest of a tag / platform row
        StateRole,       // int(State)
        PlatformListRole // QStringList of a tag's platforms (attestations excluded)
    };
    enum class State { NotLoaded, Loading, Loaded, Failed };

    explicit RegistryBrowserModel(std::shared_ptr<Registry::RegistrySession> session, QObject *parent = nullptr);
    ~RegistryBrowserModel() override;

    // Adds a registry row ("127.0.0.1:5000", "ghcr.io"); returns its index (the existing one
    // when already present).
    QModelIndex addRegistry(const QString &hostPort, Origin origin = Origin::Added);
    void removeRegistry(const QModelIndex &registry);
    QStringList registries(Origin origin) const;
    // Forgets loaded children so the next expansion lists again.
    void reload(const QModelIndex &index);
    // Deletes the manifest a tag points to (every tag on that digest goes with it); the rows
    // are removed when the registry confirms. tagDeleted() or operationFailed() follows.
    void deleteTag(const QModelIndex &tag);
    // Tags that point at the same manifest as `tag` (they disappear with it).
    QStringList tagsSharingDigest(const QModelIndex &tag) const;
    int pendingJobs() const { return m_pending; }

    Kind kind(const QModelIndex &index) const;
    State state(const QModelIndex &index) const;
    QString errorText(const QModelIndex &index) const;
    QString reference(const QModelIndex &index) const;
    // The row of `name` under `parent`, invalid when absent.
    QModelIndex find(const QModelIndex &parent, const QString &name) const;

    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void childrenLoaded(const QModelIndex &parent);
    void operationFailed(const QModelIndex &index, const QString &errorText);
    void tagDeleted(const QString &reference);
    void busyChanged(bool busy);

public:
    struct PlatformRow
    {
        QString platform; // "linux/arm64/v8" or "unknown/unknown"
        QString digest;
        qint64 manifestSize = 0;
        qint64 imageSize = -1; // config + layers, -1 when unknown
        bool attestation = false;
    };
    struct TagDetails
    {
        QString mediaType;
        QString digest;
        qint64 size = 0;
        bool isIndex = false;
        QList<PlatformRow> platforms;
    };

private:
    using Node = RegistryBrowserNode;

    Node *nodeById(quint64 id) const;
    void forget(Node *node);
    Node *addChild(Node *parent, Kind kind, const QString &name);
    void setChildren(quint64 parentId, const QStringList &names, Kind kind);
    void startTagDetails(Node *tag);
    void jobStarted();
    void jobFinished();
    template<typename Job, typename Done>
    void run(Job job, Done done);

    std::shared_ptr<Registry::RegistrySession> m_session;
    QHash<quint64, Node *> m_nodes;
    quint64 m_nextId = 1;
    int m_pending = 0;
    QThreadPool m_pool;
};

// One row of RegistryBrowserModel (declared here because TreeItemModel walks it in inline code).
struct RegistryBrowserNode : TreeNode<RegistryBrowserNode>
{
    using Kind = RegistryBrowserModel::Kind;
    using Node = RegistryBrowserNode;
    quint64 id = 0;
    Kind kind = Kind::Registry;
    RegistryBrowserModel::Origin origin = RegistryBrowserModel::Origin::Added;
    QString name;
    RegistryBrowserModel::State state = RegistryBrowserModel::State::NotLoaded;
    QString error;
    std::optional<RegistryBrowserModel::TagDetails> details; // tags
    RegistryBrowserModel::PlatformRow platform;              // platform rows

    Node *registry()
    {
        Node *node = this;
        while (node && node->kind != Kind::Registry)
            node = node->parent;
        return node;
    }
    Node *repository()
    {
        Node *node = this;
        while (node && node->kind != Kind::Repository)
            node = node->parent;
        return node;
    }
};

} // namespace Manifold::Ui
