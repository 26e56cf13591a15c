#pragma once

#include "core/oci/canceltoken.h"
#include "core/oci/contentsource.h"
#include "core/oci/imagetree.h"
#include "core/oci/imageverifier.h"
#include "ui/itemmodels/treeitemmodel.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <optional>
#include <vector>

namespace Manifold::Ui {

// An image as a tree: index -> platform manifests and attestations -> config and layers ->
// the files of each layer. The manifests and configs come from ImageTreeLoader in one pass;
// a layer's files are fetched and scanned only when the view expands it (canFetchMore /
// fetchMore), off the UI thread, with progress and cancel. After each scan the platform
// checks (ImageVerifier) run again, so mismatch badges gain the binaries as evidence.
struct ImageTreeNode;

class ImageTreeModel : public TreeItemModel<ImageTreeNode>
{
    Q_OBJECT
public:
    enum class Kind { Index, Image, Config, Layer, File, Placeholder };
    enum Column { NameColumn, PlatformColumn, SizeColumn, DigestColumn, StatusColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        DigestRole,                  // full "sha256:…" (empty for files)
        PlatformRole,                // "linux/arm64/v8"
        AttestationRole,             // bool
        SeverityRole,                // worst finding: -1 none, else int(Finding::Severity)
        ImageIndexRole,              // index into tree().images, -1 when not under an image
        HostSelectedRole,            // bool: the entry this host's runtime picks
        PathRole,                    // file path inside a layer
    };

    explicit ImageTreeModel(QObject *parent = nullptr);
    ~ImageTreeModel() override;

    // Loads the image tree asynchronously; loadFinished() reports the outcome.
    void load(std::shared_ptr<Oci::ContentSource> source, const QString &reference);
    // Shows an already loaded tree (tests, or a tree loaded elsewhere).
    void setTree(std::shared_ptr<Oci::ContentSource> source, Oci::ImageTree tree);
    void clear();
    void cancel();

    // The machine whose runtime choice is explained; default: this host (HostProbe).
    void setHost(const Oci::HostDescription &host);
    const std::optional<Oci::HostDescription> &host() const { return m_host; }

    bool isLoading() const { return m_loadWatcher != nullptr; }
    bool hasTree() const { return m_hasTree; }
    const Oci::ImageTree &tree() const { return m_tree; }
    const Oci::VerifyReport &report() const { return m_report; }
    std::shared_ptr<Oci::ContentSource> source() const { return m_source; }

    // The exact bytes behind a node: index, manifest or config; empty for layers and files.
    QByteArray rawBytes(const QModelIndex &index) const;
    Kind kind(const QModelIndex &index) const;
    const Oci::ImageNode *imageNode(const QModelIndex &index) const; // the image a node belongs to
    const Oci::LayerNode *layerNode(const QModelIndex &index) const;
    QList<Oci::Finding> findingsFor(const QModelIndex &index) const;
    QModelIndex indexForImage(int imageIndex) const;
    QModelIndex rootIndex() const;
    // Layers being scanned right now.
    int activeScans() const { return int(m_scans.size()); }

    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void loadProgress(qint64 done, qint64 total);
    void loadFinished(bool ok, const QString &errorText);
    // Layer scans: bytes read of the layer `digest`.
    void scanProgress(const QString &digest, qint64 done, qint64 total);
    void scanFinished(const QString &digest, bool ok, const QString &errorText);
    void reportChanged();

private:
    using Node = ImageTreeNode;
    struct ScanJob;

    void rebuild();
    void verify();
    void startScan(Node *layer);
    void finishScan(const QString &digest, const Result<Oci::LayerScan> &scan);
    int worstSeverity(const Node *node) const;
    QString statusText(const Node *node) const;
    const Oci::LayerBinary *binaryFor(const Node *file) const;

    std::shared_ptr<Oci::ContentSource> m_source;
    Oci::ImageTree m_tree;
    bool m_hasTree = false;
    Oci::VerifyReport m_report;
    std::optional<Oci::HostDescription> m_host;
    QFutureWatcherBase *m_loadWatcher = nullptr;
    Oci::CancelToken m_loadCancel;
    QHash<QString, std::shared_ptr<ScanJob>> m_scans; // by layer digest
    QHash<QString, QHash<QString, int>> m_binaryIndex; // layer digest -> path -> binaries index
    QThreadPool m_pool;
};

// One row of ImageTreeModel (declared here because TreeItemModel walks it in inline code).
struct ImageTreeNode : TreeNode<ImageTreeNode>
{
    using Kind = ImageTreeModel::Kind;
    Kind kind = Kind::Placeholder;
    int image = -1; // index into tree.images
    int layer = -1; // index into image.layers
    int file = -1;  // index into layer scan entries
    bool filesLoaded = false;

    ImageTreeNode *add(Kind childKind)
    {
        auto child = std::make_unique<ImageTreeNode>();
        child->kind = childKind;
        child->image = image;
        child->layer = layer;
        return adopt(std::move(child));
    }
};

} // namespace Manifold::Ui
