#pragma once

// FaultProxy: a TCP relay between a client and a real registry process that injects faults.
// It is a test double: no real component here can cut connections at chosen byte offsets,
// answer 5xx/429, stall, truncate or flip bytes on demand, or serve a blob whose bytes do not
// match its digest. Per connection a seeded RNG picks one fault, so a failing run replays with
// the same seed. One request per connection (Keep-Alive is rewritten to close), so that every
// request meets its own fault instead of sharing one keep-alive connection.

#include <QAtomicInt>
#include <QByteArray>
#include <QHostAddress>
#include <QMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace Manifold::Test {

class FaultProxy : public QObject
{
public:
    enum class Fault { None, Status, Cut, Stall, Truncate, Flip, Tamper };

    FaultProxy(quint16 upstreamPort, quint32 seed) : m_upstreamPort(upstreamPort), m_rng(seed)
    {
        m_server.setParent(this);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                relay(client);
        });
    }
    ~FaultProxy() override
    {
        QMetaObject::invokeMethod(this, [this] { m_server.close(); moveToThread(m_thread.thread()); },
                                  Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    // Serves from its own thread: the code under test blocks the test's thread.
    bool start()
    {
        m_thread.start();
        moveToThread(&m_thread);
        bool ok = false;
        QMetaObject::invokeMethod(this, [&] { ok = m_server.listen(QHostAddress::LocalHost); },
                                  Qt::BlockingQueuedConnection);
        return ok;
    }
    quint16 port() const { return m_server.serverPort(); }
    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }

    // Random faults on `percent` of the connections (0 = a clean relay).
    void setFaultPercent(int percent) { m_percent.storeRelaxed(percent); }
    void setEnabled(bool enabled) { setFaultPercent(enabled ? 55 : 0); }
    // Deterministic tampering: every answer to a request whose request line contains `fragment`
    // (e.g. "/blobs/sha256:…") gets the first byte of its body flipped; size and headers stay,
    // so only a digest check can notice.
    void setTamper(const QByteArray &fragment) { QMutexLocker lock(&m_mutex); m_tamper = fragment; }
    QMap<Fault, int> counts() const { QMutexLocker lock(&m_mutex); return m_counts; }

private:
    Fault pick(qint64 &offset)
    {
        QMutexLocker lock(&m_mutex);
        Fault fault = Fault::None;
        const int percent = m_percent.loadRelaxed();
        if (percent > 0 && int(m_rng.bounded(100)) < percent) {
            // Shares among faults: status 31%, cut 22%, stall 5%, truncate 20%, flip 22%.
            const int roll = int(m_rng.bounded(100));
            fault = roll < 31 ? Fault::Status : roll < 53 ? Fault::Cut : roll < 58 ? Fault::Stall
                  : roll < 78 ? Fault::Truncate : Fault::Flip;
        }
        offset = qint64(m_rng.bounded(4096));
        m_counts[fault]++;
        return fault;
    }
    QByteArray statusAnswer()
    {
        QMutexLocker lock(&m_mutex);
        static const int codes[] = {500, 502, 503, 429};
        const int code = codes[m_rng.bounded(4)];
        QByteArray answer = "HTTP/1.1 " + QByteArray::number(code) + " Injected\r\nContent-Length: 0\r\nConnection: close\r\n";
        if (code == 429 || code == 503)
            answer += "Retry-After: " + QByteArray::number(m_rng.bounded(2)) + "\r\n";
        return answer + "\r\n";
    }
    bool tampers(const QByteArray &requestStart)
    {
        QMutexLocker lock(&m_mutex);
        const QByteArray line = requestStart.left(requestStart.indexOf('\n'));
        if (m_tamper.isEmpty() || !line.startsWith("GET ") || !line.contains(m_tamper))
            return false;
        m_counts[Fault::Tamper]++;
        return true;
    }

    struct Connection
    {
        Fault fault = Fault::None;
        qint64 offset = 0;
        qint64 sent = 0;
        bool firstRequestChunk = true;
        bool tamper = false;
        bool bodyStarted = false;
        QByteArray head; // the answer's headers until the body starts (tampering)
    };

    void relay(QTcpSocket *client)
    {
        auto state = std::make_shared<Connection>();
        state->fault = pick(state->offset);
        auto *upstream = new QTcpSocket(client);
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });

        if (state->fault == Fault::Status) {
            const QByteArray answer = statusAnswer();
            QObject::connect(client, &QTcpSocket::readyRead, client, [client, answer] {
                client->readAll();
                client->write(answer);
                client->disconnectFromHost();
            });
            return;
        }
        QObject::connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, state] {
            const QByteArray data = client->readAll();
            if (state->firstRequestChunk) {
                state->firstRequestChunk = false;
                state->tamper = tampers(data);
            }
            upstream->write(QByteArray(data).replace("Connection: Keep-Alive\r\n", "Connection: close\r\n"));
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, state] {
            QByteArray data = upstream->readAll();
            if (state->tamper && !state->bodyStarted) {
                const qsizetype before = state->head.size();
                state->head += data;
                const qsizetype end = state->head.indexOf("\r\n\r\n");
                if (end >= 0 && end + 4 < state->head.size()) {
                    state->bodyStarted = true;
                    const qsizetype body = end + 4 - before; // position of the body's first byte in `data`
                    data[body] = char(data.at(body) ^ 0x01);
                }
            }
            const qint64 start = state->sent;
            state->sent += data.size();
            switch (state->fault) {
            case Fault::Stall:
                return; // swallow the answer; the client's transfer timeout must fire
            case Fault::Cut:
                if (state->sent > state->offset) {
                    client->write(data.left(state->offset - start));
                    client->abort();
                    return;
                }
                break;
            case Fault::Truncate:
                if (state->sent > state->offset) {
                    client->write(data.left(state->offset - start));
                    client->disconnectFromHost();
                    upstream->abort();
                    return;
                }
                break;
            case Fault::Flip:
                if (state->offset >= start && state->offset < state->sent)
                    data[state->offset - start] = char(data.at(state->offset - start) ^ 0x20);
                break;
            case Fault::None:
            case Fault::Status:
            case Fault::Tamper:
                break;
            }
            if (client->state() == QAbstractSocket::ConnectedState)
                client->write(data);
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    QTcpServer m_server;
    QThread m_thread;
    quint16 m_upstreamPort;
    mutable QMutex m_mutex;
    QRandomGenerator m_rng;
    QMap<Fault, int> m_counts;
    QAtomicInt m_percent = 55;
    QByteArray m_tamper;
};

} // namespace Manifold::Test
