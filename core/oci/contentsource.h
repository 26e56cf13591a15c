#pragma once

#include "core/oci/canceltoken.h"
#include "core/oci/descriptor.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QFuture>
#include <QString>

namespace Manifold::Oci {

// The read side of an image store: a registry repository, an OCI layout directory, an OCI or
// `docker save` archive. Every call is asynchronous and may be made from any thread; a source
// must be usable from a worker thread while its futures complete (the registry completes them
// on its network thread, local sources on the global thread pool).
//
// Integrity contract: manifests and blobs handed out have been checked against the descriptor's
// size first and digest second; a mismatch is an error (code oci.content.size-mismatch /
// oci.content.digest-mismatch), never data.
class ContentSource
{
public:
    virtual ~ContentSource();

    // "oci-layout:/path", "oci-archive:/file.tar", "registry 127.0.0.1:5000/busybox"
    virtual QString describe() const = 0;

    // A tag / ref name or a digest -> the root descriptor (index or manifest). An empty reference
    // means the source's default (the only image, or "latest").
    virtual QFuture<Result<Descriptor>> resolve(const QString &reference) = 0;

    // The exact bytes of a manifest or index (at most MaxManifestSize), verified.
    virtual QFuture<Result<QByteArray>> fetchManifest(const Descriptor &descriptor) = 0;

    // Small blobs (configs, attestation statements), verified; implementations may refuse blobs
    // over a limit (code oci.content.too-large) and point to fetchBlobToFile().
    virtual QFuture<Result<QByteArray>> fetchBlob(const Descriptor &descriptor) = 0;

    // Streams a blob into `path` (written via a temporary file, renamed on success, removed on
    // failure), verifying size and digest. Returns `path`.
    virtual QFuture<Result<QString>> fetchBlobToFile(const Descriptor &descriptor, const QString &path,
                                                     ProgressCallback progress = {},
                                                     CancelToken cancel = {}) = 0;

    // Tags / ref names the source knows (layouts and archives list theirs; registries may
    // return an empty list and implement tag listing elsewhere).
    virtual QFuture<Result<QStringList>> listReferences();
};

} // namespace Manifold::Oci
