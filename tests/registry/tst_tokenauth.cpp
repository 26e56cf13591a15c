// Bearer token auth against a real registry configured for token auth. The token service is a
// test double (TestHttpServer issuing RS256 JWTs signed with a key made here with OpenSSL):
// no token server package (docker_auth, cesanta) exists on this machine.
#include "core/oci/ocilayoutsource.h"
#include "core/registry/imagecopier.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrycontentsource.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/registry/testhttpserver.h"
#include "tests/support/testsupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::HttpAnswer;
using Manifold::Test::HttpExchange;
using Manifold::Test::RegistryOptions;
using Manifold::Test::RegistryProcess;
using Manifold::Test::TestHttpServer;

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray signRs256(const QByteArray &keyPem, const QByteArray &input)
{
    BIO *bio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key)
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    size_t length = 0;
    QByteArray signature;
    if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size())) == 1) {
        signature.resize(qsizetype(length));
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
        signature.resize(qsizetype(length));
    }
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return signature;
}

} // namespace

class TestTokenAuth : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_keyPem;
    QByteArray m_certDer;
    std::unique_ptr<TestHttpServer> m_tokenServer;
    std::unique_ptr<RegistryProcess> m_registry;
    int m_tokensIssued = 0;

    HttpAnswer issue(const HttpExchange &request)
    {
        const QUrlQuery query(request.url);
        const QByteArray expected = "Basic " + QByteArray("alice:wonderland").toBase64();
        const bool authenticated = request.headers.value("authorization") == expected;
        if (request.headers.contains("authorization") && !authenticated)
            return HttpAnswer{401, {}, "{\"details\":\"bad credentials\"}"};
        QJsonArray access;
        for (const QString &scope : query.allQueryItemValues(QStringLiteral("scope"))) {
            const QStringList parts = scope.split(QLatin1Char(':'));
            if (parts.size() < 3)
                continue;
            const QString actions = parts.last();
            const QString name = parts.mid(1, parts.size() - 2).join(QLatin1Char(':'));
            // Anonymous callers get nothing; alice gets what she asks for.
            if (!authenticated)
                continue;
            access.append(QJsonObject{{"type", parts.first()}, {"name", name},
                                      {"actions", QJsonArray::fromStringList(actions.split(QLatin1Char(',')))}});
        }
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject header{{"alg", "RS256"}, {"typ", "JWT"},
                                 {"x5c", QJsonArray{QString::fromLatin1(m_certDer.toBase64())}}};
        const QJsonObject claims{{"iss", "manifold-test-issuer"}, {"sub", authenticated ? "alice" : ""},
                                 {"aud", query.queryItemValue("service")}, {"exp", now + 300}, {"nbf", now - 10},
                                 {"iat", now}, {"jti", QString::number(++m_tokensIssued)}, {"access", access}};
        const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        const QByteArray token = signingInput + '.' + base64Url(signRs256(m_keyPem, signingInput));
        return HttpAnswer{200, {{"Content-Type", "application/json"}},
                          QJsonDocument(QJsonObject{{"token", QString::fromLatin1(token)}, {"expires_in", 300}}).toJson()};
    }

private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable("openssl").isEmpty(), QStringLiteral("openssl"));
        QVERIFY(m_dir.isValid());
        const QString key = m_dir.filePath("key.pem"), cert = m_dir.filePath("cert.pem");
        QByteArray output;
        QCOMPARE(Test::runProgram("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
                                              "-subj", "/CN=manifold-test-token", "-days", "2"}, &output), 0);
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_keyPem = keyFile.readAll();
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(cert);
        QCOMPARE(certificates.size(), 1);
        m_certDer = certificates.first().toDer();

        m_tokenServer = std::make_unique<TestHttpServer>([this](const HttpExchange &r) { return issue(r); });
        QVERIFY(m_tokenServer->listenInThread());
        RegistryOptions options;
        options.auth = RegistryOptions::Auth::Token;
        options.tokenRealm = QStringLiteral("http://%1/token").arg(m_tokenServer->hostPort());
        options.tokenService = "manifold-test-registry";
        options.tokenIssuer = "manifold-test-issuer";
        options.tokenRootCertBundle = cert;
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
        const int before = m_tokensIssued;
        const auto copied = ImageCopier(*layout, "latest", destination, "latest").run();
        QVERIFY2(copied.ok(), qPrintable(copied.ok() ? QString() : copied.error().toString()));
        // Tokens are cached per scope set: dozens of requests, a handful of tokens.
        QVERIFY2(m_tokensIssued - before <= 4, qPrintable(QString::number(m_tokensIssued - before)));

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
