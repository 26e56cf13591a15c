#pragma once

#include "core/localregistry/registryendpoint.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Manifold::LocalRegistry {

// What answered GET /v2/ on an endpoint, raw: detection must also describe servers that are
// not registries at all, which core/registry's RegistryClient (registries only) reports as errors.
struct ProbeAnswer
{
    int status = 0;            // 0: no HTTP answer (see networkError)
    QString networkError;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names lowercased
    // https: the certificate was verified (system CAs plus the endpoint's CA). With
    // skipTlsVerification the probe goes on past failures, which tlsErrors lists.
    bool tlsVerified = false;
    QStringList tlsErrors;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// One blocking GET /v2/ with the endpoint's CA and Basic credentials, no retries (runs a local
// event loop: call it from a worker thread or a CLI). Credentials never go over TLS that is not
// verified: with skipTlsVerification on an https endpoint the probe is anonymous.
ProbeAnswer probeRegistryRoot(const RegistryEndpoint &endpoint, int timeoutMs = 5000);

} // namespace Manifold::LocalRegistry
