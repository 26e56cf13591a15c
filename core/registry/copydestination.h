#pragma once

#include "core/oci/canceltoken.h"
#include "core/oci/descriptor.h"
#include "core/oci/ocilayoutwriter.h"
#include "core/registry/imagereference.h"
#include "core/registry/registryclient.h"
#include "core/utils/result.h"

#include <QMutex>

#include <memory>

namespace Manifold::Registry {

// Where ImageCopier writes: a registry repository or an OCI layout directory. Methods may be
// called from several worker threads at once.
class CopyDestination
{
public:
    virtual ~CopyDestination();
    virtual QString describe() const = 0;
    virtual Result<bool> hasBlob(const Oci::Descriptor &descriptor, const Oci::CancelToken &cancel = {}) = 0;
    // Cross-repository mount from `fromRepository` of the same registry; false = not mounted.
    virtual Result<bool> mountBlob(const Oci::Descriptor &descriptor, const QString &fromRepository,
                                   const Oci::CancelToken &cancel = {});
    virtual Status putBlobFromFile(const Oci::Descriptor &descriptor, const QString &path,
                                   const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel) = 0;
    virtual Status putBlob(const Oci::Descriptor &descriptor, const QByteArray &bytes,
                           const Oci::CancelToken &cancel) = 0;
    // Two-phase blob writes: stageBlobFromFile sends the bytes without making the blob visible
    // and returns a handle (empty when the bytes wait for the commit), commitBlob makes it
    // visible (the file must still exist), abandonBlob drops it. A copy can so overlap its
    // downloads and uploads and still write nothing when one source blob turns out bad.
    // By default everything is written at commit.
    virtual Result<QUrl> stageBlobFromFile(const Oci::Descriptor &descriptor, const QString &path,
                                           const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel);
    virtual Status commitBlob(const Oci::Descriptor &descriptor, const QString &path, const QUrl &staged,
                              const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel);
    virtual void abandonBlob(const QUrl &staged);
    virtual Result<bool> hasManifest(const Oci::Descriptor &descriptor, const Oci::CancelToken &cancel = {}) = 0;
    // Stores a manifest by digest, or under `tag` when not empty.
    virtual Status putManifest(const Oci::Descriptor &descriptor, const QByteArray &bytes, const QString &tag,
                               const Oci::CancelToken &cancel) = 0;
    virtual Status commit() { return {}; }
    // The registry domain when the destination is a registry (for mounts), else empty.
    virtual QString registryDomain() const { return {}; }
    virtual bool isPlainHttp() const { return false; }
};

class RegistryDestination : public CopyDestination
{
public:
    RegistryDestination(std::shared_ptr<RegistrySession> session, ImageReference repository);
    QString describe() const override;
    Result<bool> hasBlob(const Oci::Descriptor &descriptor, const Oci::CancelToken &cancel = {}) override;
    Result<bool> mountBlob(const Oci::Descriptor &descriptor, const QString &fromRepository,
                           const Oci::CancelToken &cancel = {}) override;
    Status putBlobFromFile(const Oci::Descriptor &descriptor, const QString &path,
                           const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel) override;
    Status putBlob(const Oci::Descriptor &descriptor, const QByteArray &bytes, const Oci::CancelToken &cancel) override;
    Result<QUrl> stageBlobFromFile(const Oci::Descriptor &descriptor, const QString &path,
                                   const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel) override;
    Status commitBlob(const Oci::Descriptor &descriptor, const QString &path, const QUrl &staged,
                      const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel) override;
    void abandonBlob(const QUrl &staged) override;
    Result<bool> hasManifest(const Oci::Descriptor &descriptor, const Oci::CancelToken &cancel = {}) override;
    Status putManifest(const Oci::Descriptor &descriptor, const QByteArray &bytes, const QString &tag,
                       const Oci::CancelToken &cancel) override;
    QString registryDomain() const override { return m_reference.domain; }
    bool isPlainHttp() const override { return m_client.isPlainHttp(); }
    RegistryClient &client() { return m_client; }

private:
    ImageReference m_reference;
    RegistryClient m_client;
};

// An OCI image layout, written atomically on commit() (existing content is kept).
class LayoutDestination : public CopyDestination
{
public:
    explicit LayoutDestination(QString directory);
    QString describe() const override;
    Result<bool> hasBlob(const Oci::Descriptor &descriptor, const Oci::CancelToken &cancel = {}) override;
    Status putBlobFromFile(const Oci::Descriptor &descriptor, const QString &path,
                           const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel) override;
    Status putBlob(const Oci::Descriptor &descriptor, const QByteArray &bytes, const Oci::CancelToken &cancel) override;
    Result<bool> hasManifest(const Oci::Descriptor &descriptor, const Oci::CancelToken &cancel = {}) override;
    Status putManifest(const Oci::Descriptor &descriptor, const QByteArray &bytes, const QString &tag,
                       const Oci::CancelToken &cancel) override;
    Status commit() override;

private:
    Status ensureBegun();
    QString m_directory;
    std::unique_ptr<Oci::OciLayoutWriter> m_writer;
    QMutex m_mutex;
};

} // namespace Manifold::Registry
