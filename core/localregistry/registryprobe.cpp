#include "core/localregistry/registryprobe.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace Manifold::LocalRegistry {

namespace {

ProbeAnswer askRoot(const RegistryEndpoint &endpoint, int timeoutMs)
{
    QNetworkAccessManager network;
    QNetworkRequest request(endpoint.baseUrl.resolved(QUrl(QStringLiteral("/v2/"))));
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!endpoint.username.isEmpty()) {
        const QByteArray token = (endpoint.username + QLatin1Char(':') + endpoint.password).toUtf8().toBase64();
        request.setRawHeader("Authorization", "Basic " + token);
    }
    if (endpoint.baseUrl.scheme() == QLatin1String("https") && !endpoint.caCertificatePath.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(endpoint.caCertificatePath));
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = network.get(request);
    if (endpoint.skipTlsVerification)
        reply->ignoreSslErrors();
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    ProbeAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && answer.status == 0)
        answer.networkError = reply->errorString();
    answer.body = reply->readAll();
    for (const QNetworkReply::RawHeaderPair &pair : reply->rawHeaderPairs())
        answer.headers.insert(pair.first.toLower(), pair.second);
    delete reply;
    return answer;
}

} // namespace

ProbeAnswer probeRegistryRoot(const RegistryEndpoint &endpoint, int timeoutMs)
{
    const ProbeAnswer answer = askRoot(endpoint, timeoutMs);
    // What the network stack handed to deleteLater (connections and their TLS state) goes now:
    // a pool thread runs no event loop after this and would keep it until the process exits.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return answer;
}

} // namespace Manifold::LocalRegistry
