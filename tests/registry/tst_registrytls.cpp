// End-to-end: a real registry serving HTTPS with a CA and server certificate generated here
// (openssl CLI, SAN 127.0.0.1 + localhost). The client trusts it only through the per-registry
// CA file of RegistryConfig; without it the registry is refused with `registry.tls` and the
// client never falls back to plain HTTP.
#include "core/oci/descriptor.h"
#include "core/oci/manifest.h"
#include "core/registry/registryclient.h"
#include "tests/fixtures/registryprocess.h"
#include "tests/registry/testcertificates.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::Registry;
using Manifold::Test::RegistryOptions;
using Manifold::Test::RegistryProcess;

namespace {

QString errorText(const Status &status)
{
    return status.ok() ? QString() : status.error().toString();
}

} // namespace

class TestRegistryTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        MANIFOLD_REQUIRE(RegistryProcess::isAvailable(), QStringLiteral("docker-registry"));
        MANIFOLD_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty(), QStringLiteral("openssl CLI"));
        QVERIFY(m_dir.isValid());
        Status made = Test::makeCa(m_dir.path(), QStringLiteral("ca"));
        QVERIFY2(made.ok(), qPrintable(errorText(made)));
        made = Test::makeCa(m_dir.path(), QStringLiteral("other"));
        QVERIFY2(made.ok(), qPrintable(errorText(made)));
        made = Test::makeServerCertificate(m_dir.path(), QStringLiteral("ca"));
        QVERIFY2(made.ok(), qPrintable(errorText(made)));
        QFile notPem(m_dir.filePath(QStringLiteral("not-a-certificate.pem")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("this is no certificate\n");
        notPem.close();

        RegistryOptions options;
        options.tlsCertificate = m_dir.filePath(QStringLiteral("server.pem"));
        options.tlsKey = m_dir.filePath(QStringLiteral("server.key"));
        m_registry = std::make_unique<RegistryProcess>(options);
        const Status started = m_registry->start();
        QVERIFY2(started.ok(), qPrintable(errorText(started)));
        QCOMPARE(m_registry->baseUrl().scheme(), QStringLiteral("https"));
    }

    void trust_data()
    {
        QTest::addColumn<QString>("caFile"); // empty: no per-registry CA configured
        QTest::addColumn<QString>("expectedError"); // empty: the request succeeds over https
        QTest::newRow("trusted first") << "ca.pem" << "";
        QTest::newRow("no CA configured is refused") << "" << "registry.tls";
        QTest::newRow("another CA is refused") << "other.pem" << "registry.tls";
        QTest::newRow("an unreadable CA file is an error") << "not-a-certificate.pem" << "registry.tls.ca";
        // Trusted rows around the refused ones: a verified connection left open must not serve a
        // request without that CA, and a refused one must not poison a later trusted request.
        QTest::newRow("trusted again after refusals") << "ca.pem" << "";
    }
    void trust()
    {
        QFETCH(QString, caFile);
        QFETCH(QString, expectedError);
        RegistryClient client(sessionWith(caFile), m_registry->hostPort());
        const Status pinged = client.ping();
        if (expectedError.isEmpty()) {
            QVERIFY2(pinged.ok(), qPrintable(errorText(pinged)));
            QVERIFY(!client.isPlainHttp());
            QCOMPARE(client.session()->cachedScheme(m_registry->hostPort()), QStringLiteral("https"));
            return;
        }
        QVERIFY(!pinged.ok());
        QCOMPARE(pinged.error().code, expectedError);
        // Actionable: says where and how to fix it.
        QVERIFY(!pinged.error().location.isEmpty());
        QVERIFY(!pinged.error().hint.isEmpty());
        if (expectedError == QLatin1String("registry.tls"))
            QVERIFY2(pinged.error().hint.contains(QLatin1String("--ca-cert")), qPrintable(pinged.error().hint));
        // Never downgraded: an HTTPS-only registry answers plain HTTP with a 400, which a fallback
        // would have accepted as "http".
        QVERIFY(!client.isPlainHttp());
        QVERIFY(client.session()->cachedScheme(m_registry->hostPort()).isEmpty());
        // Later calls keep failing the same way instead of trying http.
        const auto again = client.headManifest(QStringLiteral("tls/app"), QStringLiteral("v1"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, expectedError);
    }

    void pushAndInspectOverTrustedTls()
    {
        RegistryClient client(sessionWith(QStringLiteral("ca.pem")), m_registry->hostPort());
        const QByteArray config = "{\"architecture\":\"arm64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";
        const Oci::Descriptor configDescriptor = Oci::Descriptor::forContent(Oci::MediaType::OciConfig, config);
        const Status uploaded = client.uploadBlob(QStringLiteral("tls/app"), configDescriptor, config);
        QVERIFY2(uploaded.ok(), qPrintable(errorText(uploaded)));
        const auto manifest = Oci::ImageManifest::create(configDescriptor, {});
        const Status put = client.putManifest(QStringLiteral("tls/app"), QStringLiteral("v1"), manifest.mediaType(),
                                              manifest.rawBytes());
        QVERIFY2(put.ok(), qPrintable(errorText(put)));

        // A fresh session (no cached scheme) inspects what was pushed.
        RegistryClient reader(sessionWith(QStringLiteral("ca.pem")), m_registry->hostPort());
        const auto got = reader.getManifest(QStringLiteral("tls/app"), QStringLiteral("v1"));
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().toString()));
        QCOMPARE(got->bytes, manifest.rawBytes());
        QCOMPARE(got->descriptor.digest, manifest.digest());
        const auto blob = reader.getBlob(QStringLiteral("tls/app"), configDescriptor);
        QVERIFY(blob.ok());
        QCOMPARE(*blob, config);
        QVERIFY(!reader.isPlainHttp());
    }

    void cleanupTestCase()
    {
        if (m_registry)
            m_registry->stop();
    }

private:
    std::shared_ptr<RegistrySession> sessionWith(const QString &caFile) const
    {
        RegistryConfig config;
        config.credentials = std::make_shared<CredentialChain>(QList<std::shared_ptr<CredentialProvider>>{});
        config.maxAttempts = 1;
        if (!caFile.isEmpty())
            config.caCertificateFiles.insert(m_registry->hostPort(), m_dir.filePath(caFile));
        return std::make_shared<RegistrySession>(config);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<RegistryProcess> m_registry;
};

QTEST_GUILESS_MAIN(TestRegistryTls)
#include "tst_registrytls.moc"
