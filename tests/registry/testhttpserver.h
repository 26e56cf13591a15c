#pragma once

// A minimal HTTP/1.1 server on QTcpServer for registry tests that need a server behaviour no
// real component here offers (a token service, a redirecting host, a tampering content server).
// Each test says why it uses one. One request per connection (Connection: close).
// useTls() makes it an HTTPS server (QSslServer) with a certificate the test chose.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <functional>

namespace Manifold::Test {

struct HttpExchange
{
    QByteArray method;
    QUrl url;                          // path and query as requested
    QMap<QByteArray, QByteArray> headers; // lowercased names
    QByteArray body;
};

struct HttpAnswer
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

class TestHttpServer : public QObject
{
public:
    using Handler = std::function<HttpAnswer(const HttpExchange &)>;

    explicit TestHttpServer(Handler handler) : m_handler(std::move(handler))
    {
        adopt(new QTcpServer(this));
    }

    // Serve HTTPS with `configuration` (certificate, key); call before listening. Connections
    // whose handshake fails never reach the handler; handshakesStarted() counts them all.
    void useTls(const QSslConfiguration &configuration)
    {
        auto *server = new QSslServer(this);
        server->setSslConfiguration(configuration);
        QObject::connect(server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakes; });
        delete m_server;
        adopt(server);
    }

    ~TestHttpServer() override
    {
        if (m_thread.isRunning()) {
            QMetaObject::invokeMethod(this, [this] { m_server->close(); moveToThread(m_thread.thread()); }, Qt::BlockingQueuedConnection);
            m_thread.quit();
            m_thread.wait();
        }
    }

    bool listen(const QHostAddress &address = QHostAddress(QStringLiteral("127.0.0.1")), quint16 port = 0)
    {
        return m_server->listen(address, port);
    }
    // Serves from its own thread, for tests whose main thread blocks while the client works
    // (the copier waits on worker threads that call this server).
    bool listenInThread(const QHostAddress &address = QHostAddress(QStringLiteral("127.0.0.1")), quint16 port = 0)
    {
        m_thread.start();
        moveToThread(&m_thread);
        bool ok = false;
        QMetaObject::invokeMethod(this, [&] { ok = m_server->listen(address, port); }, Qt::BlockingQueuedConnection);
        return ok;
    }
    quint16 port() const { return m_server->serverPort(); }
    QString hostPort() const { return QStringLiteral("%1:%2").arg(m_server->serverAddress().toString()).arg(port()); }
    const QList<HttpExchange> &requests() const { return m_requests; }
    int handshakesStarted() const { return m_handshakes.load(); }

private:
    void adopt(QTcpServer *server)
    {
        m_server = server;
        // QSslServer queues a connection only once its handshake succeeded (Qt 6.4 signals that
        // with pendingConnectionAvailable; plain servers with newConnection as well).
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
    }

    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0) {
                // TLS probes and other garbage: not HTTP, hang up.
                if (!buffer->isEmpty() && !(buffer->at(0) >= 'A' && buffer->at(0) <= 'Z'))
                    socket->abort();
                return;
            }
            HttpExchange exchange;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            exchange.method = requestLine.value(0);
            exchange.url = QUrl::fromEncoded(requestLine.value(1));
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    exchange.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qint64 length = exchange.headers.value("content-length").toLongLong();
            if (buffer->size() - end - 4 < length)
                return;
            exchange.body = buffer->mid(end + 4, length);
            buffer->clear();
            m_requests.append(exchange);
            const HttpAnswer answer = m_handler(exchange);
            QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\n";
            bool hasLength = false;
            for (const auto &header : answer.headers) {
                response += header.first + ": " + header.second + "\r\n";
                hasLength = hasLength || header.first.toLower() == "content-length";
            }
            if (!hasLength)
                response += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
            response += "Connection: close\r\n\r\n";
            if (exchange.method != "HEAD")
                response += answer.body;
            socket->write(response);
            socket->disconnectFromHost();
        });
    }

    QTcpServer *m_server = nullptr; // a child of this object: moves to the serving thread with it
    std::atomic<int> m_handshakes{0};
    QThread m_thread;
    Handler m_handler;
    QList<HttpExchange> m_requests;
};

} // namespace Manifold::Test
