#pragma once

// The token service half of a Bearer-auth registry test: issues RS256 JWTs that a real
// docker-registry configured for token auth (RegistryOptions::Auth::Token with rootCertificate()
// and Issuer) accepts. A test double: no token server package (docker_auth, cesanta) exists on
// this machine. Serve it with TestHttpServer: [&](const HttpExchange &r) { return issuer.issue(r); }.
#include "core/utils/result.h"
#include "tests/registry/testhttpserver.h"
#include "tests/support/testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QUrlQuery>

#include <openssl/evp.h>
#include <openssl/pem.h>

#include <atomic>

namespace Manifold::Test {

class TestTokenIssuer
{
public:
    static constexpr const char *Issuer = "manifold-test-issuer";

    // `user`:`password` get every scope they ask for; anonymous callers get tokens without access;
    // other credentials are refused with 401.
    TestTokenIssuer(QString user, QString password) : m_user(std::move(user)), m_password(std::move(password)) {}

    // Makes the signing key and its certificate (the registry's rootcertbundle) in `dir`.
    Status create(const QString &dir)
    {
        m_certificatePath = dir + QStringLiteral("/token-signer.pem");
        const QString key = dir + QStringLiteral("/token-signer.key");
        QByteArray output;
        if (runProgram(QStringLiteral("openssl"),
                       {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), m_certificatePath,
                        QStringLiteral("-subj"), QStringLiteral("/CN=manifold-test-token"), QStringLiteral("-days"),
                        QStringLiteral("2")},
                       &output)
            != 0)
            return Error(QStringLiteral("test.openssl"), QStringLiteral("openssl req failed"), dir, QString::fromUtf8(output));
        QFile keyFile(key);
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("test.io"), QStringLiteral("cannot read"), key);
        m_keyPem = keyFile.readAll();
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_certificatePath);
        if (certificates.size() != 1)
            return Error(QStringLiteral("test.openssl"), QStringLiteral("no certificate"), m_certificatePath);
        m_certificateDer = certificates.first().toDer();
        return {};
    }

    QString rootCertificate() const { return m_certificatePath; }
    int tokensIssued() const { return m_issued.load(); }

    HttpAnswer issue(const HttpExchange &request)
    {
        const QUrlQuery query(request.url);
        const QByteArray expected = "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64();
        const bool authenticated = request.headers.value("authorization") == expected;
        if (request.headers.contains("authorization") && !authenticated)
            return HttpAnswer{401, {}, "{\"details\":\"bad credentials\"}"};
        QJsonArray access;
        for (const QString &scope : query.allQueryItemValues(QStringLiteral("scope"))) {
            const QStringList parts = scope.split(QLatin1Char(':'));
            // Anonymous callers get nothing; the user gets what they ask for.
            if (parts.size() < 3 || !authenticated)
                continue;
            const QString name = parts.mid(1, parts.size() - 2).join(QLatin1Char(':'));
            access.append(QJsonObject{{QStringLiteral("type"), parts.first()},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("actions"), QJsonArray::fromStringList(parts.last().split(QLatin1Char(',')))}});
        }
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                                 {QStringLiteral("typ"), QStringLiteral("JWT")},
                                 {QStringLiteral("x5c"), QJsonArray{QString::fromLatin1(m_certificateDer.toBase64())}}};
        const QJsonObject claims{{QStringLiteral("iss"), QLatin1String(Issuer)},
                                 {QStringLiteral("sub"), authenticated ? m_user : QString()},
                                 {QStringLiteral("aud"), query.queryItemValue(QStringLiteral("service"))},
                                 {QStringLiteral("exp"), now + 300},
                                 {QStringLiteral("nbf"), now - 10},
                                 {QStringLiteral("iat"), now},
                                 {QStringLiteral("jti"), QString::number(++m_issued)},
                                 {QStringLiteral("access"), access}};
        const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        const QByteArray token = signingInput + '.' + base64Url(signRs256(signingInput));
        return HttpAnswer{200, {{"Content-Type", "application/json"}},
                          QJsonDocument(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                                                    {QStringLiteral("expires_in"), 300}})
                              .toJson()};
    }

private:
    static QByteArray base64Url(const QByteArray &data)
    {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    QByteArray signRs256(const QByteArray &input) const
    {
        BIO *bio = BIO_new_mem_buf(m_keyPem.constData(), int(m_keyPem.size()));
        EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!key)
            return {};
        EVP_MD_CTX *ctx = EVP_MD_CTX_new();
        size_t length = 0;
        QByteArray signature;
        if (EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1
            && EVP_DigestSign(ctx, nullptr, &length, reinterpret_cast<const unsigned char *>(input.constData()),
                              size_t(input.size()))
                == 1) {
            signature.resize(qsizetype(length));
            EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(input.constData()), size_t(input.size()));
            signature.resize(qsizetype(length));
        }
        EVP_MD_CTX_free(ctx);
        EVP_PKEY_free(key);
        return signature;
    }

    QString m_user, m_password;
    QString m_certificatePath;
    QByteArray m_keyPem, m_certificateDer;
    std::atomic<int> m_issued{0};
};

} // namespace Manifold::Test
