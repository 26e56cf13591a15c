#include "core/registry/registryclient.h"

#include "core/oci/digest.h"
#include "core/oci/manifest.h"
#include "core/oci/index.h"
#include "core/oci/mediatypes.h"
#include "core/registry/authchallenge.h"
#include "core/registry/blobconnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QThread>
#include <QThreadStorage>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>

namespace Manifold::Registry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Registry::RegistryClient)
};

constexpr qint64 MaxErrorBody = 1024 * 1024;
constexpr int MaxRedirects = 10;

// One QNetworkAccessManager per worker thread and trust setting: connections are reused by later
// requests of the same thread, and a manager is only ever used by the thread that owns it. Qt's
// connection cache ignores the request's TLS configuration, so a connection verified (or left
// unverified) under one CA setting must never serve a request made under another.
// One manager per thread and trust setting; QThreadStorage deletes the set when its thread ends
// (pool threads expire), and the set owns its managers.
struct ThreadManagers
{
    std::map<QString, std::unique_ptr<QNetworkAccessManager>> byTrustKey;
};

QNetworkAccessManager *threadManager(const QString &trustKey)
{
    static QThreadStorage<ThreadManagers *> storage;
    if (!storage.hasLocalData())
        storage.setLocalData(new ThreadManagers);
    std::unique_ptr<QNetworkAccessManager> &manager = storage.localData()->byTrustKey[trustKey];
    if (!manager) {
        manager = std::make_unique<QNetworkAccessManager>();
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return manager.get();
}

// "https://host:port/path" without the query (it may carry upload secrets or signatures).
QString redacted(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toString();
}

// "host" or "host:port" as the user names it in --insecure and --ca-cert (never user info).
QString hostPortOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

Error cancelledAt(const QUrl &url)
{
    return Error(QStringLiteral("registry.cancelled"), Tr::tr("cancelled"), redacted(url));
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isRetryableStatus(int status)
{
    return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

} // namespace

struct RegistryClient::Request
{
    QByteArray method = "GET";
    QUrl url;                  // absolute, or a path resolved against the registry base
    QString path;              // "/v2/…" when url is empty
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool hasBody = false;
    QString bodyFile;          // uploaded from this file when set
    QStringList scopes;
    BodySink *sink = nullptr;
    qint64 maxBody = MaxErrorBody;
    Oci::CancelToken cancel;
};

struct RegistryClient::Response
{
    int status = 0;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    QList<QByteArray> headerValues(const QByteArray &name) const
    {
        QList<QByteArray> values;
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                values.append(pair.second);
        }
        return values;
    }
};

RegistryClient::RegistryClient(std::shared_ptr<RegistrySession> session, QString domain)
    : m_session(std::move(session))
    , m_domain(std::move(domain))
{
    ImageReference ref;
    ref.domain = m_domain;
    m_apiHost = ref.apiHost();
}

bool RegistryClient::sameOrigin(const QUrl &a, const QUrl &b)
{
    const int defaultA = a.scheme() == QLatin1String("https") ? 443 : 80;
    const int defaultB = b.scheme() == QLatin1String("https") ? 443 : 80;
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultA) == b.port(defaultB);
}

