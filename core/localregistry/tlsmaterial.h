#pragma once

#include "core/utils/result.h"

#include <QString>
#include <QStringList>

namespace Manifold::LocalRegistry {

// The registry's TLS files: a local CA (kept across restarts so engines trust it once) and a
// server certificate it signs, valid for localhost, 127.0.0.1, ::1 and the host name.
struct TlsMaterial
{
    QString caCertificatePath; // export this for trust (Docker certs.d, containers certs.d, curl --cacert)
    QString caKeyPath;
    QString certificatePath;
    QString keyPath;
    QStringList dnsNames;
    QStringList ipAddresses;

    // Creates (or reuses the CA in) `directory` and issues a fresh server certificate.
    // `hostName` empty: QSysInfo::machineHostName().
    static Result<TlsMaterial> generate(const QString &directory, const QString &hostName = {});
};

} // namespace Manifold::LocalRegistry
