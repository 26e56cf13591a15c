#include "core/build/distributionclient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Manifold::Build {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Manifold::Build", text);
}

const QByteArray acceptManifests =
    "application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, "
    "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";

} // namespace

QString sha256Digest(const QByteArray &bytes)
{
    return QStringLiteral("sha256:")
           + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct DistributionClient::Response
{
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;
    QUrl url;
};

DistributionClient::DistributionClient(QStringList insecureRegistries)
    : m_insecure(std::move(insecureRegistries))
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

DistributionClient::~DistributionClient() = default;

QString DistributionClient::baseUrl(const ImageReference &reference) const
{
    return (reference.isInsecure(m_insecure) ? QStringLiteral("http://") : QStringLiteral("https://"))
           + reference.registry;
}

DistributionClient::Response DistributionClient::send(const QByteArray &verb, const ImageReference &repository,
                                                      const QString &pathOrUrl,
                                                      const QMap<QByteArray, QByteArray> &headers, QIODevice *body,
                                                      const QByteArray &bodyBytes, const QString &scope)
{
    const QUrl url = pathOrUrl.startsWith(QLatin1String("http"))
        ? QUrl(pathOrUrl)
        : QUrl(baseUrl(repository) + QStringLiteral("/v2/") + repository.repository + pathOrUrl);
    Response response;
    response.url = url;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QNetworkRequest request(url);
        request.setTransferTimeout(120000);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        for (auto it = headers.cbegin(); it != headers.cend(); ++it)
            request.setRawHeader(it.key(), it.value());
        const QString tokenKey = repository.registry + QLatin1Char('|') + scope;
        if (m_tokens.contains(tokenKey))
            request.setRawHeader("Authorization", "Bearer " + m_tokens.value(tokenKey));
        if (body)
            body->seek(0);
        QNetworkReply *reply = nullptr;
        // HEAD and GET through their own calls: a custom HEAD waits for a body that never comes.
        if (verb == "HEAD")
            reply = m_network->head(request);
        else if (verb == "GET")
            reply = m_network->get(request);
        else
            reply = body ? m_network->sendCustomRequest(request, verb, body)
                         : m_network->sendCustomRequest(request, verb, bodyBytes);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.headers.clear();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.insert(pair.first.toLower(), pair.second);
        response.networkError = response.status == 0 ? reply->errorString() : QString();
        reply->deleteLater();
        const QByteArray challenge = response.headers.value("www-authenticate");
        if (response.status == 401 && attempt == 0 && challenge.startsWith("Bearer")) {
            if (!fetchToken(challenge, scope, repository.registry).ok())
                break;
            continue;
        }
        break;
    }
    return response;
}

Status DistributionClient::fetchToken(const QByteArray &challenge, const QString &scope, const QString &registry)
{
    static const QRegularExpression parameter(QStringLiteral("(\\w+)=\"([^\"]*)\""));
    QMap<QString, QString> values;
    auto it = parameter.globalMatch(QString::fromLatin1(challenge));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        values.insert(match.captured(1), match.captured(2));
    }
    QUrl url(values.value(QStringLiteral("realm")));
    QUrlQuery query;
    if (values.contains(QStringLiteral("service")))
        query.addQueryItem(QStringLiteral("service"), values.value(QStringLiteral("service")));
    query.addQueryItem(QStringLiteral("scope"), scope);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network->get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    QString token = object.value(QLatin1String("token")).toString();
    if (token.isEmpty())
        token = object.value(QLatin1String("access_token")).toString();
    if (token.isEmpty())
        return Error(QStringLiteral("registry.unauthorized"), tr("The registry refused anonymous access."),
                     registry, tr("Log in to the registry (credentials are not supported by the build yet)."));
    m_tokens.insert(registry + QLatin1Char('|') + scope, token.toLatin1());
    return {};
}

namespace {
Error httpError(const QString &what, const QUrl &url, int status, const QString &networkError, const QByteArray &body)
{
    const QString detail = status == 0 ? networkError : QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(body.left(300)).trimmed());
    QString hint;
    if (status == 0)
        hint = tr("Is the registry running and reachable? For a registry without TLS pass --insecure-registry.");
    else if (status == 401 || status == 403)
        hint = tr("The registry needs credentials this build does not have.");
    else if (status == 404)
        hint = tr("Check the repository name and tag.");
    QUrl shown = url;
    shown.setUserInfo(QString());
    return Error(QStringLiteral("registry.http"), what + QStringLiteral(": ") + detail, shown.toString(), hint);
}
} // namespace

