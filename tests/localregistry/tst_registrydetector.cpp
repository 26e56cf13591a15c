// Detection of registries already answering on loopback, against real docker-registry processes:
// the API version header, index support (a test index pushed, read back and deleted), deletion
// switched off, and auth required (401 + WWW-Authenticate). Credentials go out only after an
// anonymous 401, and only over plain HTTP on loopback or TLS that was verified; otherwise they
// are withheld and the result says so.

#include "core/localregistry/registrydetector.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/registry/testcertificates.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>

using namespace Manifold;
using namespace Manifold::LocalRegistry;
using Manifold::Test::RegistryOptions;
using Manifold::Test::RegistryProcess;

namespace {

quint16 portOf(const RegistryProcess &registry)
{
    return static_cast<quint16>(registry.hostPort().section(QLatin1Char(':'), 1).toUInt());
}

} // namespace

class TestRegistryDetector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
    }

    void detectsRegistries_data()
    {
        QTest::addColumn<bool>("deleteEnabled");
        QTest::addColumn<bool>("auth");
        QTest::addColumn<QVariant>("acceptsIndex");
        QTest::addColumn<QVariant>("deleteAllowed");
        QTest::newRow("guide config") << true << false << QVariant(true) << QVariant(true);
        QTest::newRow("deletion off") << false << false << QVariant(true) << QVariant(false);
        QTest::newRow("htpasswd auth") << true << true << QVariant() << QVariant();
    }
    void detectsRegistries()
    {
        QFETCH(bool, deleteEnabled);
        QFETCH(bool, auth);
        QFETCH(QVariant, acceptsIndex);
        QFETCH(QVariant, deleteAllowed);
        RegistryOptions options;
        options.deleteEnabled = deleteEnabled;
        if (auth) {
            options.auth = RegistryOptions::Auth::Htpasswd;
            options.username = QStringLiteral("u");
            options.password = QStringLiteral("p");
        }
        RegistryProcess registry(options);
        const Status started = registry.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));

        DetectOptions detect;
        detect.ports = {portOf(registry)};
        const QList<DetectedRegistry> found = RegistryDetector::detect(detect);
        QCOMPARE(found.size(), 1);
        const DetectedRegistry &r = found.first();
        QVERIFY(r.answering);
        QVERIFY(r.isRegistry);
        QVERIFY(!r.tls);
        QCOMPARE(r.authRequired, auth);
        if (auth) {
            QCOMPARE(r.status, 401);
            QVERIFY2(r.authChallenge.startsWith(QLatin1String("Basic")), qPrintable(r.authChallenge));
        } else {
            QCOMPARE(r.status, 200);
            QCOMPARE(r.apiVersion, QStringLiteral("registry/2.0"));
        }
        QCOMPARE(r.acceptsIndex.has_value(), acceptsIndex.isValid());
        if (acceptsIndex.isValid())
            QVERIFY2(*r.acceptsIndex == acceptsIndex.toBool(), qPrintable(r.indexDetail));
        // A Docker manifest list of a schema2 manifest, pushed and read back the same way.
        QCOMPARE(r.acceptsManifestList.has_value(), acceptsIndex.isValid());
        if (acceptsIndex.isValid()) {
            QVERIFY2(*r.acceptsManifestList == acceptsIndex.toBool(), qPrintable(r.manifestListDetail));
            QVERIFY2(r.manifestListDetail.contains(QLatin1String("Docker manifest list")), qPrintable(r.manifestListDetail));
        }
        if (!auth)
            QCOMPARE(r.toJson().value(QStringLiteral("apiVersion")).toString(), QStringLiteral("registry/2.0"));
        if (deleteAllowed.isValid() && !deleteAllowed.toBool()) {
            // With deletion off the test lists stay: an independent client reads them as pushed.
            for (const auto &[kind, mediaType] :
                 {std::pair{QStringLiteral("index"), QByteArray("application/vnd.oci.image.index.v1+json")},
                  std::pair{QStringLiteral("list"), QByteArray("application/vnd.docker.distribution.manifest.list.v2+json")}}) {
                QByteArray headers;
                const QString url = QStringLiteral("http://127.0.0.1:%1/v2/manifold-probe/index-test/manifests/probe-%2-%3")
                                        .arg(portOf(registry))
                                        .arg(kind)
                                        .arg(QCoreApplication::applicationPid());
                QCOMPARE(Test::runProgram(QStringLiteral("curl"),
                                          {QStringLiteral("-sfI"), QStringLiteral("-H"),
                                           QStringLiteral("Accept: ") + QString::fromLatin1(mediaType), url},
                                          &headers),
                         0);
                QVERIFY2(headers.toLower().contains(QByteArray(QByteArray("content-type: ") + mediaType)), headers.constData());
            }
        }
        QCOMPARE(r.deleteAllowed.has_value(), deleteAllowed.isValid());
        if (deleteAllowed.isValid())
            QCOMPARE(*r.deleteAllowed, deleteAllowed.toBool());
        QVERIFY(r.owner.has_value());
        QCOMPARE(r.owner->pid, registry.processId());
        QVERIFY(!r.indexDetail.isEmpty());
        QCOMPARE(r.toJson().value(QStringLiteral("port")).toInt(), int(portOf(registry)));
    }

    void credentialsLetTheIndexTestRun()
    {
        RegistryOptions options;
        options.auth = RegistryOptions::Auth::Htpasswd;
        options.username = QStringLiteral("u");
        options.password = QStringLiteral("p");
        RegistryProcess registry(options);
        QVERIFY(registry.start().ok());
        DetectOptions detect;
        detect.ports = {portOf(registry)};
        detect.username = QStringLiteral("u");
        detect.password = QStringLiteral("p");
        const DetectedRegistry r = RegistryDetector::probe(portOf(registry), detect);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.acceptsIndex.value_or(false), qPrintable(r.indexDetail));
        QVERIFY2(r.acceptsManifestList.value_or(false), qPrintable(r.manifestListDetail));
    }

    void credentialsOnlyOverTrustedChannels_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("ca");       // CA file given to detection: "", "ca" (signed it), "stranger"
        QTest::addColumn<bool>("auth");        // htpasswd u/p on the registry
        QTest::addColumn<bool>("withheld");    // expected: credentials not sent
        QTest::addColumn<QVariant>("acceptsIndex");
        QTest::newRow("plain HTTP on loopback: sent after the 401") << false << "" << true << false << QVariant(true);
        QTest::newRow("TLS verified with its CA: sent after the 401") << true << "ca" << true << false << QVariant(true);
        QTest::newRow("TLS without a CA: withheld, index not tested") << true << "" << true << true << QVariant();
        QTest::newRow("TLS with another CA: withheld, still detected") << true << "stranger" << true << true << QVariant();
        // No auth needed: the index test runs, anonymously, over the unverified connection.
        QTest::newRow("open TLS registry without a CA: index tested anonymously") << true << "" << false << true
                                                                                  << QVariant(true);
    }
    void credentialsOnlyOverTrustedChannels()
    {
        QFETCH(bool, tls);
        QFETCH(QString, ca);
        QFETCH(bool, auth);
        QFETCH(bool, withheld);
        QFETCH(QVariant, acceptsIndex);
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(), QStringLiteral("openssl CLI"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const Status &made : {Test::makeCa(dir.path(), QStringLiteral("ca")), Test::makeCa(dir.path(), QStringLiteral("stranger")),
                                   Test::makeServerCertificate(dir.path(), QStringLiteral("ca"))})
            QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().toString()));
        RegistryOptions options;
        if (tls) {
            options.tlsCertificate = dir.filePath(QStringLiteral("server.pem"));
            options.tlsKey = dir.filePath(QStringLiteral("server.key"));
        }
        if (auth) {
            options.auth = RegistryOptions::Auth::Htpasswd;
            options.username = QStringLiteral("u");
            options.password = QStringLiteral("p");
        }
        RegistryProcess registry(options);
        const Status started = registry.start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));

        DetectOptions detect;
        detect.username = QStringLiteral("u");
        detect.password = QStringLiteral("p");
        if (!ca.isEmpty())
            detect.caCertificatePath = dir.filePath(ca + QStringLiteral(".pem"));
        const DetectedRegistry r = RegistryDetector::probe(portOf(registry), detect);
        QVERIFY(r.answering);
        QVERIFY(r.isRegistry);
        QCOMPARE(r.tls, tls);
        QCOMPARE(r.tlsVerified, tls && ca == QLatin1String("ca"));
        QCOMPARE(r.credentialsWithheld, withheld);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("credentialsWithheld")).toBool(), withheld);
        QCOMPARE(json.value(QStringLiteral("tlsVerified")).toBool(), r.tlsVerified);
        if (withheld) {
            // Why, where and how to fix it.
            QVERIFY2(r.credentialsDetail.contains(QStringLiteral("127.0.0.1:%1").arg(portOf(registry))),
                     qPrintable(r.credentialsDetail));
            QVERIFY2(r.credentialsDetail.contains(QLatin1String("CA certificate")), qPrintable(r.credentialsDetail));
            QCOMPARE(json.value(QStringLiteral("credentialsDetail")).toString(), r.credentialsDetail);
        } else {
            QVERIFY(r.credentialsDetail.isEmpty());
        }
        QCOMPARE(r.status, auth && withheld ? 401 : 200);
        QCOMPARE(r.acceptsIndex.has_value(), acceptsIndex.isValid());
        if (acceptsIndex.isValid())
            QVERIFY2(*r.acceptsIndex == acceptsIndex.toBool(), qPrintable(r.indexDetail));
        else
            QVERIFY2(r.indexDetail.contains(QLatin1String("withheld")), qPrintable(r.indexDetail));

        // The registry's own log: the first probe always went out without credentials (a 401),
        // and an authenticated request ("authorized request") happened only where they were sent.
        const QString log = registry.logs();
        if (auth) {
            QVERIFY2(log.contains(QLatin1String("\"GET /v2/ HTTP/1.1\" 401")), qPrintable(log.right(2000)));
            QVERIFY2(log.contains(QLatin1String("msg=\"authorized request\"")) == !withheld, qPrintable(log.right(3000)));
            // Withheld: no test index was pushed either.
            if (withheld)
                QVERIFY(!QDir(registry.storageDir() + QStringLiteral("/docker/registry/v2/repositories/manifold-probe")).exists());
        }
    }

    void silentPortsAreLeftOutAndNonRegistriesSaidSo()
    {
        quint16 closed = 0;
        {
            QTcpServer server;
            QVERIFY(server.listen(QHostAddress::LocalHost, 0));
            closed = server.serverPort();
        }
        DetectOptions detect;
        detect.ports = {closed};
        QVERIFY(RegistryDetector::detect(detect).isEmpty());

        // A listener that never speaks HTTP: reported as taken, by us, not as a registry.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        detect.ports = {silent.serverPort()};
        detect.timeoutMs = 1000;
        const QList<DetectedRegistry> found = RegistryDetector::detect(detect);
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.first().isRegistry);
        QVERIFY(found.first().owner.has_value());
    }
};

QTEST_GUILESS_MAIN(TestRegistryDetector)
#include "tst_registrydetector.moc"
