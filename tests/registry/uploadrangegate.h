#pragma once

// Distribution 2.8 (the registry available here) ignores Content-Range on PATCH: it appends an
// out-of-order chunk instead of answering 416 as the distribution spec (and distribution v3)
// require. This gate sits in front of the real registry and adds only that rule: a PATCH whose
// Content-Range does not start at the number of bytes the upload session has received gets
// 416. Everything else — upload sessions, the status GET with its Range, the final PUT and the
// digest check — is the real registry's. It runs on the thread that creates it (the blocking
// client's nested event loop keeps it moving).
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace Manifold::Test {

class UploadRangeGate : public QObject
{
public:
    explicit UploadRangeGate(quint16 targetPort)
        : m_targetPort(targetPort)
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }

    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    int refusedChunks() const { return m_refused; }

private:
    struct Connection
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray received;
        QByteArray toUpstream;
    };

    void accept(QTcpSocket *client)
    {
        client->setParent(this);
        auto connection = std::make_shared<Connection>();
        connection->client = client;
        connection->upstream = new QTcpSocket(this);
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, connection] {
            connection->received += connection->client->readAll();
            process(*connection);
        });
        QObject::connect(connection->upstream, &QTcpSocket::connected, this, [connection] {
            connection->upstream->write(connection->toUpstream);
            connection->toUpstream.clear();
        });
        QObject::connect(connection->upstream, &QTcpSocket::readyRead, this, [connection] {
            if (connection->client)
                connection->client->write(connection->upstream->readAll());
        });
        QObject::connect(client, &QTcpSocket::disconnected, this, [connection] {
            if (connection->upstream)
                connection->upstream->disconnectFromHost();
            connection->client->deleteLater();
        });
        QObject::connect(connection->upstream, &QTcpSocket::disconnected, this, [connection] {
            if (connection->client)
                connection->client->disconnectFromHost();
        });
        connection->upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }

    // Splits the received bytes into whole requests (head + Content-Length body).
    void process(Connection &connection)
    {
        while (true) {
            const qsizetype headEnd = connection.received.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = connection.received.left(headEnd);
            qint64 length = 0;
            QByteArray contentRange;
            const QList<QByteArray> lines = head.split('\n');
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                if (name == "content-length")
                    length = line.mid(colon + 1).trimmed().toLongLong();
                else if (name == "content-range")
                    contentRange = line.mid(colon + 1).trimmed();
            }
            const qsizetype total = headEnd + 4 + length;
            if (connection.received.size() < total)
                return;
            const QByteArray request = connection.received.left(total);
            connection.received.remove(0, total);
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            if (requestLine.value(0) == "PATCH" && !contentRange.isEmpty()) {
                const QByteArray path = requestLine.value(1);
                const QByteArray session = path.mid(path.indexOf("/uploads/") + 9).split('?').value(0);
                const qint64 start = contentRange.split('-').value(0).toLongLong();
                if (start != m_received.value(session)) {
                    ++m_refused;
                    connection.client->write("HTTP/1.1 416 Requested Range Not Satisfiable\r\n"
                                             "Content-Type: application/json\r\nContent-Length: 0\r\n\r\n");
                    continue;
                }
                m_received[session] += length;
            }
            if (connection.upstream->state() == QAbstractSocket::ConnectedState)
                connection.upstream->write(request);
            else
                connection.toUpstream += request;
        }
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    QHash<QByteArray, qint64> m_received; // upload session id -> bytes accepted
    int m_refused = 0;
};

} // namespace Manifold::Test