qint64 RegistryClient::retryAfterMs(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

Result<QUrl> RegistryClient::baseUrl(const Oci::CancelToken &cancel)
{
    QString scheme = m_session->cachedScheme(m_apiHost);
    if (!scheme.isEmpty())
        return QUrl(scheme + QStringLiteral("://") + m_apiHost);
    QMutexLocker lock(&m_session->probeMutex());
    scheme = m_session->cachedScheme(m_apiHost);
    if (!scheme.isEmpty())
        return QUrl(scheme + QStringLiteral("://") + m_apiHost);

    const bool loopback = ImageReference::isLoopbackHost(m_apiHost);
    const bool mayUseHttp = loopback || m_session->config().isInsecure(m_apiHost)
        || m_session->config().isInsecure(m_domain);
    bool sslErrors = false;
    Request probe;
    probe.cancel = cancel;
    if (loopback) {
        // Loopback registries almost always speak plain HTTP (the local registry flow): ask that
        // first, which spares a TLS handshake (and loading the TLS backend) on every run. Only a
        // genuine registry answer counts; a TLS server answers a plain request with 400, and
        // then https is probed as for any host.
        probe.url = QUrl(QStringLiteral("http://%1/v2/").arg(m_apiHost));
        Result<Response> http = sendOnce(probe, probe.url, "GET", {}, sslErrors);
        if (http && (http->status == 200 || http->status == 401 || !http->header("Docker-Distribution-API-Version").isEmpty())) {
            m_session->setScheme(m_apiHost, QStringLiteral("http"));
            return QUrl(QStringLiteral("http://") + m_apiHost);
        }
    }
    // Probe https first; fall back to plain HTTP only where allowed, and only when the server
    // does not speak TLS at all (a certificate problem is never "solved" by dropping TLS).
    probe.url = QUrl(QStringLiteral("https://%1/v2/").arg(m_apiHost));
    Result<Response> https = sendOnce(probe, probe.url, "GET", {}, sslErrors);
    if (https) {
        m_session->setScheme(m_apiHost, QStringLiteral("https"));
        return QUrl(QStringLiteral("https://") + m_apiHost);
    }
    if (sslErrors) {
        // sendOnce() names the host; the hint is about the registry itself.
        Error error = https.error();
        error.code = QStringLiteral("registry.tls");
        error.location = QStringLiteral("https://%1/v2/").arg(m_apiHost);
        error.hint = Tr::tr("Trust its CA for this registry (--ca-cert %1=FILE), or, for a test registry only, mark it "
                            "insecure (--insecure %1 / MANIFOLD_INSECURE_REGISTRIES=%1).")
                         .arg(m_apiHost);
        return error;
    }
    // A bad CA file or any TLS refusal is never a reason to try plain HTTP.
    if (https.error().code.startsWith(QLatin1String("registry.tls")))
        return https.error();
    if (!mayUseHttp) {
        Error error = https.error();
        if (error.code == QStringLiteral("registry.network.tls-handshake")) {
            error.hint = Tr::tr("If %1 serves plain HTTP, mark it insecure (--insecure / "
                            "MANIFOLD_INSECURE_REGISTRIES=%1); Manifold never downgrades to HTTP on its own.")
                             .arg(m_apiHost);
        }
        return error;
    }
    Request plain = probe;
    plain.url = QUrl(QStringLiteral("http://%1/v2/").arg(m_apiHost));
    Result<Response> http = sendOnce(plain, plain.url, "GET", {}, sslErrors);
    if (!http)
        return http.error();
    m_session->setScheme(m_apiHost, QStringLiteral("http"));
    return QUrl(QStringLiteral("http://") + m_apiHost);
}

bool RegistryClient::isPlainHttp() const
{
    return m_session->cachedScheme(m_apiHost) == QLatin1String("http");
}

Result<RegistryClient::Response> RegistryClient::sendOnce(const Request &request, const QUrl &url,
                                                          const QByteArray &method,
                                                          const QByteArray &authorization, bool &sslErrorsSeen)
{
    QNetworkRequest qrequest(url);
    qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qrequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // HTTP/1.1 only, as BlobConnection speaks: Qt 6.4's HTTP/2 handler can touch an upload
    // device already destroyed when a finished request is torn down (a crash in its network
    // thread, seen against a TLS registry, which offers h2).
    qrequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    qrequest.setTransferTimeout(m_session->config().transferTimeoutMs);
    // An explicit Accept-Encoding stops Qt from decompressing bodies behind our back: blobs
    // must be hashed exactly as stored.
    qrequest.setRawHeader("Accept-Encoding", "identity");
    qrequest.setRawHeader("User-Agent", "manifold");
    for (const auto &header : request.headers)
        qrequest.setRawHeader(header.first, header.second);
    if (!authorization.isEmpty())
        qrequest.setRawHeader("Authorization", authorization);
    QString trustKey;
    std::optional<QSslConfiguration> tlsConfiguration;
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        const QString hostPort = hostPortOf(url);
        const QString caFile = m_session->config().caCertificateFiles.value(hostPort);
        if (!caFile.isEmpty()) {
            const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
            if (certificates.isEmpty())
                return Error(QStringLiteral("registry.tls.ca"), Tr::tr("no PEM certificate could be read"), caFile,
                             Tr::tr("Give a PEM file with the CA certificate of the registry."));
            ssl.addCaCertificates(certificates);
        }
        // Only the registry itself (its API host may differ from the name, docker.io) is relaxed;
        // a redirect or token host elsewhere is verified unless it is listed itself.
        if (m_session->config().isInsecure(hostPort)
            || (hostPort.compare(m_apiHost, Qt::CaseInsensitive) == 0 && m_session->config().isInsecure(m_domain)))
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        qrequest.setSslConfiguration(ssl);
        tlsConfiguration = ssl;
        trustKey = (ssl.peerVerifyMode() == QSslSocket::VerifyNone ? QStringLiteral("unverified|")
                                                                   : QStringLiteral("verified|"))
            + caFile;
    }

    std::unique_ptr<QFile> bodyFile;
    const uchar *mapped = nullptr;
    if (!request.bodyFile.isEmpty()) {
        bodyFile = std::make_unique<QFile>(request.bodyFile);
        if (!bodyFile->open(QIODevice::ReadOnly))
            return Error(QStringLiteral("registry.upload.read"), Tr::tr("cannot read %1: %2")
                         .arg(request.bodyFile, bodyFile->errorString()), request.bodyFile);
        qrequest.setHeader(QNetworkRequest::ContentLengthHeader, bodyFile->size());
        mapped = bodyFile->size() > 0 ? bodyFile->map(0, bodyFile->size()) : nullptr;
    }
    // Blob bodies, up from a mapped file or down into a sink, go over a connection of their own
    // (see BlobConnection); through a proxy, Qt's network access carries them.
    const bool blobUpload = mapped != nullptr;
    const bool blobDownload = request.sink && method == "GET";
    if ((blobUpload || blobDownload) && BlobConnection::isDirect(url)) {
        BlobConnection::Request exchange;
        exchange.method = method;
        exchange.url = url;
        for (const QByteArray &name : qrequest.rawHeaderList()) {
            if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
                exchange.headers.append(qMakePair(name, qrequest.rawHeader(name)));
        }
        if (blobUpload) {
            exchange.body = reinterpret_cast<const char *>(mapped);
            exchange.bodySize = bodyFile->size();
        }
        exchange.sink = request.sink;
        exchange.tls = tlsConfiguration;
        exchange.timeoutMs = m_session->config().transferTimeoutMs;
        exchange.maxResponseBody = request.maxBody;
        exchange.cancel = request.cancel;
        BlobConnection::Response answer = BlobConnection::send(exchange);
        sslErrorsSeen = sslErrorsSeen || answer.sslErrorsSeen;
        if (answer.cancelled() || request.cancel.isCancelled())
            return cancelledAt(url);
        if (answer.sinkError)
            return *answer.sinkError;
        if (answer.status == 0)
            return networkFailure(url, answer.error, answer.errorString, sslErrorsSeen);
        Response response;
        response.url = url;
        response.status = answer.status;
        response.headers = answer.headers;
        response.body = answer.body; // a 2xx body went to the sink, which has always begun then
        return response;
    }

    QNetworkAccessManager *manager = threadManager(trustKey);
    QNetworkReply *reply = nullptr;
    if (bodyFile) {
        reply = manager->sendCustomRequest(qrequest, method, bodyFile.get());
    } else if (method == "GET") {
        reply = manager->get(qrequest);
    } else if (method == "HEAD") {
        reply = manager->head(qrequest);
    } else {
        qrequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        reply = manager->sendCustomRequest(qrequest, method, request.body);
    }
    std::unique_ptr<QNetworkReply> owner(reply);

    Response response;
    response.url = url;
    std::optional<Error> sinkError;
    bool sinkStarted = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&](const QList<QSslError> &) { sslErrorsSeen = true; });
    // Blob bodies pass through one reused buffer: a fresh array per arrival would be a fresh
    // allocation (and page faults) for every piece of a large download.
    QByteArray sinkBuffer;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (sinkError) {
            reply->skip(reply->bytesAvailable());
            return;
        }
        if (request.sink && status >= 200 && status < 300) {
            if (!sinkStarted) {
                sinkStarted = true;
                const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
                if (Status begun = request.sink->begin(length.isValid() ? length.toLongLong() : -1); !begun) {
                    sinkError = begun.error();
                    reply->abort();
                    return;
                }
            }
            if (sinkBuffer.isEmpty())
                sinkBuffer.resize(256 * 1024);
            qint64 got = 0;
            while ((got = reply->read(sinkBuffer.data(), sinkBuffer.size())) > 0) {
                if (Status written = request.sink->write(sinkBuffer.constData(), got); !written) {
                    sinkError = written.error();
                    reply->abort();
                    return;
                }
            }
            return;
        }
        const QByteArray chunk = reply->readAll();
        if (response.body.size() + chunk.size() > request.maxBody) {
            sinkError = Error(QStringLiteral("registry.response.too-large"),
                              Tr::tr("the response is larger than %1 bytes").arg(request.maxBody), redacted(url),
                              Tr::tr("Manifests over 4 MiB are refused; check that the reference names a manifest."));
            reply->abort();
            return;
        }
        response.body += chunk;
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    cancelPoll.setInterval(100);
    QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
        if (request.cancel.isCancelled())
            reply->abort();
    });
    cancelPoll.start();
    if (!reply->isFinished())
        loop.exec();
    cancelPoll.stop();

    if (request.cancel.isCancelled())
        return cancelledAt(url);
    if (sinkError)
        return *sinkError;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.status == 0)
        return networkFailure(url, reply->error(), reply->errorString(), sslErrorsSeen);
    response.headers = reply->rawHeaderPairs();
    if (request.sink && response.status >= 200 && response.status < 300 && !sinkStarted) {
        // An empty body never triggers readyRead.
        if (Status begun = request.sink->begin(0); !begun)
            return begun.error();
    }
    return response;
}

Error RegistryClient::networkFailure(const QUrl &url, QNetworkReply::NetworkError error, const QString &errorString,
                                     bool sslErrorsSeen) const
{
    // A certificate that failed verification is a trust decision for the user, not an
    // unreachable host: say which host and how to trust it (the registry's own probe in
    // baseUrl() words it for the registry; redirect targets and token services land here).
    if (sslErrorsSeen && url.scheme() == QLatin1String("https"))
        return Error(QStringLiteral("registry.tls"),
                     Tr::tr("the TLS certificate of %1 is not trusted: %2").arg(hostPortOf(url), errorString),
                     redacted(url),
                     Tr::tr("Trust its CA for that host (--ca-cert %1=FILE), or, for a test host only, mark it "
                            "insecure (--insecure %1 / MANIFOLD_INSECURE_REGISTRIES=%1). Trust given to the "
                            "registry never extends to other hosts.")
                         .arg(hostPortOf(url)));
    const bool tls = error == QNetworkReply::SslHandshakeFailedError;
    return Error(tls ? QStringLiteral("registry.network.tls-handshake")
                     : isRetryableNetworkError(error) ? QStringLiteral("registry.network.retryable")
                                                      : QStringLiteral("registry.network"),
                 Tr::tr("cannot reach %1: %2").arg(hostPortOf(url), errorString), redacted(url),
                 Tr::tr("Check the registry address and that it is running and reachable."));
}

Status RegistryClient::mayCarryCredentials(const QUrl &url) const
{
    if (url.scheme() != QLatin1String("http") || ImageReference::isLoopbackHost(url.authority())
        || m_session->config().allowsPlainHttpCredentials(m_apiHost)
        || m_session->config().allowsPlainHttpCredentials(m_domain)
        || m_session->config().allowsPlainHttpCredentials(url.authority()))
        return {};
    return Error(QStringLiteral("registry.credentials.plain-http"),
                 Tr::tr("refusing to send the credentials for %1 over insecure (plain HTTP): anyone on the network "
                    "could read them")
                     .arg(m_domain),
                 redacted(url),
                 Tr::tr("Serve the registry over TLS (https). If this network is trusted, allow it explicitly with "
                    "--allow-plain-http-credentials %1 (or MANIFOLD_PLAIN_HTTP_CREDENTIALS=%1).")
                     .arg(m_domain));
}

