#include "core/registry/registrysession.h"

#include "core/registry/authchallenge.h"

#include <QDateTime>

namespace Manifold::Registry {

RegistryConfig RegistryConfig::fromEnvironment()
{
    RegistryConfig config;
    config.insecureRegistries = hostsFromEnvironment("MANIFOLD_INSECURE_REGISTRIES");
    config.plainHttpCredentialRegistries = hostsFromEnvironment("MANIFOLD_PLAIN_HTTP_CREDENTIALS");
    return config;
}

QStringList RegistryConfig::hostsFromEnvironment(const char *variable)
{
    QStringList hosts;
    for (const QString &host : qEnvironmentVariable(variable).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = host.trimmed();
        if (!trimmed.isEmpty() && !hosts.contains(trimmed, Qt::CaseInsensitive))
            hosts.append(trimmed);
    }
    return hosts;
}

bool RegistryConfig::allowsPlainHttpCredentials(const QString &hostPort) const
{
    return plainHttpCredentialRegistries.contains(hostPort, Qt::CaseInsensitive);
}

bool RegistryConfig::isInsecure(const QString &hostPort) const
{
    return insecureRegistries.contains(hostPort, Qt::CaseInsensitive);
}

RegistrySession::RegistrySession(RegistryConfig config)
    : m_config(std::move(config))
{
    m_credentials = m_config.credentials ? m_config.credentials : CredentialChain::defaultChain();
    m_pool.setMaxThreadCount(qMax(1, m_config.maxParallelRequests));
    // Keep workers (and their connections) alive between requests of one session.
    m_pool.setExpiryTimeout(-1);
}

RegistrySession::~RegistrySession()
{
    m_pool.waitForDone();
}

QString RegistrySession::cachedScheme(const QString &host) const
{
    QMutexLocker lock(&m_mutex);
    return m_schemes.value(host);
}

void RegistrySession::setScheme(const QString &host, const QString &scheme)
{
    QMutexLocker lock(&m_mutex);
    m_schemes.insert(host, scheme);
}

RegistrySession::HostAuth RegistrySession::hostAuth(const QString &host) const
{
    QMutexLocker lock(&m_mutex);
    return m_auth.value(host);
}

void RegistrySession::setHostAuth(const QString &host, const HostAuth &auth)
{
    QMutexLocker lock(&m_mutex);
    m_auth.insert(host, auth);
}

Result<QString> RegistrySession::token(const QString &host, const QStringList &scopes,
                                       const std::function<Result<Token>()> &fetch)
{
    const QString key = host + QLatin1Char('|') + TokenScope::normalized(scopes).join(QLatin1Char(' '));
    QMutexLocker lock(&m_mutex);
    while (true) {
        const auto it = m_tokens.constFind(key);
        // Renew a little early so a token never expires in flight.
        if (it != m_tokens.constEnd() && it->expiresAtMs - 5000 > QDateTime::currentMSecsSinceEpoch())
            return it->value;
        if (!m_fetching.contains(key))
            break;
        m_tokenReady.wait(&m_mutex);
    }
    m_fetching.insert(key);
    lock.unlock();
    Result<Token> fetched = fetch();
    lock.relock();
    m_fetching.remove(key);
    if (fetched)
        m_tokens.insert(key, *fetched);
    m_tokenReady.wakeAll();
    if (!fetched)
        return fetched.error();
    return fetched->value;
}

void RegistrySession::dropToken(const QString &host, const QStringList &scopes)
{
    const QString key = host + QLatin1Char('|') + TokenScope::normalized(scopes).join(QLatin1Char(' '));
    QMutexLocker lock(&m_mutex);
    m_tokens.remove(key);
}

Result<std::optional<Credential>> RegistrySession::credentialFor(const QString &host)
{
    QMutexLocker lock(&m_credentialMutex);
    const auto it = m_credentialCache.constFind(host);
    if (it != m_credentialCache.constEnd())
        return *it;
    Result<std::optional<Credential>> found = m_credentials->lookup(host);
    if (found)
        m_credentialCache.insert(host, *found);
    return found;
}

} // namespace Manifold::Registry
