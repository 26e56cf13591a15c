#pragma once

#include "core/localregistry/registryendpoint.h"
#include "core/oci/canceltoken.h"
#include "core/oci/descriptor.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QIODevice;

namespace Manifold::LocalRegistry {

struct HttpResponse
{
    int status = 0;            // 0: no HTTP answer (see networkError)
    QString networkError;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names lowercased
    QUrl url;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// A small blocking distribution-spec client for the local registry's own needs: pinging,
// probing index support, pushing the mirror's blobs and manifests. Each call runs a local event
// loop, so use it from a worker thread (QtConcurrent) or a CLI; it creates its network manager
// in the thread that constructs it.
class RegistryHttpClient
{
public:
    explicit RegistryHttpClient(RegistryEndpoint endpoint, int timeoutMs = 60000);
    ~RegistryHttpClient();

    const RegistryEndpoint &endpoint() const { return m_endpoint; }

    HttpResponse send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body = {},
                      const QMap<QByteArray, QByteArray> &headers = {}, QIODevice *upload = nullptr,
                      const Oci::ProgressCallback &progress = {}, const Oci::CancelToken &cancel = {});

    HttpResponse ping(); // GET /v2/

    // True when the repository already has the blob (HEAD).
    Result<bool> hasBlob(const QString &repository, const Oci::Digest &digest);
    // Monolithic upload (POST, then PUT ?digest=) from bytes or a file.
    Status uploadBlob(const QString &repository, const Oci::Descriptor &descriptor, const QByteArray &bytes);
    Status uploadBlobFile(const QString &repository, const Oci::Descriptor &descriptor, const QString &path,
                          const Oci::ProgressCallback &progress = {}, const Oci::CancelToken &cancel = {});
    // PUT /v2/<repo>/manifests/<reference>; returns the registry's Docker-Content-Digest.
    Result<QString> putManifest(const QString &repository, const QString &reference, const QString &mediaType,
                                const QByteArray &bytes);
    // GET a manifest/index with the given Accept; fills `mediaType` from Content-Type.
    Result<QByteArray> getManifest(const QString &repository, const QString &reference, const QString &accept,
                                   QString *mediaType = nullptr);
    Status deleteManifest(const QString &repository, const QString &digest);

    // An Error for an unexpected answer, with what the registry said (401 and its challenge,
    // 404, 405 when deletion is off, distribution's {"errors": [...]}).
    Error errorFor(const HttpResponse &response, const QString &what) const;

private:
    QUrl resolve(const QString &pathOrUrl) const;

    RegistryEndpoint m_endpoint;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace Manifold::LocalRegistry