Result<QByteArray> RegistryClient::authorizationFor(const QStringList &scopes, const QUrl &url)
{
    const RegistrySession::HostAuth auth = m_session->hostAuth(m_apiHost);
    switch (auth.scheme) {
    case RegistrySession::HostAuth::Scheme::Unknown:
    case RegistrySession::HostAuth::Scheme::Anonymous:
        return QByteArray();
    case RegistrySession::HostAuth::Scheme::Basic: {
        Result<std::optional<Credential>> credential = m_session->credentialFor(m_domain);
        if (!credential)
            return credential.error();
        if (!credential->has_value())
            return QByteArray();
        if (Status allowed = mayCarryCredentials(url); !allowed)
            return allowed.error();
        const QByteArray pair = ((*credential)->username + QLatin1Char(':') + (*credential)->secret).toUtf8();
        return QByteArray(QByteArray("Basic ") + pair.toBase64());
    }
    case RegistrySession::HostAuth::Scheme::Bearer: {
        Result<QString> token = m_session->token(m_apiHost, scopes, [&] { return fetchToken(auth, scopes, url); });
        if (!token)
            return token.error();
        return QByteArray(QByteArray("Bearer ") + token->toUtf8());
    }
    }
    return QByteArray();
}

Result<RegistrySession::Token> RegistryClient::fetchToken(const RegistrySession::HostAuth &auth,
                                                          const QStringList &scopes, const QUrl &registryUrl)
{
    QUrl realm(auth.realm);
    const bool mayUseHttp = ImageReference::isLoopbackHost(realm.authority()) || m_session->config().isInsecure(m_apiHost)
        || ImageReference::isLoopbackHost(m_apiHost);
    if (!realm.isValid() || (realm.scheme() != QLatin1String("https") && !(realm.scheme() == QLatin1String("http") && mayUseHttp)))
        return Error(QStringLiteral("registry.auth.realm"),
                     Tr::tr("the registry names an unusable token service \"%1\"").arg(redacted(realm)), m_apiHost,
                     Tr::tr("Token services must use https (http only for loopback or insecure registries)."));
    Result<std::optional<Credential>> credential = m_session->credentialFor(m_domain);
    if (!credential)
        return credential.error();
    // A token obtained with credentials stands for them: neither the exchange nor its use may
    // travel in clear text unless the user allowed it. Anonymous tokens carry no secret.
    if (credential->has_value()) {
        if (Status allowed = mayCarryCredentials(realm); !allowed)
            return allowed.error();
        if (Status allowed = mayCarryCredentials(registryUrl); !allowed)
            return allowed.error();
    }

    Request request;
    request.url = realm;
    QUrlQuery query(realm);
    if (!auth.service.isEmpty())
        query.addQueryItem(QStringLiteral("service"), auth.service);
    for (const QString &scope : TokenScope::normalized(scopes))
        query.addQueryItem(QStringLiteral("scope"), scope);
    QByteArray authorization;
    if (credential->has_value() && (*credential)->isIdentityToken()) {
        // Identity tokens are exchanged with the OAuth2 refresh_token grant.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), (*credential)->secret);
        form.addQueryItem(QStringLiteral("service"), auth.service);
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("manifold"));
        form.addQueryItem(QStringLiteral("scope"), TokenScope::normalized(scopes).join(QLatin1Char(' ')));
        request.method = "POST";
        request.body = form.toString(QUrl::FullyEncoded).toUtf8();
        request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    } else {
        realm.setQuery(query);
        request.url = realm;
        if (credential->has_value()) {
            const QByteArray pair = ((*credential)->username + QLatin1Char(':') + (*credential)->secret).toUtf8();
            authorization = QByteArray("Basic ") + pair.toBase64();
        }
    }
    bool sslErrors = false;
    Result<Response> response = sendOnce(request, realm, request.method, authorization, sslErrors);
    if (!response) {
        Error error = response.error();
        if (error.code == QLatin1String("registry.tls"))
            error.message = Tr::tr("the token service of %1 is %2, and %3").arg(m_domain, hostPortOf(realm), error.message);
        return error;
    }
    if (response->status == 401 || response->status == 403)
        return Error(QStringLiteral("registry.unauthorized"),
                     Tr::tr("the token service refused the credentials for %1 (HTTP %2)").arg(m_domain).arg(response->status),
                     redacted(realm),
                     credential->has_value() ? Tr::tr("Check the user name and password: manifold login %1").arg(m_domain)
                                             : Tr::tr("Log in first: manifold login %1").arg(m_domain));
    if (response->status != 200)
        return httpError(*response, Tr::tr("the token service answered HTTP %1"), redacted(realm));
    const QJsonObject object = QJsonDocument::fromJson(response->body).object();
    RegistrySession::Token token;
    token.value = object.value(QStringLiteral("token")).toString();
    if (token.value.isEmpty())
        token.value = object.value(QStringLiteral("access_token")).toString();
    if (token.value.isEmpty())
        return Error(QStringLiteral("registry.auth.token"), Tr::tr("the token service answered without a token"),
                     redacted(realm));
    const qint64 expiresIn = qMax<qint64>(60, object.value(QStringLiteral("expires_in")).toInteger(60));
    token.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000;
    return token;
}

Status RegistryClient::answerChallenge(const Response &response, QStringList &scopes, bool &scopeChanged)
{
    const QList<AuthChallenge> challenges = AuthChallenge::parse(response.headerValues("WWW-Authenticate"));
    const AuthChallenge *challenge = AuthChallenge::preferred(challenges);
    scopeChanged = false;
    if (!challenge)
        return Error(QStringLiteral("registry.unauthorized"),
                     Tr::tr("%1 requires authentication but offers no supported scheme").arg(m_domain), redacted(response.url),
                     Tr::tr("Manifold supports Basic and Bearer token authentication."));
    RegistrySession::HostAuth auth;
    if (challenge->isBearer()) {
        auth.scheme = RegistrySession::HostAuth::Scheme::Bearer;
        // A relative realm is resolved against the request.
        auth.realm = response.url.resolved(QUrl(challenge->param(QStringLiteral("realm")))).toString();
        auth.service = challenge->param(QStringLiteral("service"));
        const QString scope = challenge->param(QStringLiteral("scope"));
        if (!scope.isEmpty()) {
            const QStringList merged = TokenScope::normalized(QStringList(scope) + scopes);
            scopeChanged = !TokenScope::covers(TokenScope::normalized(scopes), TokenScope::normalized({scope}));
            scopes = merged;
        }
    } else {
        auth.scheme = RegistrySession::HostAuth::Scheme::Basic;
    }
    m_session->setHostAuth(m_apiHost, auth);
    return {};
}

