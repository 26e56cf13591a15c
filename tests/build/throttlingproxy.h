#pragma once

#include <QAtomicInteger>
#include <QObject>
#include <QThread>
#include <QTcpServer>

namespace Manifold::Test {

// A test double: a TCP relay on 127.0.0.1 in front of a real registry that forwards what the
// client sends (uploads) at a fixed, low rate and the answers at full speed. No real component
// here can slow a loopback push down enough to cancel it midway; the registry behind it is real.
class ThrottlingProxy : public QObject
{
    Q_OBJECT

public:
    ThrottlingProxy(quint16 upstreamPort, qint64 bytesPerSecond);
    ~ThrottlingProxy() override;

    bool start();
    QString hostPort() const; // "127.0.0.1:PORT"
    // Request bytes relayed to the registry so far (any thread).
    qint64 uploadedBytes() const { return m_uploaded.loadRelaxed(); }

private:
    void relay(class QTcpSocket *client);

    quint16 m_upstreamPort;
    qint64 m_bytesPerTick;
    QTcpServer m_server;
    QThread m_thread;
    QAtomicInteger<qint64> m_uploaded{0};
};

} // namespace Manifold::Test
