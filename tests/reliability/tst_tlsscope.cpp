// Relaxed TLS stays scoped to the registry the user marked insecure. Real docker-registry
// processes on 127.0.0.1 (self-signed HTTPS, or plain HTTP), marked insecure, send the client to
// a second host on 127.0.0.2 (Linux routes all of 127/8 to loopback) whose certificate is not
// trusted: the registry redirects blob downloads there (distribution's "redirect" storage
// middleware, as registries on object storage do), or names it as its Bearer token realm.
// The client must refuse that host with a TLS error naming it, send it nothing (no
// Authorization, no credentials), and still use the insecure registry itself. With that host's
// CA given, or that host listed insecure itself, the same operations succeed.
//
// The HTTPS server on 127.0.0.2 is a test double (TestHttpServer on a QSslServer): no object
// storage service or token server package exists on this machine. It serves the blob files from
// the real registry's storage directory and issues JWTs the real registry verifies.
#include "core/oci/descriptor.h"
#include "core/oci/manifest.h"
#include "core/registry/credentials.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrysession.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/registry/testcertificates.h"
#include "tests/registry/testhttpserver.h"
#include "tests/registry/testtokenissuer.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::HttpAnswer;
using Manifold::Test::HttpExchange;
using Manifold::Test::RegistryOptions;
using Manifold::Test::RegistryProcess;
using Manifold::Test::TestHttpServer;
using Manifold::Test::TestTokenIssuer;

namespace {

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("tls-scope-5d1e-secret");
const QString Repository = QStringLiteral("scope/app");
const QByteArray LayerBytes = "layer bytes that live on the storage host";

QString errorText(const Status &status)
{
    return status.ok() ? QString() : status.error().toString();
}

bool mentionsSecret(const Error &error)
{
    const QString basic = QString::fromLatin1((User + QLatin1Char(':') + Password).toUtf8().toBase64());
    for (const QString &text : {error.message, error.location, error.hint}) {
        if (text.contains(Password) || text.contains(basic))
            return true;
    }
    return false;
}

} // namespace

class TestTlsScope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void otherHostKeepsItsVerification_data();
    void otherHostKeepsItsVerification();
    void cleanupTestCase();

private:
    RegistryProcess *registryNamed(const QString &name) const;
    std::shared_ptr<RegistrySession> sessionFor(const RegistryProcess &registry, const QString &otherTrust) const;
    Status pushSample(const std::shared_ptr<RegistrySession> &session, const RegistryProcess &registry);
    HttpAnswer serveOtherHost(const HttpExchange &request);

    QTemporaryDir m_dir;
    TestTokenIssuer m_issuer{User, Password};
    std::unique_ptr<TestHttpServer> m_otherHost;
    std::unique_ptr<RegistryProcess> m_redirecting;  // HTTPS (self-signed), htpasswd, blobs on 127.0.0.2
    std::unique_ptr<RegistryProcess> m_tokenTls;     // HTTPS (self-signed), token realm on 127.0.0.2
    std::unique_ptr<RegistryProcess> m_tokenPlain;   // plain HTTP, token realm on 127.0.0.2
    Oci::Descriptor m_layer;
    QByteArray m_manifestBytes;
};

