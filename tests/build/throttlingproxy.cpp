#include "tests/build/throttlingproxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace Manifold::Test {

namespace {
constexpr int TickMs = 50;
}

ThrottlingProxy::ThrottlingProxy(quint16 upstreamPort, qint64 bytesPerSecond)
    : m_upstreamPort(upstreamPort)
    , m_bytesPerTick(qMax<qint64>(1, bytesPerSecond * TickMs / 1000))
{
    m_server.setParent(this);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            relay(client);
    });
}

ThrottlingProxy::~ThrottlingProxy()
{
    if (m_thread.isRunning()) {
        // Sockets live in the proxy thread: close them there, then bring the object back.
        QThread *home = m_thread.thread();
        QMetaObject::invokeMethod(this, [this, home] {
            m_server.close();
            const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
            for (QTcpSocket *socket : sockets)
                socket->abort();
            qDeleteAll(sockets);
            moveToThread(home);
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

bool ThrottlingProxy::start()
{
    m_thread.start();
    moveToThread(&m_thread);
    bool ok = false;
    QMetaObject::invokeMethod(this, [&] { ok = m_server.listen(QHostAddress::LocalHost); }, Qt::BlockingQueuedConnection);
    return ok;
}

QString ThrottlingProxy::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort());
}

void ThrottlingProxy::relay(QTcpSocket *client)
{
    client->setParent(this);
    // A small read buffer makes TCP push back on the sender instead of the proxy buffering all.
    client->setReadBufferSize(m_bytesPerTick);
    auto *upstream = new QTcpSocket(this);
    auto *tick = new QTimer(client);
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    connect(tick, &QTimer::timeout, client, [this, client, upstream] {
        if (upstream->state() != QAbstractSocket::ConnectedState)
            return;
        const QByteArray chunk = client->read(m_bytesPerTick);
        if (!chunk.isEmpty()) {
            upstream->write(chunk);
            m_uploaded.fetchAndAddRelaxed(chunk.size());
        }
    });
    tick->start(TickMs);
    connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
        client->write(upstream->readAll());
        client->disconnectFromHost();
        upstream->deleteLater();
    });
    connect(client, &QTcpSocket::disconnected, upstream, [client, upstream] {
        upstream->abort();
        upstream->deleteLater();
        client->deleteLater();
    });
}

} // namespace Manifold::Test
