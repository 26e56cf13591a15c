#include "core/localregistry/registryhttpclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace Manifold::LocalRegistry {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Manifold::LocalRegistry", text);
}

} // namespace

RegistryHttpClient::RegistryHttpClient(RegistryEndpoint endpoint, int timeoutMs)
    : m_endpoint(std::move(endpoint))
    , m_timeoutMs(timeoutMs)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

RegistryHttpClient::~RegistryHttpClient() = default;

QUrl RegistryHttpClient::resolve(const QString &pathOrUrl) const
{
    const QUrl url(pathOrUrl);
    if (url.isRelative())
        return m_endpoint.baseUrl.resolved(url);
    return url;
}

HttpResponse RegistryHttpClient::send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                                      const QMap<QByteArray, QByteArray> &headers, QIODevice *upload,
                                      const Oci::ProgressCallback &progress, const Oci::CancelToken &cancel)
{
    HttpResponse response;
    response.url = resolve(pathOrUrl);
    QNetworkRequest request(response.url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("manifold/%1").arg(QCoreApplication::applicationVersion().isEmpty()
                                                            ? QStringLiteral("dev") : QCoreApplication::applicationVersion()));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    if (!m_endpoint.username.isEmpty()) {
        const QByteArray token = (m_endpoint.username + QLatin1Char(':') + m_endpoint.password).toUtf8().toBase64();
        request.setRawHeader("Authorization", "Basic " + token);
    }
    if (response.url.scheme() == QLatin1String("https") && !m_endpoint.caCertificatePath.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(m_endpoint.caCertificatePath));
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = nullptr;
    if (upload)
        reply = m_network->sendCustomRequest(request, verb, upload);
    else if (verb == "HEAD")
        reply = m_network->head(request);
    else
        reply = m_network->sendCustomRequest(request, verb, body);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (progress)
        QObject::connect(reply, &QNetworkReply::uploadProgress, &loop,
                         [&progress](qint64 done, qint64 total) { progress(done, total); });
    if (m_endpoint.skipTlsVerification)
        reply->ignoreSslErrors();
    // CancelToken is a plain flag: poll it so a cancelled mirror stops mid-blob.
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, reply, [reply, &cancel] {
        if (cancel.isCancelled())
            reply->abort();
    });
    cancelPoll.start(100);
    if (!reply->isFinished())
        loop.exec();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && response.status == 0)
        response.networkError = cancel.isCancelled() ? tr("cancelled") : reply->errorString();
    response.body = reply->readAll();
    for (const QNetworkReply::RawHeaderPair &pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    reply->deleteLater();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return response;
}

HttpResponse RegistryHttpClient::ping()
{
    return send("GET", QStringLiteral("/v2/"));
}

Error RegistryHttpClient::errorFor(const HttpResponse &response, const QString &what) const
{
    QString location = response.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (response.status == 0)
        return Error(QStringLiteral("localregistry.http.unreachable"),
                     tr("%1: the registry did not answer (%2)").arg(what, response.networkError), location,
                     tr("Check that the registry runs (`manifold registry status`) and that the address and "
                        "scheme (http/https) are right; for https give the CA certificate."));
    QStringList details;
    const QJsonObject json = QJsonDocument::fromJson(response.body).object();
    for (const QJsonValue &value : json.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject error = value.toObject();
        details.append(QStringLiteral("%1: %2").arg(error.value(QStringLiteral("code")).toString(),
                                                     error.value(QStringLiteral("message")).toString()));
    }
    const QString said = details.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(details.join(QStringLiteral("; ")));
    if (response.status == 401) {
        const QString challenge = QString::fromLatin1(response.header("WWW-Authenticate"));
        return Error(QStringLiteral("registry.unauthorized"),
                     tr("%1: the registry requires authentication (HTTP 401, %2)").arg(what, challenge) + said, location,
                     m_endpoint.username.isEmpty()
                         ? tr("Give the registry's user name and password (htpasswd auth).")
                         : tr("The user name or password for %1 was rejected; check them.").arg(m_endpoint.username));
    }
    if (response.status == 405)
        return Error(QStringLiteral("registry.unsupported"),
                     tr("%1: the registry does not allow this operation (HTTP 405)").arg(what) + said, location,
                     tr("Deletion is off in this registry's configuration (storage.delete.enabled)."));
    if (response.status == 404)
        return Error(QStringLiteral("registry.not-found"), tr("%1: not found (HTTP 404)").arg(what) + said, location);
    return Error(QStringLiteral("registry.http"), tr("%1: the registry answered HTTP %2").arg(what).arg(response.status) + said,
                 location);
}

