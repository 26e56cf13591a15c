// Generated CA + server certificate: names, key usage, chain (checked by openssl itself), and a
// CA kept across regenerations so engines trust it once.

#include "core/localregistry/tlsmaterial.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Manifold;
using namespace Manifold::LocalRegistry;

class TestTlsMaterial : public QObject
{
    Q_OBJECT

private slots:
    void serverCertificateNames_data()
    {
        QTest::addColumn<QString>("hostName");
        QTest::addColumn<QStringList>("dns");
        QTest::newRow("explicit host") << "buildbox.example" << QStringList{"localhost", "buildbox.example"};
        QTest::newRow("localhost only") << "localhost" << QStringList{"localhost"};
    }
    void serverCertificateNames()
    {
        QFETCH(QString, hostName);
        QFETCH(QStringList, dns);
        QTemporaryDir dir;
        const Result<TlsMaterial> material = TlsMaterial::generate(dir.path(), hostName);
        QVERIFY2(material.ok(), qPrintable(material.ok() ? QString() : material.error().toString()));
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(material->certificatePath);
        QCOMPARE(certs.size(), 1);
        const auto names = certs.first().subjectAlternativeNames();
        QStringList dnsNames = names.values(QSsl::DnsEntry);
        std::sort(dnsNames.begin(), dnsNames.end());
        QStringList expected = dns;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(dnsNames, expected);
        const QStringList ips = names.values(QSsl::IpAddressEntry);
        QVERIFY2(ips.contains(QStringLiteral("127.0.0.1")), qPrintable(ips.join(QLatin1Char(','))));
        QCOMPARE(certs.first().issuerInfo(QSslCertificate::CommonName),
                 QSslCertificate::fromPath(material->caCertificatePath).first().subjectInfo(QSslCertificate::CommonName));
        QCOMPARE(QFile::permissions(material->keyPath) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(material->caKeyPath) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void opensslVerifiesTheChain()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        MANIFOLD_REQUIRE(!openssl.isEmpty(), QStringLiteral("openssl command"));
        QTemporaryDir dir;
        const Result<TlsMaterial> material = TlsMaterial::generate(dir.path(), QStringLiteral("host.test"));
        QVERIFY(material.ok());
        QByteArray output;
        const int code = Test::runProgram(openssl, {QStringLiteral("verify"), QStringLiteral("-purpose"), QStringLiteral("sslserver"),
                                                    QStringLiteral("-verify_hostname"), QStringLiteral("localhost"),
                                                    QStringLiteral("-CAfile"), material->caCertificatePath,
                                                    material->certificatePath},
                                          &output);
        QVERIFY2(code == 0, output.constData());
        const int ipCode = Test::runProgram(openssl, {QStringLiteral("verify"), QStringLiteral("-verify_ip"), QStringLiteral("127.0.0.1"),
                                                      QStringLiteral("-CAfile"), material->caCertificatePath,
                                                      material->certificatePath},
                                            &output);
        QVERIFY2(ipCode == 0, output.constData());
    }

    void caIsKeptAcrossRegeneration()
    {
        QTemporaryDir dir;
        const Result<TlsMaterial> first = TlsMaterial::generate(dir.path());
        QVERIFY(first.ok());
        const QSslCertificate ca = QSslCertificate::fromPath(first->caCertificatePath).first();
        const QSslCertificate server = QSslCertificate::fromPath(first->certificatePath).first();
        const Result<TlsMaterial> second = TlsMaterial::generate(dir.path());
        QVERIFY(second.ok());
        QCOMPARE(QSslCertificate::fromPath(second->caCertificatePath).first(), ca);
        QVERIFY(QSslCertificate::fromPath(second->certificatePath).first() != server);
    }
};

QTEST_GUILESS_MAIN(TestTlsMaterial)
#include "tst_tlsmaterial.moc"