void TestTlsScope::initTestCase()
{
    MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(), QStringLiteral("openssl CLI"));
    QVERIFY(m_dir.isValid());
    const QString dir = m_dir.path();
    for (const Status &made :
         {Test::makeSelfSignedCertificate(dir, QStringLiteral("registry"), QStringLiteral("IP:127.0.0.1,DNS:localhost")),
          Test::makeCa(dir, QStringLiteral("other-ca")), Test::makeCa(dir, QStringLiteral("stranger-ca")),
          Test::makeServerCertificate(dir, QStringLiteral("other-ca"), QStringLiteral("other"), QStringLiteral("IP:127.0.0.2")),
          m_issuer.create(dir)})
        QVERIFY2(made.ok(), qPrintable(errorText(made)));

    // The other host: HTTPS on 127.0.0.2 with a certificate of a CA nobody trusts by default.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> certificate = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("other.pem")));
    QCOMPARE(certificate.size(), 1);
    QFile keyFile(m_dir.filePath(QStringLiteral("other.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!key.isNull());
    tls.setLocalCertificate(certificate.first());
    tls.setPrivateKey(key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_otherHost = std::make_unique<TestHttpServer>([this](const HttpExchange &request) { return serveOtherHost(request); });
    m_otherHost->useTls(tls);
    QVERIFY(m_otherHost->listenInThread(QHostAddress(QStringLiteral("127.0.0.2"))));
    const QString otherBase = QStringLiteral("https://%1").arg(m_otherHost->hostPort());

    RegistryOptions redirecting;
    redirecting.tlsCertificate = m_dir.filePath(QStringLiteral("registry.pem"));
    redirecting.tlsKey = m_dir.filePath(QStringLiteral("registry.key"));
    redirecting.auth = RegistryOptions::Auth::Htpasswd;
    redirecting.username = User;
    redirecting.password = Password;
    redirecting.blobRedirectBaseUrl = otherBase;
    RegistryOptions tokenTls;
    tokenTls.tlsCertificate = redirecting.tlsCertificate;
    tokenTls.tlsKey = redirecting.tlsKey;
    tokenTls.auth = RegistryOptions::Auth::Token;
    tokenTls.tokenRealm = otherBase + QStringLiteral("/token");
    tokenTls.tokenService = QStringLiteral("manifold-tls-scope");
    tokenTls.tokenIssuer = QLatin1String(TestTokenIssuer::Issuer);
    tokenTls.tokenRootCertBundle = m_issuer.rootCertificate();
    RegistryOptions tokenPlain = tokenTls;
    tokenPlain.tlsCertificate.clear();
    tokenPlain.tlsKey.clear();
    m_redirecting = std::make_unique<RegistryProcess>(redirecting);
    m_tokenTls = std::make_unique<RegistryProcess>(tokenTls);
    m_tokenPlain = std::make_unique<RegistryProcess>(tokenPlain);
    for (RegistryProcess *registry : {m_redirecting.get(), m_tokenTls.get(), m_tokenPlain.get()}) {
        const Status started = registry->start();
        QVERIFY2(started.ok(), qPrintable(errorText(started)));
        // Content pushed with the other host trusted: a missing blob is answered 404 by the
        // registry itself, so uploads never meet the redirect, but token auth needs the realm.
        const Status pushed = pushSample(sessionFor(*registry, QStringLiteral("ca")), *registry);
        QVERIFY2(pushed.ok(), qPrintable(errorText(pushed)));
    }
    QCOMPARE(m_redirecting->baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(m_tokenPlain->baseUrl().scheme(), QStringLiteral("http"));
}

HttpAnswer TestTlsScope::serveOtherHost(const HttpExchange &request)
{
    const QString path = request.url.path();
    if (path == QLatin1String("/token"))
        return m_issuer.issue(request);
    // What the registry redirects to: "/docker/registry/v2/blobs/sha256/ab/ab…/data" below its
    // storage directory.
    if (path.startsWith(QLatin1String("/docker/registry/v2/blobs/")) && !path.contains(QLatin1String(".."))) {
        QFile blob(m_redirecting->storageDir() + path);
        if (blob.open(QIODevice::ReadOnly))
            return HttpAnswer{200, {{"Content-Type", "application/octet-stream"}}, blob.readAll()};
    }
    return HttpAnswer{404, {}, {}};
}

Status TestTlsScope::pushSample(const std::shared_ptr<RegistrySession> &session, const RegistryProcess &registry)
{
    RegistryClient client(session, registry.hostPort());
    const QByteArray config = "{\"architecture\":\"arm64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";
    const Oci::Descriptor configDescriptor = Oci::Descriptor::forContent(Oci::MediaType::OciConfig, config);
    m_layer = Oci::Descriptor::forContent(Oci::MediaType::OciLayerGzip, LayerBytes);
    if (Status uploaded = client.uploadBlob(Repository, configDescriptor, config); !uploaded)
        return uploaded;
    if (Status uploaded = client.uploadBlob(Repository, m_layer, LayerBytes); !uploaded)
        return uploaded;
    const Oci::ImageManifest manifest = Oci::ImageManifest::create(configDescriptor, {m_layer});
    m_manifestBytes = manifest.rawBytes();
    return client.putManifest(Repository, QStringLiteral("v1"), manifest.mediaType(), manifest.rawBytes());
}

RegistryProcess *TestTlsScope::registryNamed(const QString &name) const
{
    if (name == QLatin1String("redirecting"))
        return m_redirecting.get();
    return name == QLatin1String("token-tls") ? m_tokenTls.get() : m_tokenPlain.get();
}

// The registry is always marked insecure; `otherTrust` says what the user did about 127.0.0.2.
std::shared_ptr<RegistrySession> TestTlsScope::sessionFor(const RegistryProcess &registry, const QString &otherTrust) const
{
    RegistryConfig config;
    config.credentials = std::make_shared<StaticCredentials>(registry.hostPort(), Credential{User, Password});
    config.maxAttempts = 1;
    config.insecureRegistries.append(registry.hostPort());
    if (otherTrust == QLatin1String("ca"))
        config.caCertificateFiles.insert(m_otherHost->hostPort(), m_dir.filePath(QStringLiteral("other-ca.pem")));
    else if (otherTrust == QLatin1String("stranger-ca"))
        config.caCertificateFiles.insert(m_otherHost->hostPort(), m_dir.filePath(QStringLiteral("stranger-ca.pem")));
    else if (otherTrust == QLatin1String("insecure"))
        config.insecureRegistries.append(m_otherHost->hostPort());
    return std::make_shared<RegistrySession>(config);
}

void TestTlsScope::otherHostKeepsItsVerification_data()
{
    QTest::addColumn<QString>("registry");   // redirecting | token-tls | token-http
    QTest::addColumn<QString>("otherTrust"); // none | ca | stranger-ca | insecure
    QTest::addColumn<bool>("succeeds");
    // Trusted rows around the refused ones: a connection trusted once must not serve a later
    // request without that trust, and a refusal must not stick to the host.
    QTest::newRow("blob redirect, 127.0.0.2 listed insecure") << "redirecting" << "insecure" << true;
    QTest::newRow("blob redirect to untrusted 127.0.0.2 is refused") << "redirecting" << "none" << false;
    QTest::newRow("blob redirect, another CA for 127.0.0.2 is refused") << "redirecting" << "stranger-ca" << false;
    QTest::newRow("blob redirect, 127.0.0.2's CA given") << "redirecting" << "ca" << true;
    QTest::newRow("token realm on untrusted 127.0.0.2 is refused") << "token-tls" << "none" << false;
    QTest::newRow("token realm, 127.0.0.2's CA given") << "token-tls" << "ca" << true;
    QTest::newRow("token realm, 127.0.0.2 listed insecure") << "token-tls" << "insecure" << true;
    QTest::newRow("plain-HTTP registry, untrusted https token realm is refused") << "token-http" << "none" << false;
    QTest::newRow("plain-HTTP registry, token realm's CA given") << "token-http" << "ca" << true;
}

void TestTlsScope::otherHostKeepsItsVerification()
{
    QFETCH(QString, registry);
    QFETCH(QString, otherTrust);
    QFETCH(bool, succeeds);
    const RegistryProcess &target = *registryNamed(registry);
    const bool redirect = registry == QLatin1String("redirecting");
    const qsizetype requestsBefore = m_otherHost->requests().size();
    const int handshakesBefore = m_otherHost->handshakesStarted();

    const std::shared_ptr<RegistrySession> session = sessionFor(target, otherTrust);
    RegistryClient client(session, target.hostPort());
    Status outcome;
    if (redirect) {
        const Result<QByteArray> blob = client.getBlob(Repository, m_layer);
        if (blob)
            QCOMPARE(*blob, LayerBytes);
        outcome = blob ? Status() : Status(blob.error());
    } else {
        const Result<ManifestResponse> manifest = client.getManifest(Repository, QStringLiteral("v1"));
        if (manifest)
            QCOMPARE(manifest->bytes, m_manifestBytes);
        outcome = manifest ? Status() : Status(manifest.error());
    }
    const QList<HttpExchange> reached = m_otherHost->requests().mid(requestsBefore);
    // The registry itself is used as configured: relaxed TLS, or plain HTTP, never downgraded.
    QCOMPARE(session->cachedScheme(target.hostPort()), target.baseUrl().scheme());

    if (succeeds) {
        QVERIFY2(outcome.ok(), qPrintable(errorText(outcome)));
        QVERIFY(!reached.isEmpty());
        for (const HttpExchange &request : reached) {
            if (redirect) // the storage host gets the blob request, never the registry's credentials
                QVERIFY2(!request.headers.contains("authorization"), request.url.toEncoded().constData());
            else // the token service is where the credentials belong, over TLS the user trusts
                QCOMPARE(request.headers.value("authorization"),
                         QByteArray("Basic " + (User + QLatin1Char(':') + Password).toUtf8().toBase64()));
        }
        return;
    }

    QVERIFY(!outcome.ok());
    const Error &error = outcome.error();
    QCOMPARE(error.code, QStringLiteral("registry.tls"));
    // Names the host that was refused and its role, says where and how to trust it.
    QVERIFY2(error.message.contains(m_otherHost->hostPort()), qPrintable(error.toString()));
    QVERIFY2(error.message.contains(redirect ? QLatin1String("redirected") : QLatin1String("token service")),
             qPrintable(error.message));
    QVERIFY2(error.location.startsWith(QStringLiteral("https://%1/").arg(m_otherHost->hostPort())), qPrintable(error.location));
    QVERIFY2(error.hint.contains(QStringLiteral("--ca-cert %1=").arg(m_otherHost->hostPort())), qPrintable(error.hint));
    QVERIFY2(!mentionsSecret(error), qPrintable(error.toString()));
    // The client did reach 127.0.0.2 (refused by verification, not a closed port) and sent it
    // nothing: no request, so no Authorization and no credentials.
    QVERIFY(m_otherHost->handshakesStarted() > handshakesBefore);
    QCOMPARE(reached.size(), 0);
    // The insecure registry itself still works where it needs nothing from 127.0.0.2:
    // manifests are served by the registry, only blobs are redirected.
    if (redirect) {
        const Result<ManifestResponse> manifest = client.getManifest(Repository, QStringLiteral("v1"));
        QVERIFY2(manifest.ok(), qPrintable(manifest.ok() ? QString() : manifest.error().toString()));
        QCOMPARE(manifest->bytes, m_manifestBytes);
    } else {
        QCOMPARE(session->hostAuth(client.apiHost()).scheme, RegistrySession::HostAuth::Scheme::Bearer);
    }
}

void TestTlsScope::cleanupTestCase()
{
    for (RegistryProcess *registry : {m_redirecting.get(), m_tokenTls.get(), m_tokenPlain.get()}) {
        if (registry)
            registry->stop();
    }
}

QTEST_GUILESS_MAIN(TestTlsScope)
#include "tst_tlsscope.moc"
