#pragma once

#include "core/localregistry/registryendpoint.h"
#include "core/oci/canceltoken.h"
#include "core/oci/contentsource.h"
#include "core/platform/platform.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Manifold::LocalRegistry {

// Copy a multi-architecture image into the local registry: as one index (the source's own bytes
// when every platform is copied, so the digest stays the same) and/or as per-architecture tags
// `<tag>-amd64`, `<tag>-arm64`, `<tag>-arm-v7` (the guide's python:3.11-slim-amd64).
struct MirrorRequest
{
    std::shared_ptr<Oci::ContentSource> source;
    QString sourceReference; // tag or digest in the source; empty: its default
    RegistryEndpoint destination;
    QString repository;      // "python" or "library/python"
    QString tag = QStringLiteral("latest");
    QList<Platform> platforms; // empty: all platforms the source has
    bool pushIndex = true;
    bool perArchTags = true;
};

struct MirrorProgress
{
    QString platform;  // "linux/arm64/v8"; empty for the index
    QString digest;    // the blob or manifest
    int blobIndex = 0; // 1-based among blobCount
    int blobCount = 0;
    qint64 done = 0, total = 0;
    bool skipped = false; // already in the destination
    QString state;        // the blob's: queued, downloading, uploading, mounted, skipped, done, failed
    QString message;
};

struct MirroredImage
{
    Platform platform;
    QString tag;     // per-arch tag (empty when not tagged)
    QString digest;  // manifest digest
    bool attestation = false;
};

struct MirrorResult
{
    QString repository;
    QString indexTag;    // empty when no index was pushed
    QString indexDigest;
    bool indexUnchanged = false; // the source index's exact bytes (same digest as the source)
    QList<MirroredImage> images;
    int blobsUploaded = 0;
    int blobsSkipped = 0;
    qint64 bytesUploaded = 0;

    QJsonObject toJson() const;
};

class ImageMirror
{
public:
    using ProgressCallback = std::function<void(const MirrorProgress &)>;

    // Blocking (network and file I/O); runAsync() runs it on the global thread pool.
    // Errors: localregistry.mirror.platform-missing (names the platforms the source has),
    // localregistry.mirror.no-platforms, registry.* from the destination, oci.* from the source.
    static Result<MirrorResult> run(const MirrorRequest &request, const ProgressCallback &progress = {},
                                    const Oci::CancelToken &cancel = {});
    static QFuture<Result<MirrorResult>> runAsync(const MirrorRequest &request, const ProgressCallback &progress = {},
                                                  const Oci::CancelToken &cancel = {});

    // "3.11-slim" + linux/arm/v7 -> "3.11-slim-arm-v7"; linux/arm64(/v8) -> "-arm64";
    // non-Linux platforms get their OS too ("-windows-amd64").
    static QString perArchTag(const QString &tag, const Platform &platform);

    // Opens "oci:DIR[:REF]" / "oci-layout:DIR[:REF]" or "oci-archive:FILE[:REF]"; `reference`
    // receives REF. Anything else is a registry reference ("docker://python:3.11-slim",
    // "localhost:5000/app:1"), read through core/registry.
    static Result<std::shared_ptr<Oci::ContentSource>> openSource(const QString &specifier, QString *reference);
    // The destination repository a source suggests: "python" for docker://python:3.11-slim,
    // the directory's name for oci:/path/busybox:latest.
    static QString defaultRepository(const QString &specifier);
};

} // namespace Manifold::LocalRegistry
