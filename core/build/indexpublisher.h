#pragma once

#include "core/build/buildrequest.h"
#include "core/oci/canceltoken.h"
#include "core/oci/descriptor.h"
#include "core/registry/imagereference.h"
#include "core/platform/platform.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>


namespace Manifold::Build {

// One platform's image as its executor exported it (an OCI image layout on disk).
struct BuiltImage
{
    Platform platform;   // from the plan, written into the index descriptor
    QString layoutDir;
    QString digest;
    QString mediaType;
    qint64 size = 0;
    // Attestation manifests the engine attached to this image (buildx provenance/SBOM: index
    // entries with platform unknown/unknown and vnd.docker.reference.type attestation-manifest),
    // their blobs in the same layout.
    QList<Oci::Descriptor> attestations;

    // Reads the exported manifest: digest from the engine's digest file when it wrote one, else
    // the layout's index.json entry tagged `tag` (or its only entry). When that entry is an
    // index (buildx adds attestations that way), its image for `platform` is the result and the
    // attestations describing it are kept alongside.
    static Result<BuiltImage> fromLayout(const Platform &platform, const QString &layoutDir,
                                         const QString &digestFile, const QString &tag);

private:
    Status unwrapEngineIndex();
};

struct PublishOutcome
{
    QString indexDigest;
    QString indexMediaType;
    QStringList references;
    QString layoutDir;
    QStringList verification;
};

// Assembles the multi-platform index from the per-platform images and publishes it: children
// by digest first (and per-arch tags when asked), the index with each tag last, so a tag never
// points at an index whose children are missing. Without push it writes one OCI layout. Then
// verifies what it wrote. Blocks: run it on a worker thread.
class IndexPublisher
{
public:
    // Attestations are listed after the images unless `request` drops them (--no-attestations;
    // a Docker manifest list cannot hold them either).
    static QByteArray indexJson(const QList<BuiltImage> &images, const BuildRequest &request);
    static bool keepsAttestations(const BuildRequest &request);
    // What the engine's attestation manifests are and what happens to them in this build; empty
    // when the engine added none.
    static QString attestationNote(const QList<BuiltImage> &images, const BuildRequest &request);
    static QString indexMediaType(BuildRequest::IndexFormat format);

    static Result<PublishOutcome> publish(const QList<BuiltImage> &images, const BuildRequest &request,
                                          const QList<Registry::ImageReference> &tags, const Oci::CancelToken &cancel);

private:
    static Result<PublishOutcome> push(const QList<BuiltImage> &images, const BuildRequest &request,
                                       const QList<Registry::ImageReference> &tags, const Oci::CancelToken &cancel);
    static Result<PublishOutcome> writeLayout(const QList<BuiltImage> &images, const BuildRequest &request,
                                              const QList<Registry::ImageReference> &tags);
};

} // namespace Manifold::Build