Result<RegistryClient::Response> RegistryClient::send(Request request)
{
    QUrl url = request.url;
    if (url.isEmpty() || url.isRelative()) {
        Result<QUrl> base = baseUrl(request.cancel);
        if (!base)
            return base.error();
        url = *base;
        url.setPath(request.path);
        if (!request.query.isEmpty())
            url.setQuery(request.query);
    }
    Result<QUrl> base = baseUrl(request.cancel);
    if (!base)
        return base.error();
    QByteArray method = request.method;
    int redirects = 0;
    int attempt = 0;
    int authAttempts = 0;
    while (true) {
        if (request.cancel.isCancelled())
            return cancelledAt(url);
        QByteArray authorization;
        // Credentials and tokens go only to the registry's own origin, never to a redirect target
        // on another host (presigned storage URLs reject them anyway).
        if (sameOrigin(url, *base)) {
            Result<QByteArray> header = authorizationFor(request.scopes, url);
            if (!header)
                return header.error();
            authorization = *header;
        }
        bool sslErrors = false;
        Result<Response> response = sendOnce(request, url, method, authorization, sslErrors);
        if (!response) {
            if (response.error().code == QLatin1String("registry.tls") && !sameOrigin(url, *base)) {
                // Said as a redirect: the user only named the registry, not this host.
                Error error = response.error();
                error.message = Tr::tr("%1 redirected to %2, and %3").arg(m_domain, hostPortOf(url), error.message);
                return error;
            }
            if (response.error().code == QLatin1String("registry.network.retryable")
                && ++attempt < m_session->config().maxAttempts) {
                QThread::msleep(qMin<qint64>(200LL << attempt, m_session->config().maxRetryDelayMs));
                continue;
            }
            return response.error();
        }
        const int status = response->status;
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            const QByteArray location = response->header("Location");
            if (location.isEmpty())
                return httpError(*response, Tr::tr("HTTP %1 redirect without a Location"), redacted(url));
            if (++redirects > MaxRedirects)
                return Error(QStringLiteral("registry.redirect.loop"), Tr::tr("more than %1 redirects").arg(MaxRedirects),
                             redacted(url), Tr::tr("The registry or its storage redirects in a loop."));
            const QUrl next = url.resolved(QUrl::fromEncoded(location));
            if (url.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https"))
                return Error(QStringLiteral("registry.redirect.downgrade"),
                             Tr::tr("refusing a redirect from https to %1").arg(next.scheme()), redacted(url),
                             Tr::tr("The registry redirected to an insecure URL; report it to its operator."));
            if (status == 303) {
                method = "GET";
                request.body.clear();
                request.bodyFile.clear();
            }
            url = next;
            continue;
        }
        if ((status == 401 || status == 403) && sameOrigin(url, *base)) {
            const QList<AuthChallenge> challenges = AuthChallenge::parse(response->headerValues("WWW-Authenticate"));
            const AuthChallenge *challenge = AuthChallenge::preferred(challenges);
            const bool insufficientScope = challenge
                && challenge->param(QStringLiteral("error")) == QLatin1String("insufficient_scope");
            if (status == 403 && !insufficientScope)
                return *response;
            if (status == 401 || insufficientScope) {
                // Retry once with (new) credentials; a second refusal is final.
                if (++authAttempts > 2 || (authAttempts == 2 && !insufficientScope) || !challenge) {
                    const Result<std::optional<Credential>> credential = m_session->credentialFor(m_domain);
                    const bool hasCredential = credential && credential->has_value();
                    return Error(QStringLiteral("registry.unauthorized"),
                                 hasCredential ? Tr::tr("%1 refused the credentials (HTTP %2)").arg(m_domain).arg(status)
                                               : Tr::tr("%1 requires authentication (HTTP %2)").arg(m_domain).arg(status),
                                 redacted(url),
                                 hasCredential ? Tr::tr("Check the user name, password and access rights: manifold login %1").arg(m_domain)
                                               : Tr::tr("Log in first: manifold login %1 (or docker login).").arg(m_domain));
                }
                bool scopeChanged = false;
                const QStringList before = request.scopes;
                if (Status answered = answerChallenge(*response, request.scopes, scopeChanged); !answered)
                    return answered.error();
                // A refused token (expired, revoked) must not be offered again.
                if (!authorization.isEmpty())
                    m_session->dropToken(m_apiHost, before);
                continue;
            }
        }
        if (isRetryableStatus(status) && ++attempt < m_session->config().maxAttempts) {
            qint64 delay = retryAfterMs(response->header("Retry-After"));
            if (delay < 0)
                delay = 200LL << attempt;
            QThread::msleep(qMin<qint64>(delay, m_session->config().maxRetryDelayMs));
            continue;
        }
        return response;
    }
}

Result<RegistryClient::Response> RegistryClient::sendExpecting(Request request, std::initializer_list<int> accepted,
                                                               const QString &what, const QString &location)
{
    Result<Response> response = send(std::move(request));
    if (!response)
        return response.error();
    if (std::find(accepted.begin(), accepted.end(), response->status) == accepted.end())
        return httpError(*response, what, location);
    return response;
}

Error RegistryClient::httpError(const Response &response, const QString &what, const QString &location) const
{
    QString message = what.arg(response.status);
    const QJsonArray errors = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("errors")).toArray();
    QString code;
    for (const QJsonValue &value : errors) {
        const QJsonObject error = value.toObject();
        if (code.isEmpty())
            code = error.value(QStringLiteral("code")).toString();
        message += QStringLiteral(": %1 %2").arg(error.value(QStringLiteral("code")).toString(),
                                                   error.value(QStringLiteral("message")).toString());
    }
    QString hint;
    if (response.status == 404)
        hint = Tr::tr("Check the repository and the tag or digest.");
    else if (response.status == 405 || code == QLatin1String("UNSUPPORTED"))
        hint = Tr::tr("The registry does not allow this operation (deletes are often disabled).");
    else if (response.status == 429)
        hint = Tr::tr("The registry rate-limited Manifold; wait and try again, or log in for a higher limit.");
    else if (response.status >= 500)
        hint = Tr::tr("The registry failed; try again later.");
    return Error(response.status == 404 ? QStringLiteral("registry.not-found")
                                        : QStringLiteral("registry.http.%1").arg(response.status),
                 message, location, hint);
}

Status RegistryClient::ping(const Oci::CancelToken &cancel)
{
    Request request;
    request.path = QStringLiteral("/v2/");
    request.cancel = cancel;
    Result<Response> response = send(request);
    if (!response)
        return response.error();
    if (response->status == 404)
        return Error(QStringLiteral("registry.not-v2"), Tr::tr("%1 does not serve the registry API v2").arg(m_domain),
                     redacted(response->url), Tr::tr("Check the host and port: is it a container registry?"));
    if (response->status != 200)
        return httpError(*response, Tr::tr("the registry answered HTTP %1"), redacted(response->url));
    return {};
}

namespace {

QString repositoryPath(const QString &repository, const QString &kind, const QString &reference)
{
    return QStringLiteral("/v2/%1/%2/%3").arg(repository, kind, reference);
}

QStringList pullScope(const QString &repository)
{
    return {TokenScope::repository(repository, {QStringLiteral("pull")})};
}

QStringList pushScope(const QString &repository)
{
    return {TokenScope::repository(repository, {QStringLiteral("pull"), QStringLiteral("push")})};
}

Status validateReference(const QString &reference)
{
    if (reference.contains(QLatin1Char(':'))) {
        if (!Oci::Digest::isValid(reference))
            return Error(QStringLiteral("registry.reference.digest"), QStringLiteral("invalid digest %1").arg(reference));
    } else if (!ImageReference::isValidTag(reference)) {
        return Error(QStringLiteral("registry.reference.tag"), QStringLiteral("invalid tag %1").arg(reference));
    }
    return {};
}

} // namespace

Result<ManifestResponse> RegistryClient::getManifest(const QString &repository, const QString &reference,
                                                     const Oci::CancelToken &cancel)
{
    if (Status valid = validateReference(reference); !valid)
        return valid.error();
    Request request;
    request.path = repositoryPath(repository, QStringLiteral("manifests"), reference);
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray(Oci::MediaTypes::manifestAcceptHeader().toUtf8())));
    request.scopes = pullScope(repository);
    request.maxBody = Oci::MaxManifestSize;
    request.cancel = cancel;
    const QString location = QStringLiteral("%1/%2:%3").arg(m_domain, repository, reference);
    Result<Response> response = send(request);
    if (!response)
        return response.error().code == QLatin1String("registry.response.too-large")
            ? Error(QStringLiteral("oci.manifest.too-large"),
                    Tr::tr("the manifest is larger than %1 bytes").arg(Oci::MaxManifestSize), location,
                    Tr::tr("Manifests over 4 MiB are refused (registries reject them too)."))
            : response.error();
    if (response->status != 200)
        return httpError(*response, Tr::tr("cannot fetch the manifest (HTTP %1)"), location);
    ManifestResponse result;
    result.bytes = response->body;
    const QString contentType = Oci::MediaTypes::withoutParameters(QString::fromUtf8(response->header("Content-Type")));
    QString bodyType = QJsonDocument::fromJson(result.bytes).object().value(QStringLiteral("mediaType")).toString();
    if (!bodyType.isEmpty() && !contentType.isEmpty() && bodyType != contentType
        && Oci::MediaTypes::isManifestOrIndex(contentType))
        return Error(QStringLiteral("registry.manifest.media-type-mismatch"),
                     Tr::tr("the registry sent Content-Type %1 for a %2 document").arg(contentType, bodyType), location,
                     Tr::tr("The registry serves inconsistent metadata; report it to its operator."));
    result.descriptor.mediaType = bodyType.isEmpty() ? contentType : bodyType;
    if (Oci::MediaTypes::kindOf(result.descriptor.mediaType) == Oci::MediaTypeKind::Schema1)
        return Error(QStringLiteral("registry.manifest.schema1"), Tr::tr("Docker schema 1 manifests are not supported"),
                     location, Tr::tr("Rebuild or re-push the image with a current tool (schema 2 or OCI)."));
    if (reference.contains(QLatin1Char(':'))) {
        Result<Oci::Digest> expected = Oci::Digest::parse(reference);
        if (!expected)
            return expected.error();
        const Oci::Digest actual = Oci::Digest::of(result.bytes, expected->algorithm());
        if (actual != *expected)
            return Error(QStringLiteral("oci.content.digest-mismatch"),
                         Tr::tr("the manifest's digest is %1, not the %2 asked for").arg(actual.toString(), reference),
                         location, Tr::tr("The registry or a proxy altered the content; do not use it."));
        result.descriptor.digest = *expected;
    } else {
        result.descriptor.digest = Oci::Digest::of(result.bytes);
        const QByteArray headerDigest = response->header("Docker-Content-Digest");
        if (!headerDigest.isEmpty() && Oci::Digest::isValid(QString::fromLatin1(headerDigest))) {
            Result<Oci::Digest> claimed = Oci::Digest::parse(QString::fromLatin1(headerDigest));
            if (claimed && claimed->algorithm() == result.descriptor.digest.algorithm()
                && *claimed != result.descriptor.digest)
                return Error(QStringLiteral("oci.content.digest-mismatch"),
                             Tr::tr("the registry says %1 but the body hashes to %2")
                                 .arg(claimed->toString(), result.descriptor.digest.toString()),
                             location, Tr::tr("The registry or a proxy altered the content; do not use it."));
        }
    }
    result.descriptor.size = result.bytes.size();
    return result;
}

