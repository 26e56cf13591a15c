#pragma once

// One HTTP/1.1 exchange that moves a blob body - an upload from memory (a mapped file) or a
// download into a BodySink - from the calling thread, over a connection of its own. Qt's network
// access runs every transfer on an HTTP thread of its own and passes the bytes between that
// thread and the caller's in small pieces, each a wake-up of the other thread; a blob copy spent
// more processor time on that than on hashing and writing its bytes. Here the socket is written
// in large steps straight from memory and read into the sink as data arrives.
// Authentication, redirects and retries stay with RegistryClient: this is one exchange, and its
// failures carry Qt's network error codes so that both paths are reported alike.

#include "core/oci/canceltoken.h"
#include "core/utils/result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <optional>

namespace Manifold::Registry {

// Receives a 2xx body as it streams in; begin() restarts it for a retried request.
struct BodySink
{
    virtual ~BodySink() = default;
    virtual Status begin(qint64 contentLength) = 0;
    virtual Status write(const char *data, qint64 size) = 0;
};

class BlobConnection
{
public:
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;                                     // http or https, absolute
        QList<QPair<QByteArray, QByteArray>> headers; // sent as given (not Host, Content-Length)
        const char *body = nullptr;                   // a request body; must outlive send()
        qint64 bodySize = 0;
        BodySink *sink = nullptr;                     // receives a 2xx body, when set
        std::optional<QSslConfiguration> tls;         // for https
        int timeoutMs = 60000;                        // without any progress
        qint64 maxResponseBody = 1024 * 1024;         // for bodies not given to the sink
        Oci::CancelToken cancel;
    };
    struct Response
    {
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body; // unless it went to the sink
        // Set when no complete response arrived; status is 0 then.
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        std::optional<Error> sinkError; // the sink refused the body (the exchange was stopped)
        bool sslErrorsSeen = false;     // the peer's certificate failed verification
        bool cancelled() const { return error == QNetworkReply::OperationCanceledError; }
    };

    // True when `url` is reached without a proxy: only then may an exchange bypass Qt's network
    // access, which applies the proxy settings.
    static bool isDirect(const QUrl &url);

    // Runs an event loop in the calling thread until the exchange ends.
    static Response send(const Request &request);
};

} // namespace Manifold::Registry
