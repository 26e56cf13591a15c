#pragma once

#include "core/oci/contentsource.h"
#include "core/oci/filestore.h"

#include <memory>

namespace Manifold::Oci {

// A content source read from a FileStore (an OCI layout directory, an OCI or `docker save`
// archive): the asynchronous interface runs the synchronous forms on the global thread pool,
// and blobs are streamed and written verified against their descriptor.
class FileStoreSource : public ContentSource, public std::enable_shared_from_this<FileStoreSource>
{
public:
    QFuture<Result<Descriptor>> resolve(const QString &reference) override;
    QFuture<Result<QByteArray>> fetchManifest(const Descriptor &descriptor) override;
    QFuture<Result<QByteArray>> fetchBlob(const Descriptor &descriptor) override;
    QFuture<Result<QString>> fetchBlobToFile(const Descriptor &descriptor, const QString &path,
                                             ProgressCallback progress = {}, CancelToken cancel = {}) override;
    QFuture<Result<QStringList>> listReferences() override;

    // Synchronous forms.
    virtual Result<Descriptor> resolveNow(const QString &reference) const = 0;
    virtual Result<QByteArray> fetchManifestNow(const Descriptor &descriptor) const = 0;
    virtual Result<QByteArray> fetchBlobNow(const Descriptor &descriptor, qint64 limit = 64 * 1024 * 1024) const = 0;
    virtual QStringList references() const = 0;
    Result<QString> fetchBlobToFileNow(const Descriptor &descriptor, const QString &path,
                                       const ProgressCallback &progress = {}, const CancelToken &cancel = {}) const;
    // Streams a verified blob into `sink` (the layer scanner reads layers this way).
    Status streamBlob(const Descriptor &descriptor, const FileStore::Sink &sink, const CancelToken &cancel = {}) const;

    FileStore &store() const { return *m_store; }

protected:
    explicit FileStoreSource(std::shared_ptr<FileStore> store) : m_store(std::move(store)) {}
    // Where the blob is in the store, or why it is not there.
    virtual Result<QString> blobFile(const Descriptor &descriptor) const = 0;

    std::shared_ptr<FileStore> m_store;
};

// The size of `store`'s file, checked against the descriptor: an error when the file is missing
// or has another size (read before the bytes, so a wrong blob is refused early).
Result<qint64> storedBlobSize(const FileStore &store, const QString &relativePath, const Descriptor &descriptor);

// Streams `store`'s file into `path` through a QSaveFile (renamed only when size and digest
// match; nothing is left behind on failure).
Result<QString> writeVerifiedBlob(FileStore &store, const QString &relativePath, const Descriptor &descriptor,
                                  const QString &path, const ProgressCallback &progress, const CancelToken &cancel);

} // namespace Manifold::Oci