Result<std::optional<Oci::Descriptor>> RegistryClient::headManifest(const QString &repository,
                                                                    const QString &reference,
                                                                    const Oci::CancelToken &cancel)
{
    if (Status valid = validateReference(reference); !valid)
        return valid.error();
    Request request;
    request.method = "HEAD";
    request.path = repositoryPath(repository, QStringLiteral("manifests"), reference);
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray(Oci::MediaTypes::manifestAcceptHeader().toUtf8())));
    request.scopes = pullScope(repository);
    request.cancel = cancel;
    const QString location = QStringLiteral("%1/%2:%3").arg(m_domain, repository, reference);
    Result<Response> response = send(request);
    if (!response)
        return response.error();
    if (response->status == 404)
        return std::optional<Oci::Descriptor>();
    if (response->status == 405) {
        // Some registries do not implement HEAD: fall back to GET.
        Result<ManifestResponse> got = getManifest(repository, reference, cancel);
        if (!got)
            return got.error().code == QLatin1String("registry.not-found") ? Result<std::optional<Oci::Descriptor>>(std::optional<Oci::Descriptor>())
                                                                           : Result<std::optional<Oci::Descriptor>>(got.error());
        return std::optional<Oci::Descriptor>(got->descriptor);
    }
    if (response->status != 200)
        return httpError(*response, Tr::tr("cannot check the manifest (HTTP %1)"), location);
    Oci::Descriptor descriptor;
    descriptor.mediaType = Oci::MediaTypes::withoutParameters(QString::fromUtf8(response->header("Content-Type")));
    const QByteArray digest = response->header("Docker-Content-Digest");
    const QByteArray length = response->header("Content-Length");
    if (digest.isEmpty() || length.isEmpty()) {
        Result<ManifestResponse> got = getManifest(repository, reference, cancel);
        if (!got)
            return got.error();
        return std::optional<Oci::Descriptor>(got->descriptor);
    }
    Result<Oci::Digest> parsed = Oci::Digest::parse(QString::fromLatin1(digest), location);
    if (!parsed)
        return parsed.error();
    descriptor.digest = *parsed;
    descriptor.size = length.toLongLong();
    return std::optional<Oci::Descriptor>(descriptor);
}

Status RegistryClient::putManifest(const QString &repository, const QString &reference, const QString &mediaType,
                                   const QByteArray &bytes, const Oci::CancelToken &cancel)
{
    if (Status valid = validateReference(reference); !valid)
        return valid;
    if (bytes.size() > Oci::MaxManifestSize)
        return Error(QStringLiteral("oci.manifest.too-large"), Tr::tr("the manifest is larger than 4 MiB"),
                     QStringLiteral("%1/%2:%3").arg(m_domain, repository, reference),
                     Tr::tr("Registries reject manifests over 4 MiB; split the index."));
    Request request;
    request.method = "PUT";
    request.path = repositoryPath(repository, QStringLiteral("manifests"), reference);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray(Oci::MediaTypes::withoutParameters(mediaType).toUtf8())));
    request.body = bytes;
    request.hasBody = true;
    request.scopes = pushScope(repository);
    request.cancel = cancel;
    const QString location = QStringLiteral("%1/%2:%3").arg(m_domain, repository, reference);
    Result<Response> response = sendExpecting(request, {201, 200}, Tr::tr("cannot push the manifest (HTTP %1)"), location);
    if (!response)
        return response.error();
    const QByteArray answered = response->header("Docker-Content-Digest");
    const Oci::Digest expected = Oci::Digest::of(bytes);
    if (!answered.isEmpty() && QString::fromLatin1(answered) != expected.toString()
        && QString::fromLatin1(answered).startsWith(QLatin1String("sha256:")))
        return Error(QStringLiteral("registry.manifest.digest-mismatch"),
                     Tr::tr("the registry stored the manifest as %1, expected %2")
                         .arg(QString::fromLatin1(answered), expected.toString()),
                     location, Tr::tr("The registry rewrote the manifest; references by digest would break."));
    // A manifest with a subject is a referrer. A registry with the referrers API says so with
    // OCI-Subject; any other registry only finds it through the tag-schema index we keep.
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    const QString subject = object.value(QStringLiteral("subject")).toObject().value(QStringLiteral("digest")).toString();
    if (!subject.isEmpty() && response->header("OCI-Subject").isEmpty()) {
        Oci::Descriptor referrer;
        referrer.mediaType = Oci::MediaTypes::withoutParameters(mediaType);
        referrer.digest = expected;
        referrer.size = bytes.size();
        referrer.artifactType = object.value(QStringLiteral("artifactType")).toString();
        if (referrer.artifactType.isEmpty())
            referrer.artifactType = object.value(QStringLiteral("config")).toObject().value(QStringLiteral("mediaType")).toString();
        const QJsonObject annotations = object.value(QStringLiteral("annotations")).toObject();
        for (auto it = annotations.begin(); it != annotations.end(); ++it)
            referrer.annotations.insert(it.key(), it.value().toString());
        if (Status listed = addToReferrersFallback(repository, subject, referrer, cancel); !listed)
            return listed;
    }
    return {};
}

Status RegistryClient::addToReferrersFallback(const QString &repository, const QString &subject,
                                              const Oci::Descriptor &referrer, const Oci::CancelToken &cancel)
{
    if (!Oci::Digest::isValid(subject))
        return Error(QStringLiteral("registry.reference.digest"), Tr::tr("the manifest's subject \"%1\" is not a digest").arg(subject),
                     QStringLiteral("%1/%2@%3").arg(m_domain, repository, referrer.digest.toString()),
                     Tr::tr("Fix the subject descriptor of the pushed manifest."));
    const QString tag = referrersFallbackTag(subject);
    const QString location = QStringLiteral("%1/%2:%3").arg(m_domain, repository, tag);
    // Read-modify-write: keep every entry already listed (other tools' too), replace ours.
    QList<Oci::Descriptor> entries;
    QMap<QString, QString> annotations;
    Result<ManifestResponse> current = getManifest(repository, tag, cancel);
    if (current) {
        if (!Oci::MediaTypes::isIndex(current->descriptor.mediaType))
            return Error(QStringLiteral("registry.referrers.fallback-tag"),
                         Tr::tr("the referrers tag holds a %1, not an index").arg(current->descriptor.mediaType), location,
                         Tr::tr("Another tool used the tag %1; remove or rename it so referrers can be listed.").arg(tag));
        Result<Oci::ImageIndex> index = Oci::ImageIndex::parse(current->bytes, {}, location);
        if (!index)
            return index.error();
        entries = index->manifests();
        annotations = index->annotations();
    } else if (current.error().code != QLatin1String("registry.not-found")) {
        return current.error();
    }
    for (const Oci::Descriptor &entry : std::as_const(entries)) {
        if (entry.digest == referrer.digest)
            return {}; // already listed
    }
    entries.append(referrer);
    const Oci::ImageIndex updated = Oci::ImageIndex::create(entries, annotations, Oci::MediaType::OciIndex);
    return putManifest(repository, tag, Oci::MediaType::OciIndex, updated.rawBytes(), cancel);
}

