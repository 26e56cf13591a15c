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
    const bool tls = endpoint.baseUrl.scheme() == QLatin1String("https");
    QNetworkAccessManager network;
    QNetworkRequest request(endpoint.baseUrl.resolved(QUrl(QStringLiteral("/v2/"))));
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // An unverified TLS peer may be anyone: it gets no credentials.
    if (!endpoint.username.isEmpty() && !(tls && endpoint.skipTlsVerification)) {
        const QByteArray token = (endpoint.username + QLatin1Char(':') + endpoint.password).toUtf8().toBase64();
        request.setRawHeader("Authorization", "Basic " + token);
    }
    if (tls && !endpoint.caCertificatePath.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(endpoint.caCertificatePath));
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = network.get(request);
    ProbeAnswer answer;
    // Verification always runs; skipping it only lets the probe go on to see what answers.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&answer, reply, &endpoint](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            answer.tlsErrors.append(error.errorString());
        if (endpoint.skipTlsVerification)
            reply->ignoreSslErrors();
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && answer.status == 0)
        answer.networkError = reply->errorString();
    answer.tlsVerified = tls && answer.status != 0 && answer.tlsErrors.isEmpty();
    if (reply->isOpen()) // a reply that never connected has no body to read
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
