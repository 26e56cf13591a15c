#pragma once

// A TCP relay that makes a loopback-only real registry reachable at a non-loopback address of
// this machine (the fixture registry binds 127.0.0.1). Bytes are passed through unchanged; what
// the client sent is recorded, so a test can prove which headers crossed the "network".
// TcpRelayThread runs one on its own thread, so blocking waits (QProcess::waitForFinished, the
// client's nested event loops) never stall it.
#include <QHostAddress>
#include <QMutex>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>
#include <QNetworkInterface>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace Manifold::Test {

class TcpRelay : public QObject
{
public:
    TcpRelay(const QHostAddress &listen, quint16 targetPort)
        : m_targetPort(targetPort)
    {
        m_server.listen(listen);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
    }

    bool isListening() const { return m_server.isListening(); }
    // "ADDRESS:PORT" clients use.
    QString hostPort() const
    {
        return QStringLiteral("%1:%2").arg(m_server.serverAddress().toString()).arg(m_server.serverPort());
    }
    QByteArray clientBytes() const { return m_clientBytes; }

    // The first IPv4 address of this machine that is not loopback; null when there is none.
    static QHostAddress nonLoopbackAddress()
    {
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
                return address;
        }
        return {};
    }

private:
    void relay(QTcpSocket *client)
    {
        client->setParent(this);
        auto *upstream = new QTcpSocket(this);
        auto pending = std::make_shared<QByteArray>();
        QPointer<QTcpSocket> up(upstream);
        QPointer<QTcpSocket> down(client);
        QObject::connect(client, &QTcpSocket::readyRead, this, [this, client, up, pending] {
            const QByteArray data = client->readAll();
            m_clientBytes += data;
            if (up && up->state() == QAbstractSocket::ConnectedState)
                up->write(data);
            else
                pending->append(data);
        });
        QObject::connect(upstream, &QTcpSocket::connected, this, [up, pending] {
            if (up && !pending->isEmpty())
                up->write(*pending);
            pending->clear();
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, this, [up, down] {
            if (up && down)
                down->write(up->readAll());
        });
        QObject::connect(client, &QTcpSocket::disconnected, this, [up, down] {
            if (up)
                up->disconnectFromHost();
            if (down)
                down->deleteLater();
        });
        QObject::connect(upstream, &QTcpSocket::disconnected, this, [up, down] {
            if (down)
                down->disconnectFromHost();
            if (up)
                up->deleteLater();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    QByteArray m_clientBytes;
};

class TcpRelayThread : public QThread
{
public:
    TcpRelayThread(QHostAddress listen, quint16 targetPort)
        : m_listen(std::move(listen)), m_targetPort(targetPort)
    {}
    ~TcpRelayThread() override { stopRelay(); }

    // Starts the relay; its "ADDRESS:PORT", empty when it cannot listen.
    QString startRelay()
    {
        QMutexLocker lock(&m_mutex);
        start();
        while (!m_ready)
            m_readyCondition.wait(&m_mutex);
        return m_hostPort;
    }
    void stopRelay()
    {
        if (isRunning()) {
            quit();
            wait();
        }
    }
    // Everything clients sent through the relay (read after stopRelay(), or while it runs).
    QByteArray clientBytes() const
    {
        QMutexLocker lock(&m_mutex);
        return m_clientBytes;
    }

protected:
    void run() override
    {
        TcpRelay relay(m_listen, m_targetPort);
        {
            QMutexLocker lock(&m_mutex);
            m_hostPort = relay.isListening() ? relay.hostPort() : QString();
            m_ready = true;
            m_readyCondition.wakeAll();
        }
        QTimer copy;
        QObject::connect(&copy, &QTimer::timeout, &relay, [&] {
            QMutexLocker lock(&m_mutex);
            m_clientBytes = relay.clientBytes();
        });
        copy.start(20);
        exec();
        QMutexLocker lock(&m_mutex);
        m_clientBytes = relay.clientBytes();
    }

private:
    QHostAddress m_listen;
    quint16 m_targetPort;
    mutable QMutex m_mutex;
    QWaitCondition m_readyCondition;
    bool m_ready = false;
    QString m_hostPort;
    QByteArray m_clientBytes;
};

} // namespace Manifold::Test
