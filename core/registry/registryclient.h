#pragma once

#include "core/oci/canceltoken.h"
#include "core/oci/descriptor.h"
#include "core/registry/imagereference.h"
#include "core/registry/registrysession.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <initializer_list>
#include <memory>
#include <optional>

namespace Manifold::Registry {

// A fetched manifest or index: the exact bytes, verified against its digest.
struct ManifestResponse
{
    QByteArray bytes;
    Oci::Descriptor descriptor; // mediaType (body's, else Content-Type), digest, size
};

// How a blob reached the destination.
enum class BlobTransfer { Skipped, Mounted, Uploaded };

// The OCI distribution API of one registry host, over Qt Network. Blocking calls: use it from
// worker threads (the session pool, QtConcurrent), never from the UI thread. Thread-safe; each
// worker thread keeps its own connections. Auth (Basic, Bearer tokens), redirects (followed
// manually; Authorization only to the registry's own origin), retries and verification are
// handled here.
class RegistryClient
{
public:
    // `domain` as in ImageReference::domain ("docker.io", "127.0.0.1:5000").
    RegistryClient(std::shared_ptr<RegistrySession> session, QString domain);

    QString domain() const { return m_domain; }
    QString apiHost() const { return m_apiHost; }
    std::shared_ptr<RegistrySession> session() const { return m_session; }

    // GET /v2/ (after deciding https vs http); authenticates when the registry asks.
    Status ping(const Oci::CancelToken &cancel = {});
    // Plain HTTP in use for this registry (loopback or marked insecure): results should say so.
    bool isPlainHttp() const;

    Result<ManifestResponse> getManifest(const QString &repository, const QString &reference,
                                         const Oci::CancelToken &cancel = {});
    // The descriptor (mediaType, digest, size) of a tag or digest; nullopt when it does not exist.
    Result<std::optional<Oci::Descriptor>> headManifest(const QString &repository, const QString &reference,
                                                        const Oci::CancelToken &cancel = {});
    // PUT the exact bytes under `reference` (a tag, or the digest); checks the digest answered.
    // A manifest with a `subject` pushed to a registry without the referrers API (no
    // OCI-Subject answer) is added to the subject's "<alg>-<hex>" fallback index as well.
    Status putManifest(const QString &repository, const QString &reference, const QString &mediaType,
                       const QByteArray &bytes, const Oci::CancelToken &cancel = {});
    Status deleteManifest(const QString &repository, const QString &digest, const Oci::CancelToken &cancel = {});

    // Size of the blob when it exists, nullopt when not.
    Result<std::optional<qint64>> blobSize(const QString &repository, const QString &digest,
                                           const Oci::CancelToken &cancel = {});
    Result<QByteArray> getBlob(const QString &repository, const Oci::Descriptor &descriptor,
                               qint64 limit = 64 * 1024 * 1024, const Oci::CancelToken &cancel = {});
    // Streams into `path` via `path + ".part"`, verified (size, then digest) before the rename.
    Status getBlobToFile(const QString &repository, const Oci::Descriptor &descriptor, const QString &path,
                         const Oci::ProgressCallback &progress = {}, const Oci::CancelToken &cancel = {});
    // Cross-repository mount; true when mounted (201), false when the registry opened an upload
    // instead (that session is cancelled).
    Result<bool> mountBlob(const QString &repository, const QString &digest, const QString &fromRepository,
                           const Oci::CancelToken &cancel = {});
    // Uploads a verified file or bytes: monolithic PUT, or PATCH chunks for large blobs.
    Status uploadBlobFromFile(const QString &repository, const Oci::Descriptor &descriptor, const QString &path,
                              const Oci::ProgressCallback &progress = {}, const Oci::CancelToken &cancel = {});
    Status uploadBlob(const QString &repository, const Oci::Descriptor &descriptor, const QByteArray &bytes,
                      const Oci::CancelToken &cancel = {});
    // Two-phase upload, for copies that must write nothing unless every blob arrived intact:
    // stageUpload sends the whole file into an upload session, which readers cannot see, and
    // returns the session's location; commitUpload makes the blob exist (closing PUT), and
    // abandonUpload drops the session. A commit whose answer was lost is recognised by the
    // blob existing afterwards.
    Result<QUrl> stageUpload(const QString &repository, const Oci::Descriptor &descriptor, const QString &path,
                             const Oci::ProgressCallback &progress = {}, const Oci::CancelToken &cancel = {});
    Status commitUpload(const QString &repository, const QUrl &location, const Oci::Descriptor &descriptor,
                        const QString &path, const Oci::CancelToken &cancel = {});
    void abandonUpload(const QString &repository, const QUrl &location);
    // Continues an open upload session (the Location of POST …/blobs/uploads/ or of the last
    // chunk) from `offset`, the byte count the caller believes the registry holds. When that is
    // wrong the registry answers 416; the client then asks the session for its Range and
    // resumes from the registry's offset. Uploads above resume the same way.
    Status resumeUpload(const QString &repository, const QUrl &location, const Oci::Descriptor &descriptor,
                        const QString &path, qint64 offset, const Oci::ProgressCallback &progress = {},
                        const Oci::CancelToken &cancel = {});

