#include "core/registry/blobconnection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace Manifold::Registry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Registry::BlobConnection)
};

// The socket is fed this much at a time, and again whenever less than this is still queued:
// large writes (few system calls, full TCP segments), bounded memory.
constexpr qint64 WriteStep = 1024 * 1024;
constexpr qint64 MaxHeaderBytes = 64 * 1024;

QNetworkReply::NetworkError networkErrorOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
        return QNetworkReply::SslHandshakeFailedError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

// Reads an HTTP/1.1 response as it arrives: status line, headers, then a body framed by
// Content-Length, chunked transfer coding, or the end of the connection. A 2xx body goes to the
// sink piece by piece; any other body is kept (bounded) for the caller's error message.
class ResponseReader
{
public:
    ResponseReader(BodySink *sink, qint64 maxBody) : m_sink(sink), m_maxBody(maxBody) {}

    enum class State { More, Done, Invalid, SinkFailed };

    State feed(const char *data, qint64 size)
    {
        // A plain body under way with nothing held back goes straight on (the common case).
        if (m_headersDone && !m_chunked && m_buffer.isEmpty()) {
            const qint64 wanted = m_length < 0 ? size : qMin(size, m_length - m_received);
            if (const State state = deliver(data, wanted); state != State::More)
                return state;
            return m_length >= 0 && m_received >= m_length ? State::Done : State::More;
        }
        m_buffer.append(data, size);
        if (!m_headersDone) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return m_buffer.size() > MaxHeaderBytes ? State::Invalid : State::More;
            if (!parseHead(m_buffer.left(end)))
                return State::Invalid;
            m_buffer.remove(0, end + 4);
            if (m_response.status >= 100 && m_response.status < 200) { // interim: the answer follows
                m_response.headers.clear();
                return feed(nullptr, 0);
            }
            m_headersDone = true;
            m_streaming = m_sink && m_response.status >= 200 && m_response.status < 300;
            if (m_streaming) {
                if (Status begun = m_sink->begin(m_length); !begun) {
                    m_response.sinkError = begun.error();
                    return State::SinkFailed;
                }
            } else if (m_length > m_maxBody) {
                return State::Invalid;
            }
        }
        return m_chunked ? readChunks() : readPlain();
    }

    // The connection ended: a body framed by the end of the connection is complete now.
    bool finishAtClose() const { return m_headersDone && !m_chunked && m_length < 0; }

    BlobConnection::Response &response() { return m_response; }

private:
    bool parseHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> status = lines.first().trimmed().split(' ');
        if (status.size() < 2 || !status.first().startsWith("HTTP/1."))
            return false;
        bool ok = false;
        m_response.status = status.at(1).toInt(&ok);
        if (!ok)
            return false;
        m_length = -1;
        m_chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            m_response.headers.append(qMakePair(name, value));
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                m_length = value.toLongLong(&ok);
                if (!ok || m_length < 0)
                    return false;
            }
            if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 && value.toLower().contains("chunked"))
                m_chunked = true;
        }
        if (m_chunked)
            m_length = -1;
        if (m_response.status == 204 || m_response.status == 304)
            m_length = 0;
        return true;
    }

    // Hands `size` body bytes on: to the sink, or into the kept body.
    State deliver(const char *data, qint64 size)
    {
        if (size <= 0)
            return State::More;
        m_received += size;
        if (m_streaming) {
            if (Status written = m_sink->write(data, size); !written) {
                m_response.sinkError = written.error();
                return State::SinkFailed;
            }
            return State::More;
        }
        if (m_response.body.size() + size > m_maxBody)
            return State::Invalid;
        m_response.body.append(data, size);
        return State::More;
    }

    State readPlain()
    {
        const qint64 wanted = m_length < 0 ? m_buffer.size() : qMin<qint64>(m_buffer.size(), m_length - m_received);
        const State state = deliver(m_buffer.constData(), wanted);
        m_buffer.remove(0, wanted);
        if (state != State::More)
            return state;
        return m_length >= 0 && m_received >= m_length ? State::Done : State::More;
    }

    State readChunks()
    {
        for (;;) {
            if (m_chunkLeft > 0) {
                const qint64 take = qMin<qint64>(m_chunkLeft, m_buffer.size());
                const State state = deliver(m_buffer.constData(), take);
                m_buffer.remove(0, take);
                m_chunkLeft -= take;
                if (state != State::More)
                    return state;
                if (m_chunkLeft > 0)
                    return State::More;
                m_skipCrlf = true;
            }
            if (m_skipCrlf) {
                if (m_buffer.size() < 2)
                    return State::More;
                m_buffer.remove(0, 2);
                m_skipCrlf = false;
            }
            const qsizetype lineEnd = m_buffer.indexOf("\r\n");
            if (lineEnd < 0)
                return m_buffer.size() > MaxHeaderBytes ? State::Invalid : State::More;
            bool ok = false;
            const qint64 size = m_buffer.left(lineEnd).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return State::Invalid;
            m_buffer.remove(0, lineEnd + 2);
            if (size == 0) // the last chunk; trailers are not needed
                return State::Done;
            m_chunkLeft = size;
        }
    }

    BodySink *m_sink;
    qint64 m_maxBody;
    QByteArray m_buffer;
    bool m_headersDone = false;
    bool m_streaming = false;
    bool m_chunked = false;
    bool m_skipCrlf = false;
    qint64 m_length = -1;
    qint64 m_received = 0;
    qint64 m_chunkLeft = 0;
    BlobConnection::Response m_response;
};

