#pragma once

#include "core/oci/filestoresource.h"
#include "core/oci/manifest.h"

#include <QHash>

#include <memory>

namespace Manifold::Oci {

// A `docker save` archive (manifest.json + repositories, one config and layer tars per image),
// read in place. Docker archives carry no manifests, so one Docker schema 2 manifest per image is
// synthesized from the config and the layers (hashed once when the archive is opened); its bytes
// are kept, so its digest stays the same for the life of the source. The synthesized digest is
// not the registry's digest (layers are uncompressed here).
//
// References: a RepoTags entry ("busybox:latest", "busybox" = ":latest"), a config digest or
// the synthesized manifest digest, or empty for the first image.
class DockerArchiveSource : public FileStoreSource
{
public:
    static Result<std::shared_ptr<DockerArchiveSource>> open(const QString &archivePath,
                                                             const CancelToken &cancel = {});
    // Over an already opened archive (the CLI sniffs the archive kind first).
    static Result<std::shared_ptr<DockerArchiveSource>> open(std::shared_ptr<FileStore> store,
                                                             const CancelToken &cancel = {});

    QString describe() const override;
    Result<Descriptor> resolveNow(const QString &reference) const override;
    Result<QByteArray> fetchManifestNow(const Descriptor &descriptor) const override;
    Result<QByteArray> fetchBlobNow(const Descriptor &descriptor, qint64 limit = 64 * 1024 * 1024) const override;
    QStringList references() const override;

    struct Image
    {
        QStringList repoTags;
        ImageManifest manifest; // synthesized, bytes fixed
    };
    const QList<Image> &images() const { return m_images; }

private:
    explicit DockerArchiveSource(std::shared_ptr<FileStore> store) : FileStoreSource(std::move(store)) {}
    Result<QString> blobFile(const Descriptor &descriptor) const override;

    QList<Image> m_images;
    QHash<Digest, QString> m_blobPaths; // config and layer digests -> file in the archive
};

} // namespace Manifold::Oci