Status RegistryClient::deleteManifest(const QString &repository, const QString &digest, const Oci::CancelToken &cancel)
{
    if (!Oci::Digest::isValid(digest))
        return Error(QStringLiteral("registry.reference.digest"), Tr::tr("deletes need a digest, not \"%1\"").arg(digest),
                     repository, Tr::tr("Resolve the tag first and delete by digest."));
    // A referrer leaves its subject's fallback index with it: remember the subject first.
    QString subject;
    if (Result<ManifestResponse> current = getManifest(repository, digest, cancel); current) {
        subject = QJsonDocument::fromJson(current->bytes).object().value(QStringLiteral("subject")).toObject()
                      .value(QStringLiteral("digest")).toString();
    }
    Request request;
    request.method = "DELETE";
    request.path = repositoryPath(repository, QStringLiteral("manifests"), digest);
    request.scopes = {TokenScope::repository(repository, {QStringLiteral("delete"), QStringLiteral("pull")})};
    request.cancel = cancel;
    Result<Response> response = sendExpecting(request, {202, 200}, Tr::tr("cannot delete the manifest (HTTP %1)"),
                                              QStringLiteral("%1/%2@%3").arg(m_domain, repository, digest));
    if (!response)
        return response.error();
    if (!Oci::Digest::isValid(subject))
        return {};
    const QString tag = referrersFallbackTag(subject);
    Result<ManifestResponse> fallback = getManifest(repository, tag, cancel);
    if (!fallback)
        return fallback.error().code == QLatin1String("registry.not-found") ? Status() : Status(fallback.error());
    if (!Oci::MediaTypes::isIndex(fallback->descriptor.mediaType))
        return {};
    Result<Oci::ImageIndex> index = Oci::ImageIndex::parse(fallback->bytes, {}, QStringLiteral("%1/%2:%3").arg(m_domain, repository, tag));
    if (!index)
        return index.error();
    QList<Oci::Descriptor> kept;
    for (const Oci::Descriptor &entry : index->manifests()) {
        if (entry.digest.toString() != digest)
            kept.append(entry);
    }
    if (kept.size() == index->manifests().size())
        return {};
    const Oci::ImageIndex updated = Oci::ImageIndex::create(kept, index->annotations(), Oci::MediaType::OciIndex);
    return putManifest(repository, tag, Oci::MediaType::OciIndex, updated.rawBytes(), cancel);
}

Result<std::optional<qint64>> RegistryClient::blobSize(const QString &repository, const QString &digest,
                                                       const Oci::CancelToken &cancel)
{
    if (!Oci::Digest::isValid(digest))
        return Error(QStringLiteral("registry.reference.digest"), Tr::tr("invalid digest %1").arg(digest), repository);
    Request request;
    request.method = "HEAD";
    request.path = repositoryPath(repository, QStringLiteral("blobs"), digest);
    request.scopes = pullScope(repository);
    request.cancel = cancel;
    Result<Response> response = send(request);
    if (!response)
        return response.error();
    // 401/403 on HEAD means "cannot tell": treat as missing, the upload decides.
    if (response->status == 404 || response->status == 403)
        return std::optional<qint64>();
    if (response->status != 200)
        return httpError(*response, Tr::tr("cannot check the blob (HTTP %1)"), QStringLiteral("%1/%2@%3").arg(m_domain, repository, digest));
    return std::optional<qint64>(response->header("Content-Length").toLongLong());
}

namespace {

// Verifies a streamed blob into memory.
class MemorySink : public BodySink
{
public:
    MemorySink(const Oci::Descriptor &descriptor, qint64 limit, QString location)
        : m_descriptor(descriptor), m_limit(limit), m_location(std::move(location))
    {}
    Status begin(qint64 contentLength) override
    {
        m_bytes.clear();
        m_verifier.emplace(m_descriptor.digest, m_descriptor.size, m_location);
        if (contentLength >= 0 && m_descriptor.size >= 0 && contentLength != m_descriptor.size)
            return Error(QStringLiteral("oci.content.size-mismatch"),
                         QCoreApplication::translate("Manifold::Registry::RegistryClient",
                                                     "the registry sends %1 bytes, the descriptor says %2")
                             .arg(contentLength).arg(m_descriptor.size),
                         m_location);
        return {};
    }
    Status write(const char *data, qint64 size) override
    {
        if (m_bytes.size() + size > m_limit)
            return Error(QStringLiteral("oci.content.too-large"),
                         QCoreApplication::translate("Manifold::Registry::RegistryClient", "the blob is larger than %1 bytes").arg(m_limit),
                         m_location);
        m_bytes.append(data, size);
        return m_verifier->addData(data, size);
    }
    Status finish() { return m_verifier ? m_verifier->finish() : Oci::verifyContent({}, m_descriptor.digest, m_descriptor.size, m_location); }
    QByteArray m_bytes;

private:
    Oci::Descriptor m_descriptor;
    qint64 m_limit;
    QString m_location;
    std::optional<Oci::ContentVerifier> m_verifier;
};

class FileSink : public BodySink
{
public:
    FileSink(const Oci::Descriptor &descriptor, QString path, Oci::ProgressCallback progress, QString location)
        : m_descriptor(descriptor), m_path(std::move(path)), m_progress(std::move(progress)), m_location(std::move(location))
    {}
    Status begin(qint64 contentLength) override
    {
        m_file = std::make_unique<QFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error(QStringLiteral("registry.blob.write"), m_file->errorString(), m_path);
        m_verifier.emplace(m_descriptor.digest, m_descriptor.size, m_location);
        m_done = 0;
        if (contentLength >= 0 && m_descriptor.size >= 0 && contentLength != m_descriptor.size)
            return Error(QStringLiteral("oci.content.size-mismatch"),
                         QCoreApplication::translate("Manifold::Registry::RegistryClient",
                                                     "the registry sends %1 bytes, the descriptor says %2")
                             .arg(contentLength).arg(m_descriptor.size),
                         m_location);
        return {};
    }
    Status write(const char *data, qint64 size) override
    {
        if (Status ok = m_verifier->addData(data, size); !ok)
            return ok;
        if (m_file->write(data, size) != size)
            return Error(QStringLiteral("registry.blob.write"), m_file->errorString(), m_path);
        m_done += size;
        if (m_progress)
            m_progress(m_done, m_descriptor.size);
        return {};
    }
    Status finish()
    {
        if (!m_file)
            return Error(QStringLiteral("registry.blob.empty"), QStringLiteral("no body"), m_location);
        if (!m_file->flush())
            return Error(QStringLiteral("registry.blob.write"), m_file->errorString(), m_path);
        m_file->close();
        return m_verifier->finish();
    }

private:
    Oci::Descriptor m_descriptor;
    QString m_path;
    Oci::ProgressCallback m_progress;
    QString m_location;
    std::unique_ptr<QFile> m_file;
    std::optional<Oci::ContentVerifier> m_verifier;
    qint64 m_done = 0;
};

} // namespace

Result<QByteArray> RegistryClient::getBlob(const QString &repository, const Oci::Descriptor &descriptor, qint64 limit,
                                           const Oci::CancelToken &cancel)
{
    const QString location = QStringLiteral("%1/%2@%3").arg(m_domain, repository, descriptor.digest.toString());
    if (descriptor.size > limit)
        return Error(QStringLiteral("oci.content.too-large"), Tr::tr("the blob is %1 bytes, over the %2 byte limit").arg(descriptor.size).arg(limit),
                     location, Tr::tr("Fetch large blobs to a file."));
    MemorySink sink(descriptor, limit, location);
    Request request;
    request.path = repositoryPath(repository, QStringLiteral("blobs"), descriptor.digest.toString());
    request.scopes = pullScope(repository);
    request.sink = &sink;
    request.cancel = cancel;
    Result<Response> response = sendExpecting(request, {200}, Tr::tr("cannot fetch the blob (HTTP %1)"), location);
    if (!response)
        return response.error();
    if (Status verified = sink.finish(); !verified)
        return verified.error();
    return sink.m_bytes;
}

