#pragma once

#include "core/oci/canceltoken.h"
#include "core/oci/contentsource.h"
#include "core/oci/imageconfig.h"
#include "core/oci/index.h"
#include "core/oci/layerscanner.h"
#include "core/oci/manifest.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace Manifold::Oci {

struct LayerNode
{
    Descriptor descriptor;
    std::optional<LayerScan> scan; // when scanning was asked for and succeeded
    std::optional<Error> scanError;
    QJsonObject toJson(bool includeEntries) const;
};

// One image manifest of the tree: a platform image or an attestation.
struct ImageNode
{
    Descriptor descriptor;        // as the index lists it (with platform), or the root
    QString indexPath;            // "manifests[2]" or "manifests[0]/manifests[1]" for nested indexes
    std::optional<ImageManifest> manifest;
    std::optional<ImageConfig> config;
    QList<LayerNode> layers;
    QList<Error> errors;          // fetch/parse failures of this image

    bool isAttestation() const;
    // The platform the index entry declares, else the config's.
    Platform declaredPlatform() const;
    QJsonObject toJson(bool includeEntries) const;
};

// index -> platform manifests (attestations marked) -> config -> layers (optionally scanned).
struct ImageTree
{
    QString source;               // ContentSource::describe()
    QString reference;
    Descriptor root;
    std::optional<ImageIndex> index;   // when the root is an index
    QList<ImageNode> images;      // in index order (attestations included, marked)
    QList<Error> errors;          // failures outside a single image

    QList<const ImageNode *> platformImages() const;
    QList<const ImageNode *> attestations() const;
    const ImageNode *find(const Digest &digest) const;
    QJsonObject toJson(bool includeEntries = false) const;
};

struct ImageTreeOptions
{
    bool scanLayers = false;
    bool scanAttestations = false; // attestation layers are in-toto JSON; not scanned by default
    QList<Platform> platforms;     // only these platform images (normalized match); empty = all
    LayerScanOptions scanOptions;
    QString workDirectory;         // where remote layers are staged for scanning; empty = temp dir
    ProgressCallback progress;     // steps done / total (manifests, configs, layers)
    CancelToken cancel;
};

// Loads an ImageTree over any ContentSource: manifests, configs and layers are requested in
// parallel and awaited on a worker thread, never on the caller's thread.
class ImageTreeLoader
{
public:
    static QFuture<Result<ImageTree>> load(std::shared_ptr<ContentSource> source, const QString &reference,
                                           const ImageTreeOptions &options = {});
    // Blocking form; must not run on the thread that completes the source's futures.
    static Result<ImageTree> loadNow(const std::shared_ptr<ContentSource> &source, const QString &reference,
                                     const ImageTreeOptions &options = {});
};

} // namespace Manifold::Oci
