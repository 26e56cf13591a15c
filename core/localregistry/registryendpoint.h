#pragma once

#include <QString>
#include <QUrl>

#include <memory>

namespace Manifold::Registry {
class RegistryClient;
}

namespace Manifold::LocalRegistry {

// Where a registry answers and how to talk to it.
struct RegistryEndpoint
{
    QUrl baseUrl;              // http://127.0.0.1:5002
    QString username, password; // Basic auth (htpasswd registries)
    QString caCertificatePath;  // extra CA to trust for https
    bool skipTlsVerification = false; // detection only: find out what answers, trust nothing

    QString hostPort() const;
};

// A core/registry client for the endpoint: its credentials only (never the user's Docker
// config, and none at all over unverified TLS), its CA, plain HTTP or unverified TLS as the
// endpoint says. `maxAttempts` 1 for probes.
std::unique_ptr<Registry::RegistryClient> registryClientFor(const RegistryEndpoint &endpoint, int timeoutMs = 60000,
                                                            int maxAttempts = 4);

} // namespace Manifold::LocalRegistry
