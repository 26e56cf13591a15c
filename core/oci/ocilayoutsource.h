#pragma once

#include "core/oci/contentsource.h"
#include "core/oci/filestore.h"
#include "core/oci/index.h"

#include <memory>

namespace Manifold::Oci {

// An OCI image layout (oci-layout, index.json, blobs/<alg>/<hex>) read from a directory or, in
// place, from a tar archive of one (`skopeo copy ... oci-archive:`, `docker save` of Docker 25+).
//
// References: a ref name from index.json (org.opencontainers.image.ref.name, or the full
// io.containerd.image.name), a digest (an index.json entry or any manifest blob), or empty
// for the only entry / "latest".
class OciLayoutSource : public ContentSource, public std::enable_shared_from_this<OciLayoutSource>
{
public:
    static Result<std::shared_ptr<OciLayoutSource>> openDirectory(const QString &directory);
    static Result<std::shared_ptr<OciLayoutSource>> openArchive(const QString &archivePath);
    // Over an already opened store; `scheme` prefixes describe() ("oci-layout", "oci-archive").
    static Result<std::shared_ptr<OciLayoutSource>> open(std::shared_ptr<FileStore> store, const QString &scheme);

    QString describe() const override;
    QFuture<Result<Descriptor>> resolve(const QString &reference) override;
    QFuture<Result<QByteArray>> fetchManifest(const Descriptor &descriptor) override;
    QFuture<Result<QByteArray>> fetchBlob(const Descriptor &descriptor) override;
    QFuture<Result<QString>> fetchBlobToFile(const Descriptor &descriptor, const QString &path,
                                             ProgressCallback progress = {}, CancelToken cancel = {}) override;
    QFuture<Result<QStringList>> listReferences() override;

    // Synchronous forms (the futures above run these on the global thread pool).
    Result<Descriptor> resolveNow(const QString &reference) const;
    Result<QByteArray> fetchManifestNow(const Descriptor &descriptor) const;
    Result<QByteArray> fetchBlobNow(const Descriptor &descriptor, qint64 limit = 64 * 1024 * 1024) const;
    Result<QString> fetchBlobToFileNow(const Descriptor &descriptor, const QString &path,
                                       const ProgressCallback &progress = {}, const CancelToken &cancel = {}) const;
    // Streams a verified blob into `sink` (the layer scanner reads layers this way).
    Status streamBlob(const Descriptor &descriptor, const FileStore::Sink &sink, const CancelToken &cancel = {}) const;

    // The layout's index.json.
    const ImageIndex &layoutIndex() const { return m_index; }
    QStringList references() const;
    FileStore &store() const { return *m_store; }

private:
    OciLayoutSource(std::shared_ptr<FileStore> store, QString scheme, ImageIndex index)
        : m_store(std::move(store)), m_scheme(std::move(scheme)), m_index(std::move(index)) {}

    std::shared_ptr<FileStore> m_store;
    QString m_scheme;
    ImageIndex m_index;
};

// Streams `store`'s file into `path` through a QSaveFile (renamed only when size and digest
// match; nothing is left behind on failure). Shared by the local sources.
Result<QString> writeVerifiedBlob(FileStore &store, const QString &relativePath, const Descriptor &descriptor,
                                  const QString &path, const ProgressCallback &progress, const CancelToken &cancel);

} // namespace Manifold::Oci
