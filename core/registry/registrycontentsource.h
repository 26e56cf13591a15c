#pragma once

#include "core/oci/contentsource.h"
#include "core/registry/imagereference.h"
#include "core/registry/registryclient.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace Manifold::Registry {

// A registry repository as an Oci::ContentSource: every call runs on the session's worker pool
// (bounded parallelism, per-thread connections) and returns verified content.
class RegistryContentSource : public Oci::ContentSource
{
public:
    RegistryContentSource(std::shared_ptr<RegistrySession> session, ImageReference repository);

    QString describe() const override;
    // A tag or digest; empty = the reference's own tag/digest, else "latest".
    QFuture<Result<Oci::Descriptor>> resolve(const QString &reference) override;
    QFuture<Result<QByteArray>> fetchManifest(const Oci::Descriptor &descriptor) override;
    QFuture<Result<QByteArray>> fetchBlob(const Oci::Descriptor &descriptor) override;
    QFuture<Result<QString>> fetchBlobToFile(const Oci::Descriptor &descriptor, const QString &path,
                                             Oci::ProgressCallback progress = {},
                                             Oci::CancelToken cancel = {}) override;
    QFuture<Result<QStringList>> listReferences() override;

    const ImageReference &reference() const { return m_reference; }
    RegistryClient &client() { return m_client; }

    // Blocking forms, for code already on a worker thread (not a session pool thread).
    Result<Oci::Descriptor> resolveNow(const QString &reference);

private:
    std::shared_ptr<RegistrySession> m_session;
    ImageReference m_reference;
    RegistryClient m_client;
    // Bytes of manifests resolved by tag, by digest: resolve() already fetched the root, so the
    // fetchManifest() that follows it needs no second round trip.
    QMutex m_resolvedMutex;
    QHash<QString, QByteArray> m_resolved;
};

} // namespace Manifold::Registry
