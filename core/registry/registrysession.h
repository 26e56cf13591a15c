#pragma once

#include "core/registry/credentials.h"
#include "core/utils/result.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <functional>
#include <QStringList>
#include <QThreadPool>
#include <QWaitCondition>

#include <memory>

namespace Manifold::Registry {

// How Manifold talks to registries. TLS is verified by default; plain HTTP is used only for
// loopback registries or those listed as insecure.
struct RegistryConfig
{
    QStringList insecureRegistries;            // "host[:port]": plain HTTP allowed, TLS unverified
    // "host[:port]": credentials (Basic, or tokens obtained with them) may go over plain HTTP.
    // Separate from insecureRegistries on purpose: reading a test registry over HTTP is one
    // decision, sending a password in clear text over a network another. Loopback never needs it.
    QStringList plainHttpCredentialRegistries;
    QHash<QString, QString> caCertificateFiles; // "host[:port]" -> PEM bundle trusted for it
    std::shared_ptr<CredentialProvider> credentials; // null: CredentialChain::defaultChain()
    int maxParallelRequests = 6;
    int maxAttempts = 4;          // connection errors, 408, 429, 5xx
    int transferTimeoutMs = 60000;
    int maxRetryDelayMs = 30000;
    qint64 chunkedUploadThreshold = 64 * 1024 * 1024; // larger blobs go up in chunks
    qint64 chunkSize = 16 * 1024 * 1024;

    // Adds MANIFOLD_INSECURE_REGISTRIES and MANIFOLD_PLAIN_HTTP_CREDENTIALS (comma-separated).
    static RegistryConfig fromEnvironment();
    // The hosts such a comma-separated variable lists: trimmed, each once. Whatever shows the
    // exceptions (CLI, studio) reads them through this, as fromEnvironment() does.
    static QStringList hostsFromEnvironment(const char *variable);
    bool isInsecure(const QString &hostPort) const;
    bool allowsPlainHttpCredentials(const QString &hostPort) const;
};

// Shared, thread-safe state of every client of one configuration: the worker pool requests run
// on, which scheme each host speaks, auth challenges, the token and credential caches.
class RegistrySession
{
public:
    explicit RegistrySession(RegistryConfig config = RegistryConfig::fromEnvironment());
    ~RegistrySession();
    RegistrySession(const RegistrySession &) = delete;
    RegistrySession &operator=(const RegistrySession &) = delete;

    const RegistryConfig &config() const { return m_config; }
    // Requests run here (bounded parallelism); never wait on this pool from inside it.
    QThreadPool *pool() { return &m_pool; }
    CredentialProvider &credentials() { return *m_credentials; }

    struct HostAuth
    {
        enum class Scheme { Unknown, Anonymous, Basic, Bearer };
        Scheme scheme = Scheme::Unknown;
        QString realm, service;
    };
    struct Token
    {
        QString value;
        qint64 expiresAtMs = 0;
    };

    // Endpoint scheme per host ("https" / "http"), decided once by probing.
    QString cachedScheme(const QString &host) const;
    void setScheme(const QString &host, const QString &scheme);
    QMutex &probeMutex() { return m_probeMutex; }

    HostAuth hostAuth(const QString &host) const;
    void setHostAuth(const QString &host, const HostAuth &auth);

    // Single-flight token cache keyed by host + normalized scope set. `fetch` runs for at most one
    // caller per key at a time; the others wait for its result.
    Result<QString> token(const QString &host, const QStringList &scopes,
                          const std::function<Result<Token>()> &fetch);
    void dropToken(const QString &host, const QStringList &scopes);

    // Credential lookups are cached per host (helpers and keychains are slow).
    Result<std::optional<Credential>> credentialFor(const QString &host);

private:
    RegistryConfig m_config;
    std::shared_ptr<CredentialProvider> m_credentials;
    QThreadPool m_pool;
    mutable QMutex m_mutex;
    QMutex m_probeMutex;
    QMutex m_credentialMutex;
    QWaitCondition m_tokenReady;
    QHash<QString, QString> m_schemes;
    QHash<QString, HostAuth> m_auth;
    QHash<QString, Token> m_tokens;
    QSet<QString> m_fetching;
    QHash<QString, std::optional<Credential>> m_credentialCache;
};

} // namespace Manifold::Registry
