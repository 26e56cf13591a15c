// The plain-HTTP policy: only loopback registries and those the user marked insecure may be
// reached over plain HTTP. A non-loopback host is tried over https only; the attempt goes through
// a recording HTTP proxy (a double: offline, no real non-loopback registry can be reached here)
// that shows which requests the client dared to make. The same policy then lets a real loopback
// registry work over plain HTTP, and the client says so.
#include "core/registry/registryclient.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/registry/tcprelay.h"
#include "tests/support/testsupport.h"

#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::RegistryOptions;
using Manifold::Test::RegistryProcess;
using Manifold::Test::TcpRelay;
using Manifold::Test::TcpRelayThread;

namespace {

// Answers every proxied request with 502 and remembers its request line.
class RecordingProxy : public QObject
{
public:
    RecordingProxy()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->canReadLine())
                        return;
                    m_requestLines.append(QString::fromLatin1(socket->readLine().trimmed()));
                    socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QStringList requestLines() const { return m_requestLines; }

private:
    QTcpServer m_server;
    QStringList m_requestLines;
};

std::shared_ptr<RegistrySession> sessionWith(const QStringList &insecure)
{
    RegistryConfig config;
    config.credentials = std::make_shared<CredentialChain>(QList<std::shared_ptr<CredentialProvider>>{});
    config.insecureRegistries = insecure;
    config.maxAttempts = 1;
    return std::make_shared<RegistrySession>(config);
}

} // namespace

class TestInsecureRegistry : public QObject
{
    Q_OBJECT
private slots:
    void remoteHost_data()
    {
        QTest::addColumn<QStringList>("insecure");
        QTest::addColumn<bool>("plainHttpTried");
        QTest::newRow("not opted in: https only") << QStringList() << false;
        QTest::newRow("another host opted in: https only") << QStringList{QStringLiteral("other.example:5000")} << false;
        QTest::newRow("opted in: plain HTTP may be tried") << QStringList{QStringLiteral("registry.example:5000")} << true;
    }
    void remoteHost()
    {
        QFETCH(QStringList, insecure);
        QFETCH(bool, plainHttpTried);
        RecordingProxy proxy;
        QVERIFY(proxy.port() != 0);
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        RegistryClient client(sessionWith(insecure), QStringLiteral("registry.example:5000"));
        const Status pinged = client.ping();
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        if (!plainHttpTried)
            QVERIFY(!pinged.ok());
        const QStringList lines = proxy.requestLines();
        QVERIFY2(!lines.isEmpty(), "the https attempt never reached the proxy");
        QVERIFY2(lines.constFirst().startsWith(QLatin1String("CONNECT registry.example:5000")),
                 qPrintable(lines.join(QLatin1Char('\n'))));
        bool triedHttp = false;
        for (const QString &line : lines)
            triedHttp = triedHttp || line.contains(QLatin1String("http://registry.example:5000/"));
        QCOMPARE(triedHttp, plainHttpTried);
        // An http answer (the proxy's 502) is only accepted when the user opted in.
        QCOMPARE(client.isPlainHttp(), plainHttpTried);
    }

    void loopbackRegistryIsPlainHttp()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        RegistryProcess registry;
        const Status started = registry.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        RegistryClient client(sessionWith({}), registry.hostPort());
        const Status pinged = client.ping();
        QVERIFY2(pinged.ok(), qPrintable(pinged.ok() ? QString() : pinged.error().toString()));
        QVERIFY(client.isPlainHttp());
    }

    // Credentials never travel over plain HTTP to a non-loopback host unless the user opted in
    // for that host, separately from --insecure. The real htpasswd registry is reached at this
    // machine's non-loopback address through a byte-for-byte relay (the fixture binds
    // 127.0.0.1 only); the relay records what the client sent over that "network".
    void credentialsOverPlainHttp_data()
    {
        QTest::addColumn<bool>("optIn");
        QTest::addColumn<bool>("optInOtherHost");
        QTest::newRow("insecure only: credentials refused") << false << false;
        QTest::newRow("opt-in for another host: refused") << false << true;
        QTest::newRow("opt-in for this host: authenticated") << true << false;
    }
    void credentialsOverPlainHttp()
    {
        QFETCH(bool, optIn);
        QFETCH(bool, optInOtherHost);
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        const QHostAddress address = TcpRelay::nonLoopbackAddress();
        MANIFOLD_REQUIRE(!address.isNull(), QStringLiteral("a non-loopback IPv4 address on this machine"));
        RegistryOptions options;
        options.auth = RegistryOptions::Auth::Htpasswd;
        options.username = QStringLiteral("alice");
        options.password = QStringLiteral("plain-pw-7");
        RegistryProcess registry(options);
        const Status started = registry.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        TcpRelayThread relay(address, quint16(registry.hostPort().section(QLatin1Char(':'), 1).toUInt()));
        const QString hostPort = relay.startRelay();
        QVERIFY(!hostPort.isEmpty());

        RegistryConfig config;
        config.credentials = std::make_shared<StaticCredentials>(hostPort, Credential{options.username, options.password});
        config.insecureRegistries = {hostPort};
        config.maxAttempts = 1;
        if (optIn)
            config.plainHttpCredentialRegistries = {hostPort};
        if (optInOtherHost)
            config.plainHttpCredentialRegistries = {QStringLiteral("other.example:5000")};
        RegistryClient client(std::make_shared<RegistrySession>(config), hostPort);
        const auto catalog = client.catalog();
        relay.stopRelay();
        QVERIFY(client.isPlainHttp());
        const QByteArray sent = relay.clientBytes();
        QVERIFY2(sent.contains("GET /v2/"), sent.constData()); // the registry was really asked
        if (optIn) {
            QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().toString()));
            QVERIFY(sent.contains("Authorization: Basic"));
            return;
        }
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, QStringLiteral("registry.credentials.plain-http"));
        QVERIFY2(catalog.error().message.contains(QLatin1String("insecure (plain HTTP)")), qPrintable(catalog.error().message));
        QCOMPARE(catalog.error().location, QStringLiteral("http://%1/v2/_catalog").arg(hostPort));
        QVERIFY2(catalog.error().hint.contains(QStringLiteral("--allow-plain-http-credentials %1").arg(hostPort)),
                 qPrintable(catalog.error().hint));
        // Nothing secret crossed the network: no Authorization header at all.
        QVERIFY2(!sent.contains("Authorization"), sent.constData());
    }
};

QTEST_GUILESS_MAIN(TestInsecureRegistry)
#include "tst_insecureregistry.moc"
