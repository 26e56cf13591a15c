#include "core/localregistry/tlsmaterial.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSysInfo>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace Manifold::LocalRegistry {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::LocalRegistry)
};

struct Free
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
    void operator()(X509 *cert) const { X509_free(cert); }
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Free>;
using CertPtr = std::unique_ptr<X509, Free>;
using BioPtr = std::unique_ptr<BIO, Free>;

Error opensslError(const QString &what, const QString &location = {})
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return Error(QStringLiteral("localregistry.tls"), what, location, QString::fromLatin1(buffer));
}

KeyPtr newKey()
{
    // P-256: small, fast, and accepted by Go's crypto/tls, Docker, containers/image and curl.
    return KeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!extension)
        return false;
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

CertPtr newCertificate(EVP_PKEY *key, const QString &commonName, int days)
{
    CertPtr cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(cert.get()));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600); // tolerate small clock skew
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), static_cast<long>(days) * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8().left(64);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Manifold"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    return cert;
}

Status writePem(const QString &path, const QByteArray &pem, bool secret)
{
    QSaveFile file(path);
    const QFileDevice::Permissions permissions = secret
        ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
        : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) || file.write(pem) < 0 || !file.commit())
        return Error(QStringLiteral("localregistry.tls.write"), Tr::tr("Cannot write TLS material"), path, file.errorString());
    return {};
}

QByteArray certificatePem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

template<typename T, typename Reader>
std::unique_ptr<T, Free> readPem(const QString &path, Reader reader)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    BioPtr bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
    return std::unique_ptr<T, Free>(reader(bio.get(), nullptr, nullptr, nullptr));
}

} // namespace

Result<TlsMaterial> TlsMaterial::generate(const QString &directory, const QString &hostName)
{
    if (!QDir().mkpath(directory))
        return Error(QStringLiteral("localregistry.tls.write"), Tr::tr("Cannot create the TLS directory"), directory);
    TlsMaterial material;
    material.caCertificatePath = directory + QStringLiteral("/ca.crt");
    material.caKeyPath = directory + QStringLiteral("/ca.key");
    material.certificatePath = directory + QStringLiteral("/server.crt");
    material.keyPath = directory + QStringLiteral("/server.key");

    const QString host = hostName.isEmpty() ? QSysInfo::machineHostName() : hostName;
    material.dnsNames = {QStringLiteral("localhost")};
    if (!host.isEmpty() && host != QLatin1String("localhost"))
        material.dnsNames.append(host);
    material.ipAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};

    // Reuse the CA: engines that already trust it keep working after a restart.
    KeyPtr caKey = readPem<EVP_PKEY>(material.caKeyPath, PEM_read_bio_PrivateKey);
    CertPtr caCert = readPem<X509>(material.caCertificatePath, PEM_read_bio_X509);
    if (!caKey || !caCert || X509_check_private_key(caCert.get(), caKey.get()) != 1
        || X509_cmp_current_time(X509_get0_notAfter(caCert.get())) <= 0) {
        caKey = newKey();
        if (!caKey)
            return opensslError(Tr::tr("Cannot generate the CA key"));
        caCert = newCertificate(caKey.get(), QStringLiteral("Manifold local registry CA (%1)").arg(host), 3650);
        if (!caCert)
            return opensslError(Tr::tr("Cannot create the CA certificate"));
        X509_set_issuer_name(caCert.get(), X509_get_subject_name(caCert.get()));
        if (!addExtension(caCert.get(), caCert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
            || !addExtension(caCert.get(), caCert.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
            || !addExtension(caCert.get(), caCert.get(), NID_subject_key_identifier, "hash")
            || X509_sign(caCert.get(), caKey.get(), EVP_sha256()) == 0)
            return opensslError(Tr::tr("Cannot sign the CA certificate"));
        if (Status s = writePem(material.caKeyPath, keyPem(caKey.get()), true); !s)
            return s.error();
        if (Status s = writePem(material.caCertificatePath, certificatePem(caCert.get()), false); !s)
            return s.error();
    }

    KeyPtr serverKey = newKey();
    if (!serverKey)
        return opensslError(Tr::tr("Cannot generate the server key"));
    CertPtr server = newCertificate(serverKey.get(), QStringLiteral("localhost"), 825);
    if (!server)
        return opensslError(Tr::tr("Cannot create the server certificate"));
    X509_set_issuer_name(server.get(), X509_get_subject_name(caCert.get()));
    QStringList san;
    for (const QString &dns : material.dnsNames)
        san.append(QStringLiteral("DNS:") + dns);
    for (const QString &ip : material.ipAddresses)
        san.append(QStringLiteral("IP:") + ip);
    const QByteArray sanText = san.join(QLatin1Char(',')).toUtf8();
    if (!addExtension(server.get(), caCert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(server.get(), caCert.get(), NID_key_usage, "critical,digitalSignature,keyEncipherment")
        || !addExtension(server.get(), caCert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(server.get(), caCert.get(), NID_subject_alt_name, sanText.constData())
        || !addExtension(server.get(), caCert.get(), NID_authority_key_identifier, "keyid:always")
        || X509_sign(server.get(), caKey.get(), EVP_sha256()) == 0)
        return opensslError(Tr::tr("Cannot sign the server certificate"));
    if (Status s = writePem(material.keyPath, keyPem(serverKey.get()), true); !s)
        return s.error();
    if (Status s = writePem(material.certificatePath, certificatePem(server.get()), false); !s)
        return s.error();
    return material;
}

} // namespace Manifold::LocalRegistry
