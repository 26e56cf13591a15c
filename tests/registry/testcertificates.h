#pragma once

// Certificates for TLS tests, made with the openssl CLI in a test's temporary directory:
// NAME.pem (certificate) and NAME.key (unencrypted key), valid for two days.
#include "core/utils/result.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace Manifold::Test {

inline Status runOpenssl(const QStringList &arguments, const QString &dir)
{
    QByteArray output;
    if (runProgram(QStringLiteral("openssl"), arguments, &output) != 0)
        return Error(QStringLiteral("test.openssl"), QStringLiteral("openssl %1 failed").arg(arguments.value(0)), dir,
                     QString::fromUtf8(output));
    return {};
}

// A CA: self-signed, CA:TRUE, for signing server certificates.
inline Status makeCa(const QString &dir, const QString &name)
{
    return runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=Manifold test CA %1").arg(name), QStringLiteral("-addext"),
                       QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                       QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"), QStringLiteral("-keyout"),
                       dir + QLatin1Char('/') + name + QStringLiteral(".key"), QStringLiteral("-out"),
                       dir + QLatin1Char('/') + name + QStringLiteral(".pem")},
                      dir);
}

// A server certificate `name` for `subjectAltName` ("IP:127.0.0.1,DNS:localhost"), signed by
// the CA `caName` made with makeCa().
inline Status makeServerCertificate(const QString &dir, const QString &caName, const QString &name = QStringLiteral("server"),
                                    const QString &subjectAltName = QStringLiteral("IP:127.0.0.1,DNS:localhost"))
{
    const QString base = dir + QLatin1Char('/') + name;
    if (Status made = runOpenssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                  QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                  QStringLiteral("-keyout"), base + QStringLiteral(".key"), QStringLiteral("-out"),
                                  base + QStringLiteral(".csr")},
                                 dir);
        !made)
        return made;
    QFile extensions(base + QStringLiteral(".ext"));
    if (!extensions.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("test.io"), QStringLiteral("cannot write"), extensions.fileName());
    extensions.write("subjectAltName=" + subjectAltName.toUtf8()
                     + "\nbasicConstraints=CA:FALSE\n"
                       "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    return runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), base + QStringLiteral(".csr"),
                       QStringLiteral("-CA"), dir + QLatin1Char('/') + caName + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                       dir + QLatin1Char('/') + caName + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), extensions.fileName(),
                       QStringLiteral("-out"), base + QStringLiteral(".pem")},
                      dir);
}

// A self-signed server certificate `name` for `subjectAltName`: what a test registry uses and
// nobody trusts.
inline Status makeSelfSignedCertificate(const QString &dir, const QString &name, const QString &subjectAltName)
{
    return runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=") + subjectAltName, QStringLiteral("-keyout"),
                       dir + QLatin1Char('/') + name + QStringLiteral(".key"), QStringLiteral("-out"),
                       dir + QLatin1Char('/') + name + QStringLiteral(".pem")},
                      dir);
}

} // namespace Manifold::Test
