// Credentials never leak: Authorization is not sent to a redirect target on another host, and
// errors never carry the password or the Basic header value.
// Uses TestHttpServer (a double): a registry that redirects blob downloads to a second host on
// another loopback address cannot be set up with the real registry process here.
#include "core/oci/descriptor.h"
#include "core/oci/digest.h"
#include "core/registry/credentials.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrysession.h"
#include "tests/registry/testhttpserver.h"

#include <QTest>

using namespace Manifold::Registry;
using Manifold::Test::HttpAnswer;
using Manifold::Test::HttpExchange;
using Manifold::Test::TestHttpServer;

namespace {

const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("Pw-7f3c9e1a-never-print");
const QByteArray BasicValue = "Basic " + QByteArray("alice:Pw-7f3c9e1a-never-print").toBase64();
const QByteArray BlobBytes = "blob content served by the storage host";

bool mentionsSecret(const QString &text)
{
    return text.contains(Password) || text.contains(QString::fromLatin1(QByteArray("alice:Pw-7f3c9e1a-never-print").toBase64()));
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void redirectKeepsAuthorizationOnOrigin_data();
    void redirectKeepsAuthorizationOnOrigin();
    void rejectedCredentialsErrorHasNoSecret();
};

void TestSecrets::redirectKeepsAuthorizationOnOrigin_data()
{
    QTest::addColumn<bool>("otherHost");
    QTest::addColumn<bool>("expectAuthorizationAtTarget");
    QTest::newRow("127.0.0.2 (other host)") << true << false;
    QTest::newRow("same origin") << false << true;
}

void TestSecrets::redirectKeepsAuthorizationOnOrigin()
{
    QFETCH(bool, otherHost);
    QFETCH(bool, expectAuthorizationAtTarget);
    const Manifold::Oci::Digest digest = Manifold::Oci::Digest::of(BlobBytes);

    TestHttpServer storage([](const HttpExchange &) { return HttpAnswer{200, {}, BlobBytes}; });
    QVERIFY(storage.listenInThread(QHostAddress(QStringLiteral("127.0.0.2"))));

    quint16 registryPort = 0;
    TestHttpServer registry([&](const HttpExchange &request) -> HttpAnswer {
        if (request.headers.value("authorization") != BasicValue)
            return {401, {{"WWW-Authenticate", "Basic realm=\"test\""}}, "{}"};
        if (request.url.path() == QLatin1String("/v2/"))
            return {200, {}, "{}"};
        if (request.url.path() == QLatin1String("/storage/blob"))
            return {200, {}, BlobBytes};
        const QByteArray target = otherHost
            ? "http://127.0.0.2:" + QByteArray::number(storage.port()) + "/storage/blob"
            : "http://127.0.0.1:" + QByteArray::number(registryPort) + "/storage/blob";
        return {307, {{"Location", target}}, {}};
    });
    QVERIFY(registry.listenInThread());
    registryPort = registry.port();

    RegistryConfig config;
    config.credentials = std::make_shared<StaticCredentials>(registry.hostPort(), Credential{User, Password});
    config.maxAttempts = 1;
    RegistryClient client(std::make_shared<RegistrySession>(config), registry.hostPort());

    Manifold::Oci::Descriptor descriptor;
    descriptor.mediaType = QStringLiteral("application/octet-stream");
    descriptor.digest = digest;
    descriptor.size = BlobBytes.size();
    const auto blob = client.getBlob(QStringLiteral("team/app"), descriptor);
    QVERIFY2(blob, blob ? "" : qPrintable(blob.error().message));
    QCOMPARE(*blob, BlobBytes);

    // The origin saw the credentials (so the test can tell them apart)...
    bool originSawAuth = false;
    for (const HttpExchange &request : registry.requests())
        originSawAuth = originSawAuth || request.headers.value("authorization") == BasicValue;
    QVERIFY(originSawAuth);
    // ...the redirect target only when it is the same origin.
    const QList<HttpExchange> &targetRequests = otherHost ? storage.requests() : registry.requests();
    bool targetSawAuth = false;
    for (const HttpExchange &request : targetRequests)
        if (request.url.path() == QLatin1String("/storage/blob"))
            targetSawAuth = targetSawAuth || request.headers.contains("authorization");
    QCOMPARE(targetSawAuth, expectAuthorizationAtTarget);
    if (otherHost)
        QVERIFY(!storage.requests().isEmpty());
}

void TestSecrets::rejectedCredentialsErrorHasNoSecret()
{
    TestHttpServer registry([](const HttpExchange &) -> HttpAnswer {
        return {401, {{"WWW-Authenticate", "Basic realm=\"test\""}}, "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}"};
    });
    QVERIFY(registry.listenInThread());
    RegistryConfig config;
    config.credentials = std::make_shared<StaticCredentials>(registry.hostPort(), Credential{User, Password});
    config.maxAttempts = 1;
    RegistryClient client(std::make_shared<RegistrySession>(config), registry.hostPort());

    const auto manifest = client.getManifest(QStringLiteral("team/app"), QStringLiteral("latest"));
    QVERIFY(!manifest);
    const Manifold::Error &error = manifest.error();
    QVERIFY(!error.code.isEmpty());
    QVERIFY2(!mentionsSecret(error.message), qPrintable(error.message));
    QVERIFY2(!mentionsSecret(error.location), qPrintable(error.location));
    QVERIFY2(!mentionsSecret(error.hint), qPrintable(error.hint));
    // The credentials were really offered (otherwise this proves nothing).
    bool offered = false;
    for (const HttpExchange &request : registry.requests())
        offered = offered || request.headers.value("authorization") == BasicValue;
    QVERIFY(offered);
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