Result<bool> RegistryHttpClient::hasBlob(const QString &repository, const Oci::Digest &digest)
{
    const HttpResponse response = send("HEAD", QStringLiteral("/v2/%1/blobs/%2").arg(repository, digest.toString()));
    if (response.status == 200)
        return true;
    if (response.status == 404)
        return false;
    return errorFor(response, tr("Checking blob %1").arg(digest.shortString()));
}

namespace {

QString uploadLocation(const HttpResponse &response, const QString &digest)
{
    QUrl location = response.url.resolved(QUrl(QString::fromLatin1(response.header("Location"))));
    QUrlQuery query(location);
    query.addQueryItem(QStringLiteral("digest"), digest);
    location.setQuery(query);
    return location.toString();
}

} // namespace

Status RegistryHttpClient::uploadBlob(const QString &repository, const Oci::Descriptor &descriptor, const QByteArray &bytes)
{
    const QString what = tr("Uploading blob %1").arg(descriptor.digest.shortString());
    const HttpResponse started = send("POST", QStringLiteral("/v2/%1/blobs/uploads/").arg(repository));
    if (started.status != 202)
        return errorFor(started, what);
    const HttpResponse done = send("PUT", uploadLocation(started, descriptor.digest.toString()), bytes,
                                   {{"Content-Type", "application/octet-stream"}});
    if (done.status != 201)
        return errorFor(done, what);
    return {};
}

Status RegistryHttpClient::uploadBlobFile(const QString &repository, const Oci::Descriptor &descriptor,
                                          const QString &path, const Oci::ProgressCallback &progress,
                                          const Oci::CancelToken &cancel)
{
    const QString what = tr("Uploading blob %1").arg(descriptor.digest.shortString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("localregistry.mirror.read"), tr("Cannot read the blob to upload"), path,
                     file.errorString());
    const HttpResponse started = send("POST", QStringLiteral("/v2/%1/blobs/uploads/").arg(repository));
    if (started.status != 202)
        return errorFor(started, what);
    const HttpResponse done = send("PUT", uploadLocation(started, descriptor.digest.toString()), {},
                                   {{"Content-Type", "application/octet-stream"},
                                    {"Content-Length", QByteArray::number(file.size())}},
                                   &file, progress, cancel);
    if (done.status != 201)
        return errorFor(done, what);
    return {};
}

Result<QString> RegistryHttpClient::putManifest(const QString &repository, const QString &reference,
                                                const QString &mediaType, const QByteArray &bytes)
{
    const HttpResponse response = send("PUT", QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference), bytes,
                                       {{"Content-Type", mediaType.toLatin1()}});
    if (response.status != 201)
        return errorFor(response, tr("Pushing manifest %1:%2").arg(repository, reference));
    return QString::fromLatin1(response.header("Docker-Content-Digest"));
}

Result<QByteArray> RegistryHttpClient::getManifest(const QString &repository, const QString &reference,
                                                   const QString &accept, QString *mediaType)
{
    const HttpResponse response = send("GET", QStringLiteral("/v2/%1/manifests/%2").arg(repository, reference), {},
                                       {{"Accept", accept.toLatin1()}});
    if (response.status != 200)
        return errorFor(response, tr("Reading manifest %1:%2").arg(repository, reference));
    if (mediaType)
        *mediaType = QString::fromLatin1(response.header("Content-Type")).section(QLatin1Char(';'), 0, 0).trimmed();
    return response.body;
}

Status RegistryHttpClient::deleteManifest(const QString &repository, const QString &digest)
{
    const HttpResponse response = send("DELETE", QStringLiteral("/v2/%1/manifests/%2").arg(repository, digest));
    if (response.status != 202 && response.status != 200)
        return errorFor(response, tr("Deleting manifest %1@%2").arg(repository, digest));
    return {};
}

} // namespace Manifold::LocalRegistry
