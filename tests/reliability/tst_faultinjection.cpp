// Fault injection between the registry client and a real registry process.
// FaultProxy is a double written for this test: no real component here can cut connections at
// chosen byte offsets, answer 5xx/429, stall, truncate or flip bytes on demand. Per connection
// a seeded RNG picks one fault. Every operation must end in a verified success or a clear error,
// and afterwards the registry, read directly (bypassing the proxy), must hold no manifest or
// index whose children are missing and no blob whose content does not match its digest.
#include "core/oci/descriptor.h"
#include "core/oci/digest.h"
#include "core/oci/index.h"
#include "core/oci/manifest.h"
#include "core/oci/mediatypes.h"
#include "core/registry/credentials.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrysession.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QAtomicInt>
#include <QMutex>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::RegistryProcess;

namespace {

enum class Fault { None, Status, Cut, Stall, Truncate, Flip };

// Relays TCP between the client and the registry, injecting one fault per connection.
class FaultProxy : public QObject
{
public:
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
    void setEnabled(bool enabled) { m_enabled.storeRelaxed(enabled ? 1 : 0); }
    QMap<Fault, int> counts() const { QMutexLocker lock(&m_mutex); return m_counts; }

private:
    Fault pick(qint64 &offset)
    {
        QMutexLocker lock(&m_mutex);
        Fault fault = Fault::None;
        if (m_enabled.loadRelaxed()) {
            const int roll = int(m_rng.bounded(100));
            fault = roll < 45 ? Fault::None : roll < 62 ? Fault::Status : roll < 74 ? Fault::Cut
                  : roll < 77 ? Fault::Stall : roll < 88 ? Fault::Truncate : Fault::Flip;
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

    void relay(QTcpSocket *client)
    {
        qint64 offset = 0;
        const Fault fault = pick(offset);
        auto *upstream = new QTcpSocket(client);
        auto *sent = new qint64(0);
        QObject::connect(client, &QObject::destroyed, [sent] { delete sent; });
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        QObject::connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });

        if (fault == Fault::Status) {
            const QByteArray answer = statusAnswer();
            QObject::connect(client, &QTcpSocket::readyRead, client, [client, answer] {
                client->readAll();
                client->write(answer);
                client->disconnectFromHost();
            });
            return;
        }
        // One request per connection (the registry closes after answering), so that every
        // request meets its own fault instead of sharing one keep-alive connection.
        QObject::connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            upstream->write(client->readAll().replace("Connection: Keep-Alive\r\n", "Connection: close\r\n"));
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, fault, offset, sent] {
            QByteArray data = upstream->readAll();
            const qint64 start = *sent;
            *sent += data.size();
            switch (fault) {
            case Fault::None:
                break;
            case Fault::Stall:
                return; // swallow the answer; the client's transfer timeout must fire
            case Fault::Cut:
                if (*sent > offset) {
                    client->write(data.left(offset - start));
                    client->abort();
                    return;
                }
                break;
            case Fault::Truncate:
                if (*sent > offset) {
                    client->write(data.left(offset - start));
                    client->disconnectFromHost();
                    upstream->abort();
                    return;
                }
                break;
            case Fault::Flip:
                if (offset >= start && offset < *sent)
                    data[offset - start] = char(data.at(offset - start) ^ 0x20);
                break;
            case Fault::Status:
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
    QAtomicInt m_enabled = 1;
};

std::shared_ptr<RegistrySession> session(int transferTimeoutMs)
{
    RegistryConfig config;
    config.credentials = std::make_shared<CredentialChain>(QList<std::shared_ptr<CredentialProvider>>{});
    config.maxAttempts = 4;
    config.maxRetryDelayMs = 300;
    config.transferTimeoutMs = transferTimeoutMs;
    return std::make_shared<RegistrySession>(config);
}

Oci::Descriptor blobDescriptor(const QByteArray &bytes, const QString &mediaType)
{
    Oci::Descriptor descriptor;
    descriptor.mediaType = mediaType;
    descriptor.digest = Oci::Digest::of(bytes);
    descriptor.size = bytes.size();
    return descriptor;
}

// Where an operation ended: success, or an error that says what happened.
bool clearError(const Error &error)
{
    return !error.code.isEmpty() && !error.message.isEmpty();
}

} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

private slots:
    void operationsThroughFaultyProxy();
};

void TestFaultInjection::operationsThroughFaultyProxy()
{
    MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    RegistryProcess registry;
    const Status started = registry.start();
    if (!started.ok())
        QFAIL(qPrintable(started.error().toString()));

    const quint32 seed = qEnvironmentVariableIsSet("MANIFOLD_FAULT_SEED")
        ? quint32(qEnvironmentVariableIntValue("MANIFOLD_FAULT_SEED")) : 20261123u;
    qInfo("fault seed %u (set MANIFOLD_FAULT_SEED to replay)", seed);
    FaultProxy proxy(registry.baseUrl().port(), seed);
    QVERIFY(proxy.start());
    const QString proxied = QStringLiteral("127.0.0.1:%1").arg(proxy.port());
    RegistryClient faulty(session(1500), proxied);
    RegistryClient direct(session(30000), registry.hostPort());

    QRandomGenerator rng(seed);
    const QString repository = QStringLiteral("reliability/faults");
    struct Pushed { QString tag; QByteArray manifest; QList<Oci::Descriptor> blobs; QMap<QString, QByteArray> content; };
    QList<Pushed> pushed;
    int successes = 0, failures = 0;
    constexpr int Operations = 200;
    for (int i = 0; i < Operations; ++i) {
        const int kind = pushed.isEmpty() ? 0 : int(rng.bounded(3));
        if (kind == 0) { // push a tiny image: config + one layer + manifest (+ sometimes an index)
            QByteArray config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"n\":" + QByteArray::number(i) + "}";
            QByteArray layer(int(rng.bounded(1, 96 * 1024)), Qt::Uninitialized);
            for (char &c : layer)
                c = char(rng.bounded(256));
            const Oci::Descriptor configDescriptor = blobDescriptor(config, Oci::MediaType::OciConfig);
            const Oci::Descriptor layerDescriptor = blobDescriptor(layer, Oci::MediaType::OciLayerGzip);
            const Oci::ImageManifest manifest = Oci::ImageManifest::create(configDescriptor, {layerDescriptor});
            const QString tag = QStringLiteral("op%1").arg(i);
            Status status = faulty.uploadBlob(repository, configDescriptor, config);
            if (status.ok())
                status = faulty.uploadBlob(repository, layerDescriptor, layer);
            if (status.ok())
                status = faulty.putManifest(repository, tag, manifest.mediaType(), manifest.rawBytes());
            QByteArray top = manifest.rawBytes();
            if (status.ok() && rng.bounded(3) == 0) {
                Oci::Descriptor child = manifest.descriptor();
                child.platform = Platform::parse(QStringLiteral("linux/amd64")).value();
                const Oci::ImageIndex index = Oci::ImageIndex::create({child});
                status = faulty.putManifest(repository, tag, index.mediaType(), index.rawBytes());
                top = index.rawBytes();
            }
            if (status.ok()) {
                ++successes;
                pushed.append({tag, top, {configDescriptor, layerDescriptor},
                               {{configDescriptor.digest.toString(), config}, {layerDescriptor.digest.toString(), layer}}});
            } else {
                ++failures;
                QVERIFY2(clearError(status.error()), qPrintable(QStringLiteral("op %1: unclear error").arg(i)));
            }
        } else { // inspect / pull: manifest then a blob; success must return the exact bytes
            const Pushed &image = pushed.at(int(rng.bounded(qint64(pushed.size()))));
            const auto manifest = faulty.getManifest(repository, image.tag);
            if (!manifest) {
                ++failures;
                QVERIFY2(clearError(manifest.error()), qPrintable(QStringLiteral("op %1: unclear error").arg(i)));
                continue;
            }
            QCOMPARE(manifest->bytes, image.manifest);
            const Oci::Descriptor &blob = image.blobs.at(int(rng.bounded(qint64(image.blobs.size()))));
            const auto bytes = faulty.getBlob(repository, blob);
            if (!bytes) {
                ++failures;
                QVERIFY2(clearError(bytes.error()), qPrintable(QStringLiteral("op %1: unclear error").arg(i)));
                continue;
            }
            QCOMPARE(Oci::Digest::of(*bytes), blob.digest);
            QCOMPARE(*bytes, image.content.value(blob.digest.toString()));
            ++successes;
        }
    }
    const auto counts = proxy.counts();
    qInfo("%d operations: %d succeeded, %d failed with an error; connections: clean %d, status %d, cut %d, "
          "stall %d, truncate %d, flip %d", Operations, successes, failures, counts.value(Fault::None),
          counts.value(Fault::Status), counts.value(Fault::Cut), counts.value(Fault::Stall),
          counts.value(Fault::Truncate), counts.value(Fault::Flip));
    QVERIFY2(successes > 0, "no operation got through: the proxy injects too much to prove anything");
    int connections = 0;
    for (int count : counts)
        connections += count;
    QVERIFY2(counts.value(Fault::None) < connections, "no fault was injected");

    // Read the registry directly: every tag resolves, every child and blob exists and matches.
    proxy.setEnabled(false);
    const auto tags = direct.listTags(repository);
    QVERIFY2(tags, tags ? "" : qPrintable(tags.error().toString()));
    for (const QString &tag : *tags) {
        const auto top = direct.getManifest(repository, tag);
        QVERIFY2(top, qPrintable(tag + QStringLiteral(": ") + (top ? QString() : top.error().toString())));
        QList<QByteArray> manifests;
        if (const auto index = Oci::ImageIndex::parse(top->bytes, top->descriptor.mediaType)) {
            for (const Oci::Descriptor &child : index->manifests()) {
                const auto manifest = direct.getManifest(repository, child.digest.toString());
                QVERIFY2(manifest, qPrintable(tag + QStringLiteral(": index child missing: ") + child.digest.toString()));
                QCOMPARE(Oci::Digest::of(manifest->bytes), child.digest);
                manifests.append(manifest->bytes);
            }
        } else {
            manifests.append(top->bytes);
        }
        for (const QByteArray &bytes : manifests) {
            const auto manifest = Oci::ImageManifest::parse(bytes);
            QVERIFY2(manifest, qPrintable(tag));
            QList<Oci::Descriptor> blobs = manifest->layers();
            blobs.prepend(manifest->config());
            for (const Oci::Descriptor &blob : blobs) {
                const auto content = direct.getBlob(repository, blob);
                QVERIFY2(content, qPrintable(tag + QStringLiteral(": blob missing: ") + blob.digest.toString()));
                QCOMPARE(Oci::Digest::of(*content), blob.digest);
                QCOMPARE(content->size(), blob.size);
            }
        }
    }
    // Every operation that reported success is really there.
    for (const auto &image : pushed) {
        const auto manifest = direct.getManifest(repository, image.tag);
        QVERIFY2(manifest, qPrintable(image.tag));
        QCOMPARE(manifest->bytes, image.manifest);
    }
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
