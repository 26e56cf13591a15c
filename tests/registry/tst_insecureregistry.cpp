// The plain-HTTP policy: only loopback registries and those the user marked insecure may be
// reached over plain HTTP. A non-loopback host is tried over https only; the attempt goes through
// a recording HTTP proxy (a double: offline, no real non-loopback registry can be reached here)
// that shows which requests the client dared to make. The same policy then lets a real loopback
// registry work over plain HTTP, and the client says so.
#include "core/registry/registryclient.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/support/testsupport.h"

#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::RegistryProcess;

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
};

QTEST_GUILESS_MAIN(TestInsecureRegistry)
#include "tst_insecureregistry.moc"
