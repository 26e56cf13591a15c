#include "core/registry/copydestination.h"

#include <QCoreApplication>
#include <QDir>

namespace Manifold::Registry {

CopyDestination::~CopyDestination() = default;

Result<bool> CopyDestination::mountBlob(const Oci::Descriptor &, const QString &, const Oci::CancelToken &)
{
    return false;
}

Result<QUrl> CopyDestination::stageBlobFromFile(const Oci::Descriptor &, const QString &, const Oci::ProgressCallback &,
                                                const Oci::CancelToken &)
{
    return QUrl();
}

Status CopyDestination::commitBlob(const Oci::Descriptor &descriptor, const QString &path, const QUrl &,
                                   const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel)
{
    return putBlobFromFile(descriptor, path, progress, cancel);
}

void CopyDestination::abandonBlob(const QUrl &) {}

RegistryDestination::RegistryDestination(std::shared_ptr<RegistrySession> session, ImageReference repository)
    : m_reference(std::move(repository))
    , m_client(std::move(session), m_reference.domain)
{}

QString RegistryDestination::describe() const
{
    return QStringLiteral("registry %1").arg(m_reference.name());
}

Result<bool> RegistryDestination::hasBlob(const Oci::Descriptor &descriptor, const Oci::CancelToken &cancel)
{
    Result<std::optional<qint64>> size = m_client.blobSize(m_reference.path, descriptor.digest.toString(), cancel);
    if (!size)
        return size.error();
    return size->has_value();
}

Result<bool> RegistryDestination::mountBlob(const Oci::Descriptor &descriptor, const QString &fromRepository,
                                            const Oci::CancelToken &cancel)
{
    return m_client.mountBlob(m_reference.path, descriptor.digest.toString(), fromRepository, cancel);
}

Status RegistryDestination::putBlobFromFile(const Oci::Descriptor &descriptor, const QString &path,
                                            const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel)
{
    return m_client.uploadBlobFromFile(m_reference.path, descriptor, path, progress, cancel);
}

Status RegistryDestination::putBlob(const Oci::Descriptor &descriptor, const QByteArray &bytes,
                                    const Oci::CancelToken &cancel)
{
    return m_client.uploadBlob(m_reference.path, descriptor, bytes, cancel);
}

Result<QUrl> RegistryDestination::stageBlobFromFile(const Oci::Descriptor &descriptor, const QString &path,
                                                    const Oci::ProgressCallback &progress,
                                                    const Oci::CancelToken &cancel)
{
    // A blob small enough to go up in one request waits for the commit and goes then: the
    // registry hashes a one-request body as it arrives, while bytes staged in a session are
    // read back and hashed again at the commit by registries without resumable hashing
    // (distribution as packaged) - a second pass over every byte. Larger blobs go up in
    // chunks anyway, so staging them costs the registry nothing extra.
    if (descriptor.size <= m_client.session()->config().chunkedUploadThreshold)
        return QUrl();
    return m_client.stageUpload(m_reference.path, descriptor, path, progress, cancel);
}

Status RegistryDestination::commitBlob(const Oci::Descriptor &descriptor, const QString &path, const QUrl &staged,
                                       const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel)
{
    if (staged.isEmpty())
        return putBlobFromFile(descriptor, path, progress, cancel);
    return m_client.commitUpload(m_reference.path, staged, descriptor, path, cancel);
}

void RegistryDestination::abandonBlob(const QUrl &staged)
{
    if (!staged.isEmpty())
        m_client.abandonUpload(m_reference.path, staged);
}

Result<bool> RegistryDestination::hasManifest(const Oci::Descriptor &descriptor, const Oci::CancelToken &cancel)
{
    Result<std::optional<Oci::Descriptor>> found = m_client.headManifest(m_reference.path, descriptor.digest.toString(), cancel);
    if (!found)
        return found.error();
    return found->has_value();
}

Status RegistryDestination::putManifest(const Oci::Descriptor &descriptor, const QByteArray &bytes, const QString &tag,
                                        const Oci::CancelToken &cancel)
{
    return m_client.putManifest(m_reference.path, tag.isEmpty() ? descriptor.digest.toString() : tag,
                                descriptor.mediaType, bytes, cancel);
}

LayoutDestination::LayoutDestination(QString directory)
    : m_directory(std::move(directory))
{}

QString LayoutDestination::describe() const
{
    return QStringLiteral("oci-layout:%1").arg(m_directory);
}

Status LayoutDestination::ensureBegun()
{
    if (m_writer)
        return {};
    m_writer = std::make_unique<Oci::OciLayoutWriter>(m_directory, Oci::OciLayoutWriter::Mode::Merge);
    return m_writer->begin();
}

Result<bool> LayoutDestination::hasBlob(const Oci::Descriptor &descriptor, const Oci::CancelToken &)
{
    QMutexLocker lock(&m_mutex);
    if (Status begun = ensureBegun(); !begun)
        return begun.error();
    return m_writer->hasBlob(descriptor);
}

Status LayoutDestination::putBlobFromFile(const Oci::Descriptor &descriptor, const QString &path,
                                          const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel)
{
    QMutexLocker lock(&m_mutex);
    if (Status begun = ensureBegun(); !begun)
        return begun;
    return m_writer->addBlobFromFile(descriptor, path, progress, cancel);
}

Status LayoutDestination::putBlob(const Oci::Descriptor &descriptor, const QByteArray &bytes, const Oci::CancelToken &)
{
    QMutexLocker lock(&m_mutex);
    if (Status begun = ensureBegun(); !begun)
        return begun;
    return m_writer->addBlob(descriptor, bytes);
}

Result<bool> LayoutDestination::hasManifest(const Oci::Descriptor &descriptor, const Oci::CancelToken &)
{
    return hasBlob(descriptor);
}

Status LayoutDestination::putManifest(const Oci::Descriptor &descriptor, const QByteArray &bytes, const QString &tag,
                                      const Oci::CancelToken &)
{
    QMutexLocker lock(&m_mutex);
    if (Status begun = ensureBegun(); !begun)
        return begun;
    if (tag.isEmpty())
        return m_writer->addBlob(descriptor, bytes);
    return m_writer->addManifest(descriptor, bytes, tag);
}

Status LayoutDestination::commit()
{
    QMutexLocker lock(&m_mutex);
    if (Status begun = ensureBegun(); !begun)
        return begun;
    return m_writer->commit();
}

} // namespace Manifold::Registry