    // All tags, following Link pagination (same host only); `pageSize` 0 = registry default.
    Result<QStringList> listTags(const QString &repository, int pageSize = 0, const Oci::CancelToken &cancel = {});
    Result<QStringList> catalog(int pageSize = 0, const Oci::CancelToken &cancel = {});
    // OCI 1.1 referrers API, falling back to the "<alg>-<hex>" tag schema when unsupported.
    Result<QList<Oci::Descriptor>> referrers(const QString &repository, const QString &digest,
                                             const QString &artifactType = {}, const Oci::CancelToken &cancel = {});
    static QString referrersFallbackTag(const QString &digest);

    // Redirect rule: Authorization is sent only when scheme, host and port all match.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    // Retry-After as seconds or an HTTP date; -1 when absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &value);

    struct Request;
    struct Response;

private:
    Result<QUrl> baseUrl(const Oci::CancelToken &cancel);
    Result<Response> send(Request request);
    // send(), and any status outside `accepted` becomes httpError(what, location).
    Result<Response> sendExpecting(Request request, std::initializer_list<int> accepted, const QString &what,
                                   const QString &location);
    Result<Response> sendOnce(const Request &request, const QUrl &url, const QByteArray &method,
                              const QByteArray &authorization, bool &sslErrorsSeen);
    Result<QByteArray> authorizationFor(const QStringList &scopes, const QUrl &url);
    // Credentials never go over plain HTTP to a non-loopback host unless the user allowed it.
    Status mayCarryCredentials(const QUrl &url) const;
    // The error for an exchange that got no HTTP answer (a TLS refusal names the host and the fix).
    Error networkFailure(const QUrl &url, QNetworkReply::NetworkError error, const QString &errorString,
                         bool sslErrorsSeen) const;
    Status answerChallenge(const Response &response, QStringList &scopes, bool &scopeChanged);
    Result<RegistrySession::Token> fetchToken(const RegistrySession::HostAuth &auth, const QStringList &scopes,
                                              const QUrl &registryUrl);
    Error httpError(const Response &response, const QString &what, const QString &location) const;
    Result<QStringList> listPaged(const QString &path, const QString &field, int pageSize, const QStringList &scopes,
                                  const Oci::CancelToken &cancel);
    Result<QUrl> startUpload(const QString &repository, const QStringList &scopes, const Oci::CancelToken &cancel,
                             qint64 *minChunk = nullptr);
    // Sends the rest of the blob from `offset`, then the closing PUT; without `commit` it stops
    // after the bytes and leaves the session's location in `*staged`.
    Status finishUpload(const QString &repository, QUrl location, const Oci::Descriptor &descriptor,
                        const QString &path, const QByteArray *bytes, const Oci::ProgressCallback &progress,
                        const Oci::CancelToken &cancel, qint64 minChunk, qint64 offset, bool resuming,
                        QUrl *staged = nullptr);
    // GET on an upload session: the offset the registry expects next; updates `location`.
    Status addToReferrersFallback(const QString &repository, const QString &subject, const Oci::Descriptor &referrer,
                                  const Oci::CancelToken &cancel);
    Result<qint64> uploadOffset(const QString &repository, QUrl &location, const Oci::CancelToken &cancel);

    std::shared_ptr<RegistrySession> m_session;
    QString m_domain;
    QString m_apiHost;
};

} // namespace Manifold::Registry