Status RegistryClient::getBlobToFile(const QString &repository, const Oci::Descriptor &descriptor, const QString &path,
                                     const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel)
{
    const QString location = QStringLiteral("%1/%2@%3").arg(m_domain, repository, descriptor.digest.toString());
    const QString partial = path + QStringLiteral(".part");
    FileSink sink(descriptor, partial, progress, location);
    Request request;
    request.path = repositoryPath(repository, QStringLiteral("blobs"), descriptor.digest.toString());
    request.scopes = pullScope(repository);
    request.sink = &sink;
    request.cancel = cancel;
    Result<Response> response = send(request);
    Status result;
    if (!response)
        result = response.error();
    else if (response->status != 200)
        result = httpError(*response, Tr::tr("cannot fetch the blob (HTTP %1)"), location);
    else
        result = sink.finish();
    if (!result) {
        QFile::remove(partial);
        return result;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error(QStringLiteral("registry.blob.write"), Tr::tr("cannot move the downloaded blob into place"), path);
    }
    return {};
}

Result<QUrl> RegistryClient::startUpload(const QString &repository, const QStringList &scopes,
                                         const Oci::CancelToken &cancel, qint64 *minChunk)
{
    Request request;
    request.method = "POST";
    request.path = QStringLiteral("/v2/%1/blobs/uploads/").arg(repository);
    request.hasBody = true;
    request.scopes = scopes;
    request.cancel = cancel;
    Result<Response> response = sendExpecting(request, {202}, Tr::tr("cannot start an upload (HTTP %1)"),
                                              QStringLiteral("%1/%2").arg(m_domain, repository));
    if (!response)
        return response.error();
    if (minChunk)
        *minChunk = response->header("OCI-Chunk-Min-Length").toLongLong();
    const QByteArray location = response->header("Location");
    if (location.isEmpty())
        return Error(QStringLiteral("registry.upload.location"), Tr::tr("the registry opened an upload without a Location"),
                     QStringLiteral("%1/%2").arg(m_domain, repository));
    // Relative Locations are resolved against the request; their query is kept verbatim.
    return response->url.resolved(QUrl::fromEncoded(location));
}

Result<bool> RegistryClient::mountBlob(const QString &repository, const QString &digest, const QString &fromRepository,
                                       const Oci::CancelToken &cancel)
{
    Request request;
    request.method = "POST";
    request.path = QStringLiteral("/v2/%1/blobs/uploads/").arg(repository);
    request.query.addQueryItem(QStringLiteral("mount"), digest);
    request.query.addQueryItem(QStringLiteral("from"), fromRepository);
    request.hasBody = true;
    // A mount needs pull on the source repository too.
    request.scopes = pushScope(repository) + pullScope(fromRepository);
    request.cancel = cancel;
    Result<Response> response = send(request);
    if (!response)
        return response.error();
    if (response->status == 201)
        return true;
    if (response->status == 202) {
        // An ordinary upload session was opened instead: cancel it, ignoring errors.
        const QByteArray location = response->header("Location");
        if (!location.isEmpty()) {
            Request cancelRequest;
            cancelRequest.method = "DELETE";
            cancelRequest.url = response->url.resolved(QUrl::fromEncoded(location));
            cancelRequest.scopes = pushScope(repository);
            (void)send(cancelRequest);
        }
        return false;
    }
    return false; // any other answer: fall back to a plain upload
}

Result<qint64> RegistryClient::uploadOffset(const QString &repository, QUrl &location, const Oci::CancelToken &cancel)
{
    Request request;
    request.url = location;
    request.scopes = pushScope(repository);
    request.cancel = cancel;
    Result<Response> response = sendExpecting(request, {204, 200}, Tr::tr("cannot read the progress of the upload (HTTP %1)"),
                                              QStringLiteral("%1/%2").arg(m_domain, repository));
    if (!response)
        return response.error();
    const QByteArray next = response->header("Location");
    if (!next.isEmpty())
        location = response->url.resolved(QUrl::fromEncoded(next));
    // "Range: 0-<last byte received>"; "0-0" with nothing received is ambiguous in the spec,
    // so distribution's "0--1" / absent header both mean nothing yet.
    QByteArray range = response->header("Range").trimmed();
    if (range.startsWith("bytes="))
        range = range.mid(6);
    const qsizetype dash = range.indexOf('-');
    if (range.isEmpty() || dash < 0)
        return qint64(0);
    bool ok = false;
    const qint64 last = range.mid(dash + 1).toLongLong(&ok);
    if (!ok)
        return qint64(0);
    return last + 1;
}

Status RegistryClient::finishUpload(const QString &repository, QUrl location, const Oci::Descriptor &descriptor,
                                    const QString &path, const QByteArray *bytes,
                                    const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel,
                                    qint64 minChunk, qint64 offset, bool resuming, QUrl *staged)
{
    const QString where = QStringLiteral("%1/%2@%3").arg(m_domain, repository, descriptor.digest.toString());
    const qint64 size = bytes ? bytes->size() : QFileInfo(path).size();
    std::unique_ptr<QFile> file;
    if (!bytes) {
        file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return Error(QStringLiteral("registry.upload.read"), file->errorString(), path);
    }
    auto readAt = [&](qint64 at, qint64 length) -> QByteArray {
        if (bytes)
            return bytes->mid(at, length);
        if (!file->seek(at))
            return {};
        return file->read(length);
    };
    const qint64 chunk = qMax(m_session->config().chunkSize, minChunk);
    // Large blobs go up in chunks; a resumed session gets the rest in chunks too (a monolithic
    // body would be appended to what the session already holds).
    bool chunked = resuming || staged || (!bytes && size > m_session->config().chunkedUploadThreshold);
    int resyncs = 0;
    // HTTP 416: the registry holds a different number of bytes than we assumed (a lost answer,
    // a retried chunk). Ask it where it stands and go on from there (distribution spec).
    auto resync = [&]() -> Status {
        if (++resyncs > 3)
            return Error(QStringLiteral("registry.upload.range"),
                         Tr::tr("the registry keeps refusing the byte range of the upload"), where,
                         Tr::tr("Try again; if it persists, report it to the registry's operator."));
        Result<qint64> at = uploadOffset(repository, location, cancel);
        if (!at)
            return at.error();
        if (*at < 0 || *at > size)
            return Error(QStringLiteral("registry.upload.range"),
                         Tr::tr("the registry reports %1 bytes received of a %2 byte blob").arg(*at).arg(size), where,
                         Tr::tr("Try again; the upload session is inconsistent."));
        offset = *at;
        chunked = true;
        return {};
    };
    auto closingPut = [&](bool withBody) {
        QUrl url = location;
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("digest"), descriptor.digest.toString());
        url.setQuery(query);
        Request put;
        put.method = "PUT";
        put.url = url;
        put.hasBody = true;
        if (withBody) {
            if (bytes)
                put.body = *bytes;
            else
                put.bodyFile = path;
            put.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream")));
        }
        put.scopes = pushScope(repository);
        put.cancel = cancel;
        return send(put);
    };

    // The closing PUT: true when the blob is complete, false after a 416 once the offset is
    // resynchronised with the registry's (the caller resumes from there).
    auto complete = [&](bool monolithic) -> Result<bool> {
        Result<Response> response = closingPut(monolithic);
        if (!response)
            return response.error();
        if (response->status == 416) {
            if (Status synced = resync(); !synced)
                return synced.error();
            return false;
        }
        // A retried closing PUT whose first answer was lost finds the session gone: the blob
        // exists when that first PUT went through.
        if (response->status == 404) {
            Result<std::optional<qint64>> existing = blobSize(repository, descriptor.digest.toString(), cancel);
            if (existing && existing->has_value() && **existing == size)
                return true;
        }
        if (response->status != 201)
            return httpError(*response, Tr::tr("the registry refused the upload (HTTP %1)"), where);
        return true;
    };

    while (true) {
        if (!chunked) {
            Result<bool> completed = complete(true);
            if (!completed)
                return completed.error();
            if (!*completed)
                continue;
            if (progress)
                progress(size, size);
            return {};
        }
        bool refused = false;
        while (offset < size && !refused) {
            const QByteArray data = readAt(offset, qMin(chunk, size - offset));
            if (data.isEmpty())
                return Error(QStringLiteral("registry.upload.read"), Tr::tr("cannot read the blob to upload"),
                             bytes ? where : path);
            Request patch;
            patch.method = "PATCH";
            patch.url = location;
            patch.body = data;
            patch.hasBody = true;
            patch.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/octet-stream")));
            patch.headers.append(qMakePair(QByteArray("Content-Range"),
                                           QStringLiteral("%1-%2").arg(offset).arg(offset + data.size() - 1).toLatin1()));
            patch.scopes = pushScope(repository);
            patch.cancel = cancel;
            Result<Response> response = send(patch);
            if (!response)
                return response.error();
            if (response->status == 416) {
                if (Status synced = resync(); !synced)
                    return synced;
                refused = true;
                continue;
            }
            if (response->status != 202)
                return httpError(*response, Tr::tr("the registry refused an upload chunk (HTTP %1)"), where);
            const QByteArray next = response->header("Location");
            if (!next.isEmpty())
                location = response->url.resolved(QUrl::fromEncoded(next));
            offset += data.size();
            if (progress)
                progress(offset, size);
        }
        if (refused)
            continue;
        if (staged) {
            *staged = location;
            return {};
        }
        Result<bool> completed = complete(false);
        if (!completed)
            return completed.error();
        if (*completed)
            return {};
    }
}

