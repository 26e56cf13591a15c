#include "core/registry/registrycontentsource.h"

#include "core/oci/mediatypes.h"

#include <QCoreApplication>
#include <QtConcurrent>

namespace Manifold::Registry {

RegistryContentSource::RegistryContentSource(std::shared_ptr<RegistrySession> session, ImageReference repository)
    : m_session(std::move(session))
    , m_reference(std::move(repository))
    , m_client(m_session, m_reference.domain)
{}

QString RegistryContentSource::describe() const
{
    return QStringLiteral("registry %1").arg(m_reference.name());
}

Result<Oci::Descriptor> RegistryContentSource::resolveNow(const QString &reference)
{
    QString ref = reference;
    if (ref.isEmpty())
        ref = m_reference.manifestReference();
    // A GET (not HEAD) so the descriptor's digest is computed from the bytes we saw.
    Result<ManifestResponse> manifest = m_client.getManifest(m_reference.path, ref);
    if (!manifest)
        return manifest.error();
    if (!Oci::MediaTypes::isManifestOrIndex(manifest->descriptor.mediaType))
        return Error(QStringLiteral("registry.manifest.media-type"),
                     QCoreApplication::translate("Manifold::Registry::RegistryContentSource",
                                                 "%1 is a %2, not an image manifest or index")
                         .arg(ref, manifest->descriptor.mediaType),
                     m_reference.name());
    QMutexLocker lock(&m_resolvedMutex);
    m_resolved.insert(manifest->descriptor.digest.toString(), manifest->bytes);
    return manifest->descriptor;
}

QFuture<Result<Oci::Descriptor>> RegistryContentSource::resolve(const QString &reference)
{
    return QtConcurrent::run(m_session->pool(), [this, reference] { return resolveNow(reference); });
}

QFuture<Result<QByteArray>> RegistryContentSource::fetchManifest(const Oci::Descriptor &descriptor)
{
    {
        QMutexLocker lock(&m_resolvedMutex);
        const auto cached = m_resolved.constFind(descriptor.digest.toString());
        if (cached != m_resolved.constEnd()) {
            const QByteArray bytes = *cached;
            lock.unlock();
            // Verified against the asked-for descriptor like a fetched manifest.
            if (Status verified = descriptor.verify(bytes, m_reference.name()); !verified)
                return QtFuture::makeReadyFuture(Result<QByteArray>(verified.error()));
            return QtFuture::makeReadyFuture(Result<QByteArray>(bytes));
        }
    }
    return QtConcurrent::run(m_session->pool(), [this, descriptor]() -> Result<QByteArray> {
        Result<ManifestResponse> manifest = m_client.getManifest(m_reference.path, descriptor.digest.toString());
        if (!manifest)
            return manifest.error();
        if (Status verified = descriptor.verify(manifest->bytes, m_reference.name()); !verified)
            return verified.error();
        return manifest->bytes;
    });
}

QFuture<Result<QByteArray>> RegistryContentSource::fetchBlob(const Oci::Descriptor &descriptor)
{
    return QtConcurrent::run(m_session->pool(), [this, descriptor]() -> Result<QByteArray> {
        return m_client.getBlob(m_reference.path, descriptor);
    });
}

QFuture<Result<QString>> RegistryContentSource::fetchBlobToFile(const Oci::Descriptor &descriptor, const QString &path,
                                                                Oci::ProgressCallback progress, Oci::CancelToken cancel)
{
    return QtConcurrent::run(m_session->pool(), [this, descriptor, path, progress, cancel]() -> Result<QString> {
        if (Status fetched = m_client.getBlobToFile(m_reference.path, descriptor, path, progress, cancel); !fetched)
            return fetched.error();
        return path;
    });
}

QFuture<Result<QStringList>> RegistryContentSource::listReferences()
{
    return QtConcurrent::run(m_session->pool(), [this]() -> Result<QStringList> {
        return m_client.listTags(m_reference.path);
    });
}

} // namespace Manifold::Registry
