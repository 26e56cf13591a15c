// End-to-end: the registry subcommands (tags, catalog, inspect, login, logout) as a user runs
// them — the real `manifold` binary against real registry processes (tests/fixtures).
//  - Results read over plain HTTP say so, in text and in JSON.
//  - Credentials are refused over plain HTTP to a non-loopback registry unless the user opts in
//    (--allow-plain-http-credentials), separately from --insecure.
//  - login --password-stdin stores the password in the Secret Service (gnome-keyring; run under
//    scripts/with-keyring.sh), later commands authenticate with it, logout removes it, and the
//    password never appears in any output.
#include "core/oci/manifest.h"
#include "core/registry/credentials.h"
#include "core/registry/registryclient.h"
#include "tests/fixtures/busyboximage.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/registry/tcprelay.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::BusyboxImage;
using Manifold::Test::RegistryOptions;
using Manifold::Test::RegistryProcess;
using Manifold::Test::TcpRelay;
using Manifold::Test::TcpRelayThread;

namespace {

// The environment of every `manifold` run: Docker's configuration in a directory of the test
// (empty unless a test writes one), so no credential of the machine's user takes part.
QProcessEnvironment isolatedEnvironment(const QString &dockerConfigDir)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DOCKER_CONFIG"), dockerConfigDir);
    environment.remove(QStringLiteral("MANIFOLD_INSECURE_REGISTRIES"));
    environment.remove(QStringLiteral("MANIFOLD_PLAIN_HTTP_CREDENTIALS"));
    return environment;
}

int manifold(const QStringList &arguments, const QProcessEnvironment &environment, QByteArray *out, QByteArray *err,
             const QByteArray &input = {})
{
    return Manifold::Test::runManifoldWithInput(arguments, input, out, err, 120000, environment);
}

// Pushes a one-manifest image "private/app:v1" with a client that has the credentials.
Status pushSmallImage(const QString &hostPort, const Credential &credential)
{
    RegistryConfig config;
    config.credentials = std::make_shared<StaticCredentials>(hostPort, credential);
    RegistryClient client(std::make_shared<RegistrySession>(config), hostPort);
    const QByteArray imageConfig = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";
    const Oci::Descriptor descriptor = Oci::Descriptor::forContent(Oci::MediaType::OciConfig, imageConfig);
    if (Status uploaded = client.uploadBlob("private/app", descriptor, imageConfig); !uploaded)
        return uploaded;
    const auto manifest = Oci::ImageManifest::create(descriptor, {});
    return client.putManifest("private/app", "v1", manifest.mediaType(), manifest.rawBytes());
}

} // namespace

class TestRegistryCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(BusyboxImage::isAvailable(), QStringLiteral("busybox fixture"));
        QVERIFY(m_dockerConfig.isValid());
        const Status started = m_registry.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        const Status pushed = BusyboxImage::pushTo(m_registry);
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
    }

    // The loopback registry speaks plain HTTP; every result read from it says so.
    void plainHttpIsShown_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("json");
        const QString repository = m_registry.hostPort() + "/busybox";
        QTest::newRow("tags, text") << QStringList{"tags", repository} << false;
        QTest::newRow("tags, json") << QStringList{"tags", repository, "--json"} << true;
        QTest::newRow("catalog, text") << QStringList{"catalog", m_registry.hostPort()} << false;
        QTest::newRow("catalog, json") << QStringList{"catalog", m_registry.hostPort(), "--json"} << true;
        QTest::newRow("inspect, text") << QStringList{"inspect", repository + ":latest"} << false;
        QTest::newRow("inspect, json") << QStringList{"inspect", repository + ":latest", "--json"} << true;
        QTest::newRow("verify, json") << QStringList{"verify", repository + ":latest", "--json", "--no-scan", "--no-host"}
                                      << true;
    }
    void plainHttpIsShown()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, json);
        QByteArray out, err;
        const int code = manifold(arguments, isolatedEnvironment(m_dockerConfig.path()), &out, &err);
        // verify's exit code reports its findings; the transport is what is checked here.
        QVERIFY2(code == 0 || (arguments.first() == QLatin1String("verify") && code == 1), QByteArray(out + err).constData());
        const QString notice = QStringLiteral("%1 was used over insecure (plain HTTP)").arg(m_registry.hostPort());
        if (json) {
            const QJsonObject object = QJsonDocument::fromJson(out).object();
            QVERIFY2(!object.isEmpty(), out.constData());
            QCOMPARE(object.value("transport").toString(), QStringLiteral("http"));
            QCOMPARE(object.value("plainHttp").toBool(), true);
            QVERIFY2(object.value("warnings").toArray().first().toString().startsWith(notice), out.constData());
        } else {
            // Listings keep stdout to names (scripts read it); the notice goes to stderr.
            const bool listing = arguments.first() != QLatin1String("inspect");
            QVERIFY2(QString::fromUtf8(listing ? err : out).contains(notice), QByteArray(out + err).constData());
            if (listing)
                QVERIFY(!out.contains("plain HTTP"));
        }
    }

    // Credentials over plain HTTP to a non-loopback registry: refused with a clear error unless
    // the user opts in for that host. The real htpasswd registry is reached at this machine's
    // non-loopback address through a relay (the fixture binds 127.0.0.1 only).
    void plainHttpCredentialsNeedOptIn_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("optIn");
        QTest::newRow("catalog, --insecure only: refused") << "catalog" << false;
        QTest::newRow("catalog, --allow-plain-http-credentials: works") << "catalog" << true;
        QTest::newRow("copy, --insecure only: refused") << "copy" << false;
        QTest::newRow("copy, --allow-plain-http-credentials: works") << "copy" << true;
    }
    void plainHttpCredentialsNeedOptIn()
    {
        QFETCH(QString, command);
        QFETCH(bool, optIn);
        const QHostAddress address = TcpRelay::nonLoopbackAddress();
        MANIFOLD_REQUIRE(!address.isNull(), QStringLiteral("a non-loopback IPv4 address on this machine"));
        RegistryOptions options;
        options.auth = RegistryOptions::Auth::Htpasswd;
        options.username = "bob";
        options.password = "relay-secret-42";
        RegistryProcess secured(options);
        const Status started = secured.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        TcpRelayThread relay(address, quint16(secured.hostPort().section(':', 1).toUInt()));
        const QString hostPort = relay.startRelay();
        QVERIFY(!hostPort.isEmpty());

        // Docker's config.json holds the credentials for the relayed address.
        QTemporaryDir dockerConfig;
        QFile config(dockerConfig.filePath("config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        const QByteArray auth = QByteArray("bob:relay-secret-42").toBase64();
        config.write(QJsonDocument(QJsonObject{{"auths", QJsonObject{{hostPort, QJsonObject{{"auth", QString::fromLatin1(auth)}}}}}})
                         .toJson());
        config.close();

        // copy pushes the busybox image from the anonymous loopback fixture into the secured one.
        QStringList arguments = command == QLatin1String("catalog")
            ? QStringList{"catalog", hostPort}
            : QStringList{"copy", m_registry.hostPort() + "/busybox:latest", hostPort + "/busybox:latest"};
        arguments << "--insecure" << hostPort;
        if (optIn)
            arguments << "--allow-plain-http-credentials" << hostPort;
        QByteArray out, err;
        const int code = manifold(arguments, isolatedEnvironment(dockerConfig.path()), &out, &err);
        relay.stopRelay();
        QVERIFY(!QByteArray(out + err).contains("relay-secret-42"));
        if (optIn) {
            QVERIFY2(code == 0, QByteArray(out + err).constData());
            // catalog notes it beside its listing (stderr), copy in its summary (stdout).
            QVERIFY2(QByteArray(out + err).contains(QByteArray(hostPort.toLatin1() + " was used over insecure (plain HTTP)")),
                     QByteArray(out + err).constData());
            return;
        }
        QCOMPARE(code, 1);
        const QString text = QString::fromUtf8(err);
        QVERIFY2(text.contains(QStringLiteral("refusing to send the credentials for %1 over insecure (plain HTTP)").arg(hostPort)),
                 err.constData());
        QVERIFY2(text.contains(QStringLiteral("--allow-plain-http-credentials %1").arg(hostPort)), err.constData());
        QVERIFY2(!relay.clientBytes().contains("Authorization"), relay.clientBytes().constData());
    }

    // login stores into gnome-keyring, tags authenticates with it, logout removes it.
    void loginThenLogout()
    {
        MANIFOLD_REQUIRE(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                         QStringLiteral("a D-Bus session with gnome-keyring (run under scripts/with-keyring.sh)"));
        RegistryOptions options;
        options.auth = RegistryOptions::Auth::Htpasswd;
        options.username = "carol";
        options.password = "keyring-pw-913";
        RegistryProcess secured(options);
        const Status started = secured.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        const QString host = secured.hostPort();
        const Status pushed = pushSmallImage(host, Credential{options.username, options.password});
        QVERIFY2(pushed.ok(), qPrintable(pushed.ok() ? QString() : pushed.error().toString()));
        const QProcessEnvironment environment = isolatedEnvironment(m_dockerConfig.path());
        QByteArray everything;

        QByteArray out, err;
        // Not logged in yet: refused, with the way out.
        QCOMPARE(manifold({"tags", host + "/private/app"}, environment, &out, &err), 1);
        QVERIFY2(err.contains("manifold login"), err.constData());
        everything += out + err;

        // A wrong password is checked against the registry and never stored.
        QCOMPARE(manifold({"login", host, "-u", "carol", "--password-stdin"}, environment, &out, &err, "not-it\n"), 1);
        everything += out + err;
        KeychainCredentials keychain;
        auto stored = keychain.lookup(host);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QVERIFY(!stored->has_value());

        const int loggedIn = manifold({"login", host, "-u", "carol", "--password-stdin"}, environment, &out, &err,
                                      "keyring-pw-913\n");
        QVERIFY2(loggedIn == 0, QByteArray(out + err).constData());
        everything += out + err;
        stored = keychain.lookup(host);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->username, QStringLiteral("carol"));
        QCOMPARE((*stored)->secret, QStringLiteral("keyring-pw-913"));

        const int listed = manifold({"tags", host + "/private/app", "--json"}, environment, &out, &err);
        QVERIFY2(listed == 0, QByteArray(out + err).constData());
        QCOMPARE(QJsonDocument::fromJson(out).object().value("tags").toArray(), QJsonArray{"v1"});
        everything += out + err;

        QVERIFY(manifold({"logout", host}, environment, &out, &err) == 0);
        everything += out + err;
        stored = keychain.lookup(host);
        QVERIFY(stored.ok());
        QVERIFY(!stored->has_value());
        QCOMPARE(manifold({"tags", host + "/private/app"}, environment, &out, &err), 1);
        everything += out + err;

        QVERIFY2(!everything.contains("keyring-pw-913"), everything.constData());
        QVERIFY(!everything.contains(QByteArray("carol:keyring-pw-913").toBase64()));
    }

private:
    RegistryProcess m_registry;
    QTemporaryDir m_dockerConfig;
};

QTEST_GUILESS_MAIN(TestRegistryCommands)
#include "tst_registrycommands.moc"