Status RegistryClient::resumeUpload(const QString &repository, const QUrl &location, const Oci::Descriptor &descriptor,
                                    const QString &path, qint64 offset, const Oci::ProgressCallback &progress,
                                    const Oci::CancelToken &cancel)
{
    return finishUpload(repository, location, descriptor, path, nullptr, progress, cancel, 0, offset, true);
}

Status RegistryClient::uploadBlobFromFile(const QString &repository, const Oci::Descriptor &descriptor,
                                          const QString &path, const Oci::ProgressCallback &progress,
                                          const Oci::CancelToken &cancel)
{
    qint64 minChunk = 0;
    Result<QUrl> location = startUpload(repository, pushScope(repository), cancel, &minChunk);
    if (!location)
        return location.error();
    return finishUpload(repository, *location, descriptor, path, nullptr, progress, cancel, minChunk, 0, false);
}

Status RegistryClient::uploadBlob(const QString &repository, const Oci::Descriptor &descriptor, const QByteArray &bytes,
                                  const Oci::CancelToken &cancel)
{
    if (Status ok = descriptor.verify(bytes); !ok)
        return ok;
    Result<QUrl> location = startUpload(repository, pushScope(repository), cancel);
    if (!location)
        return location.error();
    return finishUpload(repository, *location, descriptor, {}, &bytes, {}, cancel, 0, 0, false);
}

Result<QUrl> RegistryClient::stageUpload(const QString &repository, const Oci::Descriptor &descriptor,
                                         const QString &path, const Oci::ProgressCallback &progress,
                                         const Oci::CancelToken &cancel)
{
    qint64 minChunk = 0;
    Result<QUrl> location = startUpload(repository, pushScope(repository), cancel, &minChunk);
    if (!location)
        return location.error();
    QUrl staged;
    if (Status sent = finishUpload(repository, *location, descriptor, path, nullptr, progress, cancel, minChunk, 0, false,
                                   &staged);
        !sent) {
        abandonUpload(repository, *location);
        return sent.error();
    }
    return staged;
}

Status RegistryClient::commitUpload(const QString &repository, const QUrl &location, const Oci::Descriptor &descriptor,
                                    const QString &path, const Oci::CancelToken &cancel)
{
    return finishUpload(repository, location, descriptor, path, nullptr, {}, cancel, 0, descriptor.size, true);
}

void RegistryClient::abandonUpload(const QString &repository, const QUrl &location)
{
    Request request;
    request.method = "DELETE";
    request.url = location;
    request.scopes = pushScope(repository);
    (void)send(request); // best effort: registries also expire abandoned sessions
}

Result<QStringList> RegistryClient::listPaged(const QString &path, const QString &field, int pageSize,
                                              const QStringList &scopes, const Oci::CancelToken &cancel)
{
    Result<QUrl> base = baseUrl(cancel);
    if (!base)
        return base.error();
    QUrl url = *base;
    url.setPath(path);
    if (pageSize > 0)
        url.setQuery(QStringLiteral("n=%1").arg(pageSize));
    QStringList items;
    for (int page = 0; page < 100000; ++page) {
        Request request;
        request.url = url;
        request.scopes = scopes;
        request.cancel = cancel;
        request.maxBody = 16 * 1024 * 1024;
        Result<Response> response = sendExpecting(request, {200}, Tr::tr("cannot list (HTTP %1)"), redacted(url));
        if (!response)
            return response.error();
        const QJsonObject object = QJsonDocument::fromJson(response->body).object();
        for (const QJsonValue &value : object.value(field).toArray())
            items.append(value.toString());
        const QString next = LinkHeader::nextTarget(response->headerValues("Link"));
        if (next.isEmpty())
            return items;
        const QUrl nextUrl = url.resolved(QUrl(next));
        // Pagination stays on the registry: a Link to another host is refused.
        if (!sameOrigin(nextUrl, url))
            return Error(QStringLiteral("registry.pagination.host"),
                         Tr::tr("the registry's next-page link points to another host"), redacted(nextUrl),
                         Tr::tr("Report the misconfigured registry to its operator."));
        url = nextUrl;
    }
    return items;
}

Result<QStringList> RegistryClient::listTags(const QString &repository, int pageSize, const Oci::CancelToken &cancel)
{
    return listPaged(QStringLiteral("/v2/%1/tags/list").arg(repository), QStringLiteral("tags"), pageSize,
                     pullScope(repository), cancel);
}

Result<QStringList> RegistryClient::catalog(int pageSize, const Oci::CancelToken &cancel)
{
    return listPaged(QStringLiteral("/v2/_catalog"), QStringLiteral("repositories"), pageSize,
                     {QStringLiteral("registry:catalog:*")}, cancel);
}

QString RegistryClient::referrersFallbackTag(const QString &digest)
{
    const QString algorithm = digest.section(QLatin1Char(':'), 0, 0).left(32);
    const QString encoded = digest.section(QLatin1Char(':'), 1).left(64);
    QString tag = algorithm + QLatin1Char('-') + encoded;
    for (QChar &c : tag) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('.') && c != QLatin1Char('_') && c != QLatin1Char('-'))
            c = QLatin1Char('-');
    }
    return tag;
}

Result<QList<Oci::Descriptor>> RegistryClient::referrers(const QString &repository, const QString &digest,
                                                         const QString &artifactType, const Oci::CancelToken &cancel)
{
    if (!Oci::Digest::isValid(digest))
        return Error(QStringLiteral("registry.reference.digest"), Tr::tr("invalid digest %1").arg(digest), repository);
    Request request;
    request.path = QStringLiteral("/v2/%1/referrers/%2").arg(repository, digest);
    if (!artifactType.isEmpty())
        request.query.addQueryItem(QStringLiteral("artifactType"), artifactType);
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray(Oci::MediaType::OciIndex.toUtf8())));
    request.scopes = pullScope(repository);
    request.maxBody = Oci::MaxManifestSize;
    request.cancel = cancel;
    Result<Response> response = send(request);
    if (!response)
        return response.error();
    QByteArray indexBytes;
    const QString contentType = Oci::MediaTypes::withoutParameters(QString::fromUtf8(response->header("Content-Type")));
    if (response->status == 200 && contentType == Oci::MediaType::OciIndex) {
        indexBytes = response->body;
    } else if (response->status == 404 || response->status == 400 || response->status == 406 || response->status == 200) {
        // No referrers API: the tag schema.
        Result<ManifestResponse> fallback = getManifest(repository, referrersFallbackTag(digest), cancel);
        if (!fallback) {
            if (fallback.error().code == QLatin1String("registry.not-found"))
                return QList<Oci::Descriptor>();
            return fallback.error();
        }
        if (!Oci::MediaTypes::isIndex(fallback->descriptor.mediaType))
            return QList<Oci::Descriptor>();
        indexBytes = fallback->bytes;
    } else {
        return httpError(*response, Tr::tr("cannot list referrers (HTTP %1)"), QStringLiteral("%1/%2@%3").arg(m_domain, repository, digest));
    }
    Result<Oci::ImageIndex> index = Oci::ImageIndex::parse(indexBytes, Oci::MediaType::OciIndex);
    if (!index)
        return index.error();
    QList<Oci::Descriptor> result;
    for (const Oci::Descriptor &descriptor : index->manifests()) {
        if (artifactType.isEmpty() || descriptor.artifactType == artifactType)
            result.append(descriptor);
    }
    return result;
}

} // namespace Manifold::Registry