QByteArray requestHead(const BlobConnection::Request &request)
{
    const QUrl &url = request.url;
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    QByteArray head = request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &header : request.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (request.body || request.method != "GET")
        head += "Content-Length: " + QByteArray::number(request.bodySize) + "\r\n";
    head += "Connection: close\r\n\r\n";
    return head;
}

} // namespace

bool BlobConnection::isDirect(const QUrl &url)
{
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy;
}

BlobConnection::Response BlobConnection::send(const Request &request)
{
    const bool https = request.url.scheme() == QLatin1String("https");
    std::unique_ptr<QTcpSocket> socket;
    if (https) {
        auto tls = std::make_unique<QSslSocket>();
        QSslConfiguration configuration = request.tls.value_or(QSslConfiguration::defaultConfiguration());
        configuration.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        tls->setSslConfiguration(configuration);
        socket = std::move(tls);
    } else {
        socket = std::make_unique<QTcpSocket>();
    }
    socket->setProxy(QNetworkProxy::NoProxy);

    ResponseReader reader(request.sink, request.maxResponseBody);
    Response failure;
    bool done = false;
    QEventLoop loop;
    auto finish = [&] {
        done = true;
        loop.quit();
    };
    auto fail = [&](QNetworkReply::NetworkError error, const QString &message) {
        if (done)
            return;
        failure.error = error;
        failure.errorString = message;
        finish();
    };

    const QByteArray head = requestHead(request);
    qint64 sent = 0; // body bytes handed to the socket
    auto feed = [&] {
        while (!done && sent < request.bodySize && socket->bytesToWrite() < WriteStep) {
            const qint64 step = qMin(WriteStep, request.bodySize - sent);
            if (socket->write(request.body + sent, step) != step) {
                fail(QNetworkReply::UnknownNetworkError, socket->errorString());
                return;
            }
            sent += step;
        }
    };
    auto start = [&] {
        socket->write(head);
        feed();
    };

    QTimer idle; // no progress for timeoutMs: the peer is gone
    idle.setSingleShot(true);
    idle.setInterval(request.timeoutMs);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        fail(QNetworkReply::TimeoutError, Tr::tr("no data moved for %1 s").arg(request.timeoutMs / 1000));
    });
    QTimer cancelPoll;
    cancelPoll.setInterval(100);
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (request.cancel.isCancelled())
            fail(QNetworkReply::OperationCanceledError, Tr::tr("cancelled"));
    });

    QObject::connect(socket.get(), &QAbstractSocket::bytesWritten, &loop, [&] {
        idle.start();
        feed();
    });
    // One buffer for the whole exchange: a fresh array per arrival is a fresh allocation, and
    // page faults, for every piece of a large download.
    QByteArray readBuffer(256 * 1024, Qt::Uninitialized);
    QObject::connect(socket.get(), &QIODevice::readyRead, &loop, [&] {
        idle.start();
        qint64 got = 0;
        while (!done && (got = socket->read(readBuffer.data(), readBuffer.size())) > 0) {
            switch (reader.feed(readBuffer.constData(), got)) {
            case ResponseReader::State::More:
                break;
            case ResponseReader::State::Done:
            case ResponseReader::State::SinkFailed:
                finish(); // also when the registry answered before the whole body went up
                break;
            case ResponseReader::State::Invalid:
                fail(QNetworkReply::ProtocolFailure, Tr::tr("the server sent an invalid HTTP response"));
                break;
            }
        }
    });
    QObject::connect(socket.get(), &QAbstractSocket::disconnected, &loop, [&] {
        if (done)
            return;
        if (reader.finishAtClose())
            finish();
        else
            fail(QNetworkReply::RemoteHostClosedError, Tr::tr("the server closed the connection before its answer was complete"));
    });
    QObject::connect(socket.get(), &QAbstractSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() decides: a close may end a body framed by the connection
        fail(networkErrorOf(error), socket->errorString());
    });

    if (https) {
        auto *tls = static_cast<QSslSocket *>(socket.get());
        QObject::connect(tls, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError> &) { failure.sslErrorsSeen = true; });
        QObject::connect(tls, &QSslSocket::encrypted, &loop, start);
        QObject::connect(tls, &QSslSocket::encryptedBytesWritten, &loop, [&] {
            idle.start();
            feed();
        });
        tls->connectToHostEncrypted(request.url.host(), quint16(request.url.port(443)));
    } else {
        QObject::connect(socket.get(), &QAbstractSocket::connected, &loop, start);
        socket->connectToHost(request.url.host(), quint16(request.url.port(80)));
    }
    idle.start();
    cancelPoll.start();
    if (!done)
        loop.exec();
    socket->abort();

    if (failure.error != QNetworkReply::NoError)
        return failure;
    Response response = std::move(reader.response());
    response.sslErrorsSeen = failure.sslErrorsSeen;
    return response;
}

} // namespace Manifold::Registry
