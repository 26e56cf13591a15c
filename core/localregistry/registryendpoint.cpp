#include "core/localregistry/registryendpoint.h"

#include "core/registry/credentials.h"
#include "core/registry/registryclient.h"
#include "core/registry/registrysession.h"

namespace Manifold::LocalRegistry {

namespace {

// The local registry is reached with the endpoint's credentials or none at all.
class NoCredentials : public Registry::CredentialProvider
{
public:
    Result<std::optional<Registry::Credential>> lookup(const QString &) override { return std::optional<Registry::Credential>(); }
};

} // namespace

QString RegistryEndpoint::hostPort() const
{
    return QStringLiteral("%1:%2").arg(baseUrl.host()).arg(baseUrl.port(baseUrl.scheme() == QLatin1String("https") ? 443 : 80));
}

std::unique_ptr<Registry::RegistryClient> registryClientFor(const RegistryEndpoint &endpoint, int timeoutMs, int maxAttempts)
{
    const QString host = endpoint.hostPort();
    Registry::RegistryConfig config;
    if (endpoint.skipTlsVerification || endpoint.baseUrl.scheme() == QLatin1String("http"))
        config.insecureRegistries.append(host);
    if (!endpoint.caCertificatePath.isEmpty())
        config.caCertificateFiles.insert(host, endpoint.caCertificatePath);
    // Unverified TLS (detection) gets no credentials: the peer may be anyone.
    const bool unverifiedTls = endpoint.skipTlsVerification && endpoint.baseUrl.scheme() == QLatin1String("https");
    if (endpoint.username.isEmpty() || unverifiedTls)
        config.credentials = std::make_shared<NoCredentials>();
    else
        config.credentials = std::make_shared<Registry::StaticCredentials>(
            host, Registry::Credential{endpoint.username, endpoint.password});
    config.transferTimeoutMs = timeoutMs;
    config.maxAttempts = maxAttempts;
    return std::make_unique<Registry::RegistryClient>(std::make_shared<Registry::RegistrySession>(config), host);
}

} // namespace Manifold::LocalRegistry
