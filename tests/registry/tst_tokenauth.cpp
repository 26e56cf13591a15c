// Bearer token auth against a real registry configured for token auth. The token service is a
// test double (TestTokenIssuer on a TestHttpServer, RS256 JWTs signed with a key made here):
// no token server package (docker_auth, cesanta) exists on this machine.
#include "core/oci/ocilayoutsource.h"
#include "core/registry/imagecopier.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrycontentsource.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/registry/testhttpserver.h"
#include "tests/registry/testtokenissuer.h"
#include "tests/support/testsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::HttpExchange;
using Manifold::Test::RegistryOptions;
using Manifold::Test::RegistryProcess;
using Manifold::Test::TestHttpServer;
using Manifold::Test::TestTokenIssuer;

class TestTokenAuth : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestTokenIssuer m_issuer{QStringLiteral("alice"), QStringLiteral("wonderland")};
    std::unique_ptr<TestHttpServer> m_tokenServer;
    std::unique_ptr<RegistryProcess> m_registry;

private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable("openssl").isEmpty(), QStringLiteral("openssl"));
        QVERIFY(m_dir.isValid());
        const Status made = m_issuer.create(m_dir.path());
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));

        m_tokenServer = std::make_unique<TestHttpServer>([this](const HttpExchange &r) { return m_issuer.issue(r); });
        QVERIFY(m_tokenServer->listenInThread());
        RegistryOptions options;
        options.auth = RegistryOptions::Auth::Token;
        options.tokenRealm = QStringLiteral("http://%1/token").arg(m_tokenServer->hostPort());
        options.tokenService = "manifold-test-registry";
        options.tokenIssuer = QLatin1String(TestTokenIssuer::Issuer);
        options.tokenRootCertBundle = m_issuer.rootCertificate();
        m_registry = std::make_unique<RegistryProcess>(options);
        const Status started = m_registry->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    }

    void anonymousIsRefused()
    {
        RegistryConfig config;
        config.credentials = std::make_shared<CredentialChain>(QList<std::shared_ptr<CredentialProvider>>{});
        RegistryClient client(std::make_shared<RegistrySession>(config), m_registry->hostPort());
        const auto tags = client.listTags("busybox");
        QVERIFY(!tags.ok());
        QCOMPARE(tags.error().code, QStringLiteral("registry.unauthorized"));
        QVERIFY(tags.error().hint.contains("manifold login"));
    }

    void wrongPasswordIsRefused()
    {
        RegistryConfig config;
        config.credentials = std::make_shared<StaticCredentials>(m_registry->hostPort(), Credential{"alice", "nope"});
        RegistryClient client(std::make_shared<RegistrySession>(config), m_registry->hostPort());
        const auto tags = client.listTags("busybox");
        QVERIFY(!tags.ok());
        QCOMPARE(tags.error().code, QStringLiteral("registry.unauthorized"));
    }

    void pushAndPullWithTokens()
    {
        MANIFOLD_REQUIRE(Test::BusyboxImage::isAvailable(), QStringLiteral("busybox fixture"));
        RegistryConfig config;
        config.credentials = std::make_shared<StaticCredentials>(m_registry->hostPort(), Credential{"alice", "wonderland"});
        auto session = std::make_shared<RegistrySession>(config);
        auto layout = Oci::OciLayoutSource::openDirectory(Test::BusyboxImage::layoutDir());
        QVERIFY(layout.ok());
        auto destination = std::make_shared<RegistryDestination>(session, *ImageReference::parse(m_registry->hostPort() + "/busybox"));
        const int before = m_issuer.tokensIssued();
        const auto copied = ImageCopier(*layout, "latest", destination, "latest").run();
        QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().toString()));
        // Tokens are cached per scope set: dozens of requests, a handful of tokens.
        QVERIFY2(m_issuer.tokensIssued() - before <= 4, qPrintable(QString::number(m_issuer.tokensIssued() - before)));

        RegistryClient client(session, m_registry->hostPort());
        const auto tags = client.listTags("busybox");
        QVERIFY2(tags.ok(), qPrintable(tags.ok() ? QString() : tags.error().toString()));
        QCOMPARE(*tags, QStringList{"latest"});
        // A new scope (delete) asks for a new token with that scope.
        const QString digest = copied->destinationRoot.digest.toString();
        const Status deleted = client.deleteManifest("busybox", digest);
        QVERIFY2(deleted.ok(), qPrintable(deleted.ok() ? QString() : deleted.error().toString()));
        const HttpExchange &last = m_tokenServer->requests().last();
        QVERIFY(QUrlQuery(last.url).allQueryItemValues("scope").join(' ').contains("delete"));
        // Credentials went to the token service, never to the registry itself in Basic form.
        QCOMPARE(last.headers.value("authorization").left(6), QByteArray("Basic "));
    }
};

QTEST_GUILESS_MAIN(TestTokenAuth)
#include "tst_tokenauth.moc"
