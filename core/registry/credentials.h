#pragma once

#include "core/utils/result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Manifold::Registry {

// Credentials for one registry. Never logged, never written to plain files by Manifold.
struct Credential
{
    QString username;
    QString secret; // password, or an identity (refresh) token when isIdentityToken()
    // Docker helpers mark identity tokens with the user name "<token>".
    bool isIdentityToken() const { return username == QLatin1String("<token>") || username.isEmpty(); }
    bool operator==(const Credential &other) const = default;
};

// Where credentials come from. lookup() may block (helper processes, the keychain): call it
// from worker threads. No credentials is not an error: it returns std::nullopt.
class CredentialProvider
{
public:
    virtual ~CredentialProvider();
    virtual Result<std::optional<Credential>> lookup(const QString &registryHost) = 0;
};

// The key Docker uses for a registry host ("https://index.docker.io/v1/" for Docker Hub).
QString dockerConfigKey(const QString &registryHost);

// Docker's client configuration: $DOCKER_CONFIG/config.json, else ~/.docker/config.json.
// `auths` entries (base64 user:password, identitytoken), `credHelpers` per host, `credsStore`
// as the default helper (docker-credential-<name>, run without a shell, with a timeout).
class DockerConfigCredentials : public CredentialProvider
{
public:
    // `configDirectory` empty: $DOCKER_CONFIG or ~/.docker.
    explicit DockerConfigCredentials(QString configDirectory = {}, int helperTimeoutMs = 15000);
    Result<std::optional<Credential>> lookup(const QString &registryHost) override;

    static QString defaultConfigDirectory();

private:
    QString m_directory;
    int m_timeoutMs;
};

// The docker-credential-helpers protocol: `docker-credential-<suffix> get|store|erase`.
class CredentialHelper
{
public:
    explicit CredentialHelper(QString suffixOrProgram, int timeoutMs = 15000);
    Result<std::optional<Credential>> get(const QString &serverUrl) const;
    Status store(const QString &serverUrl, const Credential &credential) const;
    Status erase(const QString &serverUrl) const;
    QString program() const { return m_program; }

private:
    Result<QByteArray> run(const QString &action, const QByteArray &input) const;
    QString m_program;
    int m_timeoutMs;
};

// Manifold's own store: the OS keychain through QtKeychain (Secret Service on Linux, Keychain
// on macOS). Blocking wrappers around QtKeychain jobs; call from a thread with no UI work.
class KeychainCredentials : public CredentialProvider
{
public:
    explicit KeychainCredentials(QString service = QStringLiteral("manifold-registry"));
    Result<std::optional<Credential>> lookup(const QString &registryHost) override;
    Status store(const QString &registryHost, const Credential &credential);
    Status erase(const QString &registryHost);

private:
    QString m_service;
};

// Tries providers in order and returns the first credential found; errors of earlier
// providers are kept only when no later provider has an answer.
class CredentialChain : public CredentialProvider
{
public:
    explicit CredentialChain(QList<std::shared_ptr<CredentialProvider>> providers);
    Result<std::optional<Credential>> lookup(const QString &registryHost) override;
    // Manifold's keychain first, then Docker's configuration.
    static std::shared_ptr<CredentialProvider> defaultChain();

private:
    QList<std::shared_ptr<CredentialProvider>> m_providers;
};

// Fixed credentials (CLI --username/--password-stdin, tests).
class StaticCredentials : public CredentialProvider
{
public:
    StaticCredentials(QString host, Credential credential);
    Result<std::optional<Credential>> lookup(const QString &registryHost) override;

private:
    QString m_host;
    Credential m_credential;
};

} // namespace Manifold::Registry
