#pragma once

#include "core/oci/filestoresource.h"
#include "core/oci/index.h"

#include <memory>

namespace Manifold::Oci {

// An OCI image layout (oci-layout, index.json, blobs/<alg>/<hex>) read from a directory or, in
// place, from a tar archive of one (`skopeo copy ... oci-archive:`, `docker save` of Docker 25+).
//
// References: a ref name from index.json (org.opencontainers.image.ref.name, or the full
// io.containerd.image.name), a digest (an index.json entry or any manifest blob), or empty
// for the only entry / "latest".
class OciLayoutSource : public FileStoreSource
{
public:
    static Result<std::shared_ptr<OciLayoutSource>> openDirectory(const QString &directory);
    static Result<std::shared_ptr<OciLayoutSource>> openArchive(const QString &archivePath);
    // Over an already opened store; `scheme` prefixes describe() ("oci-layout", "oci-archive").
    static Result<std::shared_ptr<OciLayoutSource>> open(std::shared_ptr<FileStore> store, const QString &scheme);

    QString describe() const override;
    Result<Descriptor> resolveNow(const QString &reference) const override;
    Result<QByteArray> fetchManifestNow(const Descriptor &descriptor) const override;
    Result<QByteArray> fetchBlobNow(const Descriptor &descriptor, qint64 limit = 64 * 1024 * 1024) const override;
    QStringList references() const override;

    // The layout's index.json.
    const ImageIndex &layoutIndex() const { return m_index; }

private:
    OciLayoutSource(std::shared_ptr<FileStore> store, QString scheme, ImageIndex index)
        : FileStoreSource(std::move(store)), m_scheme(std::move(scheme)), m_index(std::move(index)) {}
    Result<QString> blobFile(const Descriptor &descriptor) const override { return descriptor.digest.blobPath(); }

    QString m_scheme;
    ImageIndex m_index;
};

} // namespace Manifold::Oci