Result<FetchedManifest> DistributionClient::getManifest(const ImageReference &reference)
{
    const QString scope = QStringLiteral("repository:%1:pull").arg(reference.repository);
    const Response response = send("GET", reference, QStringLiteral("/manifests/") + reference.manifestReference(),
                                   {{"Accept", acceptManifests}}, nullptr, {}, scope);
    if (response.status != 200)
        return httpError(tr("Cannot fetch the manifest of %1").arg(reference.toString()), response.url,
                         response.status, response.networkError, response.body);
    FetchedManifest manifest;
    manifest.bytes = response.body;
    manifest.digest = sha256Digest(response.body);
    manifest.mediaType = QString::fromLatin1(response.headers.value("content-type")).section(QLatin1Char(';'), 0, 0);
    const QString declared = QJsonDocument::fromJson(response.body).object().value(QLatin1String("mediaType")).toString();
    if (!declared.isEmpty())
        manifest.mediaType = declared;
    if (!reference.digest.isEmpty() && manifest.digest != reference.digest)
        return Error(QStringLiteral("registry.digest-mismatch"),
                     tr("The registry returned content with digest %1 for %2.").arg(manifest.digest, reference.toString()),
                     response.url.toString());
    return manifest;
}

Result<QByteArray> DistributionClient::getBlob(const ImageReference &repository, const QString &digest)
{
    const QString scope = QStringLiteral("repository:%1:pull").arg(repository.repository);
    const Response response = send("GET", repository, QStringLiteral("/blobs/") + digest, {}, nullptr, {}, scope);
    if (response.status != 200)
        return httpError(tr("Cannot fetch blob %1").arg(digest), response.url, response.status,
                         response.networkError, response.body);
    if (sha256Digest(response.body) != digest)
        return Error(QStringLiteral("registry.digest-mismatch"), tr("Blob content does not match %1.").arg(digest),
                     response.url.toString());
    return response.body;
}

Status DistributionClient::putManifest(const ImageReference &repository, const QString &reference,
                                       const QString &mediaType, const QByteArray &bytes)
{
    const QString scope = QStringLiteral("repository:%1:pull,push").arg(repository.repository);
    const Response response = send("PUT", repository, QStringLiteral("/manifests/") + reference,
                                   {{"Content-Type", mediaType.toLatin1()}}, nullptr, bytes, scope);
    if (response.status != 201 && response.status != 200)
        return httpError(tr("Cannot push manifest %1 to %2").arg(reference, repository.repositoryName()),
                         response.url, response.status, response.networkError, response.body);
    return {};
}

bool DistributionClient::hasBlob(const ImageReference &repository, const QString &digest)
{
    const QString scope = QStringLiteral("repository:%1:pull,push").arg(repository.repository);
    return send("HEAD", repository, QStringLiteral("/blobs/") + digest, {}, nullptr, {}, scope).status == 200;
}

Status DistributionClient::uploadBlob(const ImageReference &repository, const QString &digest, const QString &path)
{
    if (hasBlob(repository, digest))
        return {};
    const QString scope = QStringLiteral("repository:%1:pull,push").arg(repository.repository);
    const Response start = send("POST", repository, QStringLiteral("/blobs/uploads/"), {}, nullptr, {}, scope);
    if (start.status != 202)
        return httpError(tr("Cannot start uploading %1").arg(digest), start.url, start.status, start.networkError,
                         start.body);
    QUrl location = start.url.resolved(QUrl(QString::fromLatin1(start.headers.value("location"))));
    QUrlQuery query(location);
    query.addQueryItem(QStringLiteral("digest"), digest);
    location.setQuery(query);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("build.layout.read"), file.errorString(), path);
    const Response done = send("PUT", repository, location.toString(),
                               {{"Content-Type", "application/octet-stream"},
                                {"Content-Length", QByteArray::number(file.size())}},
                               &file, {}, scope);
    if (done.status != 201)
        return httpError(tr("Cannot upload %1").arg(digest), done.url, done.status, done.networkError, done.body);
    return {};
}

Status DistributionClient::pushFromLayout(const QString &layoutDir, const QString &manifestDigest,
                                          const ImageReference &repository)
{
    auto blobPath = [&layoutDir](const QString &digest) {
        return QDir(layoutDir).filePath(QStringLiteral("blobs/") + digest.section(QLatin1Char(':'), 0, 0)
                                        + QLatin1Char('/') + digest.section(QLatin1Char(':'), 1));
    };
    QFile manifestFile(blobPath(manifestDigest));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("build.layout.read"), manifestFile.errorString(), manifestFile.fileName());
    const QByteArray manifest = manifestFile.readAll();
    const QJsonObject root = QJsonDocument::fromJson(manifest).object();
    QStringList blobs{root.value(QLatin1String("config")).toObject().value(QLatin1String("digest")).toString()};
    const QJsonArray layers = root.value(QLatin1String("layers")).toArray();
    for (const QJsonValue &layer : layers)
        blobs.append(layer.toObject().value(QLatin1String("digest")).toString());
    for (const QString &digest : std::as_const(blobs)) {
        const Status uploaded = uploadBlob(repository, digest, blobPath(digest));
        if (!uploaded)
            return uploaded;
    }
    QString mediaType = root.value(QLatin1String("mediaType")).toString();
    if (mediaType.isEmpty())
        mediaType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
    return putManifest(repository, manifestDigest, mediaType, manifest);
}

} // namespace Manifold::Build
