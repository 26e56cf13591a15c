#pragma once

#include "core/localregistry/registryendpoint.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Manifold::LocalRegistry {

// What answered GET /v2/ on an endpoint, raw: detection must also describe servers that are
// not registries at all, which core/registry's RegistryClient (registries only) reports as errors.
struct ProbeAnswer
{
    int status = 0;            // 0: no HTTP answer (see networkError)
    QString networkError;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; // names lowercased

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// One blocking GET /v2/ with the endpoint's Basic credentials and CA, no retries (runs a local
// event loop: call it from a worker thread or a CLI).
ProbeAnswer probeRegistryRoot(const RegistryEndpoint &endpoint, int timeoutMs = 5000);

} // namespace Manifold::LocalRegistry
